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
/// is read as a decimal (`,4` is 400 ms), as ``ClockTime/subRip(_:)`` reads it; FFmpeg would
/// read it as milliseconds (4 ms), so the warning says which was taken.
///
/// A malformed timing line (a time, an arrow, then no end or an end that is no time:
/// `00:00:13,000 → 00:99:14,000`, `00:00:15,000 to banana`, `00:00:20,000 -->`, or a start
/// that is no time, `00:00:0x,000 --> 00:00:03,000`) is warned at its line, and its cue is
/// kept as a cue of its own (never merged into the text of the cue before it), with the
/// times that can be read: a start but no end, or no times at all.
enum SubRipReader {
    /// Whether `line` is a timing line where a block starts (``timingParts(_:)``).
    static func isTimingLine(_ line: Substring) -> Bool {
        timingParts(line) != nil
    }

    /// The start, arrow and end of a timing line, as written: a line that is a valid SubRip time
    /// (``ClockTime/subRip(_:)``), an arrow (a run of `-`, `=`, `–`, `—`, `~`, `>`, `<`, `→`,
    /// `⟶`, `⇒`, `➔` and spaces, or the word `to`), and another valid time, perhaps followed by
    /// white space and coordinates; else, when the line holds `-->` after one word of digits and
    /// colons (`00:00:0x,000 -->`, a time with a typo), or after any one word and before a valid
    /// time (`xx --> 00:00:20,000`), the text around the first one (the end up to the first white
    /// space after it), for the reader to warn about. Nil for any other line
    /// (`A -> B`, `Ann: go --> there`, `12:00 -> 13:00` in a cue's text).
    static func timingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        if let parts = lenientTimingParts(line) { return parts }
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
        return malformedTimingParts(line) ?? startlessTimingParts(line)
    }

    /// A timing line with no start: an arrow (``isArrow(_:)``: `-->`, `-`, `->`…) then a valid
    /// time and nothing else (`- 00:00:22,000`, `--> 00:00:22,000`); the start is empty. Nil for
    /// any other line.
    private static func startlessTimingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        let text = line.trimmingWhitespace()
        let arrow = text.prefix(while: { arrowCharacters.contains($0) })
        let end = text[arrow.endIndex...]
        guard isArrow(arrow.trimmingWhitespace()), time(end) != nil else { return nil }
        return (text[text.startIndex..<text.startIndex], arrow.trimmingWhitespace(), end)
    }

    /// The characters an arrow between two SubRip times is made of, as files in the wild write it.
    private static let arrowCharacters: Set<Character> = ["-", "=", "–", "—", "~", ">", "<", "→", "⟶", "⇒", "➔", " ", "\t"]

    /// Whether `arrow` (trimmed) reads as an arrow: arrow characters only, with a head (`>`,
    /// `→`, `<`…) or at least one dash (`--`, a lone `–` or `—` as in a time range), or the word `to`.
    static func isArrow(_ arrow: Substring) -> Bool {
        guard !arrow.isEmpty else { return false }
        if arrow.lowercased() == "to" { return true }
        return arrow.allSatisfy { arrowCharacters.contains($0) }
            && arrow.contains(where: { ">→⟶⇒➔<-–—=~".contains($0) })
    }

    /// A line shaped like a timing line whose times are not all valid: a first word of digits
    /// with two colons (`00:00:13,000`, `1:2:3,4`, `00:00:0x,000`), an arrow (``isArrow(_:)``),
    /// then the end's first word (empty when the line stops at the arrow). Nil for any other line.
    private static func malformedTimingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        let text = line.trimmingWhitespace()
        let start = text.prefix(while: { !$0.isWhitespace && !arrowCharacters.contains($0) })
        guard start.first?.isASCII == true, start.first?.isNumber == true, start.filter({ $0 == ":" }).count == 2 else { return nil }
        let afterStart = text[start.endIndex...]
        var separator = afterStart.prefix(while: { arrowCharacters.contains($0) })
        if separator.trimmingWhitespace().isEmpty {
            let words = afterStart.trimmingWhitespace()
            guard words.lowercased().hasPrefix("to"), words.dropFirst(2).first?.isWhitespace ?? true else { return nil }
            separator = afterStart[..<words.index(words.startIndex, offsetBy: 2)]
        }
        let arrow = separator.trimmingWhitespace()
        guard isArrow(arrow) else { return nil }
        let end = afterStart[separator.endIndex...].trimmingWhitespace().prefix(while: { !$0.isWhitespace })
        return (start, arrow, end)
    }

    /// Seconds for a SubRip time, also written short (minutes or seconds of one digit:
    /// `1:2:3,4`, as FFmpeg's `%d:%2d:%2d` reads it), and whether it was written short; nil for
    /// anything else. Its fraction written after a colon (`00:00:11:000`, a typo for
    /// `00:00:11,000`) is read too, as the `srt` Python library reads it (cdown/srt,
    /// `RGX_TIMESTAMP_MAGNITUDE_DELIM = r"[,.:，．。：]"`), and so is a fraction of more than
    /// three digits (`00:00:04,0000`, read as a decimal); `odd` then says which, for a warning.
    static func time(_ text: Substring) -> (seconds: Double, short: Bool, odd: String?)? {
        if let seconds = ClockTime.subRip(text) {
            let fraction = text.split(whereSeparator: { $0 == "," || $0 == "." }).dropFirst().first
            return (seconds, false, (fraction?.count ?? 0) > 3 ? "a fraction of \(fraction!.count) digits (milliseconds have three)" : nil)
        }
        var fields = text.split(separator: ":", omittingEmptySubsequences: false)
        if fields.count == 4, (1...3).contains(fields[3].count), !fields[2].contains(","), !fields[2].contains("."),
            let read = time(Substring(fields[0..<3].joined(separator: ":") + "," + fields[3]))
        {
            return (read.seconds, read.short, "a colon before the milliseconds, not a comma")
        }
        fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        let secondParts = fields[2].split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard (1...2).contains(secondParts.count) else { return nil }
        let whole = [fields[0], fields[1], secondParts[0]]
        guard whole.allSatisfy({ !$0.isEmpty && $0.allSatisfy({ $0.isASCII && $0.isNumber }) }),
            whole.dropFirst().allSatisfy({ $0.count <= 2 }), fields[0].count <= 6,
            let hours = Int(fields[0]), let minutes = Int(fields[1]), let seconds = Int(secondParts[0]),
            minutes < 60, seconds < 60
        else { return nil }
        var fraction = 0.0
        if secondParts.count == 2 {
            let digits = secondParts[1]
            guard (1...3).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Double("0." + digits) else { return nil }
            fraction = value
        }
        let total = Double(hours * 3600 + minutes * 60 + seconds) + fraction
        guard Timecode.isPlausible(total) else { return nil }
        return (total, true, nil)
    }

    /// A SubRip time as written in full (`01:02:03,400`), for messages.
    private static func written(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        let (hours, minutes, secs, millis) = (milliseconds / 3_600_000, milliseconds / 60_000 % 60, milliseconds / 1000 % 60, milliseconds % 1000)
        func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(secs, 2)),\(pad(millis, 3))"
    }

    /// Two valid SubRip times apart by an arrow, well formed or broken (``timingParts(_:)``).
    private static func lenientTimingParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        let text = line.trimmingWhitespace()
        let isTimeCharacter = { (character: Character) in character.isASCII && (character.isNumber || character == ":" || character == "," || character == ".") }
        let start = text.prefix(while: isTimeCharacter)
        guard time(start) != nil else { return nil }
        let afterStart = text[start.endIndex...]
        let separator = afterStart.prefix(while: { !($0.isASCII && $0.isNumber) })
        let arrow = separator.trimmingWhitespace()
        guard isArrow(arrow) else { return nil }
        let end = afterStart[separator.endIndex...].prefix(while: isTimeCharacter)
        guard time(end) != nil else { return nil }
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
            let isIndex = isNumber && index + 1 < lines.count && isTimingLine(lines[index + 1])
            if trimmed.isEmpty {
                finishBlock(&merger)
                atBlockStart = true
            } else if isIndex || (isTimingLine(line) && (atBlockStart || stray != nil)) {
                finishBlock(&merger)
                atBlockStart = false
                let timingIndex = isIndex ? index + 1 : index
                let timingLine = lines[timingIndex]
                let (startText, arrowText, endText) = timingParts(timingLine)!
                let timing: Timing
                // The rest of the line after the end: coordinates, or a second arrow and time.
                let afterEnd = endText.isEmpty ? "" : timingLine[endText.endIndex...].trimmingWhitespace()
                if let secondArrow = afterEnd.range(of: "-->") ?? afterEnd.range(of: "->"), afterEnd[..<secondArrow.lowerBound].trimmingWhitespace().isEmpty {
                    output.warnings.append(Diagnostic(
                        .warning, file: file, line: timingIndex + 1,
                        message: "the timing line has a second arrow after its end (`\(afterEnd)`); it was read as `\(startText) --> \(endText)`, the rest left out",
                        hint: "write one start and one end: hh:mm:ss,mmm --> hh:mm:ss,mmm"))
                }
                for (written, read) in [(startText, time(startText)), (endText, time(endText))] {
                    guard let read else { continue }
                    if let odd = read.odd {
                        output.warnings.append(Diagnostic(
                            .warning, file: file, line: timingIndex + 1,
                            message: "the time `\(written)` writes \(odd); it was read as `\(Self.written(read.seconds))`",
                            hint: "write hh:mm:ss,mmm: a comma, then three digits of milliseconds"))
                    }
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
                    let wrong = readStart == nil
                        ? (startText.isEmpty ? "it has no start time" : "its start `\(startText)` is not a time")
                        : endText.isEmpty ? "it has no end time" : "its end `\(endText)` is not a time"
                    // With no start, the cue starts where the cue before it ends (the page and
                    // the WebVTT export then both hold it); its end is kept when it comes later.
                    let start = readStart ?? CueTiming.startAfter(lastTiming.map { ($0.start, $0.end) })
                    let end = readStart == nil ? time(endText).map(\.seconds).flatMap { $0 > start ? $0 : nil } : nil
                    let kept = CueTiming.keptDescription(start: start, end: end, startRead: readStart != nil, afterCue: lastTiming != nil, format: written)
                    output.warnings.append(Diagnostic(
                        .warning, file: file, line: timingIndex + 1,
                        message: "invalid SubRip timing `\(timingLine.trimmingWhitespace())`: \(wrong); its cue is \(kept)",
                        hint: "write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60"))
                    timing = (start, end, timingIndex + 1)
                }
                // A cue that starts before the cue before it: said, and a turn of its own, so that
                // its time is not lost in the turn before it.
                var goesBack = false
                if let previous = lastTiming, let previousStart = previous.start, let start = timing.start, start < previousStart {
                    goesBack = true
                    output.warnings.append(Diagnostic(
                        .warning, file: file, line: timingIndex + 1,
                        message: "the cue starts (\(written(start))) before the cue before it (\(written(previousStart)), timing line \(previous.line)); the page keeps the file's order, and the WebVTT export puts the cues in time order",
                        hint: "put the cues in the order of their start, or correct the time"))
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
