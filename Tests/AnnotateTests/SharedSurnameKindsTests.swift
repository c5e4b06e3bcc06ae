import Annotate
import Model
import Testing

/// Kinds of sentence where two people share a surname (a parent and a child, a couple,
/// brothers): which of them a short form, a subject or a pronoun means. Each kind on made-up
/// text (invented names and wording). The two people always stay two speakers.
@Suite struct SharedSurnameKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: a short form (a bare surname, `Mr Quarry`) the text already used for one person
    /// still means that one after a namesake is introduced by full name (`Quarry's brother,
    /// Tobias Quarry,`); the namesake is the one the text names in full.
    @Test func aShortFormAlreadyUsedKeepsItsPerson() {
        let court = """
        Edmund Quarry, 45, pleaded guilty to selling fake watches. Quarry had supplied six shops, the court heard.

        Quarry's brother, Tobias Quarry, gave evidence. "He is ashamed," he told the court.

        "I do, judge," replied Quarry.
        """
        #expect(quotations(court).map(\.speaker) == ["Tobias Quarry", "Edmund Quarry"])
        let honorific = """
        Harbour Fuels chief executive Colin Dervish said the tax was unfair. "We were told it was not on the table," Mr Dervish said.

        The chairman, Alfred Dervish, the chief executive's father, wrote to shareholders on Monday.

        "My door is open," Mr Dervish said.
        """
        #expect(quotations(honorific).map(\.speaker) == ["Colin Dervish", "Colin Dervish"])
    }

    /// Kind 2: a capitalised name particle inside a subject's name (`Gérard Le Gall décrit`) is
    /// part of the name, no determiner: the whole name speaks, not the namesake whose surname
    /// alone (`Le Gall`) would match; the object of a describing verb (`décrit sa fille,
    /// Mélanie Le Gall, comme « … »`) is no speaker.
    @Test func aParticleInsideTheSubjectsNameKeepsTheWholeName() {
        let text = """
        Dans un entretien, l'ancien ministre Gérard Le Gall décrit sa fille, Mélanie Le Gall, comme « une enfant gâtée ». « Je suis un homme simple », explique-t-il.

        Gérard Le Gall affirme qu'il voulait qualifier sa fille de « petite fille gâtée ».
        """
        let found = quotations(text, lang: "fr").filter { $0.kind == .direct }
        #expect(found.map(\.speaker) == ["Gérard Le Gall", "Gérard Le Gall", "Gérard Le Gall"])
        let english = "In the interview, former minister Paul De Witt describes his son, Anton De Witt, as \"a spoilt child\"."
        #expect(quotations(english).filter { $0.kind == .direct }.map(\.speaker) == ["Paul De Witt"])
    }

    /// Kind 3: a namesake the text brought in as someone's relative (`The defendant's brother,
    /// Marcus Whitlow,`, `Sa fille, Claire Vautrin,`) is named by that relation or in full
    /// afterwards; a bare surname means the other one.
    @Test func aBareSurnameIsNotTheRelativeBroughtInByAKinNoun() {
        let court = """
        Conal Whitlow, 45, pleaded guilty to selling fake watches at Kerrow Circuit Court.

        The defendant's brother, Marcus Whitlow, gave evidence. "He is ashamed," he told the court.

        "I do, judge," replied Whitlow.
        """
        #expect(quotations(court).map(\.speaker) == ["Marcus Whitlow", "Conal Whitlow"])
        let judge = """
        Hélène Vautrin, doyenne des juges, prend sa retraite.

        Sa fille, Claire Vautrin, se souvient : « Maman partait au milieu du repas. »

        « Enfin, on verra », conclut Vautrin.
        """
        #expect(quotations(judge, lang: "fr").map(\.speaker) == ["Claire Vautrin", "Hélène Vautrin"])
    }

    /// Kind 4: a name in the Saxon genitive (`Mr Selkirk's brother, Ewan Harcourt`) owns the
    /// phrase; in a sentence with no other subject (`Among them is …`) it is not the one in
    /// view: the name apposed to the phrase is, for the next `he`.
    @Test func anOwnerInTheSaxonGenitiveIsNoSubject() {
        let text = """
        The chairman, Mr Tom Selkirk, said the birds were arriving early.

        The study, published in the journal Northern Ornithology, drew on more than 180,000 records.

        Among them is Mr Selkirk's brother, Ewan Harcourt. "Our father started it," he said.
        """
        #expect(quotations(text).map(\.speaker) == ["Ewan Harcourt"])
    }

    /// Kind 5: a short form opening a sentence (`Holmgren, 49, grew up …`) cannot mean the
    /// namesake that very sentence brings in by full name (`the daughter of an organist, Sigrid
    /// Holmgren`); it means the person known before, who stays in view for the next `she`.
    @Test func aShortFormIsNotTheNamesakeItsOwnSentenceBringsIn() {
        let text = """
        Marta Holmgren would rather talk about music than money.

        ‘I was hired to make the orchestra sound better,’ she says.

        Holmgren, 49, grew up in a fishing town, the daughter of a church organist, Sigrid Holmgren. She came to the city in 2019.

        ‘These are people I have known for six years.’

        ‘I think about that a lot now,’ she says.
        """
        #expect(quotations(text).map(\.speaker) == ["Marta Holmgren", "Marta Holmgren", "Marta Holmgren"])
    }

    /// Kind 6: a kin noun after a possessive, apposed to a name (`Her mother, the translator
    /// Greta Vass,`, `Sa fille, Claire Vautrin, aujourd'hui avocate,`), is the relative's label,
    /// kept over the role after or before the name: a bare surname later means the other one.
    @Test func aKinLabelBeforeAnotherDescriptionIsKept() {
        let interview = """
        Ottoline Vass’s fourth novel, The Salt Orchard, took her eleven years to write. “I write slowly because I forget quickly,” she says.

        The book follows three generations of women. Her mother, the translator Greta Vass, appears in it only lightly disguised, a fact the author is happy to admit.

        Your mother read an early draft. What did she say?

        She said, “You have made me much kinder than I was.” Both were true.

        Is the estuary real?

        It is a mix of two places.

        Vass is wary of prizes; her debut won two. When the shortlist was announced, her publisher, Greyhythe Press, said in a statement that the novel was “the book we have been waiting for”. Asked about that, she laughs. “They have. I’m sorry. The next one will be quicker.”
        """
        #expect(quotations(interview).last?.speaker == "Ottoline Vass")
        let judge = """
        Hélène Vautrin, doyenne des juges, prend sa retraite.

        Sa fille, Claire Vautrin, aujourd'hui avocate dans la capitale, se souvient des dîners. « Maman partait au milieu du repas », dit-elle.

        « Enfin, on verra », conclut Vautrin.
        """
        #expect(quotations(judge, lang: "fr").map(\.speaker) == ["Claire Vautrin", "Hélène Vautrin"])
    }

    /// Kind 7: an age set off before a name after a preposition opening the sentence (`À 67 ans,
    /// Hélène Vautrin`, `At 67, Ana Roy`) is her stated age: `la sexagénaire` is she, not her
    /// daughter named since.
    @Test func anAgeBeforeTheNameIsStated() {
        let text = """
        Elle a siégé pour la dernière fois mardi. À 67 ans, Hélène Vautrin, doyenne des juges, prend sa retraite.

        Sa fille, Claire Vautrin, aujourd'hui avocate dans la capitale, se souvient des dîners. « Maman partait au milieu du repas. »

        Le président du tribunal, Marc Delpech, a salué mardi « une conscience ». La sexagénaire a écouté, avant de lâcher un simple « merci, ça suffit ».
        """
        #expect(quotations(text, lang: "fr").filter { $0.kind == .direct }.last?.speaker == "Hélène Vautrin")
    }

    /// Kind 8: a seniority word before an honorific and a surname (`the younger Mr Roe`) means
    /// the namesake whose kin label gives that rank (`his nephew` is younger, `uncle` elder).
    @Test func aNephewIsTheYoungerNamesake() {
        let text = """
        The bird was first spotted on Tuesday by retired postman Declan Roe, who walks his dog on the strand every day. “I knew he wasn’t one of ours,” Mr Roe said.

        He sent a photograph to his nephew, Cillian Roe, a member of the bird club. “I nearly dropped the phone,” the younger Mr Roe said.
        """
        #expect(quotations(text).map(\.speaker) == ["Declan Roe", "Cillian Roe"])
    }
}
