import Annotate
import Model
import Testing

/// Kinds of news sentence met in development sets 19 and 20: a side phrase described by a
/// relative clause before an impersonal `on`, and incise verbs of reckoning. Each on a made-up
/// sentence (no corpus text, no real names).
@Suite struct SideAndInciseKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "fr") -> [(text: String, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in (q.text, q.speakerID.flatMap { transcript.speaker(id: $0)?.name }) }
    }

    /// `Du côté de l'enseigne X, qui exploite deux magasins, on confirme « … »`: a relative
    /// clause describing the side, set off by commas before the impersonal `on`, does not hide
    /// the side's name; the side speaks.
    @Test func sidePhraseWithARelativeClauseGivesTheSpeakerOfOn() {
        let text = """
        « Les rayons sont vides depuis lundi », a déclaré Hélène Vasseur, bénévole. Du côté de l'enseigne Marvello, qui exploite deux magasins dans le quartier, on confirme avoir « revu la gestion des stocks ».
        """
        #expect(direct(text).map(\.speaker) == ["Hélène Vasseur", "Marvello"])
    }

    /// `Du côté de la Commission des ports, on indique « … »`: an organisation named by its
    /// capitalised organisation noun and lowercase complements is the side that speaks.
    @Test func sidePhraseWithACapitalisedOrganisationNounGivesTheSpeakerOfOn() {
        let text = "Du côté de la Commission des ports fluviaux, qui délivre les permis, on indique « suivre le dossier de près »."
        #expect(direct(text).map(\.speaker) == ["Commission des ports fluviaux"])
    }

    /// `« … », calcule la viticultrice`: a verb of reckoning inverted after the quotation is
    /// its cue; the phrase after it speaks, not the last speaker.
    @Test func reckoningVerbAfterTheQuotationIsACue() {
        let text = """
        « Le gel a tout pris », raconte Nicole Tastet, 58 ans. « Nous surveillons la météo », ajoute le maire, Paul Gendre. « Une nuit de bougies coûte le prix d'une parcelle », calcule la quinquagénaire.
        """
        #expect(direct(text).map(\.speaker) == ["Nicole Tastet", "Paul Gendre", "Nicole Tastet"])
    }

    /// `Le collectif « Air libre », qui …, dénonce « … »`: a quoted name right after an
    /// organisation noun is the organisation's name; the organisation speaks, with or without a
    /// relative clause before its verb.
    @Test func quotedNameAfterAnOrganisationNounSpeaks() {
        let text = """
        « Le gel est là », précise Paul Roux, technicien. Le collectif « Air libre », qui regroupe des habitants du bourg, dénonce sur les réseaux sociaux « des nuits entières de fumée ».
        """
        #expect(direct(text).map(\.speaker) == ["Paul Roux", "Air libre"])
        #expect(direct("L'association « Rives vivantes » réclame « un vrai débat ».").map(\.speaker) == ["Rives vivantes"])
    }

    /// `« … », assure celui que ses coéquipiers surnomment « le Métronome »`: `celui`, `celle`
    /// before a relative clause after an inverted cue is a pronoun; it goes to the person in view
    /// of its gender, and names no new speaker.
    @Test func celuiQueAfterTheCueIsAPronoun() {
        let text = """
        « Ils ont triché », affirme Marc Aubert, capitaine. Joint par téléphone, Luc Ferrand, 24 ans, dénonce « une cabale ». « Je n'ai rien à cacher », assure celui que ses coéquipiers surnomment « le Métronome ».
        """
        #expect(direct(text).map(\.speaker) == ["Marc Aubert", "Luc Ferrand", "Luc Ferrand"])
    }

    /// `a run that judges described as “…”`, `is described by traders as “…”`: a bare plural
    /// noun of people (no determiner) can speak; the words are theirs, not the main clause's
    /// subject's or a thing's.
    @Test func barePluralNounOfPeopleSpeaks() {
        #expect(direct("Spot supply for the new crop is described by traders as \"close to zero\".", lang: "en").map(\.speaker) == ["traders"])
    }

    /// `Ce dernier se veut beau joueur. « … »`: a quotation opening a sentence right after one
    /// whose subject is a person in view is that person's, however many paragraphs back the last
    /// quotation was.
    @Test func subjectInViewTakesTheQuotationAfterAGap() {
        let text = """
        « Rien à cacher », assure Luc Ferrand.

        Les résultats sont attendus d'ici trois semaines.

        Le titre reviendrait à la triplette de Marc Aubert.

        Ce dernier se veut beau joueur. « Si c'est propre, je serai le premier à payer la tournée. »
        """
        #expect(direct(text).map(\.speaker) == ["Luc Ferrand", "Marc Aubert"])
    }
}
