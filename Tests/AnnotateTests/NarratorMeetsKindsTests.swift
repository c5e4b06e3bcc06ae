import Annotate
import Model
import Testing

/// The person a first-person narrator meets, calls or reads to (`We caught up with a cornet
/// player …`, `When I read Anand's line back to Ortega, she laughed.`, `Samedi, j'ai croisé
/// Inès, 29 ans, … :`) is the one a later pronoun or a quotation with no cue means, not the
/// last speaker. Hand-written sentences in the shape of live blogs, columns and features, with
/// made-up names only.
@Suite struct NarratorMeetsKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Live blog: the cornet player we caught up with is `she`, not the adjudicator.
    @Test func liveBlogWeCaughtUpWith() {
        let text = """
        Alison Mace, the adjudicator, praised the winners. "They played the quietest," she said.

        We caught up with a cornet player from Haverthwaite in the foyer, who was honest about her band's chances. "We split a note you could hear in Leeds," she told us.
        """
        #expect(speakers(text) == ["Alison Mace", "a cornet player from Haverthwaite"])
    }

    /// Column: `When I read Anand's line back to Ortega, she laughed.` is Ortega (the genitive
    /// owner is passed over), and so is the quotation with no cue after it.
    @Test func columnWhenIReadBackTo() {
        let text = """
        Marisol Ortega, a tenant organiser, backs the measure.

        Council member Priya Anand opposes it. "Build everywhere," she said.

        When I read Anand's line back to Ortega, she laughed. "Tell her we will take both."
        """
        #expect(speakers(text) == ["Priya Anand", "Marisol Ortega"])
    }

    /// Feature: `I spoke to a retired teacher outside the library.` then `she said`.
    @Test func featureISpokeToAnUnnamedPerson() {
        let text = """
        The mayor, Tom Hale, defended the budget. "It adds up," he said.

        Across the square, I spoke to a retired teacher outside the library. "They are closing the one place kids can go," she said.
        """
        #expect(speakers(text) == ["Tom Hale", "a retired teacher"])
    }

    /// Wire feature: `On the quay, we met Tom Barr, …` then `he said` is Tom Barr.
    @Test func weMetANamedPerson() {
        let text = """
        Harbour master Jim Reeve said the boats were safe. "We tied them twice," he said.

        On the quay, we met Tom Barr, who has fished here for forty years. "It is finished," he said.
        """
        #expect(speakers(text) == ["Jim Reeve", "Tom Barr"])
    }

    /// French blog: `Samedi, j'ai croisé Inès, 29 ans, raquette sous le bras : « … »` is Inès,
    /// not the manager quoted before.
    @Test func frenchJaiCroiseBeforeAColon() {
        let text = """
        Le gérant du club, Yanis Ferhat, se dit surpris. « On a respecté toutes les normes », m'a-t-il lancé.

        Samedi, j'ai croisé Inès, 29 ans, raquette sous le bras : « C'est le seul sport où je me suis amusée dès le premier jour. »
        """
        #expect(speakers(text, lang: "fr") == ["Yanis Ferhat", "Inès"])
    }

    /// French reportage: `Nous avons rencontré une commerçante …` then `confie-t-elle`.
    @Test func frenchNousAvonsRencontre() {
        let text = """
        La maire, Anne Vidal, a défendu le budget. « Les comptes sont justes », a-t-elle dit.

        Nous avons rencontré une commerçante devant la halle. « On perd des clients chaque mois », confie-t-elle.
        """
        #expect(speakers(text, lang: "fr") == ["Anne Vidal", "une commerçante"])
    }

    /// Near misses: a narrator after `and` (`Ann Roy and I`), a genitive only (`Tom's family`),
    /// and no narrator at all keep the subject in view.
    @Test func nearMissesKeepTheSubject() {
        #expect(speakers("Ann Roy and I visited Paul Lee at the site. \"It is a mess,\" she said.") == ["Ann Roy"])
        #expect(speakers("Ann Roy runs the café on Mill Street. I have eaten there for years with Tom's family. \"We never close,\" she said.") == ["Ann Roy"])
        #expect(speakers("Paul Roy met Ann Lee at the fair. \"It was a good day,\" he said.") == ["Paul Roy"])
    }
}
