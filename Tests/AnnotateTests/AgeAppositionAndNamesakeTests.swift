import Annotate
import Model
import Testing

/// An age description means the person of that age described earlier, and `he` or `she` never a
/// firm or a school named as a sentence subject. Hand-written texts, not from the gold corpus.
@Suite struct AgeAppositionAndNamesakeTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    /// The speaker name of the first direct quotation of an English `text` (nil when none or unattributed).
    func speakerName(_ text: String) -> String? {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: "en"))).first ?? nil
    }

    /// `Tom Reed, a 31-year-old plumber from Ashby,` states his age: `the 31-year-old` is he,
    /// not the neighbour named after him.
    @Test func anAgeInAnIndefiniteAppositionIsStated() {
        let text = "Tom Reed, a 31-year-old plumber from Ashby, lost his van in the flood. His neighbour Paul Dunn helped him bail out the house. \"We lost everything in one night,\" the 31-year-old said."
        #expect(speakerName(text) == "Tom Reed")
    }

    /// `Millbrook Primary School opened …. "…," she said.`: a school is no `she`.
    @Test func aSchoolSubjectIsNoShe() {
        let text = "Ann Price has taught there since 1998. Millbrook Primary School opened a new library on Friday. \"The children love it,\" she said."
        #expect(speakerName(text) == "Ann Price")
    }

    /// `Carrow Engineering hired him …. "…," he said.`: a firm is no `he`.
    @Test func aFirmSubjectIsNoHe() {
        let text = "Tom Reed joined the firm in May after ten years abroad. Carrow Engineering hired him as a welder. \"I love the work,\" he said."
        #expect(speakerName(text) == "Tom Reed")
    }
}
