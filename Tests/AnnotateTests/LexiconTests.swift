import Annotate
import Foundation
import Model
import Testing

/// Lexicons are data: a language is added with one JSON file and no code.
@Suite struct LexiconTests {
    @Test func bundledLexiconsCoverFrenchAndEnglish() throws {
        let set = try LexiconSet.bundled()
        #expect(set.lexicons.keys.sorted() == ["en", "fr"])
        #expect(set.lexicon(for: "fr-CA").language == "fr")
        #expect(set.lexicon(for: "xx").language == "en")
    }

    @Test func germanIsAddedAsDataOnly() throws {
        let data = Data(try TestDocuments.fixture("de.json").utf8)
        let german = try Lexicon(json: data)
        let annotator = Annotator(lexicons: LexiconSet([german]))
        let text = "„Wir schaffen das, und zwar gemeinsam mit allen Ländern“, sagte Frau Anna Schmidt, die Ministerin für Arbeit."
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "de"))
        #expect(transcript.quotations.map(\.text) == ["Wir schaffen das, und zwar gemeinsam mit allen Ländern"])
        #expect(transcript.quotations.first?.speakerID == "anna-schmidt")
        #expect(transcript.quotations.first?.attribution.cue == "sagte")
        #expect(transcript.speakers.first?.role == "die Ministerin für Arbeit")
    }

    @Test func malformedLexiconThrows() {
        #expect(throws: DecodingError.self) { try Lexicon(json: Data("{\"language\": \"de\"}".utf8)) }
    }
}
