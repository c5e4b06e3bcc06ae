import Model
import Testing

@testable import Ingest

/// What the twentieth session's site tester found at cue boundaries: WebVTT cues with no blank
/// line between them were merged into one turn (the next cue's identifier and timing line read
/// as speech), a cue right under `WEBVTT` was dropped, and a SubRip `abc --> def` under an index
/// was not taken as a timing line (its text going to the cue before), all with no warning.
struct CueBoundaryFindingsTests {
    static func read(_ text: String, _ path: String) throws -> SeedReader.Result {
        try SeedReader.read(Array(text.utf8), seedPath: path)
    }

    /// A WebVTT line holding `-->` that reads as a timing line ends the cue's text (W3C WebVTT
    /// §6.1), with its identifier line before it, and is warned at that line. Near misses: a
    /// cue text line with an arrow between words stays text; a cue whose only text line comes
    /// right before the next timing line keeps it as text.
    @Test func webVTTCuesWithNoBlankLineBetweenThemAreSplit() throws {
        let text = """
            WEBVTT

            1
            00:00:01.000 --> 00:00:02.000
            Kit: First cue text here.
            2
            00:00:03.000 --> 00:00:04.000
            Lev: Second cue text, go --> there.
            00:00:05.000 --> 00:00:06.000
            Kit: Third.

            """
        let result = try Self.read(text, "n.vtt")
        #expect(result.warnings.map(\.description) == [
            "n.vtt:7: warning: no blank line separates this cue from the cue before it (timing line 4); it was read as a cue of its own (the line before it, `2`, read as its identifier) (end each cue with a blank line)",
            "n.vtt:9: warning: no blank line separates this cue from the cue before it (timing line 7); it was read as a cue of its own (end each cue with a blank line)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Kit", "Lev", "Kit"])
        #expect(summary.texts == ["First cue text here.", "Second cue text, go --> there.", "Third."])
        #expect(summary.turns.map(\.start) == [1, 3, 5])
        #expect(summary.turns.map(\.end) == [2, 4, 6])
    }

    /// A cue written right under the `WEBVTT` line, with no blank line, is kept, with a warning
    /// at its timing line. Near miss: a `Language:` header line before it is still read.
    @Test func webVTTCueRightUnderTheHeaderIsKept() throws {
        let text = """
            WEBVTT
            Language: fr
            00:00:01.000 --> 00:00:02.000
            <v Kit>No blank after header.

            00:00:03.000 --> 00:00:04.000
            <v Lev>Second.

            """
        let result = try Self.read(text, "h.vtt")
        #expect(result.warnings.map(\.description) == [
            "h.vtt:3: warning: no blank line separates the `WEBVTT` header from the cue at this line; the cue was read (put a blank line after the WEBVTT line and its header lines)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Kit", "Lev"])
        #expect(summary.texts == ["No blank after header.", "Second."])
        #expect(result.document.metadata.lang == "fr")
    }

    /// A SubRip line with an arrow under an index whose start and end both cannot be read is
    /// the cue's timing line: its cue is kept on its own (not merged into the cue before) with
    /// the warning WebVTT gives. Near miss: the same line inside a cue's text stays text.
    @Test func subRipArrowLineUnderAnIndexIsATimingLine() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            Kit: First, abc --> def.

            2
            abc --> def
            Lev: Second.

            """
        let result = try Self.read(text, "a.srt")
        #expect(result.warnings.map(\.description) == [
            "a.srt:6: warning: invalid SubRip timing `abc --> def`: its start `abc` and its end `def` are not times; its cue is kept from 00:00:02,000 (where the cue before it ends), with no end (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Kit", "Lev"])
        #expect(summary.texts == ["First, abc --> def.", "Second."])
    }

    /// A Podcasting 2.0 segment whose `startTime` is no usable time (`-1`, `1e300`) keeps its
    /// words, from where the segment before it ends, warned in the words SubRip and WebVTT use.
    /// Near miss: a segment with a good start says nothing.
    @Test func jsonSegmentWithABadStartKeepsItsWords() throws {
        let text = """
            {"version": "1.0.0", "segments": [
              {"speaker": "Kit", "startTime": 1, "endTime": 2, "body": "One."},
              {"speaker": "Lev", "startTime": -1, "endTime": 4, "body": "Two."},
              {"speaker": "Kit", "startTime": 1e300, "body": "Three."},
              {"speaker": "Lev", "startTime": 7, "endTime": 8, "body": "Four."}
            ]}
            """
        let result = try Self.read(text, "p.json")
        #expect(result.warnings.map(\.description) == [
            "p.json:3: warning: segment 2 has no usable `startTime` (a number of seconds, at most 100,000 hours); it is kept from 2 s (where the cue before it ends), to 4 s (give startTime and endTime in seconds)",
            "p.json:4: warning: segment 3 has no usable `startTime` (a number of seconds, at most 100,000 hours); it is kept from 4 s (where the cue before it ends), with no end (give startTime and endTime in seconds)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Kit", "Lev", "Kit", "Lev"])
        #expect(summary.texts == ["One.", "Two.", "Three.", "Four."])
        #expect(summary.turns.map(\.start) == [1, 2, 4, 7])
        #expect(summary.turns.map(\.end) == [2, 4, nil, 8])
    }

    /// A Markdown or plain-text timed turn whose time is impossible (`\[00:75\]`, `[00:00:75]`)
    /// after its label, or before it (`[00:01:75] Name:`), is warned at its line: the turn has no
    /// start and the stamp stays in its text. Near miss: a time that reads is the turn's start,
    /// silently.
    @Test func timedTurnsWithAnImpossibleTimeAreWarned() throws {
        let markdown = """
            # Quarry meeting

            **Kit Vane:** \\[00:10\\] We open.

            **Lev Orr:** \\[00:75\\] We listen.

            **Kit Vane:** \\[01:30\\] We close.

            """
        let plain = """
            Kit Vane: [00:00:10] We open.

            Lev Orr: [00:00:75] We listen.

            Kit Vane: [00:01:30] We close.

            [00:01:75] Lev Orr: We part.

            """
        let md = try Self.read(markdown, "m.md")
        #expect(md.warnings.map(\.description) == [
            "m.md:5: warning: the turn's time `[00:75]` is no time (minutes and seconds are below 60); the turn has no start, and the stamp is kept in its text (write the time as [mm:ss] or [hh:mm:ss], with minutes and seconds below 60)",
        ])
        let txt = try Self.read(plain, "p.txt")
        #expect(txt.warnings.map(\.description) == [
            "p.txt:3: warning: the turn's time `[00:00:75]` is no time (minutes and seconds are below 60); the turn has no start, and the stamp is kept in its text (write the time as [mm:ss] or [hh:mm:ss], with minutes and seconds below 60)",
            "p.txt:7: warning: the turn's time `[00:01:75]` is no time (minutes and seconds are below 60); the turn has no start, and the stamp is kept in its text (write the time as [mm:ss] or [hh:mm:ss], with minutes and seconds below 60)",
        ])
        for result in [md, txt] {
            let summary = TurnSummary(result.document)
            #expect(summary.labels.prefix(3) == ["Kit Vane", "Lev Orr", "Kit Vane"])
            #expect(summary.turns.map(\.start).prefix(3) == [10, nil, 90])
        }
        // A stamp that is no time before a label: the label still starts the turn (its words
        // are not the turn before's), the stamp kept in its text.
        #expect(TurnSummary(txt.document).labels == ["Kit Vane", "Lev Orr", "Kit Vane", "Lev Orr"])
        #expect(TurnSummary(txt.document).texts.last == "[00:01:75] We part.")
    }
}

