import Foundation
import Model

/// Reads W3C WebVTT files (WebVTT: The Web Video Text Tracks Format, §4 "Syntax" and §6
/// "Parsing") into speaker turns.
///
/// - The file starts with `WEBVTT` (a BOM is dropped earlier; CRLF and CR-only line ends are
///   LF by then), then optional header lines up to the first blank line (`Language: fr` is read).
/// - A timing line written right under the header, with no blank line, ends the header: its cue
///   is read, with a warning at its line.
/// - Blocks are separated by blank lines. A line holding `-->` that reads as a timing line
///   (``readsAsTimingLine(_:)``) ends a cue's text, as in the WebVTT parser (§6.1): the next cue
///   starts there, with a warning at the line that no blank line separated the cues. `NOTE`
///   blocks are comments and are dropped: WebVTT ("Comments in WebVTT", and the parser's
///   "collect a WebVTT block", which makes no cue of them) keeps them for the file's authors,
///   never shown; an internal remark (`NOTE check this with legal`) must not reach the page,
///   the search or the exported VTT. `STYLE` and `REGION` blocks are skipped. A cue is an optional identifier line, a timing line
///   `start --> end [settings]` (settings ignored) and its payload lines.
/// - Timestamps follow W3C WebVTT §4.3 (``CueTimingLine``). What the SubRip reader repairs is repaired
///   alike (``CueTimingLine``, shared with it), each with a warning at the timing line: a comma
///   or a colon before the milliseconds (`00:00:01,000`, `00:00:11:000`), a fraction of other
///   than three digits, a broken arrow (`->`), a line with an arrow and one time
///   (`- 00:00:22.000`, a cue with no start), a second arrow after the end. A cue with a time
///   that cannot be read even so (`60:00.000`) is kept, as the SubRip reader keeps it, with a
///   warning naming its timing line: with no end when its end is invalid, from where the cue
///   before it ends when its start is (``CueTiming/startAfter(_:)``). A cue that starts before
///   the one before it is warned and is a turn of its own. A cue that ends before it starts, or
///   lasts no time, is kept with its start and no end, with a warning at its timing line
///   (``CueTiming``).
/// - Payloads are read by ``CueText`` and merged into turns by ``CueTurnMerger``; times are
///   seconds from the start of the media.
enum WebVTTReader {
    /// A timing line with no `-->` read as one, as the SubRip reader reads it
    /// (``CueTimingLine``): two times apart by a broken arrow (`->`, `=>`, `→`…), or an arrow and
    /// one time (`- 00:00:22.000`), as written: the start (empty for the latter), the arrow, the
    /// end. Nil for any other line (one holding `-->` is read as it is).
    static func timingPartsWithoutArrow(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        guard !line.contains("-->") else { return nil }
        return CueTimingLine.lenientParts(line, format: .webVTT) ?? CueTimingLine.startlessParts(line, format: .webVTT)
    }

    /// Whether `line` holds `-->` and reads as a timing line: the text before the arrow, or the
    /// first word after it, is a time (``CueTimingLine/time(_:format:)``). A line of cue text
    /// with an arrow between words (`go --> there`) does not.
    static func readsAsTimingLine(_ line: Substring) -> Bool {
        guard let (start, _, end) = CueTimingLine.arrowParts(line) else { return false }
        return CueTimingLine.time(start, format: .webVTT) != nil || CueTimingLine.time(end, format: .webVTT) != nil
    }

