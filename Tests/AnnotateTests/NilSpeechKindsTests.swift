@testable import Annotate
import Model
import Testing

/// Speech that was left with no speaker though its sentence names who says it: an inverted cue
/// with one detached word between the verb and its subject, and a colon introduction past an
/// earlier quoted title or sign; each on made-up sentences, with near misses that name no one.
@Suite struct NilSpeechKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// `« … », raconte, hilare, X.`, `", said, grimly, X.`: one detached adjective, participle or
    /// adverb set off by commas between an inverted verb of saying and its subject leaves the
    /// subject the speaker, as a longer adverbial does (`a résumé, en quittant la salle, X`).
    @Test func oneDetachedWordBetweenInvertedCueAndSubject() {
        let french: [(String, String)] = [
            ("« Elles sont ressorties par l'autre porte, très dignes », raconte, hilare, Marc Olivant.", "Marc Olivant"),
            ("« On nous a oubliés », lâche, amère, Solène Vidrac.", "Solène Vidrac"),
            ("« C'est un crève-cœur », confie, ému, le maire de Brelac, Paul Ternier.", "Paul Ternier"),
            ("« Nous reviendrons l'an prochain », promet, souriante, la présidente du club, Inès Marrot.", "Inès Marrot"),
        ]
        for (text, speaker) in french {
            #expect(quotes(text).first?.speaker == speaker, "\(text)")
        }
        let english: [(String, String)] = [
            ("\"We lost the whole year,\" said, grimly, Tom Welland.", "Tom Welland"),
            ("\"We will be back next spring,\" promised, cheerfully, Ann Cole, the club's chair.", "Ann Cole"),
        ]
        for (text, speaker) in english {
            #expect(quotes(text, lang: "en").first?.speaker == speaker, "\(text)")
        }
        // Near misses: no subject after the detached word; no one is named.
        #expect(quotes("« On verra bien », répond, amusé, avant de tourner les talons.").first?.speaker == nil)
        #expect(quotes("« C'est fini », conclut, lucide.").first?.speaker == nil)
    }

    /// `X a collé un autocollant « … » : « … »`, `X, auteur du livre « … », a une formule : « … »`,
    /// `After the "no" vote, X was blunt: "…"`: a quoted title or sign earlier in the sentence
    /// does not hide the subject that the colon introduction gives; a thing as subject (`Le film
    /// « … » s'ouvre sur une phrase :`) still speaks for no one.
    @Test func colonIntroductionPastAQuotedTitle() {
        let text = """
        Sylvie Marand a collé sur sa boîte aux lettres un autocollant « Mon anse n'est pas à vendre » : « Je ne suis pas contre les bateaux. »

        Paul Ternier, auteur du livre « Les Mains du port », a une formule : « Un port vide est un port mort. »

        À la question « Reviendrez-vous ? », Inès Marrot a une réponse toute prête : « Chaque année, tant que je pourrai marcher. »
        """
        let found = quotes(text).filter { $0.kind == .direct }
        #expect(found.map(\.speaker) == ["Sylvie Marand", "Paul Ternier", "Inès Marrot"])
        let english = quotes("""
        Dale Pritchard, who painted the "keep out" sign himself, is unrepentant: "It's my field and I mean to keep it."

        After the "no" vote, Ann Cole was blunt: "We start again tomorrow morning."
        """, lang: "en").filter { $0.kind == .direct }
        #expect(english.map(\.speaker) == ["Dale Pritchard", "Ann Cole"])
        // Near misses: a film or a poster is the subject; nobody speaks.
        let film = quotes("Le film « Les Mains du port » s'ouvre sur une phrase : « Un port vide est un port mort. »")
        #expect(film.last?.speaker == nil)
        let poster = quotes("The poster for \"Salt Days\" carries a single line: \"Stop counting the hours you work.\"", lang: "en")
        #expect(poster.last?.speaker == nil)
    }

    /// `Et quand on lui demande …, elle hausse les épaules. ¶ « … »`, `But when I ask about the
    /// closure, he goes quiet. ¶ "…"`: an opening coordinator before a subordinate clause does not
    /// hide the main clause, whose subject says the next paragraph's words.
    @Test func openingCoordinatorBeforeSubordinateClauseOfAnnouncingParagraph() {
        let french = quotes("""
        Odile Farnier tisse la soie depuis quarante ans dans un atelier de la Croix-Rousse.

        Et quand on lui demande si son petit-fils prendra la suite, elle hausse les épaules.

        « Il dit oui aujourd'hui. À son âge, je disais aussi oui à tout. »
        """)
        #expect(french.last?.speaker == "Odile Farnier")
        let english = quotes("""
        Marcus Delane has run the ferry to Holm Island since 1994.

        But when I ask about the new bridge, he goes quiet for a long moment.

        "It will be quicker. It won't be the same."
        """, lang: "en")
        #expect(english.last?.speaker == "Marcus Delane")
        let mais = quotes("""
        Paul Ternier a repris la boulangerie de son père en 2009.

        Mais quand on évoque le prix de la farine, le boulanger se renfrogne.

        « Deux hausses en un an. Je ne peux pas tout répercuter. »
        """)
        #expect(mais.last?.speaker == "Paul Ternier")
        // Near miss: a paragraph that is a question to the reader announces no one's words.
        let question = quotes("""
        Et si la ville rachetait le terrain, que deviendrait le marché ?

        « Un parking, sans doute. »
        """)
        #expect(question.last?.speaker == nil)
    }
}
