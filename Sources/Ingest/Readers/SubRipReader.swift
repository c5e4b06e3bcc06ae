import Foundation
import Model

/// Reads SubRip `.srt` files (the de-facto format of SubRip and every player since: numbered
/// cues, `hh:mm:ss,mmm --> hh:mm:ss,mmm`, text lines, a blank line) into speaker turns.
///
/// Lenient where files in the wild are: a BOM before the first index (dropped earlier), CRLF or
/// CR, a missing blank line before the next index, `.` instead of `,`, one-digit hours,
/// coordinates after the timing. A `Name:` prefix names the speaker where it changes; cues
/// without one keep the speaker before them (``CueTurnMerger``). A cue with an invalid timing
/// line is skipped with a warning naming the line.
///
/// A timing line is read only where a block starts (the first line of the file or after a blank
/// line, or after an index line): inside a cue's text, a line holding `-->`, or shaped like a
/// timing line, is text. A block with no timing line (a blank line inside a cue's text, an index
/// whose timing line is missing) is kept with the cue before it (the first cue, when none comes
/// before), with a warning at its first line, so that no text is lost.
///
/// A timing line whose arrow is broken (`->`, `=>`, `--->`, `–>`, `==>`, `-- >`, `→`, `<-`,
/// `to`) between two valid times is read as `-->`, with a warning at the line; without it the
/// cue's text would be lost. SubRip has no specification; this reading is Verbatim's choice,
/// after subtitle editors' "fix common errors" passes (Subtitle Edit), not a standard. A cue
/// that ends before it starts or lasts no time is kept with no end, with a warning
/// (``CueTiming``).
enum SubRipReader {
    /// Whether `line` is a timing line where a block starts (``timingParts(_:)``).
    static func isTimingLine(_ line: Substring) -> Bool {
        timingParts(line) != nil
    }

