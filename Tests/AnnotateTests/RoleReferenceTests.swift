import Annotate
import Model
import Testing

/// Role phrases, organisations named by their noun and sentence-opening words that refer back to
/// someone already named. Made-up sentences and names only: one test per kind of sentence.
@Suite struct RoleReferenceTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: a verb particle (`read out a letter`) belongs to the verb; the role phrase before
    /// it stays `the minister`, who is the minister named earlier, not a new `the minister read`.
    @Test func verbParticleEndsTheRolePhraseBeforeIt() {
        let text = """
        The fisheries minister, Hanna Velde, said on Monday that the quotas would stay.

        Later the minister read out a letter from the harbour board.

        Speaking to reporters afterwards, the minister took a softer line. “We will listen to the crews,” she said.
        """
        #expect(speakers(text) == ["Hanna Velde"])
        // The same with another particle and no adverb before the subject.
        let variant = text.replacingOccurrences(of: "Later the minister read out", with: "The minister held up")
        #expect(speakers(variant) == ["Hanna Velde"])
    }

    /// Kind 2: `The consortium said` is the organisation named earlier whose name holds that noun.
    @Test func organisationNounSubjectIsTheOrganisationNamedEarlier() {
        let text = """
        The survey ship is run by the Northwind Ocean Consortium, which mapped the trench last year.

        The consortium said in a statement that the result was “a milestone for deep-sea mapping”.
        """
        #expect(speakers(text) == ["Northwind Ocean Consortium"])
    }

    /// Kind 3: a name ending in `Press` is an organisation's, and a lowercase span after a work
    /// noun and a copula (`the novel was “…”`) is words said, not the work's title.
    @Test func publisherIsAnOrganisationAndItsWordsAreQuoted() throws {
        let text = """
        The novelist Wenna Trask has spent nine years on her new book.

        When the prize list came out, her publisher, Brackwater Press, said in a statement that the novel was “the finest thing on our list”. Asked about that, she laughs. “They are far too kind.”
        """
        #expect(speakers(text).first == "Brackwater Press")
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
        let publisher = try #require(transcript.speakers.first { $0.name == "Brackwater Press" })
        #expect(transcript.quotations.contains { $0.kind == .direct && $0.text == "the finest thing on our list" && $0.speakerID == publisher.id })
    }

    /// Kind 3, near miss: a capitalised span after a work noun and a copula is still a title.
    @Test func capitalisedSpanAfterWorkNounAndCopulaIsATitle() {
        let transcript = annotator.annotate(TestDocuments.make("Her first novel was “Salt Harbour”, which sold badly.", lang: "en"))
        #expect(transcript.quotations.map(\.kind) == [.mention])
    }

    /// Kind 3: a title inside a noun phrase (`the “Early Table” programme`) does not hide the
    /// subject after it: `he` is the one who spoke, not a place named with a possessive before.
    @Test func titleInsideANounPhraseKeepsTheSubjectInView() {
        let text = """
        Kelbury's buses are late again, and ministers are under pressure.

        Speaking on Radio Brindle's “Early Table” programme, Mr Oakes defended his department.

        “The figures are sound and the buses are running,” he told the host.
        """
        #expect(speakers(text) == ["Oakes"])
    }

    /// Kind 7: `Both`, `Each`, `Neither` opening a sentence are no names, and no speaker.
    @Test func sentenceOpeningQuantifierIsNoName() {
        let text = """
        The painter Orla Venn remembers her mother well.

        She said, “You are braver than you think.” Both were true. “Keep the brushes clean,” she would add.
        """
        #expect(speakers(text) == ["Orla Venn", "Orla Venn"])
        let french = """
        La peintre Orla Venn se souvient de sa mère.

        « Tu es plus courageuse que tu ne le crois », disait-elle. Chacun le savait. « Lave tes pinceaux », ajoutait-elle.
        """
        #expect(!speakers(french, lang: "fr").contains("Chacun"))
    }

    /// Kind: a role opening the sentence before a name (`Independent senator Ada Krol`) is hers
    /// even when an insertion set off by dashes comes between her name and her verb; a later `the
    /// senator` means her, the senator introduced last, not one named earlier.
    @Test func openingRoleBeforeADashInsertionIsTheNamesRole() {
        let text = """
        Senator Piet Olde of the Farmers party spoke first.

        Independent senator Ada Krol – no friend of the farmers, as she keeps reminding them – has used her time to attack the plan.

        “I have never read a weaker bill in this house,” the senator said.
        """
        #expect(speakers(text) == ["Ada Krol"])
        let commas = """
        Senator Piet Olde of the Farmers party spoke first.

        Independent senator Ada Krol, who has sat here for ten years, has used her time to attack the plan.

        “I have never read a weaker bill in this house,” the senator said.
        """
        #expect(speakers(commas) == ["Ada Krol"])
    }
}
