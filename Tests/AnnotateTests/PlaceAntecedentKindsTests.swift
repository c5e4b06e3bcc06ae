import Annotate
import Model
import Testing

/// A gendered personal pronoun (`she said`, `dit-elle`) passes over a name the text shows to be a
/// place's, even a name that is also a woman's given name, and takes the person named before.
/// Hand-written texts, not from the gold corpus.
@Suite struct PlaceAntecedentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    /// The speaker of the quotation that holds `fragment` in `text` (nil when unattributed).
    func speaker(of fragment: String, in text: String, lang: String) -> String? {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return TestDocuments.quotationsWithSpeakers(transcript).first { $0.text.contains(fragment) }?.speaker
    }

    // MARK: A town bearing a given name

    /// Regional weekly: a woman's given name written after `near`, then the subject of a sentence.
    @Test func sheAfterATownWithAGivenNameAfterNearIsTheWoman() {
        let text = "Ruth Calder has fished the bay near Rosalind for thirty years. Rosalind is silting up. \"You can walk across it at low tide,\" she said."
        #expect(speaker(of: "low tide", in: text, lang: "en") == "Ruth Calder")
    }

    /// Near miss: a woman called by her given name alone, never written as a place's, is still
    /// whom `she` means.
    @Test func sheAfterAWomanCalledByHerGivenNameIsHer() {
        let text = "Ruth Calder has fished the bay for thirty years. Her daughter Rosalind joined her last spring. \"I was seasick for a month,\" she said."
        #expect(speaker(of: "seasick", in: text, lang: "en") == "Rosalind")
    }

    // MARK: An apposition that names a place

    /// A one-word name followed by an apposition headed by `harbour`.
    @Test func sheAfterANameWhoseAppositionIsAHarbourIsTheWoman() {
        let text = "Ruth Calder has fished for thirty years. Kelmsby, the island's main harbour, is silting up. \"You can walk across it at low tide,\" she said."
        #expect(speaker(of: "low tide", in: text, lang: "en") == "Ruth Calder")
    }

    /// The same with a given name (`Savannah`) as the harbour's name.
    @Test func sheAfterAGivenNameWhoseAppositionIsAHarbourIsTheWoman() {
        let text = "Ruth Calder has fished for thirty years. Savannah, the island's main harbour, is silting up. \"You can walk across it at low tide,\" she said."
        #expect(speaker(of: "low tide", in: text, lang: "en") == "Ruth Calder")
    }

    /// Near miss: an apposition whose head is a person's noun (`the harbour's only diver`) keeps
    /// the name a person's.
    @Test func sheAfterANameWhoseAppositionIsADiverIsThatDiver() {
        let text = "Ruth Calder has fished for thirty years. Nell Kemp, the harbour's only diver, is worried. \"You can walk across it at low tide,\" she said."
        #expect(speaker(of: "low tide", in: text, lang: "en") == "Nell Kemp")
    }

    /// French: `X, un village de 300 habitants,` then an inverted `elle`.
    @Test func elleAfterAVillageInAppositionIsTheWoman() {
        let text = "Odile Marchal tient la boulangerie depuis vingt ans. Vernoules, un village de 300 habitants, a perdu son école. « On se bat pour garder le pain », dit-elle."
        #expect(speaker(of: "garder le pain", in: text, lang: "fr") == "Odile Marchal")
    }

    // MARK: An epicene given name

    /// `Jude` is given to women as to men: it does not keep `she` from the councillor.
    @Test func sheAfterAnEpiceneGivenNameIsThatPerson() {
        let text = "Jude Harrow, a councillor, voted against the plan. \"It is a mistake,\" she said."
        #expect(speaker(of: "a mistake", in: text, lang: "en") == "Jude Harrow")
    }
}
