import Annotate
import Model
import Testing

/// Unnamed people who speak through a verb coordinated after another one, and `I` in an
/// interview's answers (made-up sentences).
@Suite struct CoordinatedSubjectAndAnswerKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String, title: String = "Test") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    func rules(_ text: String, lang: String, title: String = "Test") -> [String] {
        annotator.annotate(TestDocuments.make(text, lang: lang, title: title)).quotations.filter { $0.kind == .direct }.map(\.attribution.rule)
    }

    /// `One woman came in with a kettle that wouldn't boil and said, "…"`: an unnamed person
    /// opening the sentence (an indefinite determiner, a noun for a person) is the subject of a
    /// verb of saying coordinated after another verb, however long the first verb's complement.
    @Test func unnamedPersonSubjectOfCoordinatedSpeechVerb() {
        let text = """
        Business at the repair café has never been better.

        One woman came in with a kettle that wouldn’t boil and said, “Can you make it sing again?” We did.

        A young lad walked up to the bench last week and said, “Is this where you fix bikes?” It was.
        """
        #expect(speakers(text, lang: "en") == ["One woman", "A young lad"])
        #expect(rules(text, lang: "en") == ["participle", "participle"])
    }

    /// `A report came in and said` names no speaker: a phrase without a noun for a person, or
    /// with a document's noun, is left to the other rules.
    @Test func unnamedOpeningNeedsAPersonNoun() {
        let text = """
        Business at the repair café has never been better.

        A parcel arrived on Monday and said, “Fragile, this way up.” We laughed.
        """
        #expect(speakers(text, lang: "en") == [nil])
    }

    /// `I said, "…"` in a paragraph answering a question paragraph is the interviewee's, named by
    /// an interview heading (`Q&A: Ada Vell, …`) or, failing one, by the document's title; not the
    /// unnamed person the answer has just told of.
    @Test func firstPersonInAnAnswerIsTheInterviewee() {
        let headed = """
        Borrowdale Cycles has mended bikes on Quay Street since 1987.

        Q&A: Ottilie Marsh, bicycle mechanic

        What has changed?

        The customers. One boy came in last month and said, “Do you sell the air?” I said, “Only by the lungful.” And I tell them all: “Pump before you ride.”
        """
        #expect(speakers(headed, lang: "en") == ["One boy", "Ottilie Marsh", "Ottilie Marsh"])
        #expect(rules(headed, lang: "en") == ["participle", "answer", "answer"])
        let titled = """
        Ottilie Marsh has mended bikes on Quay Street since 1987. We spoke to her at the workshop.

        What has changed?

        The customers. One boy came in last month and said, “Do you sell the air?” I said, “Only by the lungful.”
        """
        #expect(speakers(titled, lang: "en", title: "Q&A: Mechanic Ottilie Marsh on punctures and patience") == ["One boy", "Ottilie Marsh"])
        // Outside an answer, nobody is guessed.
        let narrative = """
        Ottilie Marsh has mended bikes on Quay Street since 1987.

        The customers have changed. One boy came in last month and said, “Do you sell the air?” I said, “Only by the lungful.”
        """
        #expect(speakers(narrative, lang: "en", title: "Q&A: Mechanic Ottilie Marsh on punctures and patience") == ["One boy", nil])
    }
}
