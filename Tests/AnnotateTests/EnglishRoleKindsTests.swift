import Annotate
import Model
import Testing

/// English subjects, appositions and role references: a Saxon genitive before a role, a
/// partitive before an apposition, capitalised role modifiers, a definite role that refers back
/// to an unnamed speaker. Made-up sentences and names only: one test per kind of sentence.
@Suite struct EnglishRoleKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: "en")))
    }

    /// Kind 1: `Toby's mother, Marsha Quill, said:` is Marsha Quill, not Toby; also after an
    /// opening participle clause, and for an organisation named in apposition.
    @Test func roleAfterSaxonGenitiveIsNamedByItsApposition() {
        let text = """
        The walk raised a record sum for the hospice that looked after Toby Quill.

        Speaking at the finish line, Toby's mother, Marsha Quill, said: "We walk for the nurses."
        """
        #expect(speakers(text) == ["Marsha Quill"])
        let plain = text.replacingOccurrences(of: "Speaking at the finish line, Toby's", with: "Toby's")
        #expect(speakers(plain) == ["Marsha Quill"])
        let organisation = """
        Singer Nina Brell announced a tour on Monday. "I missed the road," she said.

        Nina's agent, Brightside Media, said: "Every date will sell out."
        """
        #expect(speakers(organisation) == ["Nina Brell", "Brightside Media"])
    }

    /// Kind 1, near miss: with no apposition, `Toby's mother` is an unnamed speaker, not Toby.
    @Test func roleAfterSaxonGenitiveWithoutAppositionIsUnnamed() {
        let text = """
        Toby Quill was nine when he fell ill.

        Toby's mother said: "He never complained."
        """
        #expect(speakers(text) == ["Toby's mother"])
    }

    /// Kind 2: an unnamed speaker described by a relative clause with a second verb after `but`
    /// (`who sat through every hearing but declined to be named said`) is the phrase up to the
    /// coordinator, and `she added` goes on with them, not with the spokesperson before.
    @Test func coordinatedVerbEndsAnUnnamedSpeakersRelativeClause() {
        let text = """
        "We have changed our checks," a spokesperson said.

        A tenant's cousin who sat through every hearing but declined to be named said the sentence was "fair enough." "People will forget it soon," she added.
        """
        #expect(speakers(text) == ["a spokesperson", "A tenant's cousin who sat through every hearing", "A tenant's cousin who sat through every hearing"])
    }

    /// Kind 3: `Former bandmate Dora Vick, who …, gave a cool response.` names Dora Vick, never
    /// `Former`; the next paragraph's `"…," Dora, 41, said` (an age after the subject) is her.
    @Test func capitalisedRoleModifierIsNoName() {
        let text = """
        The singer announced a tour on Monday.

        Former bandmate Dora Vick, who left the group in 2015, gave a cool response.

        "Best of luck to her," Dora, 41, said. "She owes me a few songs."
        """
        #expect(speakers(text) == ["Dora Vick", "Dora Vick"])
        // With no cue in the quotation's sentence, the paragraph before announces its speaker.
        let announced = """
        Veteran drummer Colm Adair gave a cool response.

        "Best of luck to her."
        """
        #expect(speakers(announced) == ["Colm Adair"])
    }

    /// Kind 4: `The former planner, who asked not to be named, told …` is the unnamed `a former
    /// shift planner` met earlier, not the supervisor quoted in between; `he said` goes on with him.
    @Test func definiteRoleRefersBackToUnnamedSpeakerWithTheSameHead() {
        let text = """
        A former shift planner at the Brackley yard told the magazine that rotas were routinely altered.

        In one message a yard supervisor wrote: "If they ask, blame the software."

        The former planner, who asked not to be named, told the magazine that the habit was "well known" at the yard. "Everyone knew," he said.
        """
        #expect(speakers(text) == ["a yard supervisor", "A former shift planner at the Brackley yard", "A former shift planner at the Brackley yard"])
    }

    /// Kind 5: after `the son of one of the victims`, the apposition names the victim; the speaker
    /// is the son, unnamed.
    @Test func appositionAfterPartitiveNamesTheOnePickedOut() {
        let text = """
        Outside court, the son of one of the victims, 88-year-old Harold Minns, said the family felt "vindicated, not happy."
        """
        #expect(speakers(text) == ["the son of one of the victims"])
        // Near miss: with no partitive, the apposition names the speaker.
        let named = "Outside court, the son of the owner, Peter Minns, said: \"We are relieved.\""
        #expect(speakers(named) == ["Peter Minns"])
    }

    /// Kind 7: `The chairwoman hit back: '…'` is the chairwoman named earlier, not the last speaker.
    @Test func hitBackIsASpeechVerbAndTheRoleIsTheOneNamedWithIt() {
        let text = """
        The chairwoman of the committee, Cllr Ada Brook, said the vote was close. "We listened to everyone," she said.

        Mr Hollis was not convinced. "They caved in," he replied.

        The chairwoman hit back: "Nobody caved in. We won a new school."
        """
        // (`Cllr` is a title, no part of the name.)
        #expect(speakers(text) == ["Ada Brook", "Hollis", "Ada Brook"])
    }

    /// Kind 8: an occupation capitalised only because it opens the sentence, alone or after a
    /// modifier (`Cargo broker Mette Halvorsen, who …, said`, `Surveyor Dilys Arkwright said:`),
    /// is her role, never a name of its own, and `she said` after it is her.
    @Test func occupationOpeningTheSentenceIsTheNamesRole() {
        let text = """
        Importers are counting the cost. Cargo broker Mette Halvorsen, who ships frozen fish for two chains, said the delays were the real worry.

        "Fish does not wait," she said.
        """
        #expect(speakers(text) == ["Mette Halvorsen"])
        let bare = """
        Surveyor Dilys Arkwright said: "The wall will not last the winter."

        "I would not park under it," she said.
        """
        #expect(speakers(bare) == ["Dilys Arkwright", "Dilys Arkwright"])
        // Near miss: a common given name opening a three-word name is part of it.
        let given = """
        Oliver James Pryke, who runs the ferry, said the crossing was "never busier."
        """
        #expect(speakers(given) == ["Oliver James Pryke"])
    }

    /// Kind 9: abbreviated titles (`state Rep.`, `Det. Sgt.`, `Supt`) are titles; the name after
    /// them speaks, and their period ends no sentence.
    @Test func abbreviatedTitlesBeforeANameAreTitles() {
        let text = """
        "Nobody should sleep in a car," said state Rep. Dolores Fenn, who sponsored the measure.

        Det. Sgt. Ray Okoro told the hearing: "We found the keys in the river."
        """
        #expect(speakers(text) == ["Dolores Fenn", "Ray Okoro"])
    }

    /// Kind 10: a firm in an affiliation opened by a preposition, with its own relative clause
    /// (`Valuer Idris Penhale, of Penhale & Crouch, which ran the sale, said`), is no speaker: the
    /// person before it is.
    @Test func firmInAffiliationBeforeARelativeClauseIsNoSpeaker() {
        let text = """
        Valuer Idris Penhale, of Penhale & Crouch, which ran the sale, said the bidding had been "lively beyond belief".
        """
        #expect(speakers(text) == ["Idris Penhale"])
        let plain = text.replacingOccurrences(of: "Valuer Idris", with: "Idris")
        #expect(speakers(plain) == ["Idris Penhale"])
    }

    /// Kind 11: a name opening the sentence before a relative clause set off by commas is the
    /// subject, not the person named inside the clause; the quotation with no cue after it is
    /// the subject's.
    @Test func openingNameBeatsANameInsideItsRelativeClause() {
        let text = """
        The club confirmed that Ewan Garside would stay in charge.

        Garside, who took over in March after the departure of Tom Wilmot, plans to rebuild the squad. "I did not come here for half a season."
        """
        #expect(speakers(text) == ["Ewan Garside"])
    }
}
