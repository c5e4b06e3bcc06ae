import Model
import Testing

@testable import Ingest

/// What a tester's run found in subtitle seeds: WebVTT comments published as notes, SubRip cues
/// lost to a broken arrow, cue times that end before they start, and front-matter dates that are
/// no dates, all without a word.
struct SubtitleCommentAndTimingTests {
    static func read(_ text: String, _ path: String, sidecar: String? = nil) throws -> SeedReader.Result {
        try SeedReader.read(Array(text.utf8), seedPath: path, sidecar: sidecar.map { Array($0.utf8) })
    }

    /// A WebVTT `NOTE` block is a comment for the file's authors (W3C WebVTT, "Comments in
    /// WebVTT"): it is dropped, on one line or several, before the first cue or between cues.
    /// Near misses: a cue whose identifier starts with `NOTES`, and a payload line starting
    /// with `NOTE`, are cue text.
    @Test func webVTTCommentsAreDroppedNotPublished() throws {
        let text = """
            WEBVTT

            NOTE check this with legal

            00:00:01.000 --> 00:00:03.000
            <v Ann>We open on Monday.

            NOTE
            another internal
            remark

            NOTES-1
            00:00:03.000 --> 00:00:05.000
            <v Bob>Good.
            NOTE the pool stays shut.

            """
        let result = try Self.read(text, "n.vtt")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(!result.document.blocks.contains { $0.kind == .editorialNote })
        #expect(result.document.blocks.map(\.text) == ["We open on Monday.", "Good. NOTE the pool stays shut."])
        #expect(!result.document.blocks.contains { $0.text.contains("legal") || $0.text.contains("internal") })
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Ann", "Bob"])
        #expect(summary.turns.map(\.start) == [1, 3])
    }

    /// A SubRip timing line with a broken arrow (`->`, `=>`, `--->`, `-- >`) between two good
    /// times is read as `-->` with a warning at its line, and its text is kept (it was lost
    /// without a word). Near misses: `-->` is not warned about; cue text holding `->` or two
    /// short times is text.
    @Test func subRipBrokenArrowsAreReadWithAWarning() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            Ann: First line.

            2
            00:00:02,000 -> 00:00:03,000
            Second line.

            3
            00:00:03,000 => 00:00:04,000
            Third line.

            4
            00:00:04,000 ---> 00:00:05,000
            Fourth line.

            5
            00:00:05,000 -- > 00:00:06,000
            Go -> there.
            12:00 -> 13:00 is the meeting.

            6
            00:00:07,000 --> 00:00:08,000
            Last line.

            """
        let result = try Self.read(text, "a.srt")
        #expect(result.warnings.map(\.description) == [
            "a.srt:6: warning: the timing line writes `->` between its times, not `-->`; it was read as `00:00:02,000 --> 00:00:03,000` (write the arrow as two hyphens and `>`: `-->`)",
            "a.srt:10: warning: the timing line writes `=>` between its times, not `-->`; it was read as `00:00:03,000 --> 00:00:04,000` (write the arrow as two hyphens and `>`: `-->`)",
            "a.srt:14: warning: the timing line writes `--->` between its times, not `-->`; it was read as `00:00:04,000 --> 00:00:05,000` (write the arrow as two hyphens and `>`: `-->`)",
            "a.srt:18: warning: the timing line writes `-- >` between its times, not `-->`; it was read as `00:00:05,000 --> 00:00:06,000` (write the arrow as two hyphens and `>`: `-->`)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.texts == ["First line. Second line. Third line. Fourth line. Go -> there. 12:00 -> 13:00 is the meeting. Last line."])
        #expect(summary.turns.map(\.start) == [1])
        #expect(summary.turns.map(\.end) == [8])
    }

    /// A cue that ends before it starts, or lasts no time, is kept with its start and no end,
    /// with a warning at its timing line, in SubRip and WebVTT alike (the SubRip one was lost,
    /// the WebVTT one skipped). Near miss: a cue that ends after it starts is not warned about.
    @Test func backwardAndZeroLengthCuesAreKeptWithAWarning() throws {
        let srt = """
            1
            00:00:01,000 --> 00:00:02,000
            Ann: Fine.

            2
            00:00:05,000 --> 00:00:04,000
            Bob: Backwards.

            3
            00:00:06,000 --> 00:00:06,000
            Cy: Zero.

            4
            00:00:07,000 --> 00:00:08,000
            Dee: Last.

