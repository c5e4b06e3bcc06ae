import Foundation
import Model

/// Reads W3C WebVTT files (WebVTT: The Web Video Text Tracks Format, §4 "Syntax" and §6
/// "Parsing") into speaker turns.
///
/// - The file starts with `WEBVTT` (a BOM is dropped earlier; CRLF and CR-only line ends are
///   LF by then), then optional header lines up to the first blank line (`Language: fr` is read).
/// - Blocks are separated by blank lines. `NOTE` blocks are comments and are dropped: WebVTT
///   ("Comments in WebVTT", and the parser's "collect a WebVTT block", which makes no cue of
///   them) keeps them for the file's authors, never shown; an internal remark (`NOTE check this
///   with legal`) must not reach the page, the search or the exported VTT. `STYLE` and
///   `REGION` blocks are skipped. A cue is an optional identifier line, a timing line
///   `start --> end [settings]` (settings ignored) and its payload lines.
/// - Timestamps follow ``ClockTime/webVTT(_:)``; a cue with an invalid one (`60:00.000`) is
///   kept, as the SubRip reader keeps it, with a warning naming its timing line: with no end
///   when its end is invalid, from where the cue before it ends when its start is
///   (``CueTiming/startAfter(_:)``). A timing line with a broken arrow (`->`) is read as `-->`,
///   with a warning. A cue that starts before the one before it is warned and is a turn of its own. A cue that ends before it starts, or lasts no
///   time, is kept with its start and no end, with a warning at its timing line (``CueTiming``).
/// - Payloads are read by ``CueText`` and merged into turns by ``CueTurnMerger``; times are
///   seconds from the start of the media.
enum WebVTTReader {
    /// A timing line whose arrow is broken (`->`, `=>`, `→`…, as ``SubRipReader/isArrow(_:)``
    /// reads one) between two WebVTT timestamps, as written: the start, the arrow, the end. Nil
    /// for any other line (one holding `-->` is read as it is). The two readers keep the same
    /// cues: SubRip reads such a line with a warning, and so does WebVTT.
    static func brokenArrowParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        let text = line.trimmingWhitespace()
        let isTimeCharacter = { (character: Character) in character.isASCII && (character.isNumber || character == ":" || character == ".") }
        let start = text.prefix(while: isTimeCharacter)
        guard !start.isEmpty, ClockTime.webVTT(start) != nil else { return nil }
        let afterStart = text[start.endIndex...]
        let separator = afterStart.prefix(while: { !($0.isASCII && $0.isNumber) })
        guard SubRipReader.isArrow(separator.trimmingWhitespace()) else { return nil }
        let end = afterStart[separator.endIndex...].prefix(while: isTimeCharacter)
        guard ClockTime.webVTT(end) != nil else { return nil }
        let rest = afterStart[end.endIndex...]
        guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
        return (start, separator.trimmingWhitespace(), end)
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
        // The last cue read (start and end, seconds), for a cue whose start cannot be read.
        var previous: (start: Double?, end: Double?)?
        // Header lines.
        while index < lines.count, !lines[index].allSatisfy(\.isWhitespace) {
            let header = lines[index]
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
            let blockStart = index
            var block: [Substring] = []
            while index < lines.count, !lines[index].allSatisfy(\.isWhitespace) {
                block.append(lines[index])
                index += 1
            }
            let head = block[0]
            // A comment (`NOTE`, then a space, a tab or the line end): for the file's authors only.
            if head.hasPrefix("NOTE"), head.count == 4 || [" ", "\t"].contains(head.dropFirst(4).first!) { continue }
            if (head == "STYLE" || head == "REGION") && !head.contains("-->") { continue }
            let brokenArrow = block.prefix(2).firstIndex(where: { $0.contains("-->") }) == nil
                ? block.prefix(2).indices.first(where: { brokenArrowParts(block[$0]) != nil }) : nil
            guard let timingOffset = block.prefix(2).firstIndex(where: { $0.contains("-->") }) ?? brokenArrow else {
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
            if let parts = brokenArrowParts(timing), brokenArrow != nil {
                (startText, endText) = (parts.start, parts.end)
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: timingLine,
                    message: "the timing line writes `\(parts.arrow)` between its times, not `-->`; it was read as `\(startText) --> \(endText)`",
                    hint: "write the arrow as two hyphens and `>`: `-->`"))
            } else {
                let arrow = timing.range(of: "-->")!
                startText = timing[..<arrow.lowerBound].trimmingWhitespace()
                endText = timing[arrow.upperBound...].trimmingWhitespace().prefix(while: { !$0.isWhitespace })
            }
            // A time that cannot be read: the cue is kept, as the SubRip reader keeps it (with
            // no end; with no start, from where the cue before it ends, ``CueTiming/startAfter(_:)``).
            let readStart = ClockTime.webVTT(startText)
            let readEnd = ClockTime.webVTT(endText)
            let start = readStart ?? CueTiming.startAfter(previous)
            var end = readEnd ?? 0
            if readStart == nil || readEnd == nil {
                if readStart == nil, let readEnd, readEnd <= start { end = 0 }
                let bad = readStart == nil ? startText : endText
                let kept = CueTiming.keptDescription(start: start, end: end > start ? end : nil, startRead: readStart != nil, afterCue: previous != nil) { Timecode.format($0) }
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: timingLine,
                    message: "invalid WebVTT timestamp `\(bad)`; its cue is \(kept)",
                    hint: "write [hh:]mm:ss.ttt with minutes and seconds below 60"))
            } else if let warning = CueTiming.warning(start: start, end: end, startText: startText, endText: endText, file: file, line: timingLine) {
                // An end not after the start (W3C WebVTT §4.1, cue timings: the end must be greater):
                // the text is kept, with its start and no end (the turn then ends as one without).
                output.warnings.append(warning)
            }
            // `100000:00:00.000`, the longest time read, is how Verbatim's export writes a cue the
            // source gave no end (`WebVTTExport.openEnd`): read back as no end.
            let payload = Array(block[(timingOffset + 1)...])
            let kept = end > start && end < Timecode.maximumSeconds ? end : nil
            // A cue that starts before the cue before it is a turn of its own (its time kept).
            let goesBack = previous?.start.map { start < $0 } ?? false
            if goesBack, let before = previous?.start {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: timingLine,
                    message: "the cue starts (\(Timecode.format(start))) before the cue before it (\(Timecode.format(before))); the page keeps the file's order, and the WebVTT export puts the cues in time order",
                    hint: "put the cues in the order of their start, or correct the time"))
            }
            previous = (start, kept)
            for (offset, var segment) in CueText.segments(payload, start: start, end: kept, line: timingLine, webVTT: true).enumerated() {
                segment.startsTurn = goesBack && offset == 0
                merger.add(segment)
            }
        }
        output.blocks = merger.finish()
        output.speakers = merger.speakers
        return output
    }
}
