import Annotate
import Model
import Testing

/// Mentions that looked like speech (a slogan or petition set off by commas after its noun and a
/// complement, a motto after a copula, a name after a reflexive naming verb) and a fragment that
/// looked like a term (one word after a copula closing a long reported clause). One test per
/// kind, each on made-up sentences (no corpus text, no real names), with a near miss that must
/// keep its other kind.
@Suite struct MentionVersusFragmentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func kinds(_ text: String, lang: String = "en") -> [Quotation.Kind] { quotations(text, lang: lang).map(\.kind) }

    /// Kind 1: a capitalised span set off by commas after a noun of words or documents and its
    /// short complement (`Le slogan en question, « … »,`, `une pétition en ligne, « … »,`) names it,
    /// even with a speaker and a verb before the noun; not a source (`Selon le rapport, « … »`).
    @Test func sloganOrPetitionInAppositionAfterItsComplementIsAMention() {
        #expect(kinds("Le slogan en question, « Corvel, une ville qui avance », avait fleuri sur les affiches du candidat.", lang: "fr") == [.mention])
        #expect(kinds("Le collectif Parents du Vallon a lancé une pétition en ligne, « Cantine oui, hausse non », qui avait recueilli 300 signatures.", lang: "fr") == [.mention])
        #expect(kinds("Residents started a petition on paper, \"Save the Lido Now\", which drew 900 names.") == [.mention])
        // A source phrase keeps its words.
        #expect(kinds("Selon le rapport, « Les écoles manquent de moyens et de personnel depuis des années ».", lang: "fr") == [.direct])
    }

    /// Kind 2: a capitalised span after a mention cue and a copula (`its motto is "…"`) is the
    /// motto; the same kind of words said by someone stay theirs.
    @Test func mottoAfterACopulaIsAMention() {
        #expect(kinds("The tool library lends drills to members - its motto is \"Mend, share, lend again\".") == [.mention])
        #expect(kinds("La ressourcerie prête des outils aux habitants ; sa devise est « Réparer, prêter, recommencer ensuite ».", lang: "fr") == [.mention])
        let said = quotations("\"Fix it, then pass it on,\" said Ada Finch.")
        #expect(said.map(\.kind) == [.direct])
        #expect(said.first?.speaker == "Ada Finch")
    }

    /// Kind 3: a short span right after a naming verb with a reflexive pronoun (`calling itself`,
    /// `qui se fait appeler`) is the name its subject goes by, even with a speech verb after it;
    /// not a description in lower case (`he called himself "…"`).
    @Test func nameAfterAReflexiveNamingVerbIsAMention() {
        #expect(kinds("Port director Ada Finch said the attack began on Monday. A group calling itself \"Nightjar\" claimed responsibility on a leak site, posting what it said were payroll files.") == [.mention])
        #expect(kinds("Harbour chief Tom Rudd said the system was down. A gang calling itself \"Saltfog\" claimed the attack on Tuesday.") == [.mention])
        #expect(kinds("Les enquêteurs de Valmont ont parlé d'une bande qui se fait appeler « Brume » dans les quartiers nord, a dit Paul Arno.", lang: "fr") == [.mention])
        // A description in lower case is what the subject called itself, its words.
        let described = quotations("Prosecutor Ivy Marsh said the case was simple. Ms Marsh said Dale Fenn had met investors at lunches in which he called himself \"the careful saver\".")
        #expect(described.map(\.kind) == [.direct])
        #expect(described.first?.speaker == "Dale Fenn")
    }

    /// Kind 4: one lowercase word right after a copula, closing a long reported clause of a
    /// speaker (`said … that the damage could be "severe"`), is the speaker's own word; a scare
    /// quote in narration stays a mention.
    @Test func oneWordAfterACopulaClosingAReportedClauseIsDirect() {
        let economist = quotations("Shares in Corvine fell. Lena Morrow, an economist at Corvine Bank, said in a statement that the cost was likely to be small but that the damage to exports could be \"severe\" by the end of the year.")
        #expect(economist.map(\.kind) == [.direct])
        #expect(economist.first?.speaker == "Lena Morrow")
        let town = quotations("La mairie de Corvel indique dans un communiqué que le service de navettes sera évalué au bout de six mois et que la ligne de car numéro douze pourrait alors être « rouverte ».", lang: "fr")
        #expect(town.map(\.kind) == [.direct])
        #expect(town.first?.speaker == "La mairie de Corvel")
        #expect(kinds("Critics attacked the so-called \"reform\" on Tuesday.") == [.mention])
    }
}
