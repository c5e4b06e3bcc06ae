import Annotate
import Model
import Testing

/// A definite description may refer back to someone or something the text named earlier by a
/// longer name: `what the airport is calling “…”` after the airport's full name, `raconte
/// l'affineur` after the cheese-maker's name, `l'intéressée` for the woman just spoken of, `les
/// avocats de l'affineur` for his lawyers, not him. One
/// test per kind, on made-up sentences (no corpus text, no real names), with near misses.
@Suite struct DefiniteDescriptionReferenceKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: a naming verb in the present participle after an auxiliary, in a relative clause
    /// whose subject is a definite description (`what the airport is calling “…”`), gives the
    /// words to that description, not to the sentence's subject (`crews`); the description
    /// refers back to the one name it heads.
    @Test func definiteSubjectOfARelativeNamingClauseSpeaks() {
        let text = """
        Marrowby Fields Airport said on Monday that its only runway would stay shut.

        Crews found what the airport is calling a “ground settlement event” under the taxiway.
        """
        let found = quotations(text)
        #expect(found.last?.speaker == "Marrowby Fields Airport")
        // Near miss: no airport was named, so the description stays its own words, never the crews.
        let unnamed = quotations("Crews found what the authority is calling a “ground settlement event” under the taxiway.")
        #expect(unnamed.last?.speaker == "the authority")
        // Nor the one who spoke before: a description that refers back to no name is a speaker
        // of its own, whatever its noun.
        let afterSpeaker = quotations("""
        “We will reopen by Friday,” said Dana Pell, who runs the flying school.

        Crews found what the airport is calling a “ground settlement event” under the taxiway.
        """)
        #expect(afterSpeaker.map(\.speaker) == ["Dana Pell", "the airport"])
    }

    /// Kind 2: a craft or trade noun (`l'affineur`, `le fontainier`) after an inverted verb of
    /// saying is a person's description, which refers back to the person the text is about (of
    /// the noun's gender), not to the subject of the sentence before; a `-culteur` noun is one
    /// too, a description that stays its own words when it gives no gender.
    @Test func tradeNounAfterAnInvertedCueIsThePersonNamed() {
        let text = """
        Depuis trente ans, Ferdinand Arlaud affine des tommes dans une cave creusée sous sa grange. Sa fille, Julie Arlaud, tient la boutique.

        « L'eau est montée jusqu'aux étagères du bas », raconte l'affineur, encore en bottes.
        """
        #expect(quotations(text, lang: "fr").last?.speaker == "Ferdinand Arlaud")
        let sirop = """
        Anselme Berthiaume exploite une érablière depuis 1998. Sa fille, Rosalie Berthiaume, s'occupe de la boutique.

        « La saison a commencé trop tôt », résume l'acériculteur, la pelle à la main.
        """
        #expect(quotations(sirop, lang: "fr").last?.speaker == "l'acériculteur")
    }

    /// Kind 3: `l'intéressé`, `l'intéressée` (``Lexicon/concernedPersonNouns``) is the person
    /// spoken of, of that gender, named last whatever role the text gave them: not the speaker of
    /// the quotation before, nor the protagonist.
    @Test func personConcernedIsThePersonJustSpokenOf() {
        let text = """
        Gaspard Vinel a fermé sa boulangerie samedi, après quarante ans de métier.

        Son épouse, Clémence Vinel, tenait la caisse. « Elle a tout supporté », a glissé Gaspard Vinel.

        « Quarante ans de croissants, ça ne s'oublie pas », a plaisanté l'intéressée.
        """
        #expect(quotations(text, lang: "fr").last?.speaker == "Clémence Vinel")
        // The man named last, though the text gave him another role noun (`torréfacteur`), and
        // not the man who spoke before.
        let roaster = """
        « Le café a doublé en un an », affirme Marc Aubel, gérant d'une épicerie fine.

        Le torréfacteur Gilles Vernet achète ses grains au Brésil depuis vingt ans. L'intéressé confirme : « Les prix ne redescendront pas. »
        """
        #expect(quotations(roaster, lang: "fr").map(\.speaker) == ["Marc Aubel", "Gilles Vernet"])
        // Nor the man the text spoke of most (the protagonist), whom it named with no role.
        let mostNamed = """
        Marc Aubel vend du café depuis 1990. « Le café a doublé », affirme Marc Aubel.

        Le torréfacteur Gilles Vernet achète ses grains au Brésil. L'intéressé confirme : « Les prix ne redescendront pas. »
        """
        #expect(quotations(mostNamed, lang: "fr").map(\.speaker) == ["Marc Aubel", "Gilles Vernet"])
    }

    /// Kind 5: a client's lawyers (`les avocats de l'affineur`, ``Lexicon/entourageNouns``) speak
    /// for themselves, a group of their own, never the client their complement refers to.
    @Test func aClientsLawyersSpeakForThemselves() {
        let text = """
        L'affineur Gilles Vernet est poursuivi pour tromperie sur l'origine de ses fromages.

        Les avocats de l'affineur invoquent « un vice de procédure ».
        """
        #expect(quotations(text, lang: "fr").last?.speaker == "Les avocats de l'affineur")
        // Near miss: his own words stay his.
        let own = quotations("L'affineur Gilles Vernet est poursuivi. « Je n'ai rien caché », assure-t-il.", lang: "fr")
        #expect(own.last?.speaker == "Gilles Vernet")
    }

    /// Kind 4: `invoquer` is a verb of saying, as `évoquer` is: the reasons it quotes are its
    /// subject's words (`la coopérative X invoque « … »`).
    @Test func invokedReasonsAreTheSubjectsWords() {
        let found = quotations("Interrogée par notre rédaction, la coopérative Laiterie des Trois Vallons invoque « une baisse durable des volumes ».", lang: "fr")
        #expect(found.last?.speaker == "Laiterie des Trois Vallons")
    }

    /// `Chief Fire Officer Jane Moss` then `replied the chief fire officer`: the words between a
    /// compound title's title words (`fire`) are that person's office, so the description means
    /// her, not the `Kelby Fire Authority` that shares the word.
    @Test func compoundTitleBeforeANameIsThatPersonsOffice() {
        let text = """
        Members of the Kelby Fire Authority voted to end night cover. Chief Fire Officer Jane Moss told members the change would save money.

        Councillor Ann Bray asked what would happen. "So it comes in 14 minutes?" she asked.

        "Eleven to fourteen, depending on traffic," replied the chief fire officer.
        """
        #expect(quotations(text).filter { $0.kind == .direct }.map(\.speaker) == ["Ann Bray", "Jane Moss"])
    }

    /// `The utility describes them as "…"` after `Dunmore Valley Power says …`: a company whose
    /// name ends in `Power` is an organisation, and `the utility` (a noun of its kind, with
    /// `power` and `energy`) means it, not the resident who spoke last.
    @Test func utilityMeansThePowerCompanyNamedBefore() {
        let text = """
        Dunmore Valley Power says the grid will supply most of the hamlet's electricity.

        Resident Kay Ellis, 61, welcomed it. "It is quiet," she said.

        But the old generators are staying. The utility describes them as "backup", to be used overnight.
        """
        #expect(quotations(text).filter { $0.kind == .direct }.map(\.speaker) == ["Kay Ellis", "Dunmore Valley Power"])
    }
}
