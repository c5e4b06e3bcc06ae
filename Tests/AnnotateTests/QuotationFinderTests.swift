import Annotate
import Foundation
import Model
import Testing

/// Quotation detection: mark pairs, nesting, unclosed and mistyped marks.
@Suite struct QuotationFinderTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func spanText(_ transcript: Transcript, _ span: TextSpan) -> String {
        String(decoding: Array(transcript.blocks[span.block].text.utf8)[span.range], as: UTF8.self)
    }

    @Test func singleQuotesInsideDoubleQuotesAreNested() throws {
        let text = #"Anna Berg said: “The label read ‘handle with care’ and nobody listened to it.”"#
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
        #expect(transcript.quotations.map(\.text) == ["The label read ‘handle with care’ and nobody listened to it.", "handle with care"])
        #expect(transcript.quotations.map(\.kind) == [.direct, .mention])
        #expect(transcript.quotations[1].speakerID == nil)
        #expect(transcript.quotations[0].speakerID == "anna-berg")
    }

    @Test func doubleQuotesInsideGuillemetsAreNested() {
        let text = "Paul Vidal a déclaré : « Le texte dit “pas avant juin”, et nous le respecterons. »"
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.map(\.text) == ["Le texte dit “pas avant juin”, et nous le respecterons.", "pas avant juin"])
        #expect(transcript.quotations.filter { $0.kind == .direct }.count == 1)
    }

    @Test func straightDoubleQuotesPair() {
        let text = #"The report called it "a turning point for the region and its people." Others disagreed."#
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
        #expect(transcript.quotations.map(\.text) == ["a turning point for the region and its people."])
    }

    @Test func unclosedQuotationIsBoundedToItsParagraph() {
        let text = "Il a lancé : « Nous verrons bien ce qui arrivera demain\n\nUn autre paragraphe sans guillemets."
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.count == 1)
        #expect(transcript.quotations[0].spans.map(\.block) == [0])
        #expect(transcript.quotations[0].text == "Nous verrons bien ce qui arrivera demain")
    }

    @Test func openingMarkTypedForAClosingOneCloses() {
        let text = "Lena Holt wrote: “The vote is tomorrow and we are ready for it.“ Then she left."
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
        #expect(transcript.quotations.map(\.text) == ["The vote is tomorrow and we are ready for it."])
    }

    @Test func repeatedTextsGetNumberedIds() {
        let text = "« Jamais nous ne céderons sur ce point », a dit Marc Petit.\n\n« Jamais nous ne céderons sur ce point », a répété Marc Petit."
        let transcript = annotator.annotate(TestDocuments.make(text))
        let base = "q-" + StableHash.hex("Jamais nous ne céderons sur ce point")
        #expect(transcript.quotations.map(\.id) == [base, base + "-2"])
    }

    @Test func editorialOmissionsAreNotInsertions() {
        let text = "Paul Vidal a déclaré : « Nous avons trouvé [un niveau] élevé […] dans les échantillons. »"
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.insertions.map { spanText(transcript, $0) } == ["[un niveau]"])
    }

    /// British style: the next paragraph goes on without opening again and closes at its end.
    @Test func quotationRunningOnWithoutReopeningIsOneQuotation() {
        let text = "Tom Reed wrote: “The first part of the story is long.\n\nThe second part ends it here.” Nothing more."
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
        #expect(transcript.quotations.count == 1)
        #expect(transcript.quotations[0].text == "The first part of the story is long. The second part ends it here.")
        #expect(transcript.quotations[0].spans.map(\.block) == [0, 1])
        #expect(transcript.quotations[0].spans[1].range == 0..<Array("The second part ends it here.”".utf8).count)
        #expect(transcript.quotations[0].speakerID == "tom-reed")
    }

    /// An opening mark with no word after it at a paragraph's end opens no quotation; one whose
    /// words close in the next paragraph still does.
    @Test func aLoneOpeningMarkAtAParagraphsEndOpensNothing() {
        let lone = annotator.annotate(TestDocuments.make("Ils ont dit au président «\n\nLe maire a parlé. « Oui », a dit Paul Roy."))
        #expect(lone.quotations.map(\.text) == ["Oui"])
    }

    /// British multi-paragraph style in straight single quotes: `X said: 'First paragraph.` left
    /// open, the next paragraph opening again with `'`: the first paragraph is a quotation of its
    /// own (as with curly marks), not lost.
    @Test func unclosedStraightSingleQuotationOpeningASentenceIsKept() {
        let text = "The cook from Ellby said: 'We ran out of bread by noon. Nobody had warned us.\n\n'It was the busiest day we've had all year.'"
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
        #expect(transcript.quotations.map(\.text) == ["We ran out of bread by noon. Nobody had warned us.", "It was the busiest day we've had all year."])
    }
}
