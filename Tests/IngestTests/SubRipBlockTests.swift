import Model
import Testing

@testable import Ingest

/// What the sixteenth session's site tester found in SubRip seeds: a cue whose text holds `-->`
/// was dropped as a bad timing line, a timing-shaped text line started a new cue, timing lines
/// with `→`, `<-` or `to` and blocks with no timing line vanished without a word, and `a < b > c`
/// lost `< b >` as if it were a tag.
struct SubRipBlockTests {
    static func read(_ text: String, _ path: String = "s.srt") throws -> SeedReader.Result {
        try SeedReader.read(Array(text.utf8), seedPath: path)
    }

    /// A timing line is read only where a block starts: a cue's text line holding `-->` (first
    /// or later) is text, and so is a timing-shaped line right under the timing line. Near miss:
    /// an index and a timing line with no blank line before them still start the next cue.
    @Test func arrowsAndTimingShapesInCueTextAreText() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            Ann: go --> there

            2
            00:00:02,000 --> 00:00:03,000
            Ben: first line ok
            second line with --> arrow

            3
            00:00:03,000 --> 00:00:04,000
            00:00:09,000 --> 00:00:10,000
            is when the clip ends.
            4
            00:00:04,000 --> 00:00:05,000
            Ann: Four.

            """
        let result = try Self.read(text)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Ann", "Ben", "Ann"])
        #expect(summary.texts == [
            "go --> there",
            "first line ok second line with --> arrow 00:00:09,000 --> 00:00:10,000 is when the clip ends.",
            "Four.",
        ])
        #expect(summary.turns.map(\.start) == [1, 2, 4])
        #expect(summary.turns.map(\.end) == [2, 4, 5])
    }

    /// `→`, `<-` and `to` between two good times are read as `-->` with the broken-arrow
    /// warning at the timing line, and the cue's text is kept (it vanished without a word).
    @Test func otherArrowsAreReadWithAWarning() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            Ann: One.

            2
            00:00:02,000 → 00:00:03,000
            Ann: Two.

            3
            00:00:03,000 <- 00:00:04,000
            Ann: Three.

            4
            00:00:04,000 to 00:00:05,000
            Ann: Four.

            """
        let result = try Self.read(text, "a.srt")
        #expect(result.warnings.map(\.description) == [
            "a.srt:6: warning: the timing line writes `→` between its times, not `-->`; it was read as `00:00:02,000 --> 00:00:03,000` (write the arrow as two hyphens and `>`: `-->`)",
            "a.srt:10: warning: the timing line writes `<-` between its times, not `-->`; it was read as `00:00:03,000 --> 00:00:04,000` (write the arrow as two hyphens and `>`: `-->`)",
            "a.srt:14: warning: the timing line writes `to` between its times, not `-->`; it was read as `00:00:04,000 --> 00:00:05,000` (write the arrow as two hyphens and `>`: `-->`)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.texts == ["One. Two. Three. Four."])
        #expect(summary.turns.map(\.end) == [5])
    }

    /// A block with no timing line (an index whose timing line is missing, text after a blank
    /// line inside a cue) is kept with the cue before it, with a warning at its first line; text
    /// before the first cue is kept with the first cue. Near miss: a lone number with nothing
    /// after it is text, not an index.
    @Test func blocksWithoutATimingLineAreKeptWithAWarning() throws {
        let text = """
            Opening words.

            1
            00:00:01,000 --> 00:00:02,000
            Ann: One.

            2
            Ben: no timing at all.

            and more after a blank line.

            2024

            3
            00:00:03,000 --> 00:00:04,000
            Ann: Three.

            """
        let result = try Self.read(text, "d.srt")
        #expect(result.warnings.map(\.description) == [
            "d.srt:1: warning: text after a blank line, with no index or timing line (`start --> end`) before it; its text is kept with the cue after it (timing line 4) (a blank line ends a SubRip cue: remove it, or give the text its own index and timing line)",
            "d.srt:7: warning: cue `2` has no timing line (`start --> end`) under its index; its text is kept with the cue before it (timing line 4) (write the timing line under the index: hh:mm:ss,mmm --> hh:mm:ss,mmm)",
            "d.srt:10: warning: text after a blank line, with no index or timing line (`start --> end`) before it; its text is kept with the cue before it (timing line 4) (a blank line ends a SubRip cue: remove it, or give the text its own index and timing line)",
            "d.srt:12: warning: text after a blank line, with no index or timing line (`start --> end`) before it; its text is kept with the cue before it (timing line 4) (a blank line ends a SubRip cue: remove it, or give the text its own index and timing line)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["?", "Ann", "Ben", "Ann"])
        #expect(summary.texts == ["Opening words.", "One.", "no timing at all. and more after a blank line. 2024", "Three."])
        #expect(summary.turns.map(\.start) == [1, 1, 1, 3])
        // The kept text's paragraph starts at its own line.
        let ben = try #require(result.document.blocks.first { $0.text.hasPrefix("no timing") })
        #expect(ben.line == 8)
    }

    /// In SubRip only `<i>`, `<b>`, `<u>` and `<font …>` (and their end tags) are markup: any
    /// other `<…>` is text. Near misses: the real tags, in any case, are still dropped; WebVTT
    /// keeps its own tag rules.
    @Test func onlyRealTagsAreMarkupInSubRip() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            Ben: a < b > c and <3 and <script>x</script>

            2
            00:00:02,000 --> 00:00:03,000
            <I>one</I> <b>two</b> <u>three</u> <FONT color="#fff">four</font>

            """
        let result = try Self.read(text)
        #expect(TurnSummary(result.document).texts == ["a < b > c and <3 and <script>x</script> one two three four"])
        let vtt = try Self.read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>a <c.x>b</c> c\n", "v.vtt")
        #expect(TurnSummary(vtt.document).texts == ["a b c"])
    }

    /// What the seventeenth session's site tester found: a timing line with a bad end
    /// (`00:99:14,000`, `banana`, none) or a lone em dash for its arrow put itself and the next
    /// label into the cue before it; short times (`1:2:3,4`) dropped the cue. Each malformed
    /// timing line is warned at its line and its cue kept as its own, with the start when it
    /// can be read; a lone dash between two good times is an arrow; short times are read (as
    /// FFmpeg's `%d:%2d:%2d` reads them), with the times as read. Near miss: a good cue after
    /// them is read as before, with no warning.
    @Test func malformedTimingLinesKeepTheirCueAndShortTimesAreRead() throws {
        let text = """
            1
            00:00:10,000 --> 00:00:12,000
            Ann: Hello there.

            2
            00:00:13,000 → 00:99:14,000
            Bob: Minutes past sixty.

            3
            00:00:15,000 to banana
            Cid: A fruit for an end.

            4
            00:00:17,000 — 00:00:18,000
            Dan: An em dash.

            5
            1:2:3,4 --> 1:2:4,5
            Eve: Short times.

            6
            01:02:06,000 -->
            Fay: No end.

            7
            01:02:08,000 --> 01:02:09,000
            Gus: Fine.

            """
        let result = try Self.read(text, "m.srt")
        let hint = "(write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)"
        #expect(result.warnings.map(\.description) == [
            "m.srt:6: warning: invalid SubRip timing `00:00:13,000 → 00:99:14,000`: its end `00:99:14,000` is not a time; its cue is kept from 00:00:13,000, with no end \(hint)",
            "m.srt:10: warning: invalid SubRip timing `00:00:15,000 to banana`: its end `banana` is not a time; its cue is kept from 00:00:15,000, with no end \(hint)",
            "m.srt:14: warning: the timing line writes `—` between its times, not `-->`; it was read as `00:00:17,000 --> 00:00:18,000` (write the arrow as two hyphens and `>`: `-->`)",
            "m.srt:18: warning: the timing line writes short times (`1:2:3,4 --> 1:2:4,5`); they were read as `01:02:03,400 --> 01:02:04,500` (a fraction of fewer than three digits as a decimal: `,4` is 400 ms) (write hh:mm:ss,mmm: two-digit minutes and seconds, three-digit milliseconds)",
            "m.srt:22: warning: invalid SubRip timing `01:02:06,000 -->`: it has no end time; its cue is kept from 01:02:06,000, with no end \(hint)",
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Ann", "Bob", "Cid", "Dan", "Eve", "Fay", "Gus"])
        #expect(summary.texts == ["Hello there.", "Minutes past sixty.", "A fruit for an end.", "An em dash.", "Short times.", "No end.", "Fine."])
        // In tenths of a second.
        let tenths = { (time: Double?) in time.map { Int(($0 * 10).rounded()) } }
        #expect(summary.turns.map { tenths($0.start) } == [100, 130, 150, 170, 37234, 37260, 37280])
        #expect(summary.turns.map { tenths($0.end) } == [120, nil, nil, 180, 37245, nil, 37290])
    }

    /// What the seventeenth session's site tester found in SubRip markup: a `>` inside a quoted
    /// attribute value ended the `<font>` tag, a tag with attributes other than `<font>`'s was
    /// text, and `<br>` was text. Near misses: `a < b > c` and `<3` stay text; `x="y>z"` in text
    /// that is no tag stays text.
    @Test func subRipTagsWithQuotedValuesAttributesAndLineBreaks() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            Gus: <font face="a>b">font</font> <i class="x">italic</i> one<br>two<BR/>three<br />four

            2
            00:00:02,000 --> 00:00:03,000
            a < b > c, <3 and x="y>z"

            """
        let result = try Self.read(text)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(TurnSummary(result.document).texts == ["font italic one two three four a < b > c, <3 and x=\"y>z\""])
    }
}
