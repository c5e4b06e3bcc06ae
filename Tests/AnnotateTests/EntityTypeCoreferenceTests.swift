import Annotate
import Model
import Testing

/// Kinds of pronoun reference that depend on what an entity is: a personal pronoun never means a
/// work or a named thing (`whose single X`, `The satellite, X,`). Made-up sentences (invented
/// names), with variants and near misses that must not fire.
@Suite struct EntityTypeCoreferenceTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1a: a title right after a work noun and a relative possessive (`whose single Glass
    /// Harbour topped the charts`) names no one, so `she` is still the singer the clause is about.
    @Test func workTitleInARelativeClauseIsNoAntecedent() {
        let text = """
        Lyra Quill has cancelled her summer tour.

        The 31-year-old singer, whose single Glass Harbour topped the charts for six weeks, broke the news in a post to her fans on Monday.

        "I have tried so hard to be ready for you," she wrote.
        """
        #expect(speakers(text) == ["Lyra Quill"])
    }

    /// Kind 1b: a named thing in apposition to a thing noun (`The satellite, Vanta-2,`) is nobody a
    /// personal pronoun may mean: `he` goes on with the man in view.
    @Test func namedThingInAppositionIsNoAntecedent() {
        let text = """
        The agency's director, Dr. Arun Pillai, spoke to reporters on Tuesday. "We lost the upper stage," he said.

        The satellite, Vanta-2, was meant to map forests and rivers for a decade.

        Asked whether the failure would delay the next flight, he said: "It is far too early to tell."
        """
        #expect(speakers(text) == ["Arun Pillai", "Arun Pillai"])
    }

    /// Near miss of kind 1a: a relative pronoun before a name that no work noun introduces (`whose
    /// manager Ana Bell`) leaves the name a name, and `who` before a work noun opens no title.
    @Test func relativePossessiveWithoutWorkNounKeepsTheName() {
        let text = """
        The label's founder, Nell Ambrose, who wrote the song Salt Road, spoke on Monday. "We will keep going," she said.
        """
        #expect(speakers(text) == ["Nell Ambrose"])
    }
}
