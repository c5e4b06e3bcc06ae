import Annotate
import Model
import Testing

/// A notice put up by the sentence's subject, its text after a colon (`Des voisins ont collé une
/// affiche sur un arbre : « … »`, `Neighbours taped a sign to a tree: "…"`): the text is the
/// subject's words, not a slogan nor the last speaker's. Made-up sentences and names.
@Suite struct PostedNoticeKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// A posting verb, compound or finite (`ont collé`, `affichent`, `taped`), the notice noun as
    /// its object, and a colon: the subject's notice.
    @Test func subjectPostingANoticeOwnsItsText() {
        let french = quotations("« On éteint à minuit », a expliqué l'adjoint Damien Ravel. Rue des Saules, quelques voisins ont collé une affiche sur un arbre : « Ici, on dort la nuit ». Paul Marin rentre tard.")
        #expect(french.map(\.kind) == [.direct, .direct])
        #expect(french.last?.speaker == "quelques voisins")
        let finite = quotations("« On passe le mardi », dit Irène Voss. Les mairies affichent un petit mot : « Le camion passe mardi, sortez vos bacs avant midi. » Ça marche bien.")
        #expect(finite.last?.speaker == "Les mairies")
        let english = quotations("\"We switch off at midnight,\" said councillor Damien Ravel. On Willow Road, several neighbours taped a sign to a tree: \"We sleep at night here.\" Paul Marin comes home late.", lang: "en")
        #expect(english.map(\.kind) == [.direct, .direct])
        #expect(english.last?.speaker == "several neighbours")
    }
}
