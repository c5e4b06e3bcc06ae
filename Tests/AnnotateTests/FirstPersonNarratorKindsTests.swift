import Annotate
import Model
import Testing

/// First-person words (`J'ai répondu « … »`, `Je dis toujours : « … »`, `I said: "…"`) whose
/// speaker the document itself gives: a speech whose title opens with its noun and the speaker
/// after a genitive (`Discours de …`), a post whose byline names its author (`Publié le … par …`),
/// an interview answer that runs over several paragraphs. Made-up sentences and names.
@Suite struct FirstPersonNarratorKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "fr", title: String = "Test") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    /// Kind 1: `Discours de X, …`: the speech noun opening the title, a genitive word and a name
    /// give the narrator; a title naming no one after `de` gives none.
    @Test func speechTitleWithGenitiveNamesTheNarrator() {
        let text = """
        Mesdames et messieurs, chers habitants,

        J'avais promis, en 2019 : « Ce pont sera ouvert avant l'hiver. » Nous y sommes.
        """
        #expect(speakers(text, title: "Discours de Maëlle Tournier, maire de Brenac, pour l'ouverture du pont") == ["Maëlle Tournier"])
        #expect(speakers(text, title: "Discours du maire pour l'ouverture du pont") == [nil])
    }

    /// Kind 2: a short byline paragraph near the top (`Publié le … par X`, `Par X`, `Posted … by
    /// X`) names the author of a post; their `J'ai répondu « … »` is theirs, not the last speaker's.
    @Test func bylineAuthorSpeaksInTheFirstPerson() {
        let french = """
        Publié le 4 mars 2025 par Gaspard Ollier

        À la boulangerie, la vendeuse m'a demandé : « Vous voulez un sac ? » J'ai répondu « Non merci, j'ai le mien », et elle a souri.
        """
        #expect(speakers(french) == ["la vendeuse", "Gaspard Ollier"])
        let english = """
        Posted on 4 March 2025 by Gaspard Ollier

        At the bakery, the assistant asked me: "Do you want a bag?" I said: "No thanks, I have my own."
        """
        #expect(speakers(english, lang: "en") == ["the assistant", "Gaspard Ollier"])
        // A long paragraph with `par` is no byline.
        let story = """
        Le pont a été construit en 1930 par Gaspard Ollier et son frère, qui tenaient alors la seule entreprise de maçonnerie du canton et employaient une vingtaine d'ouvriers.

        La vendeuse m'a demandé : « Vous voulez un sac ? » J'ai répondu « Non merci ».
        """
        #expect(speakers(story).last != "Gaspard Ollier")
    }

    /// Kind 3: an interview answer running over plain paragraphs: `Je dis : « … »` in the second
    /// paragraph after the question is the interviewee's too (the standfirst's person).
    @Test func firstPersonInALaterParagraphOfAnAnswer() {
        let text = """
        Depuis quinze ans, Roseline Quémeneur répare des horloges d'église dans tout le département.

        Pourquoi les horloges ?

        Mon grand-père en réparait déjà.

        Comment se passe une intervention ?

        Le plus souvent, très simplement. On monte, on regarde, on graisse.

        Parfois, le curé attend en bas. Je lui dis toujours la même chose : « Elle a encore cent ans devant elle. » Il rit à chaque fois.
        """
        #expect(speakers(text) == ["Roseline Quémeneur"])
    }
}
