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
/// `to`, a lone `-`, `–` or `—`) between two valid times is read as `-->`, with a warning at the
/// line; without it the cue's text would be lost. SubRip has no specification; this reading is
/// Verbatim's choice, after subtitle editors' "fix common errors" passes (Subtitle Edit), not a
/// standard. A cue that ends before it starts or lasts no time is kept with no end, with a
/// warning (``CueTiming``).
///
/// Short times (`1:2:3,4 --> 1:2:4,5`: minutes and seconds of one digit) are read, with a
/// warning giving the times as read: FFmpeg's SubRip demuxer (`libavformat/srtdec.c`, `sscanf`
/// with `%d:%2d:%2d%*1[,.]%3d`) and VLC accept them too. A fraction of fewer than three digits
/// is read as a decimal (`,4` is 400 ms), as ``CueTimingLine/time(_:format:)`` reads it; FFmpeg would
/// read it as milliseconds (4 ms), so the warning says which was taken, in a time written in
/// full too (`00:00:01,5`). Times are read by ``CueTimingLine``, shared with the WebVTT reader.
///
/// A malformed timing line (a time, an arrow, then no end or an end that is no time:
/// `00:00:13,000 → 00:99:14,000`, `00:00:15,000 to banana`, `00:00:20,000 -->`, or a start
/// that is no time, `00:00:0x,000 --> 00:00:03,000`) is warned at its line, and its cue is
/// kept as a cue of its own (never merged into the text of the cue before it), with the
/// times that can be read: a start but no end, or no times at all. Under an index where a block
/// starts, any line holding `-->` is the timing line (``arrowParts(_:)``): `abc --> def`, whose
/// start and end both cannot be read, keeps its cue so, as the WebVTT reader keeps it.
enum SubRipReader {
    /// Whether `line` is a timing line where a block starts (``timingParts(_:)``).
    static func isTimingLine(_ line: Substring) -> Bool {
        timingParts(line) != nil
    }

