import Annotate
import Model
import Testing

/// An organisation's name with lowercase words in it, announced by its organisation noun, is
/// kept whole as the speaker, not cut at its first lowercase word. One test per kind, on
/// made-up sentences (no corpus text, no real names).
@Suite struct AnnouncedOrganisationNameKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr", title: String = "Test") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    /// Kind 1: a definite article, an organisation noun (a complement or an adjective after it, or
    /// lowercase words before it) and a name with lowercase words, as the subject of the verb
    /// before the quotation: the whole name speaks, up to the verb. A noun after a preposition
    /// (`Pour l'association X,`) opens no subject, and a name in capitals is unchanged.
    @Test func nameAnnouncedByOrganisationNounIsKeptWhole() {
        let usagers = quotations("« Nous sommes prêts », a déclaré Paul Gorval, le maire.\n\nL'association d'usagers Berges propres à Kervil salue « une bonne nouvelle », mais regrette le retard.")
        #expect(usagers.last?.speaker == "Berges propres à Kervil")
        let collectif = quotations("« Nous sommes prêts », a déclaré Paul Gorval, le maire.\n\nLe collectif Gardons nos talus dénonce « un massacre programmé ».")
        #expect(collectif.last?.speaker == "Gardons nos talus")
        let group = quotations("“We are ready,” said Mark Denby, the council leader.\n\nThe campaign group Keepers of the Quiet Lanes said the plan was “a betrayal of the village”.", lang: "en")
        #expect(group.last?.speaker == "Keepers of the Quiet Lanes")
        // Near miss: a name in capitals after its noun keeps its speaker.
        let capitals = quotations("« Nous sommes prêts », a déclaré Paul Gorval, le maire.\n\nLe collectif Terre Vive dénonce « un massacre programmé ».")
        #expect(capitals.last?.speaker == "Terre Vive")
    }

    /// Kind 2: such a name after a preposition opening the sentence (`Pour l'association
    /// écologiste X y,`), and such a name heading the sentence of a quotation inside it, set off
    /// by a relative clause (`L'ONG X y Z, qui …, parlait … d'un « … »`): the whole name speaks,
    /// not its first word nor the last person quoted.
    @Test func announcedNameIsWholeAfterPrepositionAndHeadingSentence() {
        let pour = quotations("« Nous sommes prêts », a déclaré Paul Gorval.\n\nPour l'association écologiste Ciel ouvert, partie civile, la décision est « un signal fort pour la suite ».")
        #expect(pour.last?.speaker == "Ciel ouvert")
        let heading = quotations("« Nous tiendrons les délais », a assuré Paul Gorval, le directeur du chantier.\n\nL'ONG Forêts claires Sahel, qui suit le dossier depuis longtemps, parlait dès mars, dans un rapport, d'un « plan de relogement à deux vitesses, lent pour les familles ».")
        #expect(heading.last?.speaker?.hasSuffix("Forêts claires Sahel") == true)
    }

    /// The attribution tester's near miss: a preposition and a determiner after the name open a
    /// place, not more of the name (`The union Unite at the plant said`).
    @Test func aPlaceAfterTheNameIsNotTheName() {
        let union = quotations("“We are ready,” said Mark Denby, the plant manager.\n\nThe union Unite at the plant said it would “fight every job cut”.", lang: "en")
        #expect(union.last?.speaker == "Unite")
        let groupe = quotations("« Nous sommes prêts », a déclaré Paul Gorval, le maire.\n\nLe collectif Sauvons nos haies dans la vallée dénonce « un massacre programmé ».")
        #expect(groupe.last?.speaker == "Sauvons nos haies")
    }
}
