import Annotate
import Model
import Testing

/// Elided words that open with an apostrophe (`'Tis`, `'Twas`, `'twill`, `'em`, `'90s`) are
/// not opening quotation marks (HAZARDS.md, apostrophes), wherever they stand in the paragraph.
@Suite struct ElisionTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quoted(_ text: String) -> [String] {
        annotator.annotate(TestDocuments.make(text, lang: "en")).quotations.map(\.text)
    }

    @Test func elidedWordsOpenNoQuotation() {
        #expect(quoted("'Tis the season, the mayor said, and Mr Fox added 'nothing more' to his note.") == ["nothing more"])
        #expect(quoted("The old sign read 'Tis better to give. Later, Ms Carter said: 'We will rebuild the pier.' Then 'twas over.")
            == ["We will rebuild the pier."])
        #expect(quoted("Fans of the '90s turned out. \"Let 'em come,\" said Ms Carter, \"'twill be fine.\"")
            == ["Let 'em come,", "'twill be fine."])
    }
}
