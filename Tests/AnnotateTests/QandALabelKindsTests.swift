import Annotate
import Model
import Testing

/// Interviews with labelled questions and answers, and answers whose speaker no cue names
/// (made-up sentences): `Q:`/`A:` turns and paragraphs, `I`/`je` in an answer when only the
/// standfirst introduced the interviewee, and a heading that quotes an unquoted answer.
@Suite struct QandALabelKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// `Q: …?` and `A: “…”` read as speaker turns: the answers are the interviewee's (the one
    /// the lead-in names), not a speaker called `A`, and `Q` names no one either.
    @Test func answerTurnsAreTheIntervieweesNotASpeakerCalledA() {
        let doc = SourceDocument(seedPath: "test.txt", metadata: DocumentMetadata(title: "Test", lang: "en"), blocks: [
            Block(kind: .paragraph, text: "Ferry operators in Caldmoor say the new fuel levy could end winter sailings.", line: 1),
            Block(kind: .paragraph, text: "We spoke to Marta Okonjo, fleet manager at Skerry Lines, which runs four boats on the firth.", line: 3),
            Block(kind: .paragraph, text: "How many sailings could go?", line: 5, turn: Turn(index: 0, label: "Q")),
            Block(kind: .paragraph, text: "“About one in six. It was worse in the storms of last winter.”", line: 7, turn: Turn(index: 1, label: "A")),
            Block(kind: .paragraph, text: "What would you ask the county?", line: 9, turn: Turn(index: 2, label: "Q")),
            Block(kind: .paragraph, text: "“Talk to us before the levy starts, not after.”", line: 11, turn: Turn(index: 3, label: "A")),
        ])
        let transcript = annotator.annotate(doc)
        #expect(TestDocuments.directSpeakerNames(transcript) == ["Marta Okonjo", "Marta Okonjo"])
        #expect(!transcript.speakers.contains { $0.name == "A" || $0.name == "Q" })
    }

    /// Near miss: a transcript whose only voice is called `A` (a WebVTT `<v A>`) has no
    /// question turns, so `A` is no interview label: the voice keeps its speaker.
    @Test func aVoiceCalledAAloneIsASpeaker() {
        let doc = SourceDocument(seedPath: "test.vtt", metadata: DocumentMetadata(title: "Test", lang: "en"), blocks: [
            Block(kind: .paragraph, text: "Cue one of the recording.", line: 3, turn: Turn(index: 0, label: "A")),
            Block(kind: .paragraph, text: "Cue two of the recording.", line: 6, turn: Turn(index: 1, label: "A")),
        ])
        let transcript = annotator.annotate(doc)
        #expect(transcript.speakers.map(\.name) == ["A"])
    }

    /// The same with the labels left in plain paragraphs (a Q&A box in an article): a quotation
    /// right after `A:` opens the answer.
    @Test func aQuotationAfterAnAnswerLabelOpensTheAnswer() {
        let text = """
        Fenwick Lodge has cut its agency bill by half. We talked to Ruth Adeyemi, its matron.

        Q: Will the cap hurt?

        A: “For planned shifts, no. For the four o'clock phone call, yes.”
        """
        #expect(speakers(text, lang: "en") == ["Ruth Adeyemi"])
    }

    /// `je demande juste : « … »` in an answer, when no heading named the interviewee: the
    /// person the standfirst introduced before the first question says `je`; someone the answer
    /// quotes keeps their own words.
    @Test func theFirstPersonInAnAnswerIsTheStandfirstPerson() {
        let text = """
        Léonie Brassac, 51 ans, est garde forestière depuis vingt ans. Nous l'avons rencontrée à la maison du parc.

        Qu'est-ce qui a changé ?

        Les visiteurs. Un randonneur m'a dit l'été dernier : « Les sentiers sont à tout le monde. » Je ne fais pas la morale, je demande juste : « Vous avez vu le panneau ? » Ils rient, en général.

        Et l'hiver ?

        C'est plus calme. On répare les balisages.
        """
        #expect(speakers(text, lang: "fr") == ["Un randonneur", "Léonie Brassac"])
    }

    /// Near miss: a column with one rhetorical question is no interview; the columnist's `I`
    /// is not the person the column names before it.
    @Test func aColumnsRhetoricalQuestionMakesNoInterview() {
        let text = """
        The mayor, Ann Roe, wants a new car park on the green.

        Is that really what the town needs?

        I asked around on Saturday. One trader told me: "We need buses, not cars." And I said: "Then tell the council."
        """
        #expect(speakers(text, lang: "en") == ["One trader", nil])
    }

    /// A lead-in longer than a heading, right before the questions (past a `Q&A: ‘…’` line),
    /// still announces the interviewee; the heading's quoted words, which an answer says
    /// without quotation marks, are the interviewee's.
    @Test func aHeadingQuotingAnUnquotedAnswerIsTheInterviewees() {
        let text = """
        Growers expect a difficult harvest after a wet summer, and drying costs are up again.

        We put four questions to Dr Ines Kovalenko, grain storage adviser at Northfield Agronomy, who works with about forty farms across the eastern counties.

        Q&A: ‘Dry the grain before you buy the fans’

        How is harvest looking?

        Mixed. My advice is always the same: dry the grain before you buy the fans.
        """
        #expect(speakers(text, lang: "en") == ["Ines Kovalenko"])
    }

    /// `Vous écrivez que « … ». Pourquoi ?`: the interviewer quotes the interviewee back; the
    /// words are hers, not those of the coach her last answer quoted.
    @Test func aQuestionQuotingTheIntervieweeBackGivesHerWords() {
        let text = """
        Maëlle Tournier dessine des cartes de randonnée depuis trente ans. Elle publie un essai sur son métier.

        Comment avez-vous commencé ?

        Par hasard, dans un club de course d'orientation. Un entraîneur m'a dit : « Tu vois le terrain comme une carte. »

        Vous écrivez que « le papier ment moins que l'écran, mais il vieillit ». Pourquoi ?

        Parce qu'une carte imprimée ne se met pas à jour.
        """
        #expect(speakers(text, lang: "fr") == ["Un entraîneur", "Maëlle Tournier"])
        // Near miss: `What do you say to those calling it “…”?` quotes the critics to her.
        let critics = """
        Ann Roe runs the food bank on Mill Street. We spoke to her about the new grant.

        Is the grant enough?

        No. It covers the rent and not much else.

        What do you say to those calling it "a sticking plaster that fixes nothing at all"?

        They are not wrong.
        """
        #expect(speakers(critics, lang: "en") == [nil])
    }
}