    /// The start, arrow and end of a timing line, as written: a line that is a valid SubRip time
    /// (``time(_:)``), an arrow (a run of `-`, `=`, `–`, `—`, `~`, `>`, `<`, `→`,
    /// `⟶`, `⇒`, `➔` and spaces, or the word `to`), and another valid time, perhaps followed by
    /// white space and coordinates; else, when the line holds `-->` after one word of digits and
    /// colons (`00:00:0x,000 -->`, a time with a typo), or after any one word and before a valid
    /// time (`xx --> 00:00:20,000`), the text around the first one (the end up to the first white
    /// space after it), for the reader to warn about. Nil for any other line
    /// (`A -> B`, `Ann: go --> there`, `12:00 -> 13:00` in a cue's text).
    static func timingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        if let parts = CueTimingLine.lenientParts(line, format: .subRip) { return parts }
        if let arrow = line.range(of: "-->") {
            let start = line[..<arrow.lowerBound].trimmingWhitespace()
            if !start.isEmpty, !start.contains(where: \.isWhitespace), start.contains(":"),
                start.contains(where: { $0.isASCII && $0.isNumber })
            {
                return (start, line[arrow], line[arrow.upperBound...].trimmingWhitespace().prefix(while: { !$0.isWhitespace }))
            }
            // `xx --> 00:00:20,000`, `00;00;15,000 --> …`, `??:??:??,??? --> …`: one word that is
            // no time, `-->`, then a valid time and nothing but coordinates: a timing line whose
            // start cannot be read (its cue kept, never merged into the cue before).
            let end = line[arrow.upperBound...].trimmingWhitespace().prefix(while: { !$0.isWhitespace })
            if !start.isEmpty, !start.contains(where: \.isWhitespace), time(end) != nil {
                return (start, line[arrow], end)
            }
        }
        return malformedTimingParts(line) ?? CueTimingLine.startlessParts(line, format: .subRip)
    }

    /// The text before a line's first `-->` and the first word after it, as the WebVTT reader
    /// reads a timing line whose times cannot be read (`abc --> def`); nil when the line holds
    /// no `-->` or nothing before it. Read only under an index where a block starts.
    static func arrowParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        guard let parts = CueTimingLine.arrowParts(line), !parts.start.isEmpty else { return nil }
        return parts
    }

    /// A line shaped like a timing line whose times are not all valid: a first word of digits
    /// with two colons (`00:00:13,000`, `1:2:3,4`, `00:00:0x,000`), an arrow (``CueTimingLine/isArrow(_:)``),
    /// then the end's first word (empty when the line stops at the arrow). Nil for any other line.
    private static func malformedTimingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        let text = line.trimmingWhitespace()
        let start = text.prefix(while: { !$0.isWhitespace && !CueTimingLine.arrowCharacters.contains($0) })
        guard start.first?.isASCII == true, start.first?.isNumber == true, start.filter({ $0 == ":" }).count == 2 else { return nil }
        let afterStart = text[start.endIndex...]
        var separator = afterStart.prefix(while: { CueTimingLine.arrowCharacters.contains($0) })
        if separator.trimmingWhitespace().isEmpty {
            let words = afterStart.trimmingWhitespace()
            guard words.lowercased().hasPrefix("to"), words.dropFirst(2).first?.isWhitespace ?? true else { return nil }
            separator = afterStart[..<words.index(words.startIndex, offsetBy: 2)]
        }
        let arrow = separator.trimmingWhitespace()
        guard CueTimingLine.isArrow(arrow) else { return nil }
        let end = afterStart[separator.endIndex...].trimmingWhitespace().prefix(while: { !$0.isWhitespace })
        return (start, arrow, end)
    }

    /// A SubRip time (``CueTimingLine/time(_:format:)``), also written short (`1:2:3,4`) or
    /// with a colon before its milliseconds (`00:00:11:000`); nil for anything else.
    static func time(_ text: Substring) -> CueTimingLine.Time? {
        CueTimingLine.time(text, format: .subRip)
    }

    /// A SubRip time as written in full (`01:02:03,400`), for messages.
    private static func written(_ seconds: Double) -> String {
        CueTimingLine.Format.subRip.written(seconds)
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
        typealias Timing = (start: Double?, end: Double?, line: Int)
        var cue: (timing: Timing, text: [Substring], goesBack: Bool)?
        var lastTiming: Timing?
        // A block with no timing line: its first line, the index it starts with (if any), its text.
        var stray: (line: Int, index: Substring?, text: [Substring])?
        var strayBeforeFirstCue: [(line: Int, index: Substring?, text: [Substring])] = []
        var atBlockStart = true
        var cueCount = 0
        // `line`: the line before the text's first line (a cue's timing line).
        func add(_ text: [Substring], _ timing: Timing, line: Int, _ merger: inout CueTurnMerger, startsTurn: Bool = false) {
            for (offset, var segment) in CueText.segments(text, start: timing.start, end: timing.end, line: line, webVTT: false).enumerated() {
                segment.startsTurn = startsTurn && offset == 0
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
                add(done.text, done.timing, line: done.timing.line, &merger, startsTurn: done.goesBack)
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
            // Under an index where a block starts, any line holding `-->` is the cue's timing line,
            // its times read or not (`abc --> def`: kept and warned, never text of the cue before).
            let isIndex = isNumber && index + 1 < lines.count
                && (isTimingLine(lines[index + 1]) || (atBlockStart && arrowParts(lines[index + 1]) != nil))
            if trimmed.isEmpty {
                finishBlock(&merger)
                atBlockStart = true
            } else if isIndex || (isTimingLine(line) && (atBlockStart || stray != nil)) {
                finishBlock(&merger)
                atBlockStart = false
                let timingIndex = isIndex ? index + 1 : index
                let timingLine = lines[timingIndex]
                let (startText, arrowText, endText) = (timingParts(timingLine) ?? arrowParts(timingLine))!
                let timing: Timing
                // The rest of the line after the end: coordinates, or a second arrow and time.
                let afterEnd = endText.isEmpty ? "" : timingLine[endText.endIndex...].trimmingWhitespace()
                if let warning = CueTimingLine.secondArrowWarning(
                    afterEnd: afterEnd, start: startText, end: endText, format: .subRip, file: file, line: timingIndex + 1)
                {
                    output.warnings.append(warning)
                }
                let times = [(startText, time(startText)), (endText, time(endText))]
                output.warnings += CueTimingLine.oddTimeWarnings(times, format: .subRip, file: file, line: timingIndex + 1)
                for (written, read) in times {
                    guard let read else { continue }
                    if read.seconds >= 100 * 3600 {
                        output.warnings.append(Diagnostic(
                            .warning, file: file, line: timingIndex + 1,
                            message: "the time `\(written)` is \(Int(read.seconds / 3600)) hours into the media (over four days); it was read so",
                            hint: "check the hours: most media last less than 100 hours"))
                    }
                }
                if let start = time(startText), let end = time(endText) {
                    let shown = start.short || end.short ? "\(written(start.seconds)) --> \(written(end.seconds))" : "\(startText) --> \(endText)"
                    if arrowText != "-->" {
                        output.warnings.append(Diagnostic(
                            .warning, file: file, line: timingIndex + 1,
                            message: "the timing line writes `\(arrowText)` between its times, not `-->`; it was read as `\(shown)`",
                            hint: "write the arrow as two hyphens and `>`: `-->`"))
                    } else if start.short || end.short {
                        output.warnings.append(Diagnostic(
                            .warning, file: file, line: timingIndex + 1,
                            message: "the timing line writes short times (`\(startText) --> \(endText)`); they were read as `\(shown)` (a fraction of fewer than three digits as a decimal: `,4` is 400 ms)",
                            hint: "write hh:mm:ss,mmm: two-digit minutes and seconds, three-digit milliseconds"))
                    }
                    if let warning = CueTiming.warning(start: start.seconds, end: end.seconds, startText: startText, endText: endText, file: file, line: timingIndex + 1) {
                        output.warnings.append(warning)
                    }
                    timing = (start.seconds, end.seconds > start.seconds ? end.seconds : nil, timingIndex + 1)
                } else {
                    // A malformed timing line: its cue is kept, with the times that can be read.
                    let readStart = time(startText)?.seconds
                    let wrong = CueTimingLine.whatIsWrong(start: startText, end: endText, startRead: readStart != nil, endRead: time(endText) != nil)
                    // With no start, the cue starts where the cue before it ends (the page and
                    // the WebVTT export then both hold it); its end is kept when it comes later.
                    let before = lastTiming.map { (start: $0.start, end: $0.end) }
                    let start = readStart ?? CueTiming.startAfter(before)
                    let end = readStart == nil ? time(endText).map(\.seconds).flatMap { $0 > start ? $0 : nil } : nil
                    let kept = CueTiming.keptDescription(start: start, end: end, startRead: readStart != nil, previous: before, format: written)
                    output.warnings.append(CueTimingLine.invalidTimingWarning(
                        timingLine, wrong: wrong, kept: kept, format: .subRip, file: file, line: timingIndex + 1))
                    timing = (start, end, timingIndex + 1)
                }
                // A cue that starts before the cue before it: said, and a turn of its own, so that
                // its time is not lost in the turn before it.
                var goesBack = false
                if let previous = lastTiming, let previousStart = previous.start, let start = timing.start, start < previousStart {
                    goesBack = true
                    output.warnings.append(CueTimingLine.goingBackWarning(
                        start: start, previousStart: previousStart, previousLine: previous.line, format: .subRip, file: file, line: timingIndex + 1))
                }
                for block in strayBeforeFirstCue {
                    warnStray(block, keptWith: timing, after: true)
                    add(block.text, timing, line: block.line - (block.index == nil ? 1 : 0), &merger)
                }
                strayBeforeFirstCue = []
                cue = (timing, [], goesBack)
                lastTiming = timing
                cueCount += 1
                index = timingIndex
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
