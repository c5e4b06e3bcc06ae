import Model
import Testing

@testable import Ingest

/// What the eighteenth session's site tester found in subtitle, JSON and plain-text seeds: a
/// SubRip cue whose start could not be read stayed on the page but left the WebVTT export (and
/// lost its readable end); `00:00:11:000` was such a start; `a<b and c>d` lost `<b and c>`; a
/// timing line with no start merged its index into the turn before; two arrows, four-digit
/// milliseconds, hours of 100 or more and cues going back were silent; WebVTT skipped cues that
/// SubRip keeps; a JSON segment going back lost its time in its speaker's turn, and one with no
/// `startTime` was warned with no line; impossible ISO and figure dates under a title were silent.
struct SiteTester18FindingsTests {
    static func read(_ text: String, _ path: String) throws -> SeedReader.Result {
        try SeedReader.read(Array(text.utf8), seedPath: path)
    }

    /// `00:00:11:000` (a colon before the milliseconds) is read, as the `srt` Python library
    /// reads it, with a warning at its line that says how; so is a four-digit fraction. Near
    /// miss: a well-formed timing line says nothing.
    @Test func aColonBeforeTheMillisecondsIsReadWithAWarning() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            Ann: One.

            2
            00:00:11:000 --> 00:00:12:500
            Bob: Two.

            3
            00:00:14,0000 --> 00:00:15,000
            Ann: Three.

            """
        let result = try Self.read(text, "c.srt")
        #expect(result.warnings.map(\.description) == [
            "c.srt:6: warning: the time `00:00:11:000` writes a colon before the milliseconds, not a comma; it was read as `00:00:11,000` (write hh:mm:ss,mmm: a comma, then three digits of milliseconds)",
            "c.srt:6: warning: the time `00:00:12:500` writes a colon before the milliseconds, not a comma; it was read as `00:00:12,500` (write hh:mm:ss,mmm: a comma, then three digits of milliseconds)",
            "c.srt:10: warning: the time `00:00:14,0000` writes a fraction of 4 digits (milliseconds have three); it was read as `00:00:14,000` (write hh:mm:ss,mmm: a comma, then three digits of milliseconds)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.texts == ["One.", "Two.", "Three."])
        #expect(summary.turns.map(\.start) == [1, 11, 14])
        #expect(summary.turns.map(\.end) == [2, 12.5, 15])
    }

    /// A cue whose start is no time is kept from where the cue before it ends, to its own end
    /// when that is later, so that the page and the WebVTT export both hold it; the first cue so
    /// starts at 0. A timing line with no start (`- 00:00:22,000`) is such a line: its index is
    /// not text of the turn before. Near miss: a bad end keeps the start, with no end, as before.
    @Test func aCueWithNoReadableStartKeepsATimeAndItsEnd() throws {
        let text = """
            1
            0x:00:01,000 --> 00:00:02,000
            Ann: First.

            2
            00:00:03,000 --> 00:00:04,000
            Bob: Second.

            3
            xx:00:30,000 --> 00:00:31,000
            Ann: Third.

            4
            - 00:00:40,000
            Bob: Fourth.

            5
            00:00:41,000 --> banana
            Ann: Fifth.

            """
        let result = try Self.read(text, "s.srt")
        #expect(result.warnings.map(\.description) == [
            "s.srt:2: warning: invalid SubRip timing `0x:00:01,000 --> 00:00:02,000`: its start `0x:00:01,000` is not a time; its cue is kept from 00:00:00,000 (the start of the media: no cue comes before it), to 00:00:02,000 (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)",
            "s.srt:10: warning: invalid SubRip timing `xx:00:30,000 --> 00:00:31,000`: its start `xx:00:30,000` is not a time; its cue is kept from 00:00:04,000 (where the cue before it ends), to 00:00:31,000 (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)",
            "s.srt:14: warning: invalid SubRip timing `- 00:00:40,000`: it has no start time; its cue is kept from 00:00:31,000 (where the cue before it ends), to 00:00:40,000 (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)",
            "s.srt:18: warning: invalid SubRip timing `00:00:41,000 --> banana`: its end `banana` is not a time; its cue is kept from 00:00:41,000, with no end (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Ann", "Bob", "Ann", "Bob", "Ann"])
        #expect(summary.texts == ["First.", "Second.", "Third.", "Fourth.", "Fifth."])
        #expect(summary.turns.map(\.start) == [0, 3, 4, 31, 41])
        #expect(summary.turns.map(\.end) == [2, 4, 31, 40, nil])
    }

    /// Nineteenth session's tester: a timing line whose start is one word that is not shaped like
    /// a time (`xx`, `start`, `12`, `00;00;15,000`) before `-->` and a valid end is still a timing
    /// line: its cue is kept as its own, from where the cue before ends, and the next speaker's
    /// words never join the cue before. Near miss: a cue text with words before an arrow
    /// (`Ann: go --> there`) stays text.
    @Test func aStartNotShapedLikeATimeStillMakesATimingLine() throws {
        let text = """
            1
            00:00:10,000 --> 00:00:11,000
            Ann: First.

