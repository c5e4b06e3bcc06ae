import Annotate
import Model
import Testing

/// Words of a report, survey, study, notice or statement credited to whoever wrote or issued it,
/// not to the document's noun phrase nor to the last speaker. One test per kind, on made-up
/// sentences (no corpus text, no real names).
@Suite struct DocumentAuthorKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr", title: String = "Test") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    /// Kind 1: a possessive determiner and a document noun (over up to two modifiers) as a cue's
    /// subject speak for the possessive's owner: `its` for the organisation in view, `her` for the
    /// woman, or the person of unknown gender named just before.
    @Test func possessiveDocumentSpeaksForItsOwner() {
        let survey = quotations("The Brindlecombe Water Board received 200 complaints last year. Its own customer survey described the service as “slow and confusing”.", lang: "en")
        #expect(survey.map(\.kind) == [.direct])
        #expect(survey.first?.speaker == "The Brindlecombe Water Board")
        let report = quotations("The council confirmed the closure on Monday. The tests were carried out by a team led by Dr. Tamsu Orrin of the Ferncliff Institute. Her report notes “severe wear in both joints”.", lang: "en")
        #expect(report.map(\.kind) == [.direct])
        #expect(report.first?.speaker == "Tamsu Orrin")
    }

    /// Kind 2: a document phrase whose complement names its author (genitive, agent), as a cue's
    /// subject, speaks for that author; an emphatic pronoun closing it is no part of the author,
    /// and a generic organisation noun (`l'organisme`) means the organisation met last.
    @Test func documentPhraseSpeaksForTheAuthorItNames() {
        let agency = quotations("En mars, la directrice de l'Office des eaux douces (OED), Claire Manin, avait prévenu : « Rien ne sera décidé sans étude. »\n\nLe rapport de l'OED lui-même parle de « risques limités ». Limités, ça ne veut pas dire nuls.")
        #expect(agency.map(\.kind) == [.direct, .direct])
        #expect(agency.last?.speaker == "Office des eaux douces")
        let notice = quotations("Boats were stuck for a week, said Alma Teague, who runs the ferry. A notice posted by the Harbour Authority at the gate reads: “No mooring after dark.”", lang: "en")
        #expect(notice.map(\.kind) == [.direct])
        #expect(notice.first?.speaker == "the Harbour Authority")
        // A lowercase issuer: the verb before the colon is no part of its name (a tester's case).
        let parks = quotations("The lake path was shut on Monday. A notice posted by the parks department reads: “Closed until further notice.”", lang: "en")
        #expect(parks.map(\.kind) == [.direct])
        #expect(parks.first?.speaker == "the parks department")
        let study = quotations("Paul Mercadier, affineur à Vaucelles, se dit « partagé ». Une étude de l'Institut du lait de Corbières, publiée en janvier, conclut que le procédé « modifie le goût » des fromages.")
        #expect(study.map(\.kind) == [.direct, .direct])
        #expect(study.last?.speaker == "Institut du lait de Corbières")
        let body = quotations("« On travaille la nuit », raconte Anne Kerbrat. Selon l'Observatoire des côtes, la production a doublé. Un rapport de l'organisme publié en mai décrit une filière « fragile mais prometteuse ».")
        #expect(body.map(\.kind) == [.direct, .direct])
        #expect(body.last?.speaker == "Observatoire des côtes")
    }

    /// Kind 3: a document named before with its issuer (after a possessive in an opening phrase:
    /// `In its report, X said`, `Dans son rapport …, X émet`; or published by a subject: `X has
    /// put out a statement.`), then called `the report` (`The report itself …. It describes`,
    /// `Le rapport relève`) or `It` (`It reads:`): its words are the issuer's.
    @Test func documentNamedBeforeSpeaksForItsIssuer() {
        let report = quotations("In its first annual report, titled “Year One,” Corvane Steel said the furnace had been offline for 90 days.\n\n“We underestimated the problem,” its chief engineer, Mira Dalton, said in an interview.\n\nThe report itself is blunter. It describes the first months as “a period of repeated failures”.", lang: "en")
        #expect(report.last?.kind == .direct)
        #expect(report.last?.speaker == "Corvane Steel")
        let opening = quotations("C'est un feu vert. Dans son rapport remis vendredi à la préfecture, le commissaire enquêteur Paul Vermeil émet un avis favorable au projet.\n\n« Nous sommes déçus », a réagi Anne Collet, qui préside l'association des riverains.\n\nLe rapport relève toutefois « un impact paysager significatif » près du village.")
        #expect(opening.map(\.kind) == [.direct, .direct])
        #expect(opening.last?.speaker == "Paul Vermeil")
        let statement = quotations("Flights were halted after what the operator Skyline called a \"technical fault\".\n\nSkyline has just put out a fuller statement. It reads:\n\n> \"Engineers have found a failure in the radar system. We apologise to passengers.\"", lang: "en")
        #expect(statement.last?.kind == .direct)
        #expect(statement.last?.speaker == "Skyline")
    }
}
