import Model
import Testing

@testable import Ingest

/// Times beyond ``Timecode/maximumSeconds`` are refused where they are read (a warning, the cue
/// or segment kept from where the one before it ends), never converted: `Int(1e308 * 1000)` traps.
@Test func implausibleTimesAreSkippedWithAWarning() throws {
    let json = #"{"version":"1.0.0","segments":[{"speaker":"A","startTime":1e19,"endTime":1e308,"body":"Hi"},{"speaker":"B","startTime":1,"endTime":1e308,"body":"Yo"}]}"#
    let podcast = try SeedReader.read(Array(json.utf8), seedPath: "a.json")
    // A segment whose start is no time is kept from where the segment before it ends (the
    // start of the media here), with no end, as a subtitle cue is.
    #expect(podcast.document.blocks.map(\.text) == ["Hi", "Yo"])
    #expect(podcast.document.blocks.map { $0.turn?.start } == [0, 1])
    #expect(podcast.warnings.count == 3)
    #expect(podcast.document.blocks.first?.turn?.end == nil)

    let vtt = "WEBVTT\n\n99999999999999:00:00.000 --> 99999999999999:00:01.000\n<v A>Hello\n\n00:01.000 --> 00:02.000\n<v B>Fine\n"
    let cues = try SeedReader.read(Array(vtt.utf8), seedPath: "b.vtt")
    // Kept from where the cue before it ends (the start of the media here), as SubRip keeps it.
    #expect(cues.document.blocks.map(\.text) == ["Hello", "Fine"])
    #expect(cues.document.blocks.map { $0.turn?.start } == [0, 1])
    #expect(cues.warnings.map(\.description).first?.hasPrefix("b.vtt:3: warning: invalid WebVTT timing") == true)

    // A SubRip cue whose timing line is no time is kept (as any malformed timing line), from
    // where the cue before it ends: the start of the media.
    let srt = "1\n99999999999999:00:00,000 --> 99999999999999:00:01,000\nA: hi\n\n2\n00:00:01,000 --> 00:00:02,000\nB: yo\n"
    let subRip = try SeedReader.read(Array(srt.utf8), seedPath: "c.srt")
    #expect(subRip.document.blocks.map(\.text) == ["hi", "yo"])
    #expect(subRip.document.blocks.map { $0.turn?.start } == [0, 1])
    #expect(subRip.warnings.map(\.description).first?.hasPrefix("c.srt:2: warning: invalid SubRip timing") == true)

    #expect(Timecode.milliseconds(1e308) == Int(Timecode.maximumSeconds * 1000))
    #expect(Timecode.parse("999999999:00:00") == nil)
    #expect(Timecode.parse("100:00:00.000") == 360_000)
}

/// A JSON segment's `endTime` that is no usable time (`1e20`, `"soon"`) or missing leaves its
/// turn with no end, so that index.md and the WebVTT export agree (the cue then ends where the
/// next starts), with a warning at the segment for a written one; never an end equal to the
/// start. Near miss: a good `endTime` is kept.
@Test func anUnusableJSONEndTimeLeavesTheTurnWithNoEnd() throws {
    let json = """
        {"version": "1.0.0", "segments": [
          {"speaker": "Ann", "startTime": 1, "endTime": 1e20, "body": "We open on Monday."},
          {"speaker": "Bob", "startTime": 5, "endTime": "soon", "body": "And the pool?"},
          {"speaker": "Ann", "startTime": 8, "body": "Later."},
          {"speaker": "Bob", "startTime": 9, "endTime": 10.5, "body": "Fine."}
        ]}
        """
    let result = try SeedReader.read(Array(json.utf8), seedPath: "a.json")
    let turns = result.document.blocks.compactMap(\.turn)
    #expect(turns.map(\.start) == [1, 5, 8, 9])
    #expect(turns.map(\.end) == [nil, nil, nil, 10.5])
    #expect(result.warnings.map(\.description) == [
        "a.json:2: warning: segment 1's `endTime` is not a usable time (a number of seconds, at most 100,000 hours); the turn has no end, and ends where the next one starts (give endTime in seconds)",
        "a.json:3: warning: segment 2's `endTime` is not a usable time (a number of seconds, at most 100,000 hours); the turn has no end, and ends where the next one starts (give endTime in seconds)",
    ])
}
