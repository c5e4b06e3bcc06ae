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

    /// What the seventeenth session's site tester found: a correction by the first words of a
    /// text matched only as written, so a reviewer's `nous rouvrirons` or `n'est` (for `Nous`,
    /// `n’est`) matched nothing. With no quotation starting with it as written, the start is
    /// read without regard to case, quote marks and spaces. Near misses: a start found as
    /// written wins over one found so; words no quotation starts with still match none.
    @Test func aCorrectionByTextStartIgnoresCaseQuoteMarksAndSpaces() throws {
        let doc = TestDocuments.make("Paul Roche a visité le site. « Nous rouvrirons en mars », a-t-il dit. « Rien n’est  décidé », nuance Claire Roux. « nous rouvrirons aussi le port », ajoute-t-elle.")
        let transcript = try Annotator().annotate(doc)
        #expect(transcript.quotations.map(\.speakerID) == ["paul-roche", "claire-roux", "claire-roux"])
        for (start, corrected) in [
            ("NOUS ROUVRIRONS EN", ["claire-roux", "claire-roux", "claire-roux"]),
            ("« rien n'est décidé »", ["paul-roche", "paul-roche", "claire-roux"]),
            ("\"Rien n'est\u{00A0}décidé", ["paul-roche", "paul-roche", "claire-roux"]),
            // As written, the third quotation starts so: it is the one corrected.
            ("nous rouvrirons", ["paul-roche", "claire-roux", "paul-roche"]),
        ] {
            let speaker = corrected == ["claire-roux", "claire-roux", "claire-roux"] ? "Claire Roux" : "Paul Roche"
            let (result, unmatched) = AttributionCorrection.apply([AttributionCorrection(quotation: start, speaker: speaker)], to: transcript)
            #expect(result.quotations.map(\.speakerID) == corrected, "\(start)")
            #expect(unmatched.isEmpty, "\(start)")
        }
        let (_, unmatched) = AttributionCorrection.apply([AttributionCorrection(quotation: "Nous fermerons", speaker: "Paul Roche")], to: transcript)
        #expect(unmatched.map(\.quotation) == ["Nous fermerons"])
    }

    /// What the eighteenth session's site tester found: a correction keyed `"The"` reached a
    /// quotation starting `There`. A correction by first words matches whole words only, as
    /// written and when read without regard to case; a start that ends with punctuation, or
    /// the whole quotation, still matches.
    @Test func aCorrectionByTextStartMatchesWholeWordsOnly() throws {
        let transcript = try Annotator().annotate(TestDocuments.make(
            "Paul Roche visited the site. \"There is no plan,\" he said. \"The port reopens in March,\" said Claire Roux."))
        #expect(transcript.quotations.map(\.speakerID) == ["paul-roche", "claire-roux"])
        for (start, corrected) in [
            ("The", ["paul-roche", "paul-roche"]),
            ("the", ["paul-roche", "paul-roche"]),
            ("There is no plan,", ["claire-roux", "claire-roux"]),
            ("there is", ["claire-roux", "claire-roux"]),
        ] {
            let speaker = corrected[0] == "claire-roux" ? "Claire Roux" : "Paul Roche"
            let (result, unmatched) = AttributionCorrection.apply([AttributionCorrection(quotation: start, speaker: speaker)], to: transcript)
            #expect(result.quotations.map(\.speakerID) == corrected, "\(start)")
            #expect(unmatched.isEmpty, "\(start)")
        }
        // `Ther` begins a word of the quotation, not a whole word: it matches none.
        let (_, unmatched) = AttributionCorrection.apply([AttributionCorrection(quotation: "Ther", speaker: "Claire Roux")], to: transcript)
        #expect(unmatched.map(\.quotation) == ["Ther"])
    }
}
