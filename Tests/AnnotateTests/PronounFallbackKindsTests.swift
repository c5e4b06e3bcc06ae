import Annotate
import Model
import Testing

/// Whom `she`, `he`, `elle` or `il` means when no one of its gender is in view, was named lately
/// or is the protagonist (where the pronoun used to find no one): the person most in view whose
/// other gender came only from an office's word (`The trust's chairman, Wenna Tulliver`, `le
/// docteur Anouké Diabaté`), else the person of no known gender named last. Made-up sentences,
/// with near misses where a given name of the other gender keeps the pronoun from them.
@Suite struct PronounFallbackKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang))).map(\.speaker)
    }

    /// Kind 1: a role written in the masculine before or beside a woman's name (`chairman`, `le
    /// docteur`) gave her the masculine; a feminine pronoun with no one else of its gender near
    /// means her, and she is a woman from then on.
    @Test func pronounCorrectsAGenderOnlyARoleGave() {
        let text = """
            The lake has lost half its reeds in ten years.

            The trust’s chairman, Wenna Tulliver, is careful not to make it personal. “The lake comes first,” she told me.
            """
        #expect(speakers(text) == ["Wenna Tulliver"])
        let french = """
            Le quartier vit sous la poussière depuis deux ans.

            Au centre de santé, le docteur Nadège Brillouet constate une hausse des consultations. « Les cas ont presque doublé », affirme-t-elle.
            """
        #expect(speakers(french, lang: "fr") == ["Nadège Brillouet"])
        // Near miss: a man's given name says the masculine is his own; `she` finds no one.
        let man = """
            The lake has lost half its reeds in ten years.

            The trust’s chairman, John Tulliver, is careful not to make it personal. “The lake comes first,” she told me.
            """
        #expect(speakers(man) == [nil])
    }

    /// Kind 2: a person whose given name no list knows, named in the paragraph or the one before
    /// but made no subject (`the woman at the wheel is Wenna Coyle`), is whom a gendered pronoun
    /// means when no one of its gender is near.
    @Test func pronounFindsThePersonOfNoKnownGenderNamedLast() {
        let text = """
            Every evening a launch leaves the quay at Pellow Cove, and the woman at the wheel is Wenna Coyle, 58, who has run it since 1990.

            “You don’t steer this boat so much as argue with it,” she told me.
            """
        #expect(speakers(text) == ["Wenna Coyle"])
        // Near miss: a man's given name is no antecedent of `she`.
        let man = """
            Every evening a launch leaves the quay at Pellow Cove, and the man at the wheel is Brendan Coyle, 58, who has run it since 1990.

            “You don’t steer this boat so much as argue with it,” she told me.
            """
        #expect(speakers(man) == [nil])
    }

    /// Kind 3: a quotation opening its paragraph, then `Celui qui parle ainsi, c'est X` or `Celle
    /// qui …`: the cleft names the speaker (lexicon key `speakerCleftSubjects`).
    @Test func cleftAfterTheQuotationNamesItsSpeaker() {
        let text = """
            Publié le mardi 3 juin 2025

            « Une barque, ça ne se range pas comme un vélo. » Celui qui parle ainsi, c'est Rémi Vantorre, 58 ans, l'un des derniers passeurs du marais.
            """
        #expect(speakers(text, lang: "fr") == ["Rémi Vantorre"])
        let feminine = """
            Les quais se vident dès la fin août.

            « Le vent, on le connaît par son prénom. » Celle qui parle ainsi, c'est Maëlys Quénéhervé, matelote depuis dix ans.
            """
        #expect(speakers(feminine, lang: "fr") == ["Maëlys Quénéhervé"])
    }

    /// Kind 4: a gendered pronoun opening the first sentence of its paragraph, with no one before
    /// it to mean, is the person whose name opens the next sentence (cataphora at a text's head).
    @Test func pronounAtTheHeadMeansTheNameThatFollows() {
        let text = """
            Le faux expert condamné à deux ans de prison

            Publié le 3 mars 2025 à 10h12

            Il se présentait comme « expert agréé par la préfecture », portait un badge officiel et facturait 300 euros la visite. Ludovic Ferrand, 41 ans, n'avait en réalité aucun agrément. Le tribunal correctionnel l'a condamné mardi.
            """
        #expect(speakers(text, lang: "fr") == ["Ludovic Ferrand"])
        // Near miss: a name of the other gender is not whom the pronoun means.
        let other = """
            Le faux expert condamné à deux ans de prison

            Publié le 3 mars 2025 à 10h12

            Elle se présentait comme « experte agréée par la préfecture », portait un badge officiel et facturait 300 euros la visite. Ludovic Ferrand, 41 ans, n'avait en réalité aucun agrément. Le tribunal correctionnel l'a condamné mardi.
            """
        #expect(speakers(other, lang: "fr") == [nil])
    }
}
