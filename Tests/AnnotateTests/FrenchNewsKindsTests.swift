import Annotate
import Model
import Testing

/// Kinds of French news sentence found on a blind hand-written set, each shown on a made-up
/// sentence (no corpus text, no real names): one test per kind.
@Suite struct FrenchNewsKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "fr") -> [(text: String, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in (q.text, q.speakerID.flatMap { transcript.speaker(id: $0)?.name }) }
    }

    func kinds(_ text: String, lang: String = "fr") -> [Quotation.Kind] {
        annotator.annotate(TestDocuments.make(text, lang: lang)).quotations.filter { $0.kind != .reported }.map(\.kind)
    }

    /// Kind 1: an incise with a name (`, a assuré Bernard Villeneuve jeudi matin,`) or a role and
    /// an apposed name inside the marks names the speaker.
    @Test func inciseWithANameOrARoleNamesTheSpeaker() {
        let text = """
        Le syndic Luc Parmentier a ouvert la séance. « Rien n'est décidé », a-t-il dit.

        « Nous tiendrons bon, a assuré Bernard Villeneuve jeudi matin, quoi qu'il arrive. » La séance a repris ensuite.

        « Ce projet, a rappelé le maire de la commune, Paul Dastrec, ne coûtera rien aux habitants. » Le vote aura lieu lundi.
        """
        #expect(direct(text).map(\.speaker) == ["Luc Parmentier", "Bernard Villeneuve", "Paul Dastrec"])
    }

    /// Kind 2: words after the inverted pronoun (`, a-t-il confié en quittant la scène,`).
    @Test func inciseWithWordsAfterTheInvertedPronoun() {
        let text = "Le chanteur Hugo Lemarchal a reçu samedi un disque d'or. « Cette chanson, a-t-il confié en quittant la scène, parle de mon père. »"
        #expect(direct(text).map(\.speaker) == ["Hugo Lemarchal"])
    }

    /// Kind 3: a role phrase with a plural determiner (`ses anciennes coéquipières`) is no
    /// antecedent of `il` or `elle`.
    @Test func pluralPhraseIsNoAntecedentOfASingularPronoun() {
        let text = "L'attaquante Julie Marchand a battu samedi ses anciennes coéquipières. « Nous avons mérité cette victoire », a-t-elle déclaré."
        #expect(direct(text).map(\.speaker) == ["Julie Marchand"])
    }

    /// Kind 4: a quotation over several paragraphs (opening mark repeated, closed at the end)
    /// takes the cue after its last paragraph.
    @Test func cueAfterTheLastParagraphOfAMultiParagraphQuotation() {
        let text = """
        Le maire Paul Girard a parlé longtemps.

        « Nous avons cherché partout. Rien ne manquait.

        « Puis tout a changé en une nuit », raconte Claire Dufresne, la gardienne.
        """
        #expect(direct(text).map(\.speaker) == ["Claire Dufresne"])
    }

    /// Kind 5: a participle of an auxiliary (`n'ont pu être`) and a noun after a determiner
    /// (`les alertes`) are no subject and no speech verb after a quotation.
    @Test func noJunkSubjectsAfterAQuotation() {
        let text = """
        Selon l'association des usagers Rail Commun, « près de 3 000 voyages » n'ont pu être assurés.

        La juge Anne Berthier a estimé que la société avait « sciemment négligé » les alertes successives.
        """
        let speakers = direct(text).map(\.speaker)
        #expect(!speakers.contains("pu") && !speakers.contains("successives"))
        #expect(speakers.last == "Anne Berthier")
    }

    /// Kind 6: nicknames and titles after a naming verb or a noun of a work are mentions, even
    /// with a subject before the verb; `qualifié de « … »` stays speech.
    @Test func nicknamesAndTitlesAreMentions() {
        #expect(kinds("Celle que le public surnomme « la Reine du Marais » a gagné dimanche.") == [.mention])
        #expect(kinds("Le village, souvent surnommé « le petit Venise du Nord », attire les touristes.") == [.mention])
        #expect(kinds("Dans son roman « Les Heures de la pluie », il décrit son enfance.") == [.mention])
        #expect(kinds("Locals nicknamed the old pier ‘the Plank’ years ago.", lang: "en") == [.mention])
        #expect(kinds("Le député Marc Tellier a qualifié la réforme de « profondément injuste ».") == [.direct])
    }

    /// Kind 7: `X a fait savoir qu'il serait « … »`: the pronoun of the `que` clause is the
    /// subject of the main clause, not the last speaker.
    @Test func queClausePronounIsTheMainClauseSubject() {
        let text = """
        La directrice Hélène Marquis a annoncé la fermeture. « Nous n'avions pas le choix », a-t-elle dit.

        Le ministère de la Santé a fait savoir qu'il serait « très attentif aux suites de cette décision ».
        """
        #expect(direct(text).map(\.speaker) == ["Hélène Marquis", "Le ministère de la Santé"])
    }

    /// Kind 8: an incise that opens after a question mark or closes with a period, the
    /// quotation going on with a new sentence (`? a ironisé X. Suite …`, `, a-t-il glissé. Suite …`),
    /// and a role with a complement before the name (`, a répliqué le chargé des sports, X.`).
    @Test func inciseClosedByAPeriodInsideTheQuotation() {
        let text = """
        Le gérant du camping a pris la parole.

        « Les clients sont contents ? a ironisé Odile Fermont. Demandez donc aux voisins ce qu'ils en pensent ! »

        « Nous avons tout essayé, a répliqué le délégué aux sports, Rémi Castel. Personne ne veut payer. »

        Le doyen Albert Pruvost a souri. « C'est la vie, a-t-il glissé. On verra bien. »
        """
        #expect(direct(text).map(\.speaker) == ["Odile Fermont", "Rémi Castel", "Albert Pruvost"])
    }

    /// Kind 9: a quotation with no cue after a sentence whose subject is someone new since the
    /// last quotation (`L'entraîneuse X rangeait ses notes. « … »`; a pronoun subject opening the
    /// sentence, `Elle sourit. « … »`) is that subject's, not the last speaker's.
    @Test func cuelessQuotationAfterANewSubjectIsTheSubjects() {
        let text = """
        « Nous avons bien joué », a déclaré le capitaine Marc Doriot. L'entraîneuse, Mme Agnès Tillier, rangeait ses notes sans un mot. « Il reste beaucoup de travail. »

        « Nous serons prêts », a-t-il promis. Elle ne répond pas. « On verra en juin. »
        """
        #expect(direct(text).map(\.speaker) == ["Marc Doriot", "Agnès Tillier", "Marc Doriot", "Agnès Tillier"])
    }

    /// Kind 10: the antecedent of `qui` after a comma (`… de X (parti), qui a interpellé …`) is
    /// the subject of its clause: `il` in the next sentence can refer to X.
    @Test func antecedentOfARelativeSubjectIsSalient() {
        let text = """
        La première question est venue de Paul Verdier (Union des campagnes), qui a interrogé le gouvernement sur les routes. « Où sont les crédits promis ? », a-t-il lancé.
        """
        #expect(direct(text).map(\.speaker) == ["Paul Verdier"])
    }

    /// Kind 11: verbs of manner that report speech after a quotation (`s'est amusé X`, `sourit X`).
    @Test func mannerVerbsAfterAQuotation() {
        let text = """
        Le gardien Luc Ardant a parlé en premier. « Je n'ai rien vu venir », s'est amusé Yanis Berthod, 19 ans.

        « Je pensais que c'était un rhume », sourit une lectrice de 40 ans.
        """
        #expect(direct(text).map(\.speaker) == ["Yanis Berthod", "une lectrice de 40 ans"])
    }

    /// Kind 12: a role-phrase subject the text never names (`le prévenu a reconnu …`) is someone
    /// `il`/`elle` can refer to; an age after a complement (`une lectrice de 40 ans`) is no time.
    @Test func unnamedRoleSubjectIsThePronounsAntecedent() {
        let text = """
        Le tribunal de police a jugé lundi un cambriolage de pharmacie.

        Devant les juges, le prévenu a reconnu les faits. « Je regrette tout », a-t-il déclaré.

        Le gardien a parlé. « Je pensais que c'était un rhume », sourit une lectrice de 40 ans.
        """
        #expect(direct(text).map(\.speaker) == ["le prévenu", "une lectrice de 40 ans"])
    }
}