            2
            xx --> 00:00:20,000
            Bob: Second.

            3
            00;00;25,000 --> 00:00:26,000
            Ann: Third, go --> there.

            """
        let result = try Self.read(text, "s.srt")
        #expect(result.warnings.map(\.description) == [
            "s.srt:6: warning: invalid SubRip timing `xx --> 00:00:20,000`: its start `xx` is not a time; its cue is kept from 00:00:11,000 (where the cue before it ends), to 00:00:20,000 (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)",
            "s.srt:10: warning: invalid SubRip timing `00;00;25,000 --> 00:00:26,000`: its start `00;00;25,000` is not a time; its cue is kept from 00:00:20,000 (where the cue before it ends), to 00:00:26,000 (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Ann", "Bob", "Ann"])
        #expect(summary.texts == ["First.", "Second.", "Third, go --> there."])
        #expect(summary.turns.map(\.start) == [10, 11, 20])
        #expect(summary.turns.map(\.end) == [11, 20, 26])
    }

    /// Two arrows, hours of 100 or more and a cue that starts before the one before it are read
    /// and warned at the timing line; the cue going back is a turn of its own (its time kept),
    /// even under the same speaker. Near miss: coordinates after the end say nothing.
    @Test func oddTimingLinesAreWarned() throws {
        let text = """
            1
            00:00:05,000 --> 00:00:06,000 --> 00:00:07,000
            Ann: Two arrows.

            2
            00:00:08,000 --> 00:00:09,000 X1:10 X2:20
            Ann: Coordinates.

            3
            00:00:01,000 --> 00:00:02,000
            Ann: Going back.

            4
            100:00:06,000 --> 100:00:07,000
            Bob: Far.

