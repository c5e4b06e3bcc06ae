import Annotate
import Model
import Testing

/// Where a speaker's noun phrase has its head and where it ends, and number agreement: a
/// capitalised name that only modifies the common noun heading a phrase is not the speaker (the
/// phrase is), a role phrase runs on over a noun and its age, and a plural phrase that spoke
/// last is never what a singular `il` or `he` goes on with. Each kind on a made-up sentence (no
/// corpus text, no real names).
@Suite struct NounPhraseHeadAndNumberKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// `The Brindle branch of the Orchard Farmers Union says …`, `Une page Pixora de soutien a
    /// publié : « … »`: a name between the determiner (and a noun) and a lowercase head or
    /// complement modifies the head; the speaker is the whole description, never the name. Near
    /// misses stay names: a role noun apposed to the name (`Le maire Anselme Tavera`) and an
    /// organisation noun before it (`The charity Quillon Aid`).
    @Test func nameModifyingTheHeadNounIsNoSpeaker() {
        let english = speakers("The Brindle branch of the Orchard Farmers Union says its members were \"left waiting\" for months.", lang: "en")
        #expect(english == ["The Brindle branch of the Orchard Farmers Union"])
        let french = speakers("Une page Pixora de soutien a publié ce message : « Tenez bon, nous sommes avec vous. »", lang: "fr")
        // (The subject of its own speech verb, opened by an indefinite determiner, speaks whatever its noun.)
        #expect(french == ["Une page Pixora de soutien"])
        #expect(speakers("Le maire Anselme Tavera a déclaré : « Le pont rouvrira lundi. »", lang: "fr") == ["Anselme Tavera"])
        #expect(speakers("The charity Quillon Aid said: \"We need more volunteers.\"", lang: "en") == ["Quillon Aid"])
    }

    /// `Le maître verrier de 61 ans dirige …`: a lowercase noun after the role, then an age as its
    /// complement, belong to the role phrase; it is not cut to `Le maître`.
    @Test func rolePhraseRunsOverItsNounAndAge() {
        let text = "« Nous sommes la plus vieille maison du canton », sourit son président, Marc Orvel-Tissot. Le maître verrier de 61 ans dirige un atelier de huit personnes. « On apprend par la main. »"
        let found = speakers(text, lang: "fr")
        #expect(found == ["Marc Orvel-Tissot", "Le maître verrier"])
    }

    /// `Des élus … ont indiqué que … Le lendemain, il limogea « … »`, `Several members … said: "…"
    /// The next day, he sacked "…"`: the group that spoke last (a plural determiner, or a plural
    /// noun for people heading the phrase) is no antecedent of a singular pronoun; the quotation
    /// goes to no one rather than to the group.
    @Test func pluralLastSpeakerIsNoSingularPronounsAntecedent() {
        let french = "Des élus du Mouvement clair ont indiqué qu'ils voteraient contre. Le lendemain, il limogea « toute la direction en une semaine »."
        #expect(speakers(french, lang: "fr") == [nil])
        let english = "Several members of the Harbour Party said: \"We will vote against it.\" The next day, he sacked \"the whole board in a week\"."
        #expect(speakers(english, lang: "en") == ["Several members of the Harbour Party", nil])
    }
}
