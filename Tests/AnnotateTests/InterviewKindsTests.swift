import Annotate
import Model
import Testing

/// Interviews and profiles (made-up sentences): answers after a question paragraph, a paragraph
/// that announces the next one, a question naming someone, manner verbs as cues.
@Suite struct InterviewKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func rules(_ text: String, lang: String) -> [String] {
        annotator.annotate(TestDocuments.make(text, lang: lang)).quotations.filter { $0.kind == .direct }.map(\.attribution.rule)
    }

    static let englishInterview = """
    Dr Sofia Brandvold, 47, is a marine biologist at the Kelmouth Coastal Laboratory. We asked her about the state of the bay.

    How bad is it?

    “Worse than it looks from the pier. The seagrass has halved in ten years.”

    Some anglers call the bay ‘dead water’. Are they right?

    She shrugs. “Not yet. But they are not wrong to worry.”

    Her colleague Professor Idris Mallory, who runs the lab's sampling boats, says the data are clear. The bay has lost “a third of its fish species”, he said.

    Can it recover?

    “It can, if we stop dredging it every spring.”
    """

    /// A question paragraph, then a paragraph opening with a quotation with no cue: the
    /// interviewee's answer, even with a pronoun sentence before it or a narrative paragraph
    /// quoting someone else between two questions; a scare-quoted term may sit in the question.
    @Test func answersAfterQuestionsGoToTheInterviewee() {
        // `‘dead water’` is the anglers' label (the rules make it their fragment); the answer after it is not theirs.
        #expect(speakers(Self.englishInterview, lang: "en") == ["Sofia Brandvold", "Some anglers", "Sofia Brandvold", "Idris Mallory", "Sofia Brandvold"])
        #expect(rules(Self.englishInterview, lang: "en").first == "answer")
        let french = """
        Volcanologue à l'observatoire de Brésange, Hélène Carvalho, 52 ans, surveille le même cratère depuis vingt ans.

        Pourquoi ce volcan vous passionne-t-il ?

        « Parce qu'il ne fait jamais deux fois la même chose. »

        Certains parlent d'un volcan « endormi ». Ont-ils raison ?

        Elle sourit. « Endormi, non. Il respire, simplement. »
        """
        // (`Certains` alone is an unnamed group that speaks, as `Some anglers` is in English.)
        #expect(speakers(french, lang: "fr") == ["Hélène Carvalho", "Certains", "Hélène Carvalho"])
    }

    /// `We asked Pelletier three questions.`: a surname alone after `we asked`, of someone met
    /// before, announces the interview; the answers are hers, not the person named last.
    @Test func weAskedAnnouncesAnInterview() {
        let text = """
        Ana Pelletier, the school's director, runs it with a firm hand. "Nobody is turned away," she says.

        The youngest teacher, Tom Reyes, 24, joined last year.

        We asked Pelletier three questions.

        What would you change?

        "The roof, first."
        """
        #expect(speakers(text, lang: "en") == ["Ana Pelletier", "Ana Pelletier"])
    }

    /// The cue wins over a question before it, and a question that is itself someone's
    /// quotation makes no answer of what follows.
    @Test func aCueOrAQuotedQuestionIsNoInterview() {
        let cued = """
        The mayor, Tom Vestergaard, opened the new bridge on Monday.

        Will it ease the traffic?

        “Only if people leave their cars at home,” said engineer Lucy Parnell.
        """
        #expect(speakers(cued, lang: "en") == ["Lucy Parnell"])
        let quotedQuestion = """
        The mayor, Tom Vestergaard, opened the new bridge on Monday.

        “Why did it take nine years?”

        “Nobody could agree on the colour.”
        """
        #expect(rules(quotedQuestion, lang: "en").contains("answer") == false)
    }

    /// A short question naming someone (a given name alone for a person named in full before)
    /// makes the quotation after it theirs, with a pronoun cue or none.
    @Test func aQuestionNamingSomeoneGivesTheSpeaker() {
        let french = """
        Le potier Gaston Lebrave a fermé son atelier samedi.

        Le maire, Paul Brun, a salué son travail. « C'est une perte », estime Paul Brun.

        Et Gaston ? « Je vais enfin voyager, dit-il, et lire. »
        """
        #expect(speakers(french, lang: "fr") == ["Paul Brun", "Gaston Lebrave"])
        let english = """
        The baker Nora Quennell retired on Friday after forty years.

        Her neighbour Carl Dobbs ran the shop next door. “She was always first in,” he said.

        And Nora? “I'm going to sleep until noon,” she says.
        """
        #expect(speakers(english, lang: "en") == ["Carl Dobbs", "Nora Quennell"])
    }

    /// A paragraph that announces the next one: ending with a colon and no speech verb (its
    /// subject past an opening clause whose subject is `on`), or one short narrative sentence
    /// about someone; the quotation opening the next paragraph is theirs.
    @Test func aParagraphAnnouncingTheNextOneGivesTheSpeaker() {
        let french = """
        Le luthier Armand Quéré a vendu son dernier violon samedi.

        Quand on lui demande ce qu'il regrette, l'artisan réfléchit longuement :

        « Rien, sauf peut-être le bruit de l'atelier le matin. »
        """
        #expect(speakers(french, lang: "fr") == ["Armand Quéré"])
        let english = """
        Mrs Edith Calloway has run the village post office for thirty years.

        The councillor Ben Ashby says the branch will close in May.

        Asked what she will miss most, she looks out of the window for a while.

        “The people, mostly. Not the forms.”
        """
        #expect(speakers(english, lang: "en") == ["Edith Calloway"])
        #expect(rules(english, lang: "en") == ["subject-before"])
    }

    /// English manner verbs after a quotation (`she laughs`, `he grins`) and `remembers` before a
    /// fragment are cues.
    @Test func mannerVerbsAndRememberAreCues() {
        #expect(speakers("Coach Rafe Dunmore watched the replay twice. “We got lucky,” he grins.", lang: "en") == ["Rafe Dunmore"])
        #expect(speakers("“I never liked the uniform,” laughs former nurse Ida Pemberton.", lang: "en") == ["Ida Pemberton"])
        #expect(speakers("Former pupil Tom Eckersley remembers being “scared stiff” on his first day.", lang: "en") == ["Tom Eckersley"])
        #expect(speakers("« Je n'y croyais pas », s'esclaffe la cheffe Irène Malvaux.", lang: "fr") == ["Irène Malvaux"])
    }
}
