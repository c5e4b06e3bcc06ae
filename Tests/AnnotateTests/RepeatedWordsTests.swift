import Annotate
import Model
import Testing

/// Words quoted back: a block quotation with no cue of its own that repeats another speaker's
/// quotation word for word is that speaker's. Hand-written texts, not from the gold corpus.
@Suite struct RepeatedWordsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, title: String = "Test") -> [(text: String, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en", title: title))
        return transcript.quotations.filter { $0.kind == .direct }.map { quote in
            (quote.text, quote.speakerID.flatMap { transcript.speaker(id: $0)?.name })
        }
    }

    static let questions = "A local blogger wrote a post to answer the two questions The Harbour Gazette had asked. The questions were:\n\n"
        + "> 1. Why did the council sell the old ferry pier to a private buyer without any public vote?\n\n"
        + "> 2. Who will pay for the repairs?\n\n"
        + "Mayor Ann Roe answered on her blog:\n\n"
        + "> I am glad to answer the paper, question by question.\n\n"

    /// `Count 1. …` repeats the first question the paper asked, its list number folded: the
    /// paper's words, between the mayor's answers in the same chain of block quotations.
    @Test func aRepeatedQuestionInAChainOfAnswersIsTheAskers() {
        let text = Self.questions
            + "> Question 1. Why did the council sell the old ferry pier to a private buyer without any public vote?\n\n"
            + "> The pier was falling apart and the sale saved the town a great deal of money."
        let found = speakers(text)
        let repeated = found.first { $0.text.hasPrefix("Question 1.") }
        let answer = found.first { $0.text.hasPrefix("The pier was falling") }
        #expect(repeated?.speaker == "The Harbour Gazette")
        #expect(answer?.speaker == "Ann Roe")
    }

    /// Words repeated from a quotation the text gives later (the e-mail quoted further on): a
    /// part of that longer quotation is its speaker's.
    @Test func wordsRepeatedFromALaterQuotationAreItsSpeakers() {
        let text = "Mayor Ann Roe answered the paper on her blog:\n\n"
            + "> I am glad to answer the paper, point by point.\n\n"
            + "> You say that the council never listens to anyone who lives near the harbour.\n\n"
            + "> Every meeting this year was open to the public and well attended.\n\n"
            + "The Harbour Gazette wrote to her last week:\n\n"
            + "> Thanks for the reply. You say that the council never listens to anyone who lives near the harbour, and I agree."
        let found = speakers(text)
        #expect(found.first { $0.text.hasPrefix("You say that") }?.speaker == "The Harbour Gazette")
        #expect(found.first { $0.text.hasPrefix("Every meeting") }?.speaker == "Ann Roe")
    }

    /// A short repeated fragment (under eight words) is no one's words but the writer's.
    @Test func aShortRepeatedFragmentStaysWithTheWriter() {
        let text = Self.questions
            + "> Who will pay for the repairs? We all will, and gladly."
        let found = speakers(text)
        #expect(found.first { $0.text.hasPrefix("Who will pay") }?.speaker == "Ann Roe")
    }

    /// A quotation with a cue of its own keeps its speaker, whatever words it repeats.
    @Test func aQuotationWithItsOwnCueKeepsItsSpeaker() {
        let text = "A local blogger wrote a post to answer the two questions The Harbour Gazette had asked. The questions were:\n\n"
            + "> 1. Why did the council sell the old ferry pier to a private buyer without any public vote?\n\n"
            + "Mayor Ann Roe answered on her blog:\n\n"
            + "> Why did the council sell the old ferry pier to a private buyer without any public vote?"
        let found = speakers(text)
        #expect(found.map(\.speaker) == ["The Harbour Gazette", "Ann Roe"])
    }
}