    /// Reads normalised `text`.
    /// - Throws: a ``Diagnostic`` when the first line is not `WEBVTT`.
    static func read(_ text: String, file: String) throws(Diagnostic) -> ReaderOutput {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix("WEBVTT"),
            first.count == 6 || [" ", "\t"].contains(first.dropFirst(6).first!)
        else {
            throw Diagnostic(
                .error, file: file, line: 1, message: "not a WebVTT file: the first line must be `WEBVTT`",
                hint: "start the file with the line WEBVTT, or give it the extension of its real format")
        }
        var output = ReaderOutput()
        var merger = CueTurnMerger()
        var index = 1
        // The last cue read (start and end, seconds), for a cue whose start cannot be read, and
        // its timing line.
        var previous: (start: Double?, end: Double?)?
        var previousLine = 0
        // Header lines, up to the first blank line, or to a timing line written right under
        // them (a cue with no blank line before it: kept, with a warning at its timing line).
        while index < lines.count, !lines[index].allSatisfy(\.isWhitespace) {
            let header = lines[index]
            if readsAsTimingLine(header) {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: index + 1,
                    message: "no blank line separates the `WEBVTT` header from the cue at this line; the cue was read",
                    hint: "put a blank line after the WEBVTT line and its header lines"))
                break
            }
            if let colon = header.firstIndex(of: ":") {
                let key = header[..<colon].lowercased()
                let value = header[header.index(after: colon)...].trimmingWhitespace()
                if key == "language", !value.isEmpty { output.lang = String(value) }
                if key == "title", !value.isEmpty {
                    output.title = String(value)
                    output.titleLine = index + 1
                }
            }
            index += 1
        }
        while index < lines.count {
            while index < lines.count, lines[index].allSatisfy(\.isWhitespace) { index += 1 }
            guard index < lines.count else { break }
            var lineBlock: [Substring] = []
            let firstLine = index
            while index < lines.count, !lines[index].allSatisfy(\.isWhitespace) {
                lineBlock.append(lines[index])
                index += 1
            }
            // A cue whose text runs into the next cue's timing line (no blank line between them)
            // leaves the rest of the block to be read as a block of its own.
            var rest: (start: Int, lines: [Substring])? = (firstLine, lineBlock)
            while let (blockStart, block) = rest {
                rest = nil
                let head = block[0]
                // A comment (`NOTE`, then a space, a tab or the line end): for the file's authors only.
                if head.hasPrefix("NOTE"), head.count == 4 || [" ", "\t"].contains(head.dropFirst(4).first!) { continue }
                if (head == "STYLE" || head == "REGION") && !head.contains("-->") { continue }
                let withoutArrow = block.prefix(2).firstIndex(where: { $0.contains("-->") }) == nil
                    ? block.prefix(2).indices.first(where: { timingPartsWithoutArrow(block[$0]) != nil }) : nil
                guard let timingOffset = block.prefix(2).firstIndex(where: { $0.contains("-->") }) ?? withoutArrow else {
                    output.warnings.append(Diagnostic(
                        .warning, file: file, line: blockStart + 1,
                        message: "a block with no `-->` timing line is not a cue; it was skipped",
                        hint: "separate cues with one blank line, each with a line `start --> end`"))
                    continue
                }
                let timingLine = blockStart + timingOffset + 1
                let timing = block[timingOffset]
                let startText: Substring
                let endText: Substring
                if let parts = timingPartsWithoutArrow(timing), withoutArrow != nil {
                    (startText, endText) = (parts.start, parts.end)
                    if !startText.isEmpty {
                        output.warnings.append(Diagnostic(
                            .warning, file: file, line: timingLine,
                            message: "the timing line writes `\(parts.arrow)` between its times, not `-->`; it was read as `\(startText) --> \(endText)`",
                            hint: "write the arrow as two hyphens and `>`: `-->`"))
                    }
                } else {
                    (startText, _, endText) = CueTimingLine.arrowParts(timing)!
                }
                // The rest of the line after the end: cue settings, or a second arrow and time.
                let afterEnd = endText.isEmpty ? "" : timing[endText.endIndex...].trimmingWhitespace()
                if let warning = CueTimingLine.secondArrowWarning(
                    afterEnd: afterEnd, start: startText, end: endText, format: .webVTT, file: file, line: timingLine)
                {
                    output.warnings.append(warning)
                }
                // Times are read as the SubRip reader reads them (a comma or a colon before the
                // milliseconds, a fraction of more or fewer than three digits), with a warning.
                let startTime = CueTimingLine.time(startText, format: .webVTT)
                let endTime = CueTimingLine.time(endText, format: .webVTT)
                output.warnings += CueTimingLine.oddTimeWarnings([(startText, startTime), (endText, endTime)], format: .webVTT, file: file, line: timingLine)
                // A time that cannot be read: the cue is kept, as the SubRip reader keeps it (with
                // no end; with no start, from where the cue before it ends, ``CueTiming/startAfter(_:)``).
                let readStart = startTime?.seconds
                let readEnd = endTime?.seconds
                let start = readStart ?? CueTiming.startAfter(previous)
                var end = readEnd ?? 0
                if readStart == nil || readEnd == nil {
                    if readStart == nil, let readEnd, readEnd <= start { end = 0 }
                    let kept = CueTiming.keptDescription(start: start, end: end > start ? end : nil, startRead: readStart != nil, previous: previous) { Timecode.format($0) }
                    let wrong = CueTimingLine.whatIsWrong(start: startText, end: endText, startRead: readStart != nil, endRead: readEnd != nil)
                    output.warnings.append(CueTimingLine.invalidTimingWarning(timing, wrong: wrong, kept: kept, format: .webVTT, file: file, line: timingLine))
                } else if let warning = CueTiming.warning(start: start, end: end, startText: startText, endText: endText, file: file, line: timingLine) {
                    // An end not after the start (W3C WebVTT §4.1, cue timings: the end must be greater):
                    // the text is kept, with its start and no end (the turn then ends as one without).
                    output.warnings.append(warning)
                }
                // `100000:00:00.000`, the longest time read, is how Verbatim's export writes a cue the
                // source gave no end (`WebVTTExport.openEnd`): read back as no end.
                var payload = Array(block[(timingOffset + 1)...])
                // A line holding `-->` that reads as a timing line ends the cue's text, as the
                // WebVTT parser ends it (W3C WebVTT §6.1, "collect a WebVTT block": a line containing
                // `-->` ends the cue text): the next cue starts there, with the line right before it
                // as its identifier when that line is one word and not the cue's only text line.
                if let next = payload.indices.first(where: { readsAsTimingLine(payload[$0]) }) {
                    var nextStart = next
                    var identifier = ""
                    if next >= 2, !payload[next - 1].trimmingWhitespace().contains(where: \.isWhitespace) {
                        nextStart = next - 1
                        identifier = " (the line before it, `\(payload[next - 1].trimmingWhitespace())`, read as its identifier)"
                    }
                    let nextTimingLine = timingLine + 1 + next
                    output.warnings.append(Diagnostic(
                        .warning, file: file, line: nextTimingLine,
                        message: "no blank line separates this cue from the cue before it (timing line \(timingLine)); it was read as a cue of its own\(identifier)",
                        hint: "end each cue with a blank line"))
                    rest = (timingLine + nextStart, Array(payload[nextStart...]))
                    payload = Array(payload[..<nextStart])
                }
                let kept = end > start && end < Timecode.maximumSeconds ? end : nil
                // A cue that starts before the cue before it is a turn of its own (its time kept).
                let goesBack = previous?.start.map { start < $0 } ?? false
                if goesBack, let before = previous?.start {
                    output.warnings.append(CueTimingLine.goingBackWarning(
                        start: start, previousStart: before, previousLine: previousLine, format: .webVTT, file: file, line: timingLine))
                }
                previous = (start, kept)
                previousLine = timingLine
                for (offset, var segment) in CueText.segments(payload, start: start, end: kept, line: timingLine, webVTT: true).enumerated() {
                    segment.startsTurn = goesBack && offset == 0
                    merger.add(segment)
                }
            }
        }
        output.blocks = merger.finish()
        output.speakers = merger.speakers
        return output
    }
}
