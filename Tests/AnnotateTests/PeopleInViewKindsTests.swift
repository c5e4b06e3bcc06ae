import Annotate
import Model
import Testing

/// Kinds of sentence where the quotation is found but could go to the wrong one of the people in
/// view: a relative described through someone already named (`l'épouse du boulanger`), a surname
/// with an honorific of the other gender (`Mrs Pryce` after `Mr Pryce`). Each kind on made-up
/// text (invented names and wording).
@Suite struct PeopleInViewKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
            .filter { $0.kind == .direct }.map(\.speaker)
    }

    /// Kind 1: a kin noun relative to someone the text named or described (`la femme du
    /// boulanger`, `la fille du maire`, `the farmer's wife`, `the daughter of the headteacher`)
    /// is never that person: it is the namesake of the kin noun's gender the text named.
    @Test func aRelativeOfSomeoneNamedIsTheNamesake() {
        let baker = """
        Le boulanger Alain Keruzec, 58 ans, refuse de fermer. « Je ne céderai pas », dit-il.

        Derrière la caisse, Maryvonne Keruzec surveille la salle. « Il est têtu comme une mule », soupire la femme du boulanger.
        """
        #expect(speakers(baker, lang: "fr") == ["Alain Keruzec", "Maryvonne Keruzec"])
        let mayor = """
        Le maire, Bernard Lestang, a démissionné lundi. « J'ai fait mon temps », a-t-il déclaré.

        Élodie Lestang ne cache pas sa colère. « On l'a poussé dehors », affirme la fille du maire.
        """
        #expect(speakers(mayor, lang: "fr") == ["Bernard Lestang", "Élodie Lestang"])
        let farmer = """
        Farmer Owen Pryce has kept sheep on the hill for 30 years. "We will not sell," he said.

        Helen Pryce runs the farm shop. "He has not slept in a week," said the farmer's wife.
        """
        #expect(speakers(farmer) == ["Owen Pryce", "Helen Pryce"])
        let school = """
        Headteacher Colin Treadwell closed the slipway on Monday. "It is not safe," he said.

        Megan Treadwell, who runs the kiosk, was blunter. "He should have done it a year ago," the daughter of the headteacher said.
        """
        #expect(speakers(school) == ["Colin Treadwell", "Megan Treadwell"])
        // Near miss: `la femme de ménage` is no one's relative; a new speaker.
        let cleaner = """
        Le boulanger Alain Keruzec, 58 ans, refuse de fermer. « Je ne céderai pas », dit-il.

        « Ça suffit maintenant », lance la femme de ménage.
        """
        #expect(speakers(cleaner, lang: "fr") == ["Alain Keruzec", "la femme de ménage"])
    }

    /// Kind 2: a surname with an honorific of the other gender than everyone the text gave that
    /// surname (`Mrs Pryce` after `Farmer Owen Pryce … Mr Pryce`) means the person it named last
    /// by a given name alone (`His wife, Helen,`), who takes the surname; the first honorific
    /// still means the first person.
    @Test func anHonorificOfTheOtherGenderMeansTheSpouseNamedByAGivenName() {
        let farm = """
        Farmer Owen Pryce has kept sheep on the hill for 30 years. "We will not sell," Mr Pryce said. His wife, Helen, who runs the farm shop, is less sure. "We cannot go on like this," Mrs Pryce said. "Nobody is buying," Mr Pryce added.
        """
        #expect(speakers(farm) == ["Owen Pryce", "Helen Pryce", "Owen Pryce"])
        let market = """
        Le maraîcher Jean Morel cultive ses terres depuis 1990. « Je ne vendrai pas », dit M. Morel.

        Sa femme, Sylvie, tient la caisse du marché. « Nous ne pouvons plus continuer ainsi », ajoute Mme Morel.
        """
        #expect(speakers(market, lang: "fr") == ["Jean Morel", "Sylvie Morel"])
        let council = """
        Councillor Jane Hale voted against the plan. "It is a mistake," Ms Hale said.

        Her husband, Tom, a builder, disagreed. "The town needs houses," Mr Hale said.
        """
        #expect(speakers(council) == ["Jane Hale", "Tom Hale"])
        // Near miss: the wife named in full keeps her name.
        let named = """
        Farmer Owen Pryce has kept sheep for 30 years. "We will not sell," Mr Pryce said. Helen Pryce runs the farm shop. "We cannot go on," Mrs Pryce said.
        """
        #expect(speakers(named) == ["Owen Pryce", "Helen Pryce"])
        // Near miss: a daughter named by a given name alone is no `Mrs Pryce`.
        let daughter = """
        Farmer Owen Pryce has kept sheep for 30 years. "We will not sell," Mr Pryce said. His daughter, Helen, runs the corner shop. "It's our home," Mrs Pryce said.
        """
        #expect(speakers(daughter).last != "Helen Pryce")
        #expect(speakers(daughter).count == 2)
    }

    /// Kind 3: the people around someone named, written before the name (`L'entourage de Mme
    /// Vautrin`, `Allies of Ms Reid`, `Les partisans de M. Garnier`, `les proches de Paul
    /// Garnier`), are a group that speaks for itself, not the one named; the one named by their
    /// office (`Le cabinet de Mme Vautrin`) or alone still speaks.
    @Test func thePeopleAroundSomeoneNamedSpeakForThemselves() {
        let minister = """
        La ministre Claire Vautrin est restée silencieuse lundi. « Je travaille », a-t-elle dit. L'entourage de Mme Vautrin assure qu'elle « ne démissionnera pas ».
        """
        #expect(speakers(minister, lang: "fr") == ["Claire Vautrin", "L'entourage de Mme Vautrin"])
        let secretary = """
        The health secretary, Anna Reid, met nurses on Monday. "We listened," she said. Allies of Ms Reid insist she is "going nowhere".
        """
        #expect(speakers(secretary) == ["Anna Reid", "Allies of Ms Reid"])
        let deputy = """
        Le député Paul Garnier a été mis en examen. « Je suis innocent », a-t-il déclaré. Les partisans de M. Garnier dénoncent « une cabale ».
        """
        #expect(speakers(deputy, lang: "fr") == ["Paul Garnier", "Les partisans de M. Garnier"])
        #expect(speakers("« Il tiendra », assurent les proches de Paul Garnier.", lang: "fr") == ["les proches de Paul Garnier"])
        // Near misses: the person alone, and the person's office, are the person.
        #expect(speakers("The health secretary, Anna Reid, met nurses on Monday. Ms Reid insists she is \"going nowhere\".") == ["Anna Reid"])
        let office = """
        La ministre Claire Vautrin est restée silencieuse lundi. Le cabinet de Mme Vautrin assure qu'elle « ne démissionnera pas ».
        """
        #expect(speakers(office, lang: "fr") == ["Claire Vautrin"])
    }

    /// Kind 4: a sentence that cites someone (`Selon la critique X,`, `According to the
    /// curator, X,`) and whose speech verb has a thing of someone's for subject (`le travail de
    /// Paule Rocher relève`, `the paintings of Joan Mercer reveal`): the one cited speaks, not the
    /// thing's maker; a person or a document as the subject still speaks.
    @Test func aThingOfSomeonesIsNoSpeakerBesideSomeoneCited() {
        #expect(speakers("Selon la critique Lucie Vernet, le travail de Paule Rocher relève « de la partition ».", lang: "fr") == ["Lucie Vernet"])
        #expect(speakers("Selon l'architecte Anne Vidal, l'œuvre de Jean Morel témoigne d'« une audace rare ».", lang: "fr") == ["Anne Vidal"])
        #expect(speakers("According to the curator, Ann Bell, the paintings of Joan Mercer reveal \"a restless mind\".") == ["Ann Bell"])
        // Near misses: a person and a document as the subject speak.
        #expect(speakers("Selon la police, le suspect a déclaré « je ne regrette rien ».", lang: "fr") == ["le suspect"])
        #expect(speakers("Selon Le Courrier, le rapport de la Cour des comptes relève « des failles graves ».", lang: "fr") == ["Cour des comptes"])
    }

    /// Kind 5: `ce dernier`, `cette dernière`, `the latter` at the head of a sentence (`Selon ce
    /// dernier,`, `According to the latter,`, `Cette dernière juge`) mean the person named last
    /// before that sentence, never one the sentence names after it (`l'accord de Jean Dufour`).
    @Test func theLatterAtTheHeadIsNoOneItsSentenceNamesAfterIt() {
        #expect(speakers("Paul Roy a rencontré Marc Lenoir. Selon ce dernier, l'accord de Jean Dufour marque « un tournant ».", lang: "fr") == ["Marc Lenoir"])
        #expect(speakers("Paul Roy met Tom Reed on Friday. According to the latter, the plan drawn up by Sam Hale is \"dead in the water\".") == ["Tom Reed"])
        #expect(speakers("Anne Roy a reçu Julie Lenoir. Cette dernière juge le plan de Claire Dufour « irréaliste ».", lang: "fr") == ["Julie Lenoir"])
        let curator = """
        « Nous cherchions autre chose », explique la directrice, Lucie Vernet. Pour cette dernière, le travail de Paule Rocher relève « de la partition ».
        """
        #expect(speakers(curator, lang: "fr") == ["Lucie Vernet", "Lucie Vernet"])
        // Near miss: with no one named after it, the person named last.
        #expect(speakers("Paul Roy a rencontré Marc Lenoir. Ce dernier juge le plan « irréaliste ».", lang: "fr") == ["Marc Lenoir"])
    }
}