            """
        let result = try Self.read(text, "o.srt")
        #expect(result.warnings.map(\.description) == [
            "o.srt:2: warning: the timing line has a second arrow after its end (`--> 00:00:07,000`); it was read as `00:00:05,000 --> 00:00:06,000`, the rest left out (write one start and one end: hh:mm:ss,mmm --> hh:mm:ss,mmm)",
            "o.srt:10: warning: the cue starts (00:00:01,000) before the cue before it (00:00:08,000, timing line 6); the page keeps the file's order, and the WebVTT export puts the cues in time order (put the cues in the order of their start, or correct the time)",
            "o.srt:14: warning: the time `100:00:06,000` is 100 hours into the media (over four days); it was read so (check the hours: most media last less than 100 hours)",
            "o.srt:14: warning: the time `100:00:07,000` is 100 hours into the media (over four days); it was read so (check the hours: most media last less than 100 hours)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.texts == ["Two arrows. Coordinates.", "Going back.", "Far."])
        #expect(summary.turns.map(\.start) == [5, 1, 360_006])
    }

    /// `a<b and c>d` keeps `<b and c>`: a word after `<b ` is no attribute. Near misses: tags
    /// with attributes (`<font color="red">`, `<i class="x">`) are still dropped.
    @Test func aLessThanBeforeATagNameAndWordsIsText() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            Ann: if a<b and c>d then <font color="red">red</font> and <i class="x">it</i> <u and v> ok.

            """
        let result = try Self.read(text, "t.srt")
        #expect(TurnSummary(result.document).texts == ["if a<b and c>d then red and it <u and v> ok."])
    }

    /// WebVTT keeps what SubRip keeps: a `->` arrow is read with a warning, a cue with a bad
    /// start is kept from where the cue before it ends, one with a bad end keeps its start with
    /// no end, and one going back is warned and keeps its time. Near miss: a block with no
    /// timing line at all is still skipped.
    @Test func webVTTKeepsTheCuesSubRipKeeps() throws {
        let text = """
            WEBVTT

            00:00:01.000 --> 00:00:02.000
            <v Ann>Hello.

            xx:00:03.000 --> 00:00:04.000
            <v Bob>Bad start.

            00:00:06.000 -> 00:00:07.000
            <v Bob>Short arrow.

            00:00:08.000 --> 00:00:0x.000
            <v Ann>Bad end.

            00:00:05.000 --> 00:00:05.500
            <v Ann>Going back.

            just text

            """
        let result = try Self.read(text, "v.vtt")
        #expect(result.warnings.map(\.description) == [
            "v.vtt:6: warning: invalid WebVTT timing `xx:00:03.000 --> 00:00:04.000`: its start `xx:00:03.000` is not a time; its cue is kept from 00:00:02.000 (where the cue before it ends), to 00:00:04.000 (write [hh:]mm:ss.ttt --> [hh:]mm:ss.ttt, with minutes and seconds below 60)",
            "v.vtt:9: warning: the timing line writes `->` between its times, not `-->`; it was read as `00:00:06.000 --> 00:00:07.000` (write the arrow as two hyphens and `>`: `-->`)",
            "v.vtt:12: warning: invalid WebVTT timing `00:00:08.000 --> 00:00:0x.000`: its end `00:00:0x.000` is not a time; its cue is kept from 00:00:08.000, with no end (write [hh:]mm:ss.ttt --> [hh:]mm:ss.ttt, with minutes and seconds below 60)",
            "v.vtt:15: warning: the cue starts (00:00:05.000) before the cue before it (00:00:08.000, timing line 12); the page keeps the file's order, and the WebVTT export puts the cues in time order (put the cues in the order of their start, or correct the time)",
            "v.vtt:18: warning: a block with no `-->` timing line is not a cue; it was skipped (separate cues with one blank line, each with a line `start --> end`)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.texts == ["Hello.", "Bad start. Short arrow.", "Bad end.", "Going back."])
        #expect(summary.turns.map(\.start) == [1, 2, 8, 5])
    }

    /// A JSON segment that starts before the one before it is a turn of its own even under the
    /// same speaker (its time was lost in that turn); a segment with no usable `startTime` is
    /// warned at its line and kept from where the segment before it ends (twentieth session). Near miss: segments in order merge into one turn, as before.
    @Test func jsonSegmentsGoingBackKeepTheirTime() throws {
        let text = """
            {"version": "1.0.0", "segments": [
              {"speaker": "Ann", "startTime": 10, "endTime": 11, "body": "Ten"},
              {"speaker": "Ann", "startTime": 11, "endTime": 12, "body": "eleven."},
              {"speaker": "Ann", "startTime": 5, "endTime": 6, "body": "Five."},
              {"speaker": "Ann", "startTime": "abc", "endTime": 30, "body": "Lost."}
            ]}
            """
        let result = try Self.read(text, "p.json")
        #expect(result.warnings.map(\.description) == [
            "p.json:4: warning: segment 3 starts (`startTime` 5) before segment 2 (11); the page keeps the file's order, and the WebVTT export puts the cues in time order (put the segments in the order of their startTime, or correct the time)",
            "p.json:5: warning: segment 4 has no usable `startTime` (a number of seconds, at most 100,000 hours); it is kept from 6 s (where the cue before it ends), to 30 s (give startTime and endTime in seconds)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.texts == ["Ten eleven.", "Five. Lost."])
        #expect(summary.turns.map(\.start) == [10, 5])
        #expect(summary.turns.map(\.end) == [12, 30])
    }

    /// Nineteenth session's tester: a segment that is not an object (`"junk"`, `null`) is warned
    /// at its own line, a `body` that is not a string is said to be so (not missing), and a
    /// `speaker` that is not a name (a number, an empty string) is warned where it is written;
    /// its segment goes to the speaker before it, as a segment with no `speaker` does. Near miss:
    /// a segment with no `speaker` at all continues the speaker before it silently.
    @Test func jsonSegmentsThatAreNoObjectOrHaveNoNameAreWarnedAtTheirLine() throws {
        let text = """
            {"version": "1.0.0", "segments": [
              {"speaker": "Ann", "startTime": 1, "endTime": 2, "body": "One."},
              "junk",
              null,
              {"speaker": "Bob", "startTime": 3, "endTime": 4, "body": 5},
              {"speaker": "Bob", "startTime": 5, "endTime": 6, "body": "Two."},
              {"speaker": 42, "startTime": 7, "endTime": 8, "body": "Three."},
              {"speaker": "", "startTime": 9, "endTime": 10, "body": "Four."},
              {"startTime": 11, "endTime": 12, "body": "Five."}
            ]}
            """
        let result = try Self.read(text, "p.json")
        #expect(result.warnings.map(\.description) == [
            "p.json:3: warning: segment 2 is not an object; it was skipped (write each segment as {\"speaker\": …, \"startTime\": …, \"endTime\": …, \"body\": …})",
            "p.json:4: warning: segment 3 is not an object; it was skipped (write each segment as {\"speaker\": …, \"startTime\": …, \"endTime\": …, \"body\": …})",
            "p.json:5: warning: segment 4's `body` is not text (a string); it was skipped (give the segment its text as `body`, a string)",
            "p.json:7: warning: segment 6's `speaker` is not a name (a string that is not blank); the segment goes to the speaker before it (Bob) (give the speaker's name as a string, or leave `speaker` out to continue the speaker before)",
            "p.json:8: warning: segment 7's `speaker` is not a name (a string that is not blank); the segment goes to the speaker before it (Bob) (give the speaker's name as a string, or leave `speaker` out to continue the speaker before)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Ann", "Bob"])
        #expect(summary.texts == ["One.", "Two. Three. Four. Five."])
    }

    /// An impossible ISO date (`2023-02-30`, under `Date:` or alone), a time of day that is none
    /// (`T25:00`) and an impossible date in figures (`30/02/2023`) under a title are warned at
    /// their line and not taken as the date. Near misses: `2023-02-28`, `28/02/2023` under a
    /// title say nothing; a good ISO date with a time is the date.
    @Test func impossibleISOAndFigureDatesUnderATitleAreWarned() throws {
        // (A date written YYYY-MM-DD is told what is wrong with it: SiteTester19FindingsTests.)
        let message = { (text: String, problem: String, hint: String) in
            "d.txt:2: warning: `\(text)` reads as a date line, but it is no calendar date (\(problem)); it was not taken as the document's date, and is kept as text (\(hint))"
        }
        let noDay = "correct the date: it is written as YYYY-MM-DD, but that day does not exist"
        for (line, problem, hint) in [
            ("Date: 2023-02-30", "month 02 has no day 30", noDay),
            ("2023-02-30", "month 02 has no day 30", noDay),
            ("2023-02-28T25:00", "`T25:00` is not a time of day (hh:mm or hh:mm:ss, hours 00–23, minutes 00–59)",
             "correct the time after the date (hh:mm or hh:mm:ss, then Z or an offset such as +01:00), or write the date alone as YYYY-MM-DD"),
            ("30/02/2023", "`30/02/2023` has no day 30 in month 2, nor a day 2 in month 30", "correct the date, or write it as YYYY-MM-DD in a `date:` line"),
        ] {
            let result = try Self.read("Council meeting of spring\n\(line)\n\nAnn Lee said: \"We will see.\"\n", "d.txt")
            #expect(result.warnings.map(\.description) == [message(line, problem, hint)], "\(line)")
            #expect(result.document.metadata.date == nil, "\(line)")
        }
        for (line, date) in [("2023-02-28", "2023-02-28"), ("2023-02-28T23:00", "2023-02-28"), ("Date: 2023-02-28", "2023-02-28")] {
            let result = try Self.read("Council meeting of spring\n\(line)\n\nAnn Lee said: \"We will see.\"\n", "g.txt")
            #expect(result.warnings.isEmpty, "\(line): \(result.warnings)")
            #expect(result.document.metadata.date == date, "\(line)")
        }
        let figures = try Self.read("Council meeting of spring\n28/02/2023\n\nAnn Lee said: \"We will see.\"\n", "f.txt")
        #expect(figures.warnings.isEmpty, "\(figures.warnings)")
    }
}
