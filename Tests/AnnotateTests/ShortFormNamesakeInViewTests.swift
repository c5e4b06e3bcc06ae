import Annotate
import Model
import Testing

/// A short form of a surname two people share (`Mr Garrow`), already used for one of them, means
/// the namesake named in full who spoke or was the subject last in the same paragraph (`Martin
/// Garrow said … "…," Mr Garrow said.`). Made-up text (invented names and wording).
@Suite struct ShortFormNamesakeInViewTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String) -> [String?] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in q.speakerID.flatMap { transcript.speaker(id: $0)?.name } }
    }

    /// The son who spoke in this paragraph is `Mr Garrow` here, not his late father, whom the
    /// text called `Mr Garrow` before; `he added` after it is the son too.
    @Test func aNamesakeWhoSpokeInTheParagraphTakesTheShortForm() {
        let text = """
        Tributes have been paid to the town clerk, Peter Garrow, who has died aged 80. Mr Garrow ran the office for 25 years.

        Martin Garrow said the family was grateful for the support. "Dad loved this town," Mr Garrow said.

        "He never missed a meeting," he added.
        """
        #expect(speakers(text) == ["Martin Garrow", "Martin Garrow"])
    }
}
