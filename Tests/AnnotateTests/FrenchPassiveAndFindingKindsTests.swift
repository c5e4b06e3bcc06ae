@testable import Annotate
import Model
import Testing

/// French cue shapes that gave words to someone who said nothing, or to no one: a verb of finding
/// with a noun object (`la commune trouve « une solution »`), a speech verb in the passive with
/// no agent (`a été interpellé « sans violence »`), and a profile opening (`Il se présentait
/// comme « … »`) after a line of date and time; and the impersonal `on` of an incise at a
/// building that is also an institution (`précise-t-on au collège`). Each on made-up sentences, with near misses that
/// must not change.
@Suite struct FrenchPassiveAndFindingKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, title: String = "Test") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: "fr", title: title)))
    }

    /// `Les parents attendent que la commune de Lorvel trouve « une solution durable »`: a verb of
    /// finding (``Lexicon/thingFindingVerbs``) with the span right after it opened by a
    /// determiner finds a thing; no one said it. `trouve le menu « un peu fade »` is an opinion and
    /// keeps its subject.
    @Test func aThingFoundIsNoOnesWords() {
        let text = """
        Les parents attendent que la commune de Lorvel trouve « une solution durable ».

        Le maire de Lorvel trouve « du temps pour chacun ».

        Le maire de Lorvel trouve le nouveau menu « un peu fade ».
        """
        let speakers = quotes(text).map(\.speaker)
        #expect(speakers.count == 3)
        #expect(speakers.prefix(2).allSatisfy { $0 == nil })
        #expect(speakers.last??.lowercased().contains("maire") == true)
    }

    /// `Un homme de 41 ans a été interpellé « sans violence »`: a speech verb in the passive
    /// (after ``Lexicon/passiveAuxiliaries``) with no agent says what was done to its subject, who
    /// said nothing. With an agent (`a été publié lundi soir par l'association …, qui y dénonce`)
    /// and in the active (`Interpellé par l'opposition, le maire … a répondu :`) nothing changes.
    @Test func aPassiveSpeechVerbGivesNoSpeaker() {
        let text = """
        Un homme de 41 ans a été interpellé « sans violence » en gare de Lomart.

        Interpellé par l'opposition, le maire Rémi Fauchard a répondu : « Nous ferons le nécessaire. »

        Le document a été publié lundi soir par l'association Vélo Lorvel, qui y dénonce « un abandon ».
        """
        #expect(quotes(text).map(\.speaker) == [nil, "Rémi Fauchard", "Vélo Lorvel"])
    }

    /// `Le 04/03/2025 à 10:15` before `Il se présentait comme « électricien agréé » …. Bastien
    /// Corlay, 29 ans, a été condamné …`: a paragraph that is only a date and time is no opening of
    /// the body, so the pronoun that opens the next one means the man named right after it.
    @Test func aDateLineIsNoProfileOpening() {
        let body = """
        Il se présentait comme « électricien agréé » et visitait des retraités. Bastien Corlay, 29 ans, a été condamné jeudi par le tribunal.
        """
        let title = "Un faux électricien condamné à un an avec sursis"
        #expect(quotes("Le 04/03/2025 à 10:15\n\n" + body, title: title).map(\.speaker) == ["Bastien Corlay"])
        #expect(quotes("Publié le 4 mars 2025 à 10h15\n\n" + body, title: title).map(\.speaker) == ["Bastien Corlay"])
        #expect(quotes(body, title: title).map(\.speaker) == ["Bastien Corlay"])
    }

    /// `« Les cours reprendront lundi », précise-t-on au collège.`: an inverted `on` at a building
    /// that is also an institution (``Lexicon/institutionNouns``) speaks for it, not for the woman
    /// named before; at a country (`précise-t-on au Portugal`) for no one.
    @Test func anImpersonalSubjectSpeaksForTheInstitutionItIsAt() {
        let text = """
        Mireille Castagnet s'inquiète pour la rentrée. « Les cours reprendront lundi », précise-t-on au collège.

        Mireille Castagnet s'inquiète pour la rentrée. « Les cours reprendront lundi », précise-t-on au Portugal.
        """
        let speakers = quotes(text).map(\.speaker)
        #expect(speakers.count == 2)
        #expect(speakers.first??.lowercased().contains("collège") == true)
        #expect(speakers.last == .some(nil))
    }
}
