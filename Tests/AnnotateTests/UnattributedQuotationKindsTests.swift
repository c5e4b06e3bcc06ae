import Annotate
import Model
import Testing

/// Kinds of direct quotation that were left with no speaker on the unseen sets 21 and 22 though
/// the text makes the speaker plain, each shown on a made-up text (no corpus text, no real names):
/// one test per kind.
@Suite struct UnattributedQuotationKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: a compound epithet in the cue (`said the grandad-of-four`, `the father-of-two`)
    /// means the named person who was the subject of the paragraph before; a plain noun for
    /// people (`said the driver`) is someone new.
    @Test func definiteEpithetInTheCueMeansThePersonJustDescribed() {
        let text = """
        The middleweight title bout goes ahead on Saturday in Carrowby.

        Derek Halloran, 29, nicknamed “The Anvil” by his fans, shrugged off the insults.

        “He talks too much. On Saturday he stops talking,” sneered the father-of-two.

        Bert Cowley, 70, who won the heaviest onion class last year, laughed off any talk of sabotage.

        “I grow them big without anybody’s help,” said the grandad-of-four.
        """
        #expect(speakers(text, lang: "en") == ["Derek Halloran", "Bert Cowley"])
        let newcomer = """
        A bus hit a parked van on Mill Road on Tuesday morning.

        Anna Price, 34, had crossed the road a minute before.

        “I never saw the van until it was too late,” said the driver.
        """
        #expect(speakers(newcomer, lang: "en") == ["the driver"])
    }

    /// Kind 2: a plural pronoun in the cue right after the quotation (`répètent-ils`, `they
    /// shouted`) means the group of people that was the subject of the sentence before.
    @Test func pluralPronounInTheCueMeansTheGroupJustNamed() {
        let french = "L'alerte a été donnée à 6 heures. Dans la rue principale, les pompiers passent de maison en maison. « Fermez vos volets et restez chez vous », répètent-ils au haut-parleur."
        #expect(speakers(french, lang: "fr") == ["les pompiers"])
        let english = "The gates opened at noon. The stewards walked slowly along the queue. \"Keep moving, please,\" they shouted."
        #expect(speakers(english, lang: "en") == ["The stewards"])
    }

    /// Kind 3: a paragraph about someone that closes with a sentence of details with no subject
    /// (`Deux hectares de vignes, un salarié, …`) introduces the quotation paragraph after it.
    @Test func paragraphClosingWithDetailsIntroducesTheNextQuotation() {
        let text = """
        La sécheresse frappe la plaine depuis trois ans.

        Paul Mercadier, lui, a déjà fait ses calculs. Deux hectares de vignes, un salarié, un puits de trente mètres.

        « Si je ferme le puits, je vends tout. »
        """
        #expect(speakers(text, lang: "fr") == ["Paul Mercadier"])
    }

    /// Kind 4: a name, an apposition and a colon (`Lucie, infirmière à Montbrac : « … »`, `Dev,
    /// a driver from Elmside: "…"`), as live blogs give readers' words: the name speaks.
    @Test func nameWithAnAppositionBeforeAColonSpeaks() {
        let french = """
        14 h 40

        Vous êtes nombreux à nous écrire. Lucie, infirmière à Montbrac : « Trois heures d'attente ce matin, et personne pour nous répondre. »
        """
        #expect(speakers(french, lang: "fr") == ["Lucie"])
        let english = """
        2.40pm

        Many of you have written in. Dev, a driver from Elmside: "I waited three hours at the depot and nobody told us anything."
        """
        #expect(speakers(english, lang: "en") == ["Dev"])
    }

    /// Kind 5: an inverted incise inside the marks may close with a longer gerund clause and a
    /// period before the quotation goes on (`, conclut-elle en remontant un brin de kombu
    /// luisant. Mais …`).
    @Test func inciseWithALongGerundClauseBeforeItsPeriod() {
        let text = """
        Gwenaëlle Le Goff cultive des algues depuis dix ans. Elle y raconte les premières tempêtes.

        « On ne va pas nourrir la planète avec nos cordes, conclut-elle en remontant un brin de kombu luisant. Mais on peut montrer qu'on sait produire. »
        """
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "fr"))
        #expect(TestDocuments.directSpeakerNames(transcript) == ["Gwenaëlle Le Goff"])
        #expect(transcript.quotations.first?.text == "On ne va pas nourrir la planète avec nos cordes. Mais on peut montrer qu'on sait produire.")
    }

    /// Kind 6: a speech verb in an opening subordinate clause (`When we pointed out the gap,`,
    /// `Quand on lui a demandé son avis,`) is no cue; the subject of the main clause that goes
    /// on to the colon speaks.
    @Test func speechVerbInAnOpeningSubordinateClauseIsNoCue() {
        let english = "Verdict: Mostly true. County figures show rents rose 31 percent. When we pointed out the gap, Hallam was unrepentant: \"Thirty-one, forty - tell that to a family paying it.\""
        #expect(speakers(english, lang: "en") == ["Hallam"])
        let french = "Le conseil a voté la fermeture. Quand on lui a demandé son avis, la maire Anne Duroc a haussé les épaules : « Nous n'avions pas le choix. »"
        #expect(speakers(french, lang: "fr") == ["Anne Duroc"])
    }

    /// Kind 7: a paragraph of reported words with a cue set off by commas (`What makes a
    /// champion, she says, is not the voice at all.`) introduces the quotation paragraph after it.
    @Test func parentheticalCueIntroducesTheNextQuotation() {
        let text = """
        The judges sat in the front row all afternoon.

        Nora Pettigrew, who chairs the panel, has heard thousands of bids. What makes a champion, she says, is not the voice at all.

        “It's the eyes. A good caller sees a bidder twitch in the back row.”
        """
        #expect(speakers(text, lang: "en") == ["Nora Pettigrew"])
    }

    /// Kind 8: a short paragraph whose quotation ends with a question mark reads as a heading;
    /// a label that is the subject of a cue verb there (`The mayor asked:`) keeps its speaker.
    @Test func labelWithACueInAHeadingLikeParagraphKeepsItsSpeaker() {
        let text = """
        The council met on Monday night.

        The mayor asked: "Where has the money gone?"
        """
        #expect(speakers(text, lang: "en") == ["The mayor"])
    }
}
