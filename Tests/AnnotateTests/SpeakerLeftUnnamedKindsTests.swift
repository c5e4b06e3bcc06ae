@testable import Annotate
import Model
import Testing

/// Spoken words left with no speaker though the sentence names who speaks: a verb of saying put
/// before its subject after `comme`, and a name that a relative clause gives; each on made-up
/// sentences, with near misses that name no one.
@Suite struct SpeakerLeftUnnamedKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// `Comme le rappelle le maire, « … »`, `Comme disait mon grand-père : « … »`, `Comme l'a
    /// résumé la préfète, Anne Roy, « … »`: after `comme` the verb of saying comes first and its
    /// subject after it, who says the quotation; a proverb or a custom says nothing.
    @Test func subjectAfterVerbOpenedByComme() {
        let french: [(String, String)] = [
            ("Comme le rappelle le maire de Brelac, « rien n'est joué ».", "le maire de Brelac"),
            ("Comme l'explique Inès Marrot, « le port vit de ses marées ».", "Inès Marrot"),
            ("Ne jetez rien. Comme disait ma grand-mère, qui avait connu la guerre : « Le pain ne se jette pas. »", "ma grand-mère"),
            ("Comme disait mon grand-père, « chaque hiver, un outil ».", "mon grand-père"),
            ("Comme le dit Paul Ternier : « Une ville sans marché est une ville morte. »", "Paul Ternier"),
            ("Comme l'a résumé la préfète, Anne Roy, « la crue n'attendra pas ».", "Anne Roy"),
            ("Le prix du lait baisse encore. Et comme le souligne un éleveur du plateau, « les charges, elles, ne baissent pas ».", "un éleveur du plateau"),
        ]
        for (text, speaker) in french {
            #expect(quotes(text).last?.speaker == speaker, "\(text)")
        }
        // English puts the subject first, and already says who speaks.
        let english: [(String, String)] = [
            ("As the fire chief put it, \"the tide does not wait for paperwork.\"", "the fire chief"),
            ("As my grandmother used to say, \"Never trust a man with two umbrellas.\"", "my grandmother"),
        ]
        for (text, speaker) in english {
            #expect(quotes(text, lang: "en").last?.speaker == speaker, "\(text)")
        }
        // Near misses: a proverb, a custom, a sign; no one speaks.
        #expect(quotes("Comme le dit le proverbe, « qui vivra verra ».").last?.speaker == nil)
        #expect(quotes("Comme le veut la tradition, « le premier pain est offert ».").last?.speaker == nil)
    }

    /// `"…," said one of them, who gave her name only as Selvi.`, `Her neighbour, who gave his name
    /// only as Col, was less philosophical. "…," he said.`, `« … », raconte une habitante, qui n'a
    /// donné que son prénom, Martine.`: the name a relative clause gives for an unnamed person,
    /// often a given name alone, is the speaker's, there and for a later pronoun.
    @Test func nameGivenInRelativeClause() {
        let english: [(String, String)] = [
            ("\"The drivers will adjust,\" said one of them, who gave her name only as Selvi. \"We will not.\"", "Selvi"),
            ("\"We lost the lot,\" said a stallholder who asked to be identified only as Mick.", "Mick"),
            ("\"Nobody told us anything,\" said one nurse, who identified herself only as Grace.", "Grace"),
            ("Her neighbour, who gave his name only as Col, was less philosophical. \"Third time in five years,\" he said.", "Col"),
            ("One resident, who goes by Tex, had packed the night before. \"I have done this before,\" he said.", "Tex"),
        ]
        for (text, speaker) in english {
            #expect(quotes(text, lang: "en").last?.speaker == speaker, "\(text)")
        }
        let french: [(String, String)] = [
            ("« On nous a oubliés », raconte une habitante, qui n'a donné que son prénom, Martine.", "Martine"),
            ("« Le quartier change trop vite », estime un serveur, qui se présente sous le prénom de Karim.", "Karim"),
            ("« On ne lâchera rien », lance un manifestant qui se fait appeler Kroko.", "Kroko"),
        ]
        for (text, speaker) in french {
            #expect(quotes(text).last?.speaker == speaker, "\(text)")
        }
        // Near misses: the clause gives no name, or a place; the description speaks.
        #expect(quotes("\"We lost the lot,\" said a stallholder who gave evidence as a witness.", lang: "en").last?.speaker == "a stallholder")
        #expect(quotes("\"We lost the lot,\" said a stallholder who moved to Harwick last year.", lang: "en").last?.speaker == "a stallholder")
        #expect(quotes("« On nous a oubliés », raconte une habitante, qui n'a pas souhaité donner son nom.").last?.speaker == "une habitante")
    }
}
