import Annotate
import Model
import Testing

/// Attribution faults a fresh tester found, each shown on a made-up text (invented names and
/// wording): kin phrases after the relative is in view, verbs of saying the lexicon lacks,
/// organisations named by a lowercase noun and its complement, interview answers right under
/// their question.
@Suite struct QAFixAttributionTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "fr") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// `Son père, lui, reste digne. « … », dit son père.`: once a kin phrase put the relative in
    /// view, the same phrase is still that relative, never the one the possessive refers to.
    @Test func kinPhraseAfterTheRelativeIsInViewIsStillTheRelative() {
        let french = """
        Maraîchage

        Gaston Brevel a tenu la ferme pendant trente ans.

        Yann Brevel, 22 ans, reprend les serres. « C'est beaucoup de travail », dit-il. Son père, lui, reste confiant. « Il apprendra vite », dit son père.
        """
        #expect(speakers(french) == ["Yann Brevel", "Gaston Brevel"])
    }

    /// Near miss: with no kin phrase before it, `dit son père` is the relative as before, and a
    /// pronoun after the son speaks stays the son.
    @Test func kinPhraseNearMiss() {
        let french = """
        Maraîchage

        Gaston Brevel a tenu la ferme pendant trente ans.

        Yann Brevel, 22 ans, reprend les serres. « C'est beaucoup de travail », dit-il. « Il apprendra vite », dit son père. « Je verrai », répond-il.
        """
        #expect(speakers(french) == ["Yann Brevel", "Gaston Brevel", "Gaston Brevel"])
    }

    /// `redoute`, `se désole`, `fretted`: verbs of worry are verbs of saying; the name after the
    /// inverted verb speaks, not the organisation or person before.
    @Test func verbsOfWorryAreCues() {
        let french = """
        Travaux

        La mairie de Corvette a présenté son plan mardi. Elle estime que « la rue est saturée ». « On va perdre la clientèle », redoute Odile Ferrand, boulangère. « Tout le quartier souffre », se désole Marin Pujol, cordonnier.
        """
        #expect(speakers(french) == ["La mairie de Corvette", "Odile Ferrand", "Marin Pujol"])
        let english = """
        Roadworks

        Tom Weald runs the market. "We open on Monday," he said. "We will lose the summer trade," fretted Edna Sallow, a grocer.
        """
        #expect(speakers(english, lang: "en") == ["Tom Weald", "Edna Sallow"])
    }

    /// A lowercase word the lexicon does not know, right after a quotation and its comma and
    /// right before a name closing the sentence or an apposition, is an inverted verb of saying:
    /// the name beats carrying the last speaker over.
    @Test func aNameAfterAnUnknownInvertedVerbSpeaks() {
        let french = """
        Travaux

        Le chantier a commencé lundi. « On ferme en août », dit la direction. « On va tout perdre », s'époumone Irène Vasseur, gérante.
        """
        #expect(speakers(french) == ["la direction", "Irène Vasseur"])
        let english = """
        Roadworks

        Tom Weald runs the market. "We open on Monday," he said. "We will lose the summer trade," harrumphed Edna Sallow, a grocer.
        """
        #expect(speakers(english, lang: "en") == ["Tom Weald", "Edna Sallow"])
    }

    /// Near miss: more words than one before the name (`dans le bureau de X`) make no cue, so
    /// the last speaker carries over as before.
    @Test func unknownVerbCueNearMiss() {
        let french = """
        Travaux

        Le chantier a commencé lundi. « On ferme en août », dit la direction. « On va tout perdre », dans le bureau de Irène Vasseur.
        """
        #expect(speakers(french) == ["la direction", "la direction"])
    }
}

extension QAFixAttributionTests {
    /// Near miss: a nickname before `alias` and a name is no words said.
    @Test func nicknameBeforeAliasIsNoUnknownVerbCue() {
        let french = """
        Course

        Dans le peloton, on retrouvait « Tonton Goudron », alias Firmin Lagarde, 81 ans, qui courait encore.
        """
        let document = annotator.annotate(TestDocuments.make(french, lang: "fr"))
        #expect(TestDocuments.directSpeakerNames(document).isEmpty)
    }
}

