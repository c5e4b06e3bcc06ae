import Annotate
import Model
import Testing

/// A definite description by a trade or art (`la traductrice`, `la tisserande`, `the composer`:
/// lexicon key `personNouns`) means the person the text described by it, or the named person of
/// its gender it is about, as `le boulanger` does; it was a speaker noun only, so the description
/// meant no one and a quotation after it (with no cue, or with a pronoun cue) went to someone
/// else named since: the readers who complained, a designer who praised her, the conductor.
/// Made-up sentences in the shapes of features and reviews.
@Suite struct OccupationDescriptionKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test"))).map(\.speaker)
    }

    /// `La traductrice hausse les épaules. « … »`: the translator the piece is about, not the
    /// readers whose petition the sentence before quoted.
    @Test func frenchTradeSubjectBeforeCuelessQuotation() {
        let text = "Claire Dumont traduit des mangas depuis vingt ans. « Je lis tout à voix haute », explique-t-elle.\n\nTout le monde n'est pas conquis. Sur les forums, des lecteurs ont lancé une pétition « pour une traduction fidèle ». La traductrice hausse les épaules. « Fidèle à quoi ? Aux mots ou à l'émotion ? »"
        #expect(speakers(text, lang: "fr") == ["Claire Dumont", "des lecteurs", "Claire Dumont"])
    }

    /// `La tisserande, elle, refuse …`: the weaver, not the designer named since (nor the curator
    /// who spoke last).
    @Test func frenchTradeSubjectSetOffByStressedPronoun() {
        let text = "Odette Lambrin, 70 ans, tisse la soie depuis 1975 dans un atelier de la rue Haute. « Ce métier a cent ans », dit-elle.\n\nSes tissus habillent les salons d'une créatrice parisienne, Julie Marchal. Pour cette dernière, le travail d'Odette Lambrin relève « de la partition plus que du tissu ».\n\nLe conservateur du musée, Paul Verdier, regrette la fermeture des ateliers. « Chaque atelier qui ferme, c'est une mémoire qui part », soupire-t-il.\n\nLa tisserande, elle, refuse le rôle de relique. « Je ne suis pas un musée. J'ai des clients et des factures. »"
        #expect(speakers(text, lang: "fr").last == "Odette Lambrin")
    }

    /// `the composer seemed unbothered. "…," he told reporters`: the composer the text named by
    /// that role, not the conductor named last.
    @Test func englishArtSubjectBeforePronounCue() {
        let text = "The composer Tomas Rill saw his new opera open on Friday. The conductor, Piers Allard, keeps the orchestra light, and not even Allard can hide the slow first act.\n\nAfterwards, the composer seemed unbothered by the boos. \"Good,\" he told reporters in the foyer. \"It means they stayed until the end.\""
        #expect(speakers(text) == ["Tomas Rill", "Tomas Rill"])
    }
}
