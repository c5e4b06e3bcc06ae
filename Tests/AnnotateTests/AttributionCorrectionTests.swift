import Annotate
import Model
import Testing

/// Front-matter corrections of one attribution.
@Suite struct AttributionCorrectionTests {
    @Test func aCorrectionByTextStartChangesTheSpeakerAndSaysSo() throws {
        let doc = TestDocuments.make("Paul Roche a visité le site. « Nous rouvrirons en mars », a-t-il dit. « Rien n'est décidé », nuance Claire Roux.")
        let transcript = try Annotator().annotate(doc)
        #expect(transcript.quotations.map(\.speakerID) == ["paul-roche", "claire-roux"])
        let (corrected, unmatched) = AttributionCorrection.apply(
            [AttributionCorrection(quotation: "Nous rouvrirons", speaker: "Claire Roux"),
             AttributionCorrection(quotation: "q-000000", speaker: "x")], to: transcript)
        #expect(corrected.quotations.map(\.speakerID) == ["claire-roux", "claire-roux"])
        #expect(corrected.quotations[0].attribution.rule == "correction")
        #expect(corrected.quotations[0].attribution.confidence == 1)
        #expect(corrected.speakers.map(\.id) == ["claire-roux"])
        #expect(unmatched.map(\.quotation) == ["q-000000"])
    }

    @Test func aCorrectionToNobodyLeavesTheQuotationUnattributed() throws {
        let transcript = try Annotator().annotate(TestDocuments.make("« Nous rouvrirons en mars », a dit Paul Roche."))
        let id = try #require(transcript.quotations.first?.id)
        let (corrected, _) = AttributionCorrection.apply([AttributionCorrection(quotation: id, speaker: nil)], to: transcript)
        #expect(corrected.quotations.first?.speakerID == nil)
        #expect(corrected.speakers.isEmpty)
    }
}
