import Annotate
import Model
import Testing

/// Speech versus mention: a set phrase (a motto, a saying, a nickname, a label) given after its
/// noun is no one's words, even with a speaker recalling it; a fragment in the complement of
/// `voir dans …` or `blame … on` is its subject's verdict; a name given with `named` is a mention.
/// One test per kind, each on made-up sentences (no corpus text, no real names), with near misses
/// that must keep their kind.
@Suite struct SetPhraseAndStanceKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func kinds(_ text: String, lang: String = "en") -> [Quotation.Kind] { quotations(text, lang: lang).map(\.kind) }

    /// Kind 1: the content of a noun of set phrases (``Lexicon/setPhraseNouns``), right after it
    /// or after it, a short complement and a comma or a colon, is a mention, lower case or not,
    /// though a speaker recalls it.
    @Test func setPhraseAfterItsNounIsAMention() {
        #expect(kinds("Le surnom du quartier, « la Petite Venise », n'a jamais été aussi mérité.", lang: "fr") == [.mention])
        #expect(kinds("Sur la vitrine, une devise en lettres dorées : « Fait ici, fait pour durer ».", lang: "fr") == [.mention])
        #expect(kinds("Le maire a salué le public et rappelé le thème de l'édition : « Qui plante un arbre pense à demain ».", lang: "fr") == [.mention])
        #expect(kinds("Dans les rayons, l'étiquette « miel de montagne » ne garantit rien.", lang: "fr") == [.mention])
        #expect(kinds("Il y a un vieux dicton dans le métier : « le meilleur pain, c'est celui qu'on partage ».", lang: "fr") == [.mention])
        #expect(kinds("Above the counter hangs a motto in gold letters: \"Made here, made to last\".") == [.mention])
        #expect(kinds("The mayor recalled the theme of this year's parade: \"Everyone walks together\".") == [.mention])
        #expect(kinds("There is an old saying in the trade: \"the best vet is the farmer who calls early\".") == [.mention])
        #expect(kinds("The nickname of the ground, \"the Bowl\", has never felt more deserved.") == [.mention])
        // Near misses: a speech verb after the noun, a noun of no set phrase, a possessive owner.
        let answered = quotations("Interrogé sur le surnom du stade, le président du club a répondu : « Il n'a jamais été aussi mérité. »", lang: "fr")
        #expect(answered.map(\.kind) == [.direct])
        #expect(answered.first?.speaker == "le président du club")
        let recalled = quotations("Le maire, Paul Roy, a rappelé le sens de la fête : « Nous voulons que chacun se sente chez soi ici. »", lang: "fr")
        #expect(recalled.map(\.kind) == [.direct])
        #expect(recalled.first?.speaker == "Paul Roy")
        let owned = quotations("The coach, Ada Finch, repeated her motto: \"Play the ball, never the name.\"")
        #expect(owned.map(\.kind) == [.direct])
        #expect(owned.first?.speaker == "Ada Finch")
        // A verb, not the noun: `beyond saying:`.
        let saying = quotations("Outside court, Ada Finch declined to comment beyond saying: \"The gate stays open.\"")
        #expect(saying.map(\.kind) == [.direct])
        #expect(saying.first?.speaker == "Ada Finch")
        // An indefinite noun before a colon brings in the sentence speaker's words.
        let proverb = quotations("Sur le quai, la pêcheuse Anne Morel résume la situation d'un proverbe : « Quand la mer se fâche, elle ne choisit pas sa barque. »", lang: "fr")
        #expect(proverb.map(\.kind) == [.direct])
        #expect(proverb.first?.speaker == "Anne Morel")
        // A span quoting a nickname inside it is no nickname itself.
        let nested = quotations("Paul Roy said the crew had a nickname for the new skipper: \"They call her 'the Clock', because she is never late.\"")
        #expect(nested.first?.kind == .direct)
        #expect(nested.first?.speaker == "Paul Roy")
    }

    /// Kind 2: `X voit dans … un « … »`, `X y voit « … »`: a fragment in the complement of `voir`
    /// read as a judgement is its subject's words (``Lexicon/stanceVerbs``); a thing seen right
    /// after the verb's indefinite determiner is not.
    @Test func fragmentAfterVoirDansIsItsSubjectsVerdict() {
        let plan = quotations("La syndicaliste Anne Morel voit dans ce plan une « provocation ».", lang: "fr")
        #expect(plan.map(\.kind) == [.direct])
        #expect(plan.first?.speaker == "Anne Morel")
        let reform = quotations("Le député Paul Roy voyait dans la réforme « un recul historique » pour les territoires.", lang: "fr")
        #expect(reform.map(\.kind) == [.direct])
        #expect(reform.first?.speaker == "Paul Roy")
        let chance = quotations("Le Syndicat des brasseurs du Nord y voit même « une chance à saisir » pour la filière.", lang: "fr")
        #expect(chance.map(\.kind) == [.direct])
        #expect(chance.first?.speaker == "Syndicat des brasseurs du Nord")
        // Near miss: a thing seen, right after the indefinite determiner.
        #expect(kinds("Les promeneurs voient une « forme sombre » glisser sur l'eau.", lang: "fr") == [.mention])
    }

    /// Kind 3: `blamed … on “…”`: the cause given is the subject's words, also in a relative clause.
    @Test func causeAfterBlamedOnIsTheSubjects() {
        let closure = quotations("The mayor, Ada Finch, blamed the closure on \"years of neglect\".")
        #expect(closure.map(\.kind) == [.direct])
        #expect(closure.first?.speaker == "Ada Finch")
        let delays = quotations("Passengers waited for hours after cancellations that Brightwing Airways blamed on \"staff shortages\".")
        #expect(delays.map(\.kind) == [.direct])
        #expect(delays.first?.speaker == "Brightwing Airways")
    }

    /// Kind 4: `named the new scheme “blue”`: a short span a verb of giving a name gives its
    /// object is the name, a mention; a describing verb keeps the speaker's words.
    @Test func nameGivenWithNamedIsAMention() {
        #expect(kinds("The council named the new scheme \"blue\" after a vote.") == [.mention])
        #expect(kinds("Organisers renamed the route \"the long way\" last year.") == [.mention])
        let called = quotations("Mayor Ada Finch called the plan \"a disgrace\".")
        #expect(called.map(\.kind) == [.direct])
        #expect(called.first?.speaker == "Ada Finch")
    }
}
