import Foundation
import Model
import Testing

@testable import Ingest

/// The language of a seed with no `lang` in its front matter, recognised from a short text
/// (testers' report: a two-sentence French paragraph came out as English).

/// Short made-up French texts: guillemets, elisions (`l'`, `d'`, `qu'`), `on`, accented words.
private let shortFrench = [
    "« On verra », a lancé le maire. L'opposition s'y attend.",
    "On a dit : « Non ! » Ça suffit, d'après lui.",
    "« C'est fini », dit-il. Qu'on se le dise.",
    "Liberté, égalité, fraternité.",
    "Jusqu'à présent, rien n'a changé à Montréal.",
    "Il l'a répété : on ne cédera pas.",
    "«Nous partirons demain», a-t-elle ajouté.",
    "Un an plus tard, l'État a payé.",
]

/// Short made-up English texts, several with French names and words in them.
private let shortEnglish = [
    "François Hollande said the Élysée would respond.",
    "The café on the Rue de Rivoli is where he wrote.",
    "It's over, she said. We're leaving on Monday.",
    "Charles de Gaulle was president.",
    "The UN said so.",
    "Don't go.",
    "Macron's speech in Paris on crème brûlée.",
    "They met José at the station.",
    "On Tuesday, the minister resigned.",
    "Résumé",
]

@Test(arguments: shortFrench) func shortFrenchTextIsFrench(_ text: String) {
    #expect(LanguageGuesser.guess(text) == "fr")
}

@Test(arguments: shortEnglish) func shortEnglishTextIsNeverFrench(_ text: String) {
    #expect(LanguageGuesser.guess(text) == "en")
}

/// German keeps its own answer, and a `«` that closes a German `»…«` quotation is no French mark.
@Test func germanIsStillGerman() {
    #expect(LanguageGuesser.guess("»Wir kommen morgen«, sagte er, und die Leute sind nicht froh.") == "de")
    #expect(LanguageGuesser.openingGuillemets(in: "»Wir kommen«, sagte er.") == 0)
    #expect(LanguageGuesser.openingGuillemets(in: "« Bonjour », puis «Salut».") == 2)
}

/// The same through the reader: a two-sentence French seed with no front matter.
@Test func aTwoSentenceFrenchSeedIsReadAsFrench() throws {
    let text = "Conseil municipal\n\n« On verra », a lancé le maire. L'opposition s'y attend déjà.\n"
    let document = try SeedReader.read(Array(text.utf8), seedPath: "court.txt").document
    #expect(document.metadata.lang == "fr")
    let english = "Council meeting\n\n\"We'll see,\" the mayor said. The opposition expects it.\n"
    #expect(try SeedReader.read(Array(english.utf8), seedPath: "short.txt").document.metadata.lang == "en")
}