extension QAFixAttributionTests {
    /// `La mairie de Corvette a annoncé … « … », a-t-elle indiqué.`: an organisation named by a
    /// lowercase organisation noun and its complement, subject of the sentence just before (or of
    /// the last sentence of the paragraph before), is the inverted pronoun's antecedent; then it
    /// stays in view for the next `précise-t-elle`.
    @Test func invertedPronounMeansTheOrganisationSubjectJustBefore() {
        let french = """
        Patinoire

        La mairie de Corvette a annoncé lundi la fermeture de la patinoire. « Le toit doit être refait », a-t-elle indiqué.

        « Nous rouvrirons en mars », précise-t-elle.
        """
        #expect(speakers(french) == ["La mairie de Corvette", "La mairie de Corvette"])
        let nextParagraph = """
        Patinoire

        La mairie de Corvette a annoncé lundi la fermeture de la patinoire.

        « Le toit doit être refait », a-t-elle indiqué.
        """
        #expect(speakers(nextParagraph) == ["La mairie de Corvette"])
    }

    /// Near miss: a person subject (`La maire`, a role) is not made an organisation, and a
    /// paragraph in between breaks the link to the organisation subject.
    @Test func invertedPronounOrganisationNearMiss() {
        let french = """
        Patinoire

        La mairie de Corvette a annoncé lundi la fermeture de la patinoire.

        Le chantier commencera en avril.

        « Le toit doit être refait », a-t-elle indiqué.
        """
        #expect(speakers(french) == [nil])
    }

    /// `Trois questions à X`, then a question line and, on the next line of the same paragraph,
    /// its answer in quotation marks: the answer is the interviewee's (also in English).
    @Test func answerOnTheLineRightUnderItsQuestion() {
        let french = """
        Trois questions à Bérénice Vallat

        Pourquoi déménager le musée ?
        « Les réserves étaient inondées chaque hiver. »

        Et le public ?
        « Il a suivi. »
        """
        #expect(speakers(french) == ["Bérénice Vallat", "Bérénice Vallat"])
        let english = """
        Q&A with Tobias Quarrie

        Why move the museum?
        "The stores flooded every winter."

        And the visitors?
        "They followed."
        """
        #expect(speakers(english, lang: "en") == ["Tobias Quarrie", "Tobias Quarrie"])
    }

    /// Near miss: a question and a quotation on the same line (`Pourquoi ? « … »`) are no question
    /// and answer, nor is a quotation under a line that asks nothing.
    @Test func inlineAnswerNearMiss() {
        let french = """
        Trois questions à Bérénice Vallat

        Le musée a déménagé.
        « Les réserves étaient inondées chaque hiver. »
        """
        let statement = annotator.annotate(TestDocuments.make(french, lang: "fr"))
        #expect(!statement.quotations.contains { $0.attribution.rule == "answer" })
        let sameLine = """
        Musée

        Le conservateur Abel Tramoy hésite. Pourquoi partir ? « Les réserves étaient inondées. »
        """
        let document = annotator.annotate(TestDocuments.make(sameLine, lang: "fr"))
        #expect(!document.quotations.contains { $0.attribution.rule == "answer" })
    }
}

extension QAFixAttributionTests {
    /// Near miss: an inverted pronoun after a person of its gender spoke in the paragraph before
    /// goes on with that person, not the organisation subject just before (`poursuit-il`).
    @Test func invertedPronounAfterAPersonSpokeGoesOnWithThem() {
        let french = """
        Grève

        Devant l'entrée, Gérald Pommier, délégué syndical, s'emporte : « On nous ment depuis des mois. »

        Le syndicat réclame une expertise des comptes. « Les bénéfices ont doublé l'an dernier », poursuit-il.
        """
        #expect(speakers(french) == ["Gérald Pommier", "Gérald Pommier"])
    }
}

extension QAFixAttributionTests {
    /// `Chez X, on se veut rassurant : « … »`: with no verb of saying before the colon, the side
    /// phrase still says who speaks, as it does with one (`on explique :`).
    @Test func sidePhraseBeforeAColonWithNoVerbOfSaying() {
        let french = """
        Grève

        Chez Ravelec, on se veut rassurant : « Aucune usine ne fermera. »
        """
        #expect(speakers(french) == ["Ravelec"])
    }

    /// Near miss: a mere place before the impersonal subject (`À Brelan, on …`) names no side.
    @Test func placeBeforeImpersonalSubjectNamesNoSide() {
        let french = """
        Grève

        À Tourmagne, on se veut rassurant : « Aucune usine ne fermera. »
        """
        #expect(speakers(french) == [nil])
    }
}
