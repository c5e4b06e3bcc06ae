import Model
import Testing

@testable import Ingest

/// What the nineteenth session's site tester left: WebVTT dropped a cue whose timing line has
/// no start and did not repair the times SubRip repairs (a comma, a colon before the
/// milliseconds, four-digit fractions) nor warn two arrows; SubRip fractions of one or two
/// digits were silent; the two readers said a cue going back in two ways; a cue "kept from"
/// where the cue before "ends" when that cue had no end; an empty `invalid WebVTT timestamp ```;
/// Markdown timed turns going back were silent; an impossible `article:published_time` was
/// dropped silently; `Date: 2023-02-30` was told to write YYYY-MM-DD; a broken sidecar file was
/// called front matter.
struct SiteTester19FindingsTests {
    static func read(_ text: String, _ path: String) throws -> SeedReader.Result {
        try SeedReader.read(Array(text.utf8), seedPath: path)
    }

    /// WebVTT reads what SubRip reads, with the same warnings in WebVTT's terms: a comma and a
    /// colon before the milliseconds, a four-digit fraction, a line with an arrow and one time
    /// (its cue kept from where the cue before ends, not dropped), a second arrow. Near misses:
    /// a well-formed line and one with cue settings after its end say nothing.
    @Test func webVTTRepairsTheTimesSubRipRepairs() throws {
        let text = """
            WEBVTT

            00:00:01.000 --> 00:00:02.000
            <v Ann>One.

            00:00:03,000 --> 00:00:04,000
            <v Bob>Two.

            00:00:05:000 --> 00:00:06.0000
            <v Ann>Three.

            - 00:00:08.000
            <v Bob>Four.

            00:00:09.000 --> 00:00:10.000 --> 00:00:11.000
            <v Ann>Five.

            00:00:12.000 --> 00:00:13.000 align:start
            <v Bob>Six.

            """
        let result = try Self.read(text, "v.vtt")
        #expect(result.warnings.map(\.description) == [
            "v.vtt:6: warning: the time `00:00:03,000` writes a comma before the milliseconds, not a full stop; it was read as `00:00:03.000` (write [hh:]mm:ss.ttt: a full stop, then three digits of milliseconds)",
            "v.vtt:6: warning: the time `00:00:04,000` writes a comma before the milliseconds, not a full stop; it was read as `00:00:04.000` (write [hh:]mm:ss.ttt: a full stop, then three digits of milliseconds)",
            "v.vtt:9: warning: the time `00:00:05:000` writes a colon before the milliseconds, not a full stop; it was read as `00:00:05.000` (write [hh:]mm:ss.ttt: a full stop, then three digits of milliseconds)",
            "v.vtt:9: warning: the time `00:00:06.0000` writes a fraction of 4 digits (milliseconds have three); it was read as `00:00:06.000` (write [hh:]mm:ss.ttt: a full stop, then three digits of milliseconds)",
            "v.vtt:12: warning: invalid WebVTT timing `- 00:00:08.000`: it has no start time; its cue is kept from 00:00:06.000 (where the cue before it ends), to 00:00:08.000 (write [hh:]mm:ss.ttt --> [hh:]mm:ss.ttt, with minutes and seconds below 60)",
            "v.vtt:15: warning: the timing line has a second arrow after its end (`--> 00:00:11.000`); it was read as `00:00:09.000 --> 00:00:10.000`, the rest left out (write one start and one end: [hh:]mm:ss.ttt --> [hh:]mm:ss.ttt)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Ann", "Bob", "Ann", "Bob", "Ann", "Bob"])
        #expect(summary.texts == ["One.", "Two.", "Three.", "Four.", "Five.", "Six."])
        #expect(summary.turns.map(\.start) == [1, 3, 5, 6, 9, 12])
        #expect(summary.turns.map(\.end) == [2, 4, 6, 8, 10, 13])
    }

    /// A SubRip time written in full with a fraction of one or two digits is read as a decimal
    /// (`,5` is 500 ms) with a warning, as a shorter time is. Near miss: three digits say nothing.
    @Test func subRipFractionsOfOneOrTwoDigitsAreWarned() throws {
        let text = """
            1
            00:00:01,5 --> 00:00:02,25
            Ann: One.

            2
            00:00:03,000 --> 00:00:04,000
            Bob: Two.

            """
        let result = try Self.read(text, "f.srt")
        #expect(result.warnings.map(\.description) == [
            "f.srt:2: warning: the time `00:00:01,5` writes a fraction of 1 digit (milliseconds have three; read as a decimal: `,5` is 500 ms); it was read as `00:00:01,500` (write hh:mm:ss,mmm: a comma, then three digits of milliseconds)",
            "f.srt:2: warning: the time `00:00:02,25` writes a fraction of 2 digits (milliseconds have three; read as a decimal: `,25` is 250 ms); it was read as `00:00:02,250` (write hh:mm:ss,mmm: a comma, then three digits of milliseconds)",
        ])
        #expect(TurnSummary(result.document).turns.map(\.start) == [1.5, 3])
        #expect(TurnSummary(result.document).turns.map(\.end) == [2.25, 4])
    }

    /// A cue going back is said in one wording by both readers, naming the timing line of the
    /// cue before; a cue whose start cannot be read after a cue with no end is kept from where
    /// that cue starts, and says so (not "where it ends"); a WebVTT line with no end says it has
    /// none (not an empty `invalid WebVTT timestamp ```).
    @Test func bothReadersSayAlikeWhatTheyKeep() throws {
        let srt = """
            1
            00:00:10,000 --> banana
            Ann: One.

            2
            xx --> 00:00:20,000
            Bob: Two.

            3
            00:00:05,000 --> 00:00:06,000
            Ann: Three.

            """
        let vtt = """
            WEBVTT

            00:00:10.000 -->
            <v Ann>One.

            xx --> 00:00:20.000
            <v Bob>Two.

            00:00:05.000 --> 00:00:06.000
            <v Ann>Three.

            """
        let subRip = try Self.read(srt, "a.srt")
        #expect(subRip.warnings.map(\.description) == [
            "a.srt:2: warning: invalid SubRip timing `00:00:10,000 --> banana`: its end `banana` is not a time; its cue is kept from 00:00:10,000, with no end (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)",
            "a.srt:6: warning: invalid SubRip timing `xx --> 00:00:20,000`: its start `xx` is not a time; its cue is kept from 00:00:10,000 (where the cue before it starts, as it has no end), to 00:00:20,000 (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)",
            "a.srt:10: warning: the cue starts (00:00:05,000) before the cue before it (00:00:10,000, timing line 6); the page keeps the file's order, and the WebVTT export puts the cues in time order (put the cues in the order of their start, or correct the time)",
        ])
        let webVTT = try Self.read(vtt, "a.vtt")
        #expect(webVTT.warnings.map(\.description) == [
            "a.vtt:3: warning: invalid WebVTT timing `00:00:10.000 -->`: it has no end time; its cue is kept from 00:00:10.000, with no end (write [hh:]mm:ss.ttt --> [hh:]mm:ss.ttt, with minutes and seconds below 60)",
            "a.vtt:6: warning: invalid WebVTT timing `xx --> 00:00:20.000`: its start `xx` is not a time; its cue is kept from 00:00:10.000 (where the cue before it starts, as it has no end), to 00:00:20.000 (write [hh:]mm:ss.ttt --> [hh:]mm:ss.ttt, with minutes and seconds below 60)",
            "a.vtt:9: warning: the cue starts (00:00:05.000) before the cue before it (00:00:10.000, timing line 6); the page keeps the file's order, and the WebVTT export puts the cues in time order (put the cues in the order of their start, or correct the time)",
        ])
        for result in [subRip, webVTT] {
            #expect(TurnSummary(result.document).turns.map(\.start) == [10, 10, 5])
        }
    }

    /// A Markdown timed turn that starts before the timed turn before it is warned at its line,
    /// as a cue or a JSON segment going back is. Near miss: turns in order say nothing.
    @Test func markdownTimedTurnsGoingBackAreWarned() throws {
        let text = """
            # Harbour meeting

            **Ann Lee:** \\[12:00\\] We open.

            **Bob Hart:** \\[12:30\\] We listen.

            **Ann Lee:** \\[11:00\\] We go back.

            **Bob Hart:** \\[13:00\\] We close.

            """
        let result = try Self.read(text, "m.md")
        #expect(result.warnings.map(\.description) == [
            "m.md:7: warning: the turn starts (11:00) before the turn before it (12:30, line 5); the page keeps the file's order, and the WebVTT export puts the cues in time order (put the turns in the order of their times, or correct the time)"
        ])
        #expect(TurnSummary(result.document).turns.map(\.start) == [720, 750, 660, 780])
    }

    /// An impossible date in a page's `article:published_time` is warned at its line and not
    /// taken; the next date the page gives is. Near miss: a real date says nothing.
    @Test func anImpossiblePublishedTimeIsWarnedAtItsLine() throws {
        let page = { (date: String) in
            """
            <html lang="en">
            <head>
            <meta property="article:published_time" content="\(date)">
            <meta name="date" content="2023-03-01">
            </head>
            <body><article><h1>Harbour meeting</h1>
            <p>Ann Lee said: "We will see."</p>
            </article></body></html>
            """
        }
        let impossible = try Self.read(page("2023-02-30T10:00:00Z"), "p.html")
        #expect(impossible.warnings.map(\.description) == [
            "p.html:3: warning: `<meta>` `article:published_time` gives `2023-02-30T10:00:00Z`, which is no calendar date (month 02 has no day 30); it was not taken as the document's date (correct the date in the page, or give the date in a sidecar file's `date:` line)"
        ])
        #expect(impossible.document.metadata.date == "2023-03-01")
        let real = try Self.read(page("2023-02-28T10:00:00Z"), "p.html")
        #expect(real.warnings.isEmpty, "\(real.warnings)")
        #expect(real.document.metadata.date == "2023-02-28")
    }

    /// A refused date already written YYYY-MM-DD is told that its day does not exist, not to be
    /// written in the form it has; one whose time is wrong, to correct the time. Near miss: a
    /// date in words is still told to write YYYY-MM-DD.
    @Test func aRefusedDateInTheRightFormIsToldWhatIsWrong() throws {
        let underTitle = try Self.read("Council meeting of spring\nDate: 2023-02-30\n\nAnn Lee said: \"We will see.\"\n", "d.txt")
        #expect(underTitle.warnings.map(\.hint) == ["correct the date: it is written as YYYY-MM-DD, but that day does not exist"])
        let header = try Self.read("Title: Council\nDate: 2023-02-30\n\nAnn Lee said: \"We will see.\"\n", "h.txt")
        #expect(header.warnings.map(\.description) == [
            "h.txt:2: warning: header line date `2023-02-30` is refused: month 02 has no day 30; the date is unknown (correct the date: it is written as YYYY-MM-DD, but that day does not exist)"
        ])
        let time = try Self.read("Title: Council\nDate: 2023-02-28T25:00\n\nAnn Lee said: \"We will see.\"\n", "t.txt")
        #expect(time.warnings.map(\.hint) == ["correct the time after the date (hh:mm or hh:mm:ss, then Z or an offset such as +01:00), or write the date alone as YYYY-MM-DD"])
        let words = try Self.read("Title: Council\nDate: spring\n\nAnn Lee said: \"We will see.\"\n", "w.txt")
        #expect(words.warnings.map(\.hint) == ["write dates as YYYY-MM-DD"])
    }

    /// A sidecar file that is not valid YAML, or no mapping, is named as the sidecar file of its
    /// seed, not as front matter. Near miss: a seed's own front matter is still front matter.
    @Test func aBrokenSidecarIsCalledASidecar() throws {
        let vtt = Array("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hello.\n".utf8)
        #expect {
            try SeedReader.read(vtt, seedPath: "e.vtt", sidecar: Array("title: [oops\n".utf8))
        } throws: { error in
            "\(error)" == "e.vtt.yml:1:8: error: this sidecar file (the metadata of e.vtt) is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes: title: \"[oops\")"
        }
        #expect {
            try SeedReader.read(vtt, seedPath: "e.vtt", sidecar: Array("- a\n- b\n".utf8))
        } throws: { error in
            "\(error)" == "e.vtt.yml:1: error: this sidecar file (the metadata of e.vtt) must be a mapping of `key: value` lines (write one `key: value` line per field, such as `title: …` and `date: YYYY-MM-DD`)"
        }
        #expect {
            try Self.read("---\ntitle: [oops\n---\nText.\n", "s.txt")
        } throws: { error in
            "\(error)".hasPrefix("s.txt:2:8: error: front matter is not valid YAML")
        }
    }
}
