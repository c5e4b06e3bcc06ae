import Annotate
import Model
import Testing

/// A person described with no full name who gives one name only (`who gave his name only as
/// Col`, `who asked that only his first name, Walt, be used`, `qui se présente seulement comme
/// Mathieu`, `qui n'a voulu donner que son prénom, Léa`) is that name: the speaker of a cue
/// whose subject is the description, and the one a later pronoun means. Hand-written sentences
/// in the shape of live blogs, wire copy and local news, with made-up names only.
@Suite struct GivenNameKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Live blog: the neighbour who gave his name only as Col is `he`, not the resident before
    /// him, nor no one.
    @Test func aNeighbourWhoGaveHisNameOnlyAsIsHe() {
        let text = """
        Kerry Dowd, who lives on Wattle Flat Road, left her house at 3am. "Everything is on the ute," she said.

        Her neighbour, who gave his name only as Col, was less philosophical. "Third time in five years," he said. "Somebody up there is having a laugh."
        """
        #expect(speakers(text) == ["Kerry Dowd", "Col", "Col"])
    }

    /// Local news: `said the man …, who asked that only his first name, Walt, be used` is Walt,
    /// not the man named before.
    @Test func onlyHisFirstNameBeUsedAfterTheCue() {
        let text = """
        Tom Pruitt, the council member who backed the trial, defended it. "It worked," he said.

        "I just wanted my cough syrup," said the man who placed the order, a retired machinist who asked that only his first name, Walt, be used.
        """
        #expect(speakers(text) == ["Tom Pruitt", "Walt"])
    }

    /// Wire copy: `would give her name only as`, then `she said`.
    @Test func aProtesterWhoWouldGiveHerNameOnlyAs() {
        let text = """
        Mary Stone said the water rose fast. "It was in the kitchen by midnight," she said.

        One protester, who would give her name only as Dana, held up a sign. "We are not going anywhere," she said.
        """
        #expect(speakers(text) == ["Mary Stone", "Dana"])
    }

    /// A reflexive form: `identified himself only as Joe`.
    @Test func aFishermanWhoIdentifiedHimselfOnlyAs() {
        let text = """
        Harbour master Jim Reeve said the boats were safe. "We tied them twice," he said.

        A fisherman who identified himself only as Joe was mending nets on the quay. "The season is over before it started," he said.
        """
        #expect(speakers(text) == ["Jim Reeve", "Joe"])
    }

    /// French live blog: `qui se présente seulement comme Mathieu`, then `témoigne-t-il` in the
    /// next paragraph is Mathieu, not the officer quoted before.
    @Test func frenchSePresenteSeulementComme() {
        let text = """
        Le commandant Éric Ferrand parle d'un feu violent. « Nos équipes ont pu attaquer le foyer », précise-t-il.

        Un automobiliste, qui se présente seulement comme Mathieu, 34 ans, raconte comment il a quitté le tunnel à pied.

        « On a vu la fumée arriver au plafond », témoigne-t-il.
        """
        #expect(speakers(text, lang: "fr") == ["Éric Ferrand", "Mathieu"])
    }

    /// French: `qui n'a voulu donner que son prénom, Léa,` then `dit-elle`.
    @Test func frenchQueSonPrenom() {
        let text = """
        Le directeur, Paul Lemaire, défend son plan. « Nous recrutons », assure-t-il.

        Une infirmière, qui n'a voulu donner que son prénom, Léa, décrit des nuits sans pause. « On ne tient plus », dit-elle.
        """
        #expect(speakers(text, lang: "fr") == ["Paul Lemaire", "Léa"])
    }

    /// French, the cue first: `soupire une habitante, qui ne veut être citée que sous son
    /// prénom, Martine`.
    @Test func frenchCueThenSousSonPrenom() {
        let text = """
        Le maire, Paul Vidal, a inauguré la halle. « Enfin », a-t-il dit.

        « C'est la troisième fois qu'on déménage », soupire une habitante, qui ne veut être citée que sous son prénom, Martine.
        """
        #expect(speakers(text, lang: "fr") == ["Paul Vidal", "Martine"])
    }

    /// Near misses: `gave his name to the stand` (no particle), a name given to a thing, and a
    /// named mayor who `se présente comme candidat` (no restrictive adverb, no name after) keep
    /// the person named.
    @Test func nearMissesKeepThePersonNamed() {
        #expect(speakers("Paul Roy gave his name to the new stand at the ground. \"It is an honour,\" he said.") == ["Paul Roy"])
        #expect(speakers("Ann Roy chairs the residents group. The council gave the lane the name Mill Lane last year. \"Nobody asked us,\" she said.") == ["Ann Roy"])
        #expect(speakers("Le maire, Paul Roy, se présente comme candidat. « Je serai là », dit-il.", lang: "fr") == ["Paul Roy"])
    }
}
