@testable import Annotate
import Model
import Testing

/// Organisations named with an acronym in brackets: a kind's acronym before the name
/// (`L'Organisation non gouvernementale (ONG) X`), a name with `pour` inside that its acronym
/// closes, a name apposed without an article whose acronym spells a hyphenated word's parts;
/// a person's name before a party's acronym stays the person. Made-up sentences.
@Suite struct OrganisationAcronymKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, lang: String) -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// An acronym in brackets that is an organisation noun (`ONG`) names the kind: the name after
    /// the bracket is the organisation's, and `l'ONG` later means it.
    @Test func kindAcronymBeforeTheNameMeansTheName() {
        let found = quotes("L'Organisation non gouvernementale (ONG) Clarté pour Grandir a remis des kits à Boké. « Nous voulons que chaque enfant lise le soir », a déclaré l'ONG.", lang: "fr")
        #expect(found.map(\.speaker) == ["Clarté pour Grandir"])
    }

    /// A name with `pour` inside runs on to the acronym in brackets that closes it.
    @Test func acronymClosesANameWithPourInside() {
        let league = quotes("« Le site restera fermé », a fait savoir la Ligue picarde pour les oiseaux nicheurs (LPON).", lang: "fr")
        #expect(league.map(\.speaker) == ["Ligue picarde pour les oiseaux nicheurs"])
        let member = quotes("« L'opposition cherche des excuses », tacle un cadre du Rassemblement pour la concorde (RPC), sous couvert d'anonymat.", lang: "fr")
        #expect(member.map(\.speaker) == ["un cadre du Rassemblement pour la concorde"])
    }

    /// A name apposed with no article runs on over its complement to its acronym, which may spell
    /// the parts of a hyphenated word (`Val-Sombre`, VS).
    @Test func apposedNameRunsOnToItsAcronym() {
        let found = quotes("L'exploitant, Énergies Réunies du Val-Sombre (ERVS), a confirmé : « La vanne a cédé. »", lang: "fr")
        #expect(found.map(\.speaker) == ["Énergies Réunies du Val-Sombre"])
        // Near miss: a person's name before their party's acronym stays the person.
        let person = quotes("« Nous serons là », a promis Marc Tallon (PRV), conseiller municipal.", lang: "fr")
        #expect(person.map(\.speaker) == ["Marc Tallon"])
    }
}
