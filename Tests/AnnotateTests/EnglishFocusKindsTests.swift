import Annotate
import Model
import Testing

/// English focus kinds: who a later `she said` means after a name with a described apposition,
/// after the owner of a memo or a flyer, after a statement issued by the subject, after `the
/// elder SURNAME` and after a definite role no one has yet; and a place before an organisation
/// noun, which is no speaker. Made-up sentences and names only: one test per kind of sentence.
@Suite struct EnglishFocusKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: "en")))
    }

    /// Kind 1: `Vale, a 41-year-old welder who grew up on the street, ran …` keeps Vale as the
    /// subject; the description is hers, no unnamed speaker of its own. Also with an auxiliary in
    /// the relative clause (`who has lived`), and a plain apposition.
    @Test func describedAppositionAfterANameIsThatPerson() {
        let text = """
        Tamsin Vale won the election for chair of the Eastbrook co-op on Thursday. Her rival, Oliver Brand, said he would stay on.

        Vale, a 41-year-old welder who grew up on the street, ran on a promise to fix the lifts.

        "We waited long enough," she told members after the count.
        """
        #expect(speakers(text) == ["Tamsin Vale"])
        let auxiliary = text.replacingOccurrences(of: "who grew up on the street", with: "who has lived on the street since childhood")
        #expect(speakers(auxiliary) == ["Tamsin Vale"])
        let plain = text.replacingOccurrences(of: "a 41-year-old welder who grew up on the street", with: "a welder")
        #expect(speakers(plain) == ["Tamsin Vale"])
    }

    /// Kind 1, near miss: an opening time adverbial before an indefinite description still brings
    /// in someone new (`Tuesday, a welder …`).
    @Test func timeAdverbialBeforeADescriptionStillBringsSomeoneNew() {
        let text = """
        Tamsin Vale won the election for chair of the Eastbrook co-op on Thursday.

        Tuesday, a welder who grew up on the street ran through the estate.

        "We waited long enough," she told members after the count.
        """
        #expect(speakers(text) == ["a welder"])
    }

    /// Kind 2: the owner of a memo or flyer that opens the sentence (`Crowe's memo ends …`, `Her
    /// flyer said simply: "…"`) is the one a later `she wrote` means, not the last speaker.
    @Test func ownerOfAnOpeningMemoIsInFocus() {
        let text = """
        Nadia Crowe, the founder of Tillwick, sent a memo to staff on Monday. An early investor said the board had been warned "more than once" last year.

        Crowe's memo ends on a note of hope. "We will be back," she wrote.
        """
        #expect(speakers(text) == ["An early investor", "Nadia Crowe"])
        let pronoun = """
        Nadia Crowe, the founder of Tillwick, sent a memo to staff on Monday. An early investor said the board had been warned "more than once" last year.

        Crowe said little. Her memo ends on a note of hope. "We will be back," she wrote.
        """
        #expect(speakers(pronoun) == ["An early investor", "Nadia Crowe"])
    }

    /// Kind 2: `It read:` after `X defended the decision in a statement released on Sunday.` is
    /// X's statement; a notice someone merely found is not theirs.
    @Test func itReadAfterAStatementIssuedByTheSubject() {
        let text = """
        The minister for roads, Oswin Darrow, defended the decision in a statement released on Sunday. It read: "I know this is hard for drivers. But the bridge is unsafe."
        """
        #expect(speakers(text) == ["Oswin Darrow"])
        let found = """
        Commuters arriving at dawn found the gates locked and a notice taped to the fence. It read: "All services are suspended until further notice."
        """
        #expect(speakers(found) != ["Commuters"])
    }

    /// Kind 3: `the elder Farrow` is, of the two Farrows, the one who is not `His daughter`,
    /// even after another man spoke.
    @Test func elderSurnamePicksTheParent() {
        let text = """
        Speaking on the quay, Ned Farrow, who has fished for 40 years, said: "It is over for us."

        His daughter, Kit Farrow, skipper of the Gull, said young crews would leave. "I have a loan on a boat," she said.

        An adviser, Tom Crane, agreed with the cut. "Every sign is bad," he said.

        Back on the quay, the elder Farrow was unmoved. "Over?" he said.
        """
        #expect(speakers(text) == ["Ned Farrow", "Kit Farrow", "Tom Crane", "Ned Farrow"])
        let younger = text.replacingOccurrences(of: "the elder Farrow was unmoved. \"Over?\" he said.", with: "the younger Farrow was unmoved. \"Over?\" she said.")
        #expect(speakers(younger) == ["Ned Farrow", "Kit Farrow", "Tom Crane", "Kit Farrow"])
    }

    /// Kind 3: a definite role no one has yet (`the new champion had modest plans`) is the named
    /// person of the gender the next `she said` gives, not the woman who spoke last.
    @Test func unlinkedDefiniteRoleTakesTheNextPronounsGender() {
        let text = """
        Emma Brightwater won the final on Sunday. Brightwater, 19, had never won a title before. She beat Lena Stoke in three sets.

        "She was always going to win," said her mother, Ruth Okoro. "She works harder than anyone."

        As for the celebrations, the new champion had modest plans. "First I am going to sleep," she said.
        """
        #expect(speakers(text) == ["Ruth Okoro", "Ruth Okoro", "Emma Brightwater"])
        // Near miss: with a sentence between, the role is no longer the one in view.
        let apart = text.replacingOccurrences(of: "had modest plans.", with: "had modest plans. The crowd stayed late.")
        #expect(speakers(apart) == ["Ruth Okoro", "Ruth Okoro", "Ruth Okoro"])
    }

    /// Kind 4: `the Kestrel Dale startup` names a place as a modifier of the organisation noun:
    /// no speaker `Kestrel Dale`.
    @Test func placeBeforeAnOrganisationNounIsNoSpeaker() {
        let text = """
        Quillmoor, the Kestrel Dale startup behind the app Nest, laid off staff on Tuesday, six weeks after its chief executive told employees the company had finished its "best quarter ever."
        """
        #expect(!speakers(text).contains("Kestrel Dale"))
        let firm = text.replacingOccurrences(of: "startup", with: "firm")
        #expect(!speakers(firm).contains("Kestrel Dale"))
    }
}

