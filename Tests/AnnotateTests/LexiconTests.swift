import Annotate
import Foundation
import Model
import Testing

/// Lexicons are data: a language is added with one JSON file and no code.
@Suite struct LexiconTests {
    @Test func bundledLexiconsCoverFrenchEnglishAndGerman() throws {
        let set = try LexiconSet.bundled()
        #expect(set.lexicons.keys.sorted() == ["de", "en", "fr"])
        #expect(set.lexicon(for: "fr-CA").language == "fr")
        #expect(set.lexicon(for: "xx").language == "en")
    }

    @Test func germanIsAddedAsDataOnly() throws {
        let annotator = try Annotator()
        let text = "„Wir schaffen das, und zwar gemeinsam mit allen Ländern“, sagte Frau Anna Schmidt, die Ministerin für Arbeit."
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "de"))
        #expect(transcript.quotations.map(\.text) == ["Wir schaffen das, und zwar gemeinsam mit allen Ländern"])
        #expect(transcript.quotations.first?.speakerID == "anna-schmidt")
        #expect(transcript.quotations.first?.attribution.cue == "sagte")
        #expect(transcript.speakers.first?.role == "die Ministerin für Arbeit")
    }

    /// Hand-written German sentences (held out: no corpus text), one per kind of attribution.
    @Test(arguments: [
        ("Er sagte: „Wir werden das Werk nicht schließen.“", "Wir werden das Werk nicht schließen.", "sagte"),
        ("„Die Lage ist ernst“, betonte die Ministerin Karla Weber am Montag.", "Die Lage ist ernst", "betonte"),
        ("Der Bürgermeister Jonas Berger erklärte: „Die Brücke bleibt bis Juni gesperrt.“", "Die Brücke bleibt bis Juni gesperrt.", "erklärte"),
    ])
    func germanAttributionKinds(text: String, quote: String, cue: String) throws {
        let transcript = try Annotator().annotate(TestDocuments.make(text, lang: "de"))
        #expect(transcript.quotations.map(\.text) == [quote])
        #expect(transcript.quotations.first?.kind == .direct)
        #expect(transcript.quotations.first?.attribution.cue == cue)
    }

    /// German capitalises nouns: a capitalised common noun (`Worten`, `Zeitung`) is no speaker's name.
    @Test func germanCommonNounsAreNoNames() throws {
        let text = "Die Ministerin Lena Vogt wird in der Zeitung mit den Worten zitiert: „Wir haben keine Wahl.“"
        let transcript = try Annotator().annotate(TestDocuments.make(text, lang: "de"))
        #expect(transcript.quotations.first?.speakerID == "lena-vogt")
    }

    @Test func malformedLexiconThrows() {
        #expect(throws: DecodingError.self) { try Lexicon(json: Data("{\"language\": \"de\"}".utf8)) }
    }
}