            """
        let subRip = try Self.read(srt, "t.srt")
        #expect(subRip.warnings.map(\.description) == [
            "t.srt:6: warning: the cue ends (00:00:04,000) before it starts (00:00:05,000); its text is kept, with no end time (correct the timing line: the end comes after the start)",
            "t.srt:10: warning: the cue starts and ends at 00:00:06,000 (it lasts no time); its text is kept, with no end time (correct the timing line: the end comes after the start)",
        ])
        let subRipTurns = TurnSummary(subRip.document)
        #expect(subRipTurns.texts == ["Fine.", "Backwards.", "Zero.", "Last."])
        #expect(subRipTurns.turns.map(\.start) == [1, 5, 6, 7])
        #expect(subRipTurns.turns.map(\.end) == [2, nil, nil, 8])

        let vtt = """
            WEBVTT

            00:01.000 --> 00:02.000
            <v Ann>Fine.

            00:05.000 --> 00:04.000
            <v Bob>Backwards.

            00:06.000 --> 00:06.000
            <v Cy>Zero.

            00:07.000 --> 00:08.000
            <v Dee>Last.

            """
        let webVTT = try Self.read(vtt, "t.vtt")
        #expect(webVTT.warnings.map(\.description) == [
            "t.vtt:6: warning: the cue ends (00:04.000) before it starts (00:05.000); its text is kept, with no end time (correct the timing line: the end comes after the start)",
            "t.vtt:9: warning: the cue starts and ends at 00:06.000 (it lasts no time); its text is kept, with no end time (correct the timing line: the end comes after the start)",
        ])
        let webVTTTurns = TurnSummary(webVTT.document)
        #expect(webVTTTurns.texts == ["Fine.", "Backwards.", "Zero.", "Last."])
        #expect(webVTTTurns.turns.map(\.start) == [1, 5, 6, 7])
        #expect(webVTTTurns.turns.map(\.end) == [2, nil, nil, 8])
    }

    /// A declared date with year 0000 or an hour 25 is refused with a warning at its `date:`
    /// line, and the date is unknown (not guessed from the text instead), in front matter and
    /// in a sidecar. Near misses: a date with a good time, a plain date and a date in words
    /// are read as before.
    @Test func declaredDatesThatAreNoDatesAreRefused() throws {
        func seed(_ date: String) -> String {
            "---\ntitle: Conseil\nlang: fr\ndate: \(date)\n---\n\nLe 3 mai 2016, Paul Durand a dit : « Nous verrons. »\n"
        }
        let zero = try Self.read(seed("0000-01-01"), "z.txt")
        #expect(zero.warnings.map(\.description) == [
            "z.txt:4: warning: front matter date `0000-01-01` is refused: there is no year 0000 (years start at 0001); the date is unknown (correct the date: it is written as YYYY-MM-DD, but that day does not exist)"
        ])
        #expect(zero.document.metadata.date == nil)
        let hour = try Self.read(seed("2016-12-28T25:00"), "h.txt")
        #expect(hour.warnings.map(\.description) == [
            "h.txt:4: warning: front matter date `2016-12-28T25:00` is refused: `T25:00` is not a time of day (hh:mm or hh:mm:ss, hours 00–23, minutes 00–59); the date is unknown (correct the time after the date (hh:mm or hh:mm:ss, then Z or an offset such as +01:00), or write the date alone as YYYY-MM-DD)"
        ])
        #expect(hour.document.metadata.date == nil)
        for (date, expected) in [("2016-12-28T23:00", "2016-12-28"), ("2016-12-28T23:59:60Z", "2016-12-28"),
                                 ("2016-12-28", "2016-12-28"), ("11 avril 2016", "2016-04-11"), ("2016-12-28 (approx.)", "2016-12-28")] {
            let good = try Self.read(seed(date), "g.txt")
            #expect(good.warnings.isEmpty, "\(date): \(good.warnings)")
            #expect(good.document.metadata.date == expected, "\(date)")
        }
        // No date declared: the one in the text is still found.
        let undeclared = try Self.read("---\ntitle: Conseil\nlang: fr\n---\n\nLe 3 mai 2016, Paul Durand a dit : « Nous verrons. »\n", "u.txt")
        #expect(undeclared.document.metadata.date == "2016-05-03")

        let vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hello.\n"
        let sidecar = try Self.read(vtt, "s.vtt", sidecar: "title: Talk\ndate: 2016-02-30\n")
        #expect(sidecar.warnings.map(\.description) == [
            "s.vtt.yml:2: warning: date `2016-02-30` is refused: month 02 has no day 30; the date is unknown (correct the date: it is written as YYYY-MM-DD, but that day does not exist)"
        ])
        #expect(sidecar.document.metadata.date == nil)
    }
}
