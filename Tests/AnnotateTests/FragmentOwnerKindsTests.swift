import Annotate
import Model
import Testing

/// Who owns a fragment or a quotation when the sentence names several people: the subject of
/// the verb of saying rather than a name in its object, a person described only by their age,
/// and a person brought in as the subject of a verb that is no verb of saying. One test per
/// kind, each on made-up sentences (invented names and wording).
@Suite struct FragmentOwnerKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "fr") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: the fragments of a verb of judgement's complement are its subject's, not those
    /// of a name inside the object (`la réponse du rectorat`, `the company's managing director,
    /// Lucy Harlan,`); a participle (`tout en réclamant`, `asking`) goes to the clause's subject,
    /// and the next quotation carries over from them.
    @Test func fragmentsOfTheObjectGoToTheSubject() {
        let french = """
        Les écoles de Varzel attendent toujours les postes promis.

        La maire de Varzel, Hélène Castagne, a jugé la réponse du rectorat « insuffisante », tout en réclamant « une vraie concertation ». « Nous ne lâcherons rien, a-t-elle rappelé. »
        """
        #expect(speakers(french) == ["Hélène Castagne", "Hélène Castagne", "Hélène Castagne"])
        let english = """
        The plant in Marlow employs 300 people.

        Dan Whitcombe, the town's MP, said he had written to the company's managing director, Lucy Harlan, asking her to meet workers "without delay".
        """
        #expect(speakers(english, lang: "en") == ["Dan Whitcombe"])
        // Near misses: the author of a speech noun with no verb before it still speaks, and a
        // participle right after its subject's apposition stays theirs.
        #expect(speakers("In the words of the Federation of Small Makers, \"the new rules are unworkable\".", lang: "en") == ["the Federation of Small Makers"])
        #expect(speakers("The union's leader, Kate Ormsby, wrote to members on Friday, adding that the cuts were \"deeply regrettable\".", lang: "en") == ["Kate Ormsby"])
    }

    /// Kind 2: a definite description by age (`le pilier de 31 ans`, `the 19-year-old`, `la
    /// sexagénaire`) is someone already named: the person named last whose gender agrees, even
    /// with a role noun the lexicon does not know; an indefinite one (`un habitant de 71 ans`)
    /// is someone new.
    @Test func ageDescriptionIsThePersonNamedLast() {
        let french = """
        Brenne a battu Lorvic samedi. L'entraîneur Marc Ollivier jubilait. Le jeune Théo Garnier a marqué huit essais.

        « On a tout donné », savourait le pilier de 31 ans.

        La présidente du club, Odile Perrin, était là, tout comme le maire Paul Vernet. « Je suis fière », a confié la sexagénaire.
        """
        #expect(speakers(french) == ["Théo Garnier", "Odile Perrin"])
        let english = """
        Harbourside beat Kelby 21-18 on Saturday. Coach Rob Tansley was delighted. Winger Sam Orwell scored twice.

        "I just ran," said the 19-year-old, who was making his debut.
        """
        #expect(speakers(english, lang: "en") == ["Sam Orwell"])
        #expect(speakers("Le maire Paul Vernet a visité le quartier.\n\n« L'eau est montée d'un coup », raconte un habitant de 71 ans.") == ["un habitant de 71 ans"])
    }

    /// Kind 3: someone brought in as the subject of a verb that is no verb of saying, the
    /// quotation following in the same paragraph: a lone given name with an age in apposition
    /// (`Nadia, 41 ans, …, préfère …`), and a described person whose clause, past a participle
    /// in apposition, ends in a colon (`Un ouvrier, appuyé contre la grille, se montre …:`).
    @Test func subjectOfAClauseBeforeTheQuotation() {
        let text = """
        La société Ferlac ferme son site de Brenne. « Nous n'avons pas le choix », a indiqué la direction.

        Parmi les grévistes, la colère gronde. Nadia, 41 ans, cariste depuis douze ans, préfère rester discrète. « Mon frère travaille ici aussi. »

        Un ouvrier, appuyé contre la grille, se montre plus mesuré : « Il faut attendre la réunion. »
        """
        #expect(speakers(text) == ["la direction", "Nadia", "Un ouvrier"])
        // Near miss: a named subject with a participle in apposition stays the speaker.
        #expect(speakers("Paul Vernet, interrogé par la radio, se montre prudent : « Rien n'est joué. »") == ["Paul Vernet"])
    }
}
