import Annotate
import Model
import Testing

/// A quotation inside a sentence whose subject, at its head, is someone other than the last
/// speaker is that subject's words, not carried over from the last speaker (rule `in-view`, taken
/// before carry-over for the quotation's own sentence): an organisation's name after its noun, a
/// person named in apposition to a role. Near misses that must not change: a name that is the
/// sentence's object past an opening adverbial (`On Friday, officers arrested X, citing "…"`), a
/// copula before the quotation.
@Suite struct SubjectHeadingSentenceKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test")))
    }

    /// An organisation named after its noun heads the sentence, with a relative clause before the
    /// quotation; a person named in apposition to a role heads it, with an infinitive between.
    @Test func subjectAtTheHeadBeatsTheLastSpeaker() {
        let association = quotations("« C'est dangereux pour tout le monde », dit Marie Colin, fleuriste.\n\nL'association Libre passage, qui parle d'« un racket organisé », a déjà reçu deux cents demandes d'aide.", lang: "fr")
        #expect(association.map(\.speaker) == ["Marie Colin", "Libre passage"])
        let secretaire = quotations("« Nos grues sont contrôlées chaque année », a déclaré le directeur du port, Rodrigue Amavi.\n\nSon secrétaire général, Paul Mensa, affirme avoir signalé « à trois reprises au moins » l'usure des câbles.", lang: "fr")
        #expect(secretaire.map(\.speaker) == ["Rodrigue Amavi", "Paul Mensa"])
    }

    /// Near misses: the first name of the sentence is its object, past an opening adverbial; a
    /// copula before the quotation. The last speaker is carried over as before.
    @Test func noSubjectAtTheHeadCarriesOver() {
        let object = quotations("\"We saw the car come round the corner far too fast,\" said Dana Hollis, a witness.\n\nOn Friday, officers arrested Jordan Pike near the bridge, citing \"dangerous driving on a public road\".")
        #expect(object.map(\.speaker) == ["Dana Hollis", "Dana Hollis"])
        let copula = quotations("« Nous tiendrons les délais », a assuré Paul Ravenel, le directeur du chantier.\n\nLe pont de Marc Tessier est devenu « le plus beau de la région ».", lang: "fr")
        #expect(copula.map(\.speaker) == ["Paul Ravenel", "Paul Ravenel"])
    }

    /// A capitalised modifier and a role open the sentence before the full name (`Union president
    /// X, a former headteacher, wants "…"`): that person is the subject, not the last speaker;
    /// so in French is a role set off by commas before the name and its apposition.
    @Test func roleOpeningTheSentenceBeforeTheNameIsTheSubject() {
        let union = quotations("\"We cannot hire more teachers this year,\" said Martin Vell, the council's finance officer.\n\nUnion president Nadia Okoro, a former headteacher, wants \"smaller classes for every child in the borough\".")
        #expect(union.map(\.speaker) == ["Martin Vell", "Nadia Okoro"])
        let leader = quotations("\"We cannot hire more teachers this year,\" said Martin Vell, the council's finance officer.\n\nTenants leader Owen Brask wants \"a rent freeze for the whole estate this winter\".")
        #expect(leader.map(\.speaker) == ["Martin Vell", "Owen Brask"])
        let syndicat = quotations("« Nous ne pouvons pas embaucher cette année », a déclaré Marc Deloge, adjoint aux finances.\n\nLe président du syndicat, Paul Ferrandi, ancien instituteur, veut « des classes plus petites dans chaque école ».", lang: "fr")
        #expect(syndicat.map(\.speaker) == ["Marc Deloge", "Paul Ferrandi"])
    }
}
