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

    /// Near misses found by a tester: `on` and `sur` bring in what was spoken of (lexicon key
    /// `topicPrepositions`), and a passive subject was asked, not speaking.
    @Test func wordsSpokenOnOrAskedAboutStayMentions() {
        let cases: [(String, String)] = [
            ("Council leader Ann Doyle commented on the “leak” on Tuesday.", "en"),
            ("The harbour master, Tom Reddan, reported on the “shortfall” to the board.", "en"),
            ("Le député Paul Vidal s'est exprimé sur la « fuite » mardi.", "fr"),
            ("Le député Paul Vidal a été interrogé sur la « fuite » par les journalistes.", "fr"),
            ("La chroniqueuse Claire Roy a écrit sur la « dérive » du ministère dans une tribune.", "fr"),
            ("Les élus se sont interrogés sur la « transparence » du budget.", "fr"),
        ]
        for (text, lang) in cases {
            let found = quotations(text, lang: lang)
            #expect(found.map(\.kind) == [.mention], "\(text)")
            #expect(found.first?.speaker == nil, "\(text)")
        }
        // The words still count when the verb's complement closes on another preposition.
        let accused = quotations("Council leader Ann Doyle accused the contractors of “sabotage” on Tuesday.")
        #expect(accused.map(\.kind) == [.direct])
        #expect(accused.first?.speaker == "Ann Doyle")
    }
}
