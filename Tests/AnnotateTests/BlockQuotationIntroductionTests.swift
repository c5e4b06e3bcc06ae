import Annotate
import Model
import Testing

/// Block quotations introduced by the paragraph before them (`X wrote:`), one test per kind of
/// introduction. Hand-written texts, not from the gold corpus.
@Suite struct BlockQuotationIntroductionTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakerName(_ text: String, lang: String = "en") -> String? {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        guard let quote = transcript.quotations.first(where: { $0.kind == .direct }), let id = quote.speakerID else { return nil }
        return transcript.speaker(id: id)?.name
    }

    /// A relay verb's object is the speech; a later speech noun (`on his blog`) is only where it went.
    @Test func relayVerbObjectWinsOverTheMedium() {
        let text = "A Ghanaian blogger, Kofi Mensah, welcomed the decision of Governor Ruth Akosua Adjei. He shared Adjei's statement on his blog:\n\n> We will open the new clinics before the rains come."
        #expect(speakerName(text) == "Ruth Akosua Adjei")
    }

    /// `X from <blog name> commented:` — the name heads the phrase, the blog is where X writes.
    @Test func nameFromABlogWithLowercaseWords() {
        let text = "Maribel from the world is my oyster commented on the new law:\n\n> Nobody asked the fishermen what they think."
        #expect(speakerName(text) == "Maribel")
    }

    /// `Apart from …, fulue highlighted:` — an opening adverbial is no name.
    @Test func openingAdverbialIsNoName() {
        let text = "Apart from the cost, lowercaseblogger highlighted the risks:\n\n> The software sends every address to a server."
        #expect(speakerName(text) == "lowercaseblogger")
    }
}

/// `The questions were:` — a speech noun with no author in the introduction takes the author the
/// same noun had earlier in the paragraph (`the questions X had asked`).
@Suite struct EarlierSpeechNounAuthorTests {
    @Test func theQuestionsGoToWhoAskedThem() throws {
        let text = "A local blogger wrote a post to answer the four questions The Evening Lantern had asked. The questions were:\n\n> 1. Who pays for the new road?"
        let transcript = try Annotator().annotate(TestDocuments.make(text, lang: "en"))
        let quote = try #require(transcript.quotations.first { $0.kind == .direct })
        #expect(quote.speakerID.flatMap { transcript.speaker(id: $0)?.name } == "The Evening Lantern")
    }
}
