import Annotate
import Model
import Testing

/// A definite description by a trade or art (`la traductrice`, `la tisserande`, `the composer`:
/// lexicon key `personNouns`) means the person the text described by it, or the named person of
/// its gender it is about, as `le boulanger` does; it was a speaker noun only, so the description
/// meant no one and a quotation after it (with no cue, or with a pronoun cue) went to someone
/// else named since: the readers who complained, a designer who praised her, the conductor.
/// An indefinite `a regular` is a described person in view, as `a local man` is. Made-up
/// sentences in the shapes of features and reviews.
@Suite struct OccupationDescriptionKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test"))).map(\.speaker)
    }

    /// `La traductrice hausse les épaules. « … »`: the translator the piece is about, not the
    /// readers whose petition the sentence before quoted.
    @Test func frenchTradeSubjectBeforeCuelessQuotation() {
        let text = "Claire Dumont traduit des mangas depuis vingt ans. « Je lis tout à voix haute », explique-t-elle.\n\nTout le monde n'est pas conquis. Sur les forums, des lecteurs ont lancé une pétition « pour une traduction fidèle ». La traductrice hausse les épaules. « Fidèle à quoi ? Aux mots ou à l'émotion ? »"
        #expect(speakers(text, lang: "fr") == ["Claire Dumont", "des lecteurs", "Claire Dumont"])
    }

    /// `La tisserande, elle, refuse …`: the weaver, not the designer named since (nor the curator
    /// who spoke last).
    @Test func frenchTradeSubjectSetOffByStressedPronoun() {
        let text = "Odette Lambrin, 70 ans, tisse la soie depuis 1975 dans un atelier de la rue Haute. « Ce métier a cent ans », dit-elle.\n\nSes tissus habillent les salons d'une créatrice parisienne, Julie Marchal. Pour cette dernière, le travail d'Odette Lambrin relève « de la partition plus que du tissu ».\n\nLe conservateur du musée, Paul Verdier, regrette la fermeture des ateliers. « Chaque atelier qui ferme, c'est une mémoire qui part », soupire-t-il.\n\nLa tisserande, elle, refuse le rôle de relique. « Je ne suis pas un musée. J'ai des clients et des factures. »"
        #expect(speakers(text, lang: "fr").last == "Odette Lambrin")
    }

    /// `the composer seemed unbothered. "…," he told reporters`: the composer the text named by
    /// that role, not the conductor named last.
    @Test func englishArtSubjectBeforePronounCue() {
        let text = "The composer Tomas Rill saw his new opera open on Friday. The conductor, Piers Allard, keeps the orchestra light, and not even Allard can hide the slow first act.\n\nAfterwards, the composer seemed unbothered by the boos. \"Good,\" he told reporters in the foyer. \"It means they stayed until the end.\""
        #expect(speakers(text) == ["Tomas Rill", "Tomas Rill"])
    }

    /// `sourit l'ancien presseur`: the man the text said pressed records, not the founder who spoke
    /// before (the description was no speaker's, so the quotation was carried over).
    @Test func frenchTradeDescriptionAfterInvertedCue() {
        let text = "Le fondateur de l'usine, Romain Vidal, a relancé trois presses en 2019. « On a tout appris sur le tas », dit-il.\n\nLe vrai trésor de l'entreprise a 71 ans. Gaston Ferrat a pressé des disques pendant vingt ans à Niort. Le fondateur est allé le chercher à la retraite. « Les presses, c'est comme les vieilles voitures », sourit l'ancien presseur."
        #expect(speakers(text, lang: "fr") == ["Romain Vidal", "Gaston Ferrat"])
    }

    /// `Une proposition que la friturière juge « … »`: the chip-shop owner the piece is about, not
    /// the alderwoman who spoke last.
    @Test func frenchTradeSubjectOfObjectRelative() {
        let text = "Mireille Dufour tient la friterie de la place depuis 1988. « Ici, j'ai les gens qui sortent du foot », explique-t-elle.\n\nSelon l'échevine des Travaux, Sophie Lambert, la commune propose un emplacement rue de la Gare. « Nous payons le raccordement », précise-t-elle.\n\nUne proposition que la friturière juge « inacceptable »."
        #expect(speakers(text, lang: "fr").last == "Mireille Dufour")
    }

    /// `a regular who said he had been coming … was struggling. ¶ “…,” he said`: the regular, a
    /// described person in view for the pronoun, not the councillor who spoke before.
    @Test func englishRegularIsAPersonInView() {
        let text = "Deputy Ann Foley said the closure was a disgrace. \"It is a sad day,\" Deputy Foley said. Councillor Peter Dunne agreed. \"It is,\" he said.\n\nOutside the gates this evening, a regular who said he had been coming every Friday since 1968 was struggling to take in the news.\n\n\"My father brought me here the week it opened,\" he said. \"Where are we supposed to go now?\""
        #expect(speakers(text).suffix(2) == ["a regular", "a regular"])
    }

    /// `A spokeswoman for the contractor said …. She said: “…”`: an indefinite described subject
    /// takes the gender its head noun marks (`spokeswoman`, `man`), so the pronoun opening the next
    /// sentence means it, not the mayor who spoke before. A person arrested (an object) never
    /// becomes the one a pronoun means.
    @Test func indefiniteDescribedSubjectTakesItsHeadNounsGender() {
        let spokeswoman = "Mayor Ann Roe said the bridge would reopen in May. \"We are on schedule,\" she said.\n\nA spokeswoman for the contractor said the steel had arrived late. She said: \"We apologise for the delay.\""
        #expect(speakers(spokeswoman).last == "A spokeswoman for the contractor")
        let man = "Farmer Tom Ashby said the closure would cut his farm in two. \"It is madness,\" he said.\n\nA local man said the company had looked at a footbridge. He said: \"We will keep asking.\""
        #expect(speakers(man).last == "A local man")
        let arrested = "Detective Sergeant Paul Hart leads the inquiry. \"We have a lot of footage,\" he said.\n\nOfficers arrested a local man on Tuesday night. \"We are not looking for anyone else,\" he said."
        #expect(speakers(arrested) == ["Paul Hart", "Paul Hart"])
    }
}
