import Foundation
import Model
import Testing

@testable import Ingest

private func read(_ text: String, _ path: String) throws -> SeedReader.Result {
    try SeedReader.read(Array(text.utf8), seedPath: path)
}

/// A raw U+2029 in a SubRip or WebVTT cue is a paragraph break of the turn, as `&#x2029;` is
/// (the rest of the cue was lost: silently in SRT, as a block with no timing line in WebVTT);
/// one inside a voice tag or an SRT label is a space in the name.
@Test func rawSeparatorsInCueTextBreakParagraphsAndInVoicesAreSpaces() throws {
    let srt = try read(
        "1\n00:00:00,000 --> 00:00:02,000\nAnna Berg: One.\u{2029}Two.\n\n2\n00:00:02,000 --> 00:00:03,000\nTom\u{2028}Reed: Three.\n", "c.srt")
    #expect(srt.document.blocks.map(\.text) == ["One.", "Two.", "Three."])
    #expect(srt.document.blocks.map { $0.turn?.label } == ["Anna Berg", "Anna Berg", "Tom Reed"])
    #expect(srt.warnings.isEmpty, "\(srt.warnings)")
    // Each turn at the line of its label, as an editor shows it (it was the timing line above).
    #expect(srt.document.blocks.map(\.line) == [3, 3, 7])
    let vtt = try read(
        "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Anna Berg>One.\u{2029}Two.\n\n00:02.000 --> 00:03.000\n<v Tom\u{2029}Reed>Voice with sep.\n", "c.vtt")
    #expect(vtt.document.blocks.map(\.text) == ["One.", "Two.", "Voice with sep."])
    #expect(vtt.document.blocks.map { $0.turn?.label } == ["Anna Berg", "Anna Berg", "Tom Reed"])
    #expect(vtt.document.metadata.speakers.map(\.name) == ["Anna Berg", "Tom Reed"])
    #expect(vtt.warnings.isEmpty, "\(vtt.warnings)")
    #expect(vtt.document.blocks.map(\.line) == [4, 4, 7])
}

/// `&#x2029;` and `&#x2028;` in a WebVTT voice name fold to a space, as in a JSON name: a
/// speaker's name is one line.
@Test func separatorReferencesInAVoiceNameFoldToASpace() throws {
    let vtt = try read("WEBVTT\n\n00:00.000 --> 00:02.000\n<v Jo&#x2029;Smith>Hello.\n\n00:02.000 --> 00:03.000\n<v Bo&#x2028;Li>Fine.\n", "a.vtt")
    #expect(vtt.document.blocks.map { $0.turn?.label } == ["Jo Smith", "Bo Li"])
    #expect(vtt.document.metadata.speakers.map(\.name) == ["Jo Smith", "Bo Li"])
}

/// Lines in messages and blocks are the file's lines (line feeds), not those of the text once
/// U+2029 became a blank line and U+2028 a line end; WebVTT warnings too.
@Test func linesAreCountedAsTheFileHasThem() throws {
    let text = try read("Title one\n\nA\u{2029}B\u{2028}C.\n\n\"Yes,\" said C.\n", "a.txt").document
    #expect(text.blocks.map(\.text) == ["A", "B\nC.", "\"Yes,\" said C."])
    #expect(text.blocks.map(\.line) == [3, 3, 5])
    let vtt = try read("WEBVTT\n\n00:00.000 --> 00:02.000\nA\u{2029}B.\n\nno timing\u{2028}here\n\n00:03.000 --> 00:02.000\nC.\n", "b.vtt")
    #expect(vtt.warnings.map(\.line) == [6, 8])
}

/// A speaker-clash or title-slug message about a Podcasting 2.0 JSON seed names the line of
/// the segment's `speaker` (a turn's line) and of the first body (a title taken from it), not
/// line 1.
@Test func podcastingJSONTurnsAndTitleHaveTheLinesOfTheirValues() throws {
    let json = """
        {"version": "1.0.0",
         "segments": [
          {"startTime": 0, "endTime": 1,
           "speaker": "Anna Berg",
           "body": "Hello there."},
          {"startTime": 1, "endTime": 2, "speaker": "Tom \\u2029 Reed", "body": "Hi."}
        ]}
        """
    let result = try read(json, "p.json")
    #expect(result.document.blocks.map(\.line) == [4, 6])
    #expect(result.document.blocks.map { $0.turn?.label } == ["Anna Berg", "Tom Reed"])
    #expect(result.metadataLines.title?.line == 5)
}

/// A front-matter error after a raw U+2028 is placed at the file's line and column: the column
/// counts what the line holds before the separator (it was counted from the separator).
@Test func aFrontMatterErrorAfterALineSeparatorHasTheFilesColumn() {
    let error = #expect(throws: Diagnostic.self) { try read("---\ntitle: A\u{2028}date: [x\n---\n\nThe text is here.\n", "a.txt") }
    #expect(error?.line == 2)
    #expect(error?.column == 16)
}
