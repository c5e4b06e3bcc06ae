import Annotate
import Model
import Testing

/// An age description with no stated age (`the 49-year-old`, `le quadragénaire`) means the person
/// last in view: one named again as a sentence subject (`Flynn rejected that account.`, `Castel,
/// lui, …`, `…, and Ade finished the move.`), and, in one sentence, its subject over a name of no
/// known gender only mentioned in it (a horse in a relative clause). Hand-written texts, not from
/// the gold corpus.
@Suite struct AgeDescriptionInViewTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    /// The speaker name of the last direct quotation of `text` in `lang` (nil when none or unattributed).
    func lastSpeaker(_ text: String, lang: String = "en") -> String? {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang))).last ?? nil
    }

    /// A surname opening the sentence as its subject names that person again, after the other side.
    @Test func aSurnameSubjectIsTheOneLastNamed() {
        let text = "Union secretary Maura Flynn called the strike. Chief executive Peter Lang said the offer was fair. Flynn rejected that account. \"Not a serious offer,\" the 49-year-old said."
        #expect(lastSpeaker(text) == "Maura Flynn")
    }

    /// The same after a sentence-opening surname with `though` and another verb of saying.
    @Test func aSurnameSubjectBeforeToldReporters() {
        let text = "Coach Dana Whitt praised her side. Captain Lewis Grant scored twice. Whitt disagreed with the referee, though. \"It was never a penalty,\" the 52-year-old told reporters."
        #expect(lastSpeaker(text) == "Dana Whitt")
    }

    /// A surname after `and` as the subject of the last clause is named after the names before it.
    @Test func aCoordinatedSurnameSubjectIsNamedLast() {
        let text = "Winger Tobi Ade came off the bench. Scrum-half Liam Cole sniped over, fly-half Owen Marr added the conversion, and Ade finished a sweeping move. \"I just had to run,\" said the 20-year-old."
        #expect(lastSpeaker(text) == "Tobi Ade")
    }

    /// The subject of the sentence, not a name of no known gender in its relative clause (a horse).
    @Test func theSubjectOverANameInItsRelativeClause() {
        let text = "Trainer Declan Hart was banned after his winner Grey Lad failed a test. His son, Conor Hart, who rode Grey Lad to victory, was calmer. \"Dad is devastated,\" the 31-year-old said."
        #expect(lastSpeaker(text) == "Conor Hart")
    }

    /// French: `Ferrand conteste cette version.` names him again; `le quadragénaire` is he.
    @Test func frenchSurnameSubjectBeforeQuadragenaire() {
        let text = "Le secrétaire du syndicat, Marc Ferrand, a appelé à la grève. Le directeur, Paul Lanvin, juge l'offre correcte. Ferrand conteste cette version. « Ce n'est pas une offre sérieuse », lâche le quadragénaire."
        #expect(lastSpeaker(text, lang: "fr") == "Marc Ferrand")
    }

    /// French: `Castel, lui, défend …` names him again; `le sexagénaire` is he.
    @Test func frenchStressedSubjectBeforeSexagenaire() {
        let text = "Le maire, Jean Castel, a présenté le budget. L'opposant Luc Morin l'a critiqué. Castel, lui, défend ses choix. « Nous tenons nos promesses », assure le sexagénaire."
        #expect(lastSpeaker(text, lang: "fr") == "Jean Castel")
    }

    /// Near miss: a stated age still decides (`Tom Reed, 31,`), whoever is named after him.
    @Test func aStatedAgeStillDecides() {
        let text = "Tom Reed, 31, lost his van in the flood. His neighbour Paul Dunn helped him. Dunn agreed to help again. \"We lost everything,\" the 31-year-old said."
        #expect(lastSpeaker(text) == "Tom Reed")
    }

    /// Near miss: a name of known gender in apposition is still the one named last, over the
    /// subject of its sentence (`le fondateur Paul Gagnol` is the octogénaire).
    @Test func aNameOfKnownGenderInAppositionStaysLast() {
        let text = "Le propriétaire, Marc Gagnol, petit-fils du fondateur Paul Gagnol, ne conteste rien. « On a eu un problème », explique-t-il.\n\nLe fondateur, qui aura 88 ans en mai, passe ses après-midi au café. « Dans mon temps, c'était mieux », rigole l'octogénaire."
        #expect(lastSpeaker(text, lang: "fr") == "Paul Gagnol")
    }
}