    /// The start, arrow and end of a timing line, as written: a line that is a valid SubRip time
    /// (``ClockTime/subRip(_:)``), an arrow (a run of `-`, `=`, `–`, `—`, `~`, `>`, `<`, `→`,
    /// `⟶`, `⇒`, `➔` and spaces, or the word `to`), and another valid time, perhaps followed by
    /// white space and coordinates; else, when the line holds `-->` after one word of digits and
    /// colons (`00:00:0x,000 -->`, a time with a typo), the text around the first one (the end up
    /// to the first white space after it), for the reader to warn about. Nil for any other line
    /// (`A -> B`, `Ann: go --> there`, `12:00 -> 13:00` in a cue's text).
    static func timingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        if let parts = lenientTimingParts(line) { return parts }
        guard let arrow = line.range(of: "-->") else { return nil }
        let start = line[..<arrow.lowerBound].trimmingWhitespace()
        guard !start.isEmpty, !start.contains(where: \.isWhitespace), start.contains(":"),
            start.contains(where: { $0.isASCII && $0.isNumber })
        else { return nil }
        return (start, line[arrow], line[arrow.upperBound...].trimmingWhitespace().prefix(while: { !$0.isWhitespace }))
    }

    /// Two valid SubRip times apart by an arrow, well formed or broken (``timingParts(_:)``).
    private static func lenientTimingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        let text = line.trimmingWhitespace()
        let isTimeCharacter = { (character: Character) in character.isASCII && (character.isNumber || character == ":" || character == "," || character == ".") }
        let start = text.prefix(while: isTimeCharacter)
        guard ClockTime.subRip(start) != nil else { return nil }
        let afterStart = text[start.endIndex...]
        let separator = afterStart.prefix(while: { !($0.isASCII && $0.isNumber) })
        let arrow = separator.trimmingWhitespace()
        let arrowCharacters: Set<Character> = ["-", "=", "–", "—", "~", ">", "<", "→", "⟶", "⇒", "➔", " ", "\t"]
        let dashes = arrow.filter { "-–—=~".contains($0) }.count
        let isArrow = arrow.allSatisfy { arrowCharacters.contains($0) }
            && (arrow.contains(where: { ">→⟶⇒➔<".contains($0) }) || dashes >= 2)
        guard !arrow.isEmpty, isArrow || arrow.lowercased() == "to" else { return nil }
        let end = afterStart[separator.endIndex...].prefix(while: isTimeCharacter)
        guard ClockTime.subRip(end) != nil else { return nil }
        let rest = afterStart[end.endIndex...]
        guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
        return (start, arrow, end)
    }

    /// Whether `head` starts like an SRT file: an index line, then a timing line.
    static func looksLikeSubRip(_ head: Substring) -> Bool {
        let lines = head.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: true)
        guard lines.count >= 2 else { return false }
        return lines[0].trimmingWhitespace().allSatisfy({ $0.isASCII && $0.isNumber }) && lines[1].contains("-->")
    }

    /// Reads normalised `text`.
    /// - Throws: a ``Diagnostic`` when no cue at all could be read.
    static func read(_ text: String, file: String) throws(Diagnostic) -> ReaderOutput {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var output = ReaderOutput()
        var merger = CueTurnMerger()
        typealias Timing = (start: Double, end: Double?, line: Int)
        var cue: (timing: Timing, text: [Substring])?
        var lastTiming: Timing?
        // A block with no timing line: its first line, the index it starts with (if any), its text.
        var stray: (line: Int, index: Substring?, text: [Substring])?
        var strayBeforeFirstCue: [(line: Int, index: Substring?, text: [Substring])] = []
        var atBlockStart = true
        var skipping = false
        var cueCount = 0
        // `line`: the line before the text's first line (a cue's timing line).
        func add(_ text: [Substring], _ timing: Timing, line: Int, _ merger: inout CueTurnMerger) {
            for segment in CueText.segments(text, start: timing.start, end: timing.end, line: line, webVTT: false) {
                merger.add(segment)
            }
        }
        func warnStray(_ block: (line: Int, index: Substring?, text: [Substring]), keptWith timing: Timing, after: Bool) {
            let kept = "its text is kept with the cue \(after ? "after" : "before") it (timing line \(timing.line))"
            if let index = block.index {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: block.line,
                    message: "cue `\(index)` has no timing line (`start --> end`) under its index; \(kept)",
                    hint: "write the timing line under the index: hh:mm:ss,mmm --> hh:mm:ss,mmm"))
            } else {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: block.line,
                    message: "text after a blank line, with no index or timing line (`start --> end`) before it; \(kept)",
                    hint: "a blank line ends a SubRip cue: remove it, or give the text its own index and timing line"))
            }
        }
        func finishBlock(_ merger: inout CueTurnMerger) {
            if let done = cue {
                add(done.text, done.timing, line: done.timing.line, &merger)
            } else if let block = stray {
                if let lastTiming {
                    warnStray(block, keptWith: lastTiming, after: false)
                    add(block.text, lastTiming, line: block.line - (block.index == nil ? 1 : 0), &merger)
                } else {
                    strayBeforeFirstCue.append(block)
                }
            }
            cue = nil
            stray = nil
        }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingWhitespace()
            let isNumber = !trimmed.isEmpty && trimmed.allSatisfy({ $0.isASCII && $0.isNumber })
            let isIndex = isNumber && index + 1 < lines.count && isTimingLine(lines[index + 1])
            if trimmed.isEmpty {
                finishBlock(&merger)
                skipping = false
                atBlockStart = true
            } else if isIndex || (isTimingLine(line) && (atBlockStart || stray != nil)) {
                finishBlock(&merger)
                atBlockStart = false
                let timingIndex = isIndex ? index + 1 : index
                let timing = lines[timingIndex]
                let (startText, arrowText, endText) = timingParts(timing)!
                if let start = ClockTime.subRip(startText), let end = ClockTime.subRip(endText) {
                    if arrowText != "-->" {
                        output.warnings.append(Diagnostic(
                            .warning, file: file, line: timingIndex + 1,
                            message: "the timing line writes `\(arrowText)` between its times, not `-->`; it was read as `\(startText) --> \(endText)`",
                            hint: "write the arrow as two hyphens and `>`: `-->`"))
                    }
                    if let warning = CueTiming.warning(start: start, end: end, startText: startText, endText: endText, file: file, line: timingIndex + 1) {
                        output.warnings.append(warning)
                    }
                    let timing: Timing = (start, end > start ? end : nil, timingIndex + 1)
                    for block in strayBeforeFirstCue {
                        warnStray(block, keptWith: timing, after: true)
                        add(block.text, timing, line: block.line - (block.index == nil ? 1 : 0), &merger)
                    }
                    strayBeforeFirstCue = []
                    cue = (timing, [])
                    lastTiming = timing
                    cueCount += 1
                    skipping = false
                } else {
                    output.warnings.append(Diagnostic(
                        .warning, file: file, line: timingIndex + 1,
                        message: "invalid SubRip timing `\(timing.trimmingWhitespace())`; the cue was skipped",
                        hint: "write hh:mm:ss,mmm --> hh:mm:ss,mmm"))
                    skipping = true
                }
                index = timingIndex
            } else if skipping {
                // The text of a cue whose timing could not be read.
            } else if cue != nil {
                cue!.text.append(line)
            } else if stray != nil {
                stray!.text.append(line)
            } else {
                // A block that starts with no timing line: a lone number before more text is
                // its index, whose timing line is missing.
                atBlockStart = false
                let hasMore = index + 1 < lines.count && !lines[index + 1].trimmingWhitespace().isEmpty
                stray = isNumber && hasMore ? (index + 1, trimmed, []) : (index + 1, nil, [line])
            }
            index += 1
        }
        finishBlock(&merger)
        guard cueCount > 0 else {
            throw Diagnostic(
                .error, file: file, line: 1, message: "no SubRip cue found (an index line, then `start --> end`)",
                hint: SeedFormat.supportedHint)
        }
        output.blocks = merger.finish()
        output.speakers = merger.speakers
        return output
    }
}
