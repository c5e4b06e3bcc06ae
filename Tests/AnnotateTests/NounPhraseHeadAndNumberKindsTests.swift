import Annotate
import Model
import Testing

/// Where a speaker's noun phrase has its head, and number agreement: a capitalised name that only
/// modifies the common noun heading a phrase is not the speaker (the phrase is), and a plural or
/// collective phrase is never what `il`, `elle`, `he` or `she` means. Each kind on a made-up
/// sentence (no corpus text, no real names).
@Suite struct NounPhraseHeadAndNumberKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// `The Brindle branch of the Orchard Growers' League says …`, `A Pixora page for Tam and Ivo
    /// asked: "…"`: a name between the determiner and a lowercase head noun modifies it; the
    /// speaker is the whole description, not the name.
    @Test func nameModifyingTheHeadNounIsNoSpeaker() {
        let english = speakers("The Brindle branch of the Orchard Growers' League says its members were \"left waiting\" for months.", lang: "en")
        #expect(english.count == 1)
        #expect(english.first??.hasSuffix("branch of the Orchard Growers' League") == true)
        let french = speakers("Une page Pixora de soutien a publié ce message : « Tenez bon, nous sommes avec vous. »", lang: "fr")
        #expect(french.count == 1)
        #expect(french.first??.hasPrefix("Une page Pixora") == true)
    }

    /// Near misses that stay names: a role noun apposed to the name (`le maire Paul Roy`) and
    /// an organisation noun before it (`the charity Safe Harbour`).
    @Test func apposedRoleOrOrganisationNounKeepsTheName() {
        #expect(speakers("Le maire Anselme Tavera a déclaré : « Le pont rouvrira lundi. »", lang: "fr") == ["Anselme Tavera"])
        #expect(speakers("The charity Quillon Aid said: \"We need more volunteers.\"", lang: "en") == ["Quillon Aid"])
    }

    /// `Des élus du Parti vert ont indiqué que … Après, il limogea « … »`: the group that spoke
    /// last is no antecedent of a singular `il`; the quotation goes to no one rather than to it.
    @Test func pluralLastSpeakerIsNoSingularPronounsAntecedent() {
        let text = "Des élus du Mouvement clair ont indiqué qu'ils voteraient contre. Le lendemain, il limogea « toute la direction en une semaine »."
        let found = speakers(text, lang: "fr")
        #expect(found.count == 1)
        #expect(found.first! == nil)
    }

    /// `The dancers rehearse. “…,” she says.`: a plural subject (a plural noun for people) is
    /// no antecedent of `she`; the woman named before is.
    @Test func pluralSubjectIsNoAntecedentOfShe() {
        let text = "Orla Venn watches from the corner. The dancers are running the last section again. \"Slower,\" she says."
        #expect(speakers(text, lang: "en") == ["Orla Venn"])
    }

    /// `Son équipe a rebaptisé le village. « … », dit-elle.`: a collective noun (`équipe`, `team`)
    /// names a group, never `elle`; the director named before speaks.
    @Test func collectiveNounIsNoAntecedentOfElle() {
        let text = "Reste l'avis de la réalisatrice, Sabine Orlac-Menu. Son équipe a rebaptisé le hameau. « J'ai cherché cet endroit pendant un an », dit-elle."
        #expect(speakers(text, lang: "fr") == ["Sabine Orlac-Menu"])
    }
}
