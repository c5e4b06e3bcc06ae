import Annotate
import Model
import Testing

/// Small kinds seen on invented text: a name with its article after a reflexive naming verb, a
/// title that is also an adjective before a thing's noun. One test per kind, each on made-up
/// sentences (no corpus text, no real names), with near misses that must keep their value.
@Suite struct NamingVerbTitleAndPlaceKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: a name opened by an article after a reflexive naming verb (`se fait appeler « le
    /// Baron »`, `calls himself "the Captain"`) is the name its subject goes by, a mention, also
    /// without a relative pronoun before the verb; a description in lower case stays the words.
    @Test func articleAndNameAfterAReflexiveNamingVerbIsAMention() {
        let baron = quotations("Il se fait appeler « le Comte » et tient la buvette du stade depuis douze ans. « Nous voulons monter », dit Firmin Lacaze.", lang: "fr")
        #expect(baron.map(\.kind) == [.mention, .direct])
        #expect(baron.last?.speaker == "Firmin Lacaze")
        #expect(quotations("He calls himself \"the Skipper\" and runs the rowing club on weekends.").map(\.kind) == [.mention])
        // A description in lower case is what the subject called itself, its words.
        let described = quotations("Prosecutor Ivy Marsh said the case was simple. Ms Marsh said Dale Fenn had met investors at dinners in which he called himself \"the patient lender\".")
        #expect(described.map(\.kind) == [.direct])
    }

    /// Kind 4: a title that is also an adjective before a noun (`premier`) makes no role before a
    /// thing's noun (`le premier défi`): the speaker is the one a source preposition names (`Pour
    /// X, …`); `le Premier ministre` stays a role, and `Pour la première fois` names no one.
    @Test func adjectivalTitleBeforeAThingNamesNoSpeaker() {
        let view = quotations("Pour Maëlle Rivoire, le premier chantier sera financier : « Il faut trouver des mécènes avant l'hiver. »", lang: "fr")
        #expect(view.map(\.kind) == [.direct])
        #expect(view.first?.speaker == "Maëlle Rivoire")
        let role = quotations("Le Premier ministre a répondu aux députés : « Nous tiendrons le calendrier prévu. »", lang: "fr")
        #expect(role.first?.speaker?.lowercased() == "le premier ministre")
        let firstTime = quotations("Gaspard Morvan dirige la chorale. Pour la première fois, le concert sera gratuit : « Venez nombreux avec vos enfants », a-t-il lancé.", lang: "fr")
        #expect(firstTime.first?.speaker == "Gaspard Morvan")
    }

    /// Kind 5: a name run opened by a saint's prefix (`St`, `Saint-`) and closed by a noun of a
    /// place (`St Helena Park`) is a place, no speaker, even when the prefix is a title; a person
    /// whose surname is such a noun keeps the name (`Mayor Jo Park`).
    @Test func saintsPlaceEndingInAPlaceNounIsNoSpeaker() {
        let park = quotations("The groundsman returned to St Agnes Park on Sunday: \"The grass has never looked better.\"")
        #expect(park.first?.speaker?.lowercased() == "the groundsman")
        let hyphen = quotations("The groundsman returned to Saint-Ives Park on Sunday: \"The grass has never looked better.\"")
        #expect(hyphen.first?.speaker?.lowercased() == "the groundsman")
        let parc = quotations("Le jardinier est retourné au Saint Roch Park dimanche : « La pelouse n'a jamais été aussi belle. »", lang: "fr")
        #expect(parc.first?.speaker?.lowercased() == "le jardinier")
        #expect(quotations("Mayor Jo Park said: \"The grass has never looked better.\"").first?.speaker == "Jo Park")
    }

    /// Kind 2: one word after a copula closing a long clause reported without a complementizer
    /// (`said the jetty, which …, was "unsafe"`) is the speaker's own word, as with `that`; a
    /// scare quote in narration, with no reported clause, stays a mention.
    @Test func oneWordClosingALongClauseWithoutComplementizerIsDirect() {
        let master = quotations("The site engineer said the jetty, which had been patched up three times in four years by the county, was \"unsafe\".")
        #expect(master.map(\.kind) == [.direct])
        #expect(master.first?.speaker?.lowercased() == "the site engineer")
        #expect(quotations("The jetty, which had been patched up three times in four years by the county, was \"unsafe\" again by May.").map(\.kind) == [.mention])
    }
}
