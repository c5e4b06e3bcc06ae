import Annotate
import Model
import Testing

/// The largest families of wrong French speakers left on the development sets, each shown on a
/// made-up sentence (no corpus text, no real names): one test per kind.
@Suite struct FrenchFamiliesKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "fr") -> [(text: String, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in (q.text, q.speakerID.flatMap { transcript.speaker(id: $0)?.name }) }
    }

    /// Kind 1: an indefinite description with a complement (`Un membre du jury`, `Un matelot de
    /// la Compagnie X`) introduces someone new: it is not the named person described earlier by
    /// another role with the same complement (`Le président du jury, Paul Vernet`, `le président
    /// de la Compagnie X, Luc Arnaud`), and `il` after it means the new one.
    @Test func indefiniteDescriptionIsNotTheOneSharingItsComplement() {
        let text = """
        Le président du jury, le romancier Paul Vernet, a salué « un livre rare ».

        Un membre du jury, qui a requis l'anonymat, évoque « trois heures de débat ». « Nous n'étions pas d'accord sur tout », confie-t-il.
        """
        #expect(direct(text).map(\.speaker) == ["Paul Vernet", "Un membre du jury", "Un membre du jury"])
        let crew = """
        « Nous baissons nos prix », annonce le président de la Compagnie des bacs du Lorn, Luc Arnaud.

        Un matelot de la Compagnie des bacs du Lorn dit que les cadences ont doublé. « On n'a plus le temps de rien vérifier. »
        """
        #expect(direct(crew).map(\.speaker) == ["Luc Arnaud", "Un matelot de la Compagnie des bacs du Lorn"])
        // Near miss: one described before by the same head noun is still the one meant.
        let same = """
        Anne Roy, porte-parole de la préfecture du Lorn, a parlé lundi. Mardi, une porte-parole de la préfecture du Lorn a précisé : « Les routes restent fermées. »
        """
        #expect(direct(same).map(\.speaker) == ["Anne Roy"])
    }

    /// Kind 2: a paragraph ending with a colon after reading a text in some manner (`a lu un texte
    /// d'une voix tremblante :`) introduces the reader's block quotation: the manner (`une voix
    /// tremblante`) is no author.
    @Test func readingInAMannerIntroducesTheReadersBlockQuotation() {
        let text = """
        Les parties civiles ont été entendues mardi. Martine Lebrun-Sow, dont le fils est mort dans l'accident, a lu un texte d'une voix tremblante :

        « Le 3 mai, Hugo est parti au lycée. Je ne l'ai jamais revu. »
        """
        #expect(direct(text).map(\.speaker) == ["Martine Lebrun-Sow"])
    }

    /// Kind 3: a possessive `sa` marks a feminine phrase (`sa coopérative`), which `il` after the
    /// next quotation does not mean: the man who received its message speaks.
    @Test func femininePossessivePhraseIsNoAntecedentOfIl() {
        let text = """
        Marc Dubreuil, lui, a reçu vendredi un courriel de sa coopérative : « Collecte maintenue, merci. » « Au moins, le lait part », soupire-t-il.
        """
        #expect(direct(text).map(\.speaker) == ["sa coopérative", "Marc Dubreuil"])
    }
}
