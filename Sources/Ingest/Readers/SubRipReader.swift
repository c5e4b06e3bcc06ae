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
/// A timing line whose arrow is broken (`->`, `=>`, `--->`, `–>`, `==>`, `-- >`) between two
/// valid times is read as `-->`, with a warning at the line, as subtitle editors' "fix common
/// errors" passes do; without it the cue's text would be lost. A cue that ends before it starts
/// or lasts no time is kept with no end, with a warning (``CueTiming``).
enum SubRipReader {
    /// Whether `line` is a timing line: it holds `-->` (a line that does but has an invalid time
    /// is still one, and is warned about), or it is two SubRip times apart by a broken arrow
    /// (``timingParts(_:)``).
    static func isTimingLine(_ line: Substring) -> Bool {
        timingParts(line) != nil
    }

    /// The start, arrow and end of a timing line, as written: a line that is a valid SubRip time
    /// (``ClockTime/subRip(_:)``), an arrow of `-`, `=`, `–`, `—`, `~`, `>` and spaces holding a
    /// `>` or two dashes, and another valid time, perhaps followed by white space and
    /// coordinates; else, when the line holds `-->`, the text around the first one (the end up
    /// to the first white space after it), for the reader to warn about. Nil for any other line
    /// (`A -> B`, `12:00 -> 13:00` in a cue's text).
    static func timingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        if let parts = lenientTimingParts(line) { return parts }
        guard let arrow = line.range(of: "-->") else { return nil }
        return (line[..<arrow.lowerBound].trimmingWhitespace(), line[arrow],
                line[arrow.upperBound...].trimmingWhitespace().prefix(while: { !$0.isWhitespace }))
    }

    /// Two valid SubRip times apart by an arrow, well formed or broken (``timingParts(_:)``).
    private static func lenientTimingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        let text = line.trimmingWhitespace()
        let isTimeCharacter = { (character: Character) in character.isASCII && (character.isNumber || character == ":" || character == "," || character == ".") }
        let start = text.prefix(while: isTimeCharacter)
        guard ClockTime.subRip(start) != nil else { return nil }
        let afterStart = text[start.endIndex...]
        let arrowCharacters: Set<Character> = ["-", "=", "–", "—", "~", ">", " ", "\t"]
        let arrowRun = afterStart.prefix(while: { arrowCharacters.contains($0) })
        let arrow = arrowRun.trimmingWhitespace()
        let dashes = arrow.filter { "-–—=~".contains($0) }.count
        guard !arrow.isEmpty, arrow.contains(">") || dashes >= 2 else { return nil }
        let end = afterStart[arrowRun.endIndex...].prefix(while: isTimeCharacter)
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
        var cue: (start: Double, end: Double?, line: Int, text: [Substring])?
        var skipping = false
        var cueCount = 0
        func finishCue(_ merger: inout CueTurnMerger) {
            if let done = cue {
                for segment in CueText.segments(done.text, start: done.start, end: done.end, line: done.line, webVTT: false) {
                    merger.add(segment)
                }
            }
            cue = nil
        }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingWhitespace()
            let isIndex = !trimmed.isEmpty && trimmed.allSatisfy({ $0.isASCII && $0.isNumber })
                && index + 1 < lines.count && isTimingLine(lines[index + 1])
            if trimmed.isEmpty {
                finishCue(&merger)
                skipping = false
            } else if isIndex || (isTimingLine(line) && (cue == nil || cue!.text.isEmpty)) {
                finishCue(&merger)
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
                    cue = (start, end > start ? end : nil, timingIndex + 1, [])
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
            } else if !skipping, cue != nil {
                cue!.text.append(line)
            }
            index += 1
        }
        finishCue(&merger)
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
