import Model
import Testing

@testable import Ingest

/// Times beyond ``Timecode/maximumSeconds`` are refused where they are read (a warning, the cue
/// skipped), never converted: `Int(1e308 * 1000)` traps.
@Test func implausibleTimesAreSkippedWithAWarning() throws {
    let json = #"{"version":"1.0.0","segments":[{"speaker":"A","startTime":1e19,"endTime":1e308,"body":"Hi"},{"speaker":"B","startTime":1,"endTime":1e308,"body":"Yo"}]}"#
    let podcast = try SeedReader.read(Array(json.utf8), seedPath: "a.json")
    #expect(podcast.document.blocks.map(\.text) == ["Yo"])
    #expect(podcast.warnings.count == 1)

    let vtt = "WEBVTT\n\n99999999999999:00:00.000 --> 99999999999999:00:01.000\n<v A>Hello\n\n00:01.000 --> 00:02.000\n<v B>Fine\n"
    let cues = try SeedReader.read(Array(vtt.utf8), seedPath: "b.vtt")
    #expect(cues.document.blocks.map(\.text) == ["Fine"])
    #expect(cues.warnings.map(\.description).first?.hasPrefix("b.vtt:3: warning: invalid WebVTT timestamp") == true)

    let srt = "1\n99999999999999:00:00,000 --> 99999999999999:00:01,000\nA: hi\n\n2\n00:00:01,000 --> 00:00:02,000\nB: yo\n"
    #expect(try SeedReader.read(Array(srt.utf8), seedPath: "c.srt").document.blocks.map(\.text) == ["yo"])

    #expect(Timecode.milliseconds(1e308) == Int(Timecode.maximumSeconds * 1000))
    #expect(Timecode.parse("999999999:00:00") == nil)
    #expect(Timecode.parse("100:00:00.000") == 360_000)
}
