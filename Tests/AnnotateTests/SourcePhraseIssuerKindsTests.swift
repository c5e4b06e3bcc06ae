import Annotate
import Model
import Testing

/// Words said "in a statement" (`dans un communiqué`, `dans une lettre`) whose text names no
/// author: the subject of the clause issued the text and speaks, never the last speaker. One
/// test per kind, on made-up sentences (no corpus text, no real names).
@Suite struct SourcePhraseIssuerKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test")))
    }

    /// Kind 1: a source phrase opening the sentence (`Dans une lettre publiée dimanche, elle
    /// invite « … »`): the subject after its comma speaks (here a pronoun for the organisation
    /// of the sentence before), not the person quoted last.
    @Test func openingSourcePhraseGivesTheSubjectAfterItsComma() {
        let letter = quotations("« Aucune entente », assure son président, Marc Lenoir.\n\nDu côté des autorités, la préfecture appelle au calme. Dans une lettre publiée dimanche, elle invite « tous les acteurs à privilégier le dialogue ».")
        #expect(letter.map(\.kind) == [.direct, .direct])
        #expect(letter.last?.speaker == "la préfecture")
    }

    /// Kind 2: a source phrase after the verb of a subject set off by a relative clause (`Le
    /// conseil régional de X, qui finançait …, rappelle dans un communiqué que « … »`): the phrase
    /// that opens the sentence speaks.
    @Test func sourcePhraseAfterARelativeClauseGivesTheOpeningPhrase() {
        let council = quotations("« Le modèle ne tenait pas », confirme un investisseur.\n\nLe conseil régional de la Vésine, qui finançait le projet à hauteur de 100 000 euros par an, « regrette » la fermeture, mais rappelle dans un communiqué que « l'argent public n'a pas vocation à financer une entreprise privée ».")
        #expect(council.last?.kind == .direct)
        #expect(council.last?.speaker == "Le conseil régional de la Vésine")
    }

    /// Near misses that must not change: a person as the subject after the opening phrase stays
    /// that person; an organisation subject found by the other rules stays; English `in a
    /// statement`, `in a letter to tenants` with the subject before or after.
    @Test func subjectsFoundOtherwiseStay() {
        let person = quotations("« On a tout perdu », raconte Léa Martin, agricultrice.\n\nDans un communiqué diffusé jeudi soir, elle demande « un plan d'urgence » pour les éleveurs.")
        #expect(person.last?.speaker == "Léa Martin")
        let chamber = quotations("« On a tout perdu », raconte Léa Martin, agricultrice.\n\nDans un communiqué diffusé jeudi soir, la chambre d'agriculture demande « un plan d'urgence » pour les éleveurs.")
        #expect(chamber.last?.speaker == "la chambre d'agriculture")
        let federation = quotations("« Je n'en sais rien », dit Paul Morel.\n\nLa fédération des chasseurs, qui conteste l'arrêté depuis mars, dénonce dans un communiqué « un passage en force ».")
        #expect(federation.last?.speaker == "La fédération des chasseurs")
        let company = quotations("“It was chaos,” said Jane Oduya, a driver.\n\nIn a statement released on Monday, the Calder Bus Company called the delays “unacceptable”.", lang: "en")
        #expect(company.last?.speaker == "the Calder Bus Company")
        let trust = quotations("“Nobody told us anything,” said Mark Bell, a tenant.\n\nThe Wexley Housing Trust, which owns the block, said in a letter to tenants that the repairs were “a priority”.", lang: "en")
        #expect(trust.last?.speaker == "The Wexley Housing Trust")
    }
}
