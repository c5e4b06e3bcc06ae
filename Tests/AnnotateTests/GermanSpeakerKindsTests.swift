import Annotate
import Model
import Testing

/// Kinds of German speaker attribution, switched on by lexicon data (`commonNouns`,
/// `commonNounEndings`, `compoundNouns`, `capitalisedNouns`, `verbSecond`, `sourcePrepositions`),
/// each on a made-up sentence with invented names.
@Suite struct GermanSpeakerKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: "de")))
    }

    /// A capitalised common noun known by its ending (`-ung`, `-heit`) or its compound head
    /// (`Radioansprache`) is no name; the subject after the verb speaks.
    @Test(arguments: [
        ("Als Begründung sagte ein Forscher: „Das Feld ist sehr breit.“", "ein Forscher"),
        ("In seiner wöchentlichen Radioansprache begründete der Präsident seine Position folgendermaßen: „Wir brauchen mehr Brücken.“", "der Präsident"),
    ])
    func capitalisedCommonNounIsNoName(text: String, speaker: String) {
        #expect(speakers(text) == [speaker])
    }

    /// Real names stay names: one that ends like a common noun goes on after a given name
    /// (`Jens Hartung`), and names with letters outside German (`Aylin Çakır`) are kept whole.
    @Test(arguments: [
        ("Der Minister Jens Hartung sagte: „Wir bleiben dabei.“", "Jens Hartung"),
        ("Die Ärztin Aylin Çakır sagte: „Wir sind erschöpft.“", "Aylin Çakır"),
        ("Die Ministerin Tilda Brenneke besuchte die Werft. Brenneke sagte: „Wir bauen hier weiter.“", "Tilda Brenneke"),
    ])
    func namesStayNames(text: String, speaker: String) {
        #expect(speakers(text).last == speaker)
    }

    /// A compound ending in a title is a title (`Landesinnenminister Brock`): the name speaks.
    @Test func compoundTitleBeforeASurname() {
        #expect(speakers("Nach der Sitzung sagte Landesinnenminister Brock: „Der Beschluss ist ein wichtiger Schritt.“") == ["Brock"])
    }

    /// `nach Aussagen der X handelte es sich um „…“`: the phrase ends before the verb.
    @Test func attributionPhraseEndsBeforeTheVerb() {
        #expect(speakers("Nach Aussagen der Anwältin des Klägers handelte es sich um „eine ganz normale Sache“.") == ["Anwältin des Klägers"])
    }

    /// A bare plural of people heads a subject (`Medienvertreter der Opposition bezeichneten`).
    @Test func barePersonNounIsASubject() {
        let text = "Medienvertreter der Opposition bezeichneten das Auftreten der Polizei als „erstaunlich zurückhaltend“."
        #expect(speakers(text) == ["Medienvertreter der Opposition"])
    }

    /// A speech noun and its owner before the colon (`Die Kernaussage von X lautete:`, `Zitat von X:`).
    @Test(arguments: [
        ("Die Kernaussage von Tom Berger, dem Direktor von Nordluft, lautete dazu: „Wir wären sehr überrascht.“", "Tom Berger"),
        ("Zitat von Lena Hartwig: „Wir haben etwas erreicht.“", "Lena Hartwig"),
    ])
    func speechNounOwnerSpeaks(text: String, speaker: String) {
        #expect(speakers(text) == [speaker])
    }

    /// `heißt es in einer Pressemitteilung der X`: the text's author speaks, else the text.
    @Test func textSourceOfAnImpersonalCue() {
        #expect(speakers("„Wir lehnen das ab“, heißt es in einer Pressemitteilung der Gewerkschaft.") == ["Gewerkschaft"])
        let transcript = annotator.annotate(TestDocuments.make("In einem Antrag heißt es wörtlich: „Die Aufhebung wäre ein Beitrag zum Frieden.“", lang: "de"))
        #expect(transcript.quotations.first?.attribution.mention == "einem Antrag")
    }

    /// `Nach Angaben einer X`: an attribution preposition with any article after it.
    @Test func attributionPrepositionBeforeAnIndefiniteArticle() {
        #expect(speakers("Nach Angaben einer Bauerngewerkschaft sollen „fünf bis sechs Höfe“ gestürmt worden sein.") == ["einer Bauerngewerkschaft"])
    }

    /// A sentence-opening adjective or adverb is no name (`Kritisch äußerte sich die Partei:`).
    @Test func sentenceOpeningAdjectiveIsNoName() {
        #expect(speakers("Kritisch äußerte sich die Partei: „Das geht zu weit.“") == ["die Partei"])
    }
}
