import Annotate
import Model
import Testing

/// One quoted word closing the complement of a speech verb a few words before it (`accused
/// objectors of ‘…’`, `s'inquiète d'une « … »`, `apologized for the “…”`, `se souvient d'un
/// accueil « … »`) is the speaker's word, not a term. Made-up sentences (no corpus text, no real
/// names), in both languages, with near misses that keep their kind.
@Suite struct SpeechVerbComplementWordKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// A preposition, a preposition and a determiner, or those and a noun, between the verb and the word.
    @Test func oneWordClosingASpeechVerbComplementIsDirect() {
        let cases: [(String, String, String)] = [
            ("Council leader Amy Rosslyn accused the developers of “bullying”.", "en", "Amy Rosslyn"),
            ("Transport minister Paul Hartwell apologised for the “inconvenience”.", "en", "Paul Hartwell"),
            ("Harbour master Lena Ostby complained of a “shambles” at the ferry terminal on Monday.", "en", "Lena Ostby"),
            ("Fire chief Dan Mossop insisted the crews had done well and warned residents of a “firetrap” in the old mill.", "en", "Dan Mossop"),
            ("L'association Les Amis du Quai s'inquiète d'une « hémorragie ».", "fr", "Amis du Quai"),
            ("L'ancienne élue Monique Bersat se souvient d'un accueil « glacial ».", "fr", "Monique Bersat"),
            ("Le maire Henri Valat reconnaît en revanche des « imprécisions » dans les comptes.", "fr", "Henri Valat"),
        ]
        for (text, lang, speaker) in cases {
            let found = quotations(text, lang: lang)
            #expect(found.map(\.kind) == [.direct], "\(text)")
            #expect(found.first?.speaker == speaker, "\(text)")
        }
    }

    /// Near misses: a topic preposition, a noun of words, a body's name, a capitalised name.
    @Test func termsAfterASpeechVerbComplementStayMentions() {
        #expect(quotations("The coach, Ada Finchley, talked about “resilience” for an hour.").map(\.kind) == [.mention])
        #expect(quotations("Ada Finchley repeated the word “sorry”.").map(\.kind) == [.mention])
        #expect(quotations("Le ministre Paul Durandet a parlé longuement du « Grand Paris ».", lang: "fr").map(\.kind) == [.mention])
        #expect(quotations("Le syndicaliste Paul Arnaud a témoigné devant la « commission ».", lang: "fr").map(\.kind) == [.mention])
    }
}
