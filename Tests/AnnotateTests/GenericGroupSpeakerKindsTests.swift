import Annotate
import Model
import Testing

/// A generic determiner standing alone as the subject of a verb of saying (`Certains m'ont dit :
/// « … »`, `Some told me: "…"`) is an unnamed group that speaks, not the last person named; in
/// the future it stays imagined speech (`Certains diront que « … »`). Made-up sentences and names.
@Suite struct GenericGroupSpeakerKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "fr") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    @Test func genericDeterminerAloneSpeaks() {
        #expect(speakers("Le maire, Joël Arnaudet, a présenté son projet en 2018. Certains m'ont dit ce soir-là : « Une piscine ici ? Jamais. » Ils avaient tort.") == ["Certains"])
        #expect(speakers("Le maire, Joël Arnaudet, a présenté son projet en 2018. Certains lui répondent : « Vous mentez. »") == ["Certains"])
        #expect(speakers("Mayor Joel Arnaud presented the plan in 2018. Some told me that night: \"A pool here? Never.\"", lang: "en") == ["Some"])
        // Imagined speech stays no one's.
        #expect(speakers("Le maire, Joël Arnaudet, a parlé hier. Certains diront : « C'est trop cher. »") == [nil])
    }
}
