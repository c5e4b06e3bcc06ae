import Annotate
import Model
import Testing

/// Quoted spans that name a thing rather than give anyone's words: a name given with a present
/// naming verb, a document's title in apposition, a slogan on a carrier a person holds, a thing
/// provided after its indefinite determiner, an offence after its charge. Made-up sentences, with
/// near-misses that stay speech.
@Suite struct NamedThingMentionKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func kinds(_ text: String, lang: String = "en") -> [Quotation.Kind] { quotations(text, lang: lang).map(\.kind) }

    /// Kind 1: a present naming verb whose object is the thing named (`presentNamingForms`), or
    /// a name with a number after a naming verb; a past `called` stays the speaker's words.
    @Test func nameGivenWithAPresentNamingVerbIsAMention() {
        #expect(kinds("The charity has set up what it calls a \"food map\" on its website.") == [.mention])
        #expect(kinds("La mairie a créé ce qu'elle appelle un « guichet unique » pour les familles.", lang: "fr") == [.mention])
        #expect(kinds("The council has launched a scheme it has branded \"Harbour 2040\".") == [.mention])
        let called = quotations("Paul Roy criticised what he called a \"year of waste\".")
        #expect(called.map(\.kind) == [.direct])
        #expect(called.first?.speaker == "Paul Roy")
        let plan = quotations("John Smith, the mayor, called the plan \"reckless\".")
        #expect(plan.map(\.kind) == [.direct])
        #expect(plan.first?.speaker == "John Smith")
    }

    /// Kind 2: a capitalised span set off by commas right after a document noun (`documentNouns`) is its title.
    @Test func titleInAppositionAfterADocumentNounIsAMention() {
        #expect(kinds("The 40-page report, \"Growing Up Online: Advice for Parents and Carers of Teens\", replaces earlier advice.") == [.mention])
        #expect(kinds("Elle a lancé sur internet une pétition, « Sauvons le marché du port », qui a recueilli 3 000 signatures.", lang: "fr") == [.mention])
    }

    /// Kind 3: words on a carrier the person holds, with no speech verb, are a slogan; a speech
    /// verb after the carrier keeps them the person's words.
    @Test func sloganOnACarrierThePersonHoldsIsAMention() {
        #expect(kinds("Marie Dupont, infirmière, brandissait une pancarte sur laquelle on pouvait lire : « Ma clinique, ma vie ».", lang: "fr") == [.mention])
        let shouted = quotations("Paul Roy, holding a placard, shouted: \"We will not go away from this square\".")
        #expect(shouted.map(\.kind) == [.direct])
        #expect(shouted.first?.speaker == "Paul Roy")
    }

    /// Kind 4: a lowercase noun phrase after an indefinite determiner outside the marks, the
    /// object of a verb of providing (`provisionVerbs`), names the thing provided; a span with
    /// its own determiner, an adverbial after a noun, or a judgement stays speech.
    @Test func thingProvidedAfterItsDeterminerIsAMention() {
        #expect(kinds("The board said it would publish a set of \"sample papers\" for maths before summer.") == [.mention])
        #expect(kinds("L'agence met en avant un « pôle santé de quartier » qui assurera les consultations.", lang: "fr") == [.mention])
        let deal = quotations("John Smith promised \"a fair deal for every family\".")
        #expect(deal.map(\.kind) == [.direct])
        #expect(deal.first?.speaker == "John Smith")
        let meeting = quotations("Anne Roy a promis une réunion « dès la semaine prochaine ».", lang: "fr")
        #expect(meeting.map(\.kind) == [.direct])
        #expect(meeting.first?.speaker == "Anne Roy")
        #expect(kinds("Le maire, Luc Petit, dénonce « une décision prise dans un bureau ».", lang: "fr") == [.direct])
    }

    /// Kind 5: the span right after a charge and its preposition (`offenceCues`) names the offence.
    @Test func offenceAfterItsChargeIsAMention() {
        #expect(kinds("Le procureur a ouvert une enquête pour « mise en danger de la vie d'autrui », confiée à la police.", lang: "fr") == [.mention])
        let save = quotations("Anne Roy agit pour « sauver les commerces du centre ».", lang: "fr")
        #expect(save.map(\.kind) == [.direct])
    }
}