/// Who `she said` means after a sentence whose subject is a name apposed to a role, whatever its
/// verb (no speech verb): the apposed name, not the last speaker of that gender nor the owner of
/// the role. Made-up sentences and names only.
@Suite struct ApposedSubjectSalienceTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// `Mr Penwick's niece, Alma Dorrit, waited outside the court. "…," she said.`: the name
    /// apposed to a role owned in the genitive is the subject; near miss: with no apposed name,
    /// the woman who spoke last.
    @Test func nameApposedToAGenitiveRoleIsTheNextPronoun() {
        let text = """
        The solicitor Greta Vollmar said the landlord had been warned. "It was avoidable," she said.

        Mr Penwick's niece, Alma Dorrit, waited outside the court. "He was a gentle man," she said.
        """
        #expect(speakers(text) == ["Greta Vollmar", "Alma Dorrit"])
        let unnamed = text.replacingOccurrences(of: "Mr Penwick's niece, Alma Dorrit, waited", with: "Mr Penwick waited")
        #expect(speakers(unnamed) == ["Greta Vollmar", "Greta Vollmar"])
    }

    /// `In round two, the head referee, Lena Cobb, stopped the game.`: a role with a name apposed
    /// after an opening adverbial is no role subject of its own (`the head` with `referee` as its
    /// verb); the apposed name stays the one `she` means.
    @Test func roleWithAnApposedNameAfterAnAdverbialIsThatName() {
        let text = """
        "We lost," said Ana Pryor, the team manager. Her deputy, Rosa Kemble, agreed.

        In round two, the head referee, Lena Cobb, stopped the game. "Rules are rules," she said.
        """
        #expect(speakers(text) == ["Ana Pryor", "Lena Cobb"])
    }
}
