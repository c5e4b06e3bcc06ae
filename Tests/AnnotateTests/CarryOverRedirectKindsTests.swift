import Annotate
import Model
import Testing

/// Where a quotation with no cue of its own must not take the last speaker, because the text
/// brought someone else in between: the source closing a sentence (`…, selon une riveraine.`),
/// the person the newsroom's reporter meets (`Notre journaliste a croisé Albertine, 88 ans, …`),
/// a person named after an opening phrase with a noun for a person in apposition (`À l'arrêt
/// Gare du Nord, Ysaline, aide-soignante, attendait …`). Made-up sentences in the shapes news
/// copy and live blogs use, with near misses that must not change.
@Suite struct CarryOverRedirectKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: `…, selon X.` closes a sentence with no quotation; the quotation right after, with
    /// no cue, goes on in X's words (as after `X said the plan had failed.`), not the last speaker's.
    @Test func sourceClosingTheSentenceSpeaksNext() {
        let french = """
        « On me le reproche chaque été », rigole Albert Noirhomme, le garde champêtre.

        Les chèvres broutent derrière une clôture basse. Une consigne pas toujours respectée, selon une riveraine rencontrée près du lavoir. « Hier, j'ai vu un enfant leur donner du pain. »
        """
        #expect(speakers(french, lang: "fr") == ["Albert Noirhomme", "une riveraine rencontrée près du lavoir"])
        // (A source opening the sentence keeps what it did: the last speaker goes on.)
        let opening = """
        « On me le reproche chaque été », rigole Albert Noirhomme, le garde champêtre.

        Selon la mairie, les chèvres resteront jusqu'en septembre. « Et après, on verra bien. »
        """
        #expect(speakers(opening, lang: "fr") == ["Albert Noirhomme", "Albert Noirhomme"])
        // (Nor does a group closing the sentence: the last speaker goes on.)
        let group = """
        « On me le reproche chaque été », rigole Albert Noirhomme, le garde champêtre.

        Le feu a pris vers minuit, selon les pompiers. « C'est un jour terrible pour la commune. »
        """
        #expect(speakers(group, lang: "fr") == ["Albert Noirhomme", "Albert Noirhomme"])
        // (But the group is in view for a plural pronoun right after.)
        let pronoun = """
        « On me le reproche chaque été », rigole Albert Noirhomme, le garde champêtre.

        Le feu serait parti d'un chariot électrique, selon les enquêteurs. Ils évoquent « une piste accidentelle ».
        """
        #expect(speakers(pronoun, lang: "fr") == ["Albert Noirhomme", "les enquêteurs"])
    }

    /// Kind 2: the newsroom's reporter meets someone (`Notre journaliste a croisé X`, `our
    /// reporter met X`): X speaks the quotation with no cue after, as with a narrator's `I met X`.
    @Test func personTheReporterMeetsSpeaksNext() {
        let french = """
        17h55. La police municipale demande aux promeneurs de patienter. « Merci de passer par le pont Neuf », précise son message.

        17h20. Notre journaliste a croisé Albertine, 88 ans, venue avec sa petite-fille. « Quand j'étais petite, on traversait ici en barque. »
        """
        #expect(speakers(french, lang: "fr") == [nil, "Albertine"])
        let english = """
        9:40 a.m. Harbour master Jim Reeve says the boats are safe. "We tied them twice," he said.

        9:15 a.m. Our reporter met Agnes, 79, who came down with her grandson. "I saw the last one go up in 1962."
        """
        #expect(speakers(english) == ["Jim Reeve", "Agnes"])
        // (The reporter's own name right after the phrase is no one met: the sentence's subject
        // stays the one in view, as before.)
        let named = """
        9:40 a.m. Harbour master Jim Reeve says the boats are safe. "We tied them twice," he said.

        9:15 a.m. Our reporter Tess Orr is on the quay with the crowd. "Nobody is leaving yet."
        """
        #expect(speakers(named) == ["Jim Reeve", "Tess Orr"])
    }

    /// Kind 3: after an opening phrase, a first name with a noun for a person in apposition is the
    /// subject in view (`À l'arrêt Gare du Nord, Ysaline, aide-soignante, attendait …`), not the
    /// place inside the opening phrase, nor the last speaker.
    @Test func nameWithPersonNounAppositionAfterOpeningPhrase() {
        let stop = """
        Le directeur, Marc Dufresne, ajoute que de nouveaux bus seront livrés « au second semestre ». « Nous faisons le maximum », dit-il.

        Trop tard, pour beaucoup. À l'arrêt Gare du Nord, Ysaline, aide-soignante, attendait depuis une heure. « Je comprends les chauffeurs. Mais moi, je dois aller travailler. »
        """
        #expect(speakers(stop, lang: "fr") == ["Marc Dufresne", "Marc Dufresne", "Ysaline"])
        let quay = """
        Le consortium s'est dit « serein ». « Nous sommes prêts à démarrer le chantier dès l'été », dit son porte-parole, Marc Dufresne.

        Sur le quai, Solène, navetteuse liégeoise qui fait chaque jour l'aller-retour avec son vélo pliant, hausse les épaules. « Moi, je plie mon vélo et je le prends sous le bras. »
        """
        #expect(speakers(quay, lang: "fr").last == "Solène")
    }
}
