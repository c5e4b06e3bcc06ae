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
///   skipped with a warning naming its timing line. A cue that ends before it starts, or lasts no
///   time, is kept with its start and no end, with a warning at its timing line (``CueTiming``).
/// - Payloads are read by ``CueText`` and merged into turns by ``CueTurnMerger``; times are
///   seconds from the start of the media.
enum WebVTTReader {
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
            guard let timingOffset = block.prefix(2).firstIndex(where: { $0.contains("-->") }) else {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: blockStart + 1,
                    message: "a block with no `-->` timing line is not a cue; it was skipped",
                    hint: "separate cues with one blank line, each with a line `start --> end`"))
                continue
            }
            let timingLine = blockStart + timingOffset + 1
            let timing = block[timingOffset]
            let arrow = timing.range(of: "-->")!
            let startText = timing[..<arrow.lowerBound].trimmingWhitespace()
            let endText = timing[arrow.upperBound...].trimmingWhitespace().prefix(while: { !$0.isWhitespace })
            guard let start = ClockTime.webVTT(startText), let end = ClockTime.webVTT(endText) else {
                let bad = ClockTime.webVTT(startText) == nil ? startText : endText
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: timingLine,
                    message: "invalid WebVTT timestamp `\(bad)`; the cue was skipped",
                    hint: "write [hh:]mm:ss.ttt with minutes and seconds below 60"))
                continue
            }
            // An end not after the start (W3C WebVTT §4.1, cue timings: the end must be greater):
            // the text is kept, with its start and no end (the turn then ends as one without).
            if let warning = CueTiming.warning(start: start, end: end, startText: startText, endText: endText, file: file, line: timingLine) {
                output.warnings.append(warning)
            }
            // `100000:00:00.000`, the longest time read, is how Verbatim's export writes a cue the
            // source gave no end (`WebVTTExport.openEnd`): read back as no end.
            let payload = Array(block[(timingOffset + 1)...])
            let kept = end > start && end < Timecode.maximumSeconds ? end : nil
            for segment in CueText.segments(payload, start: start, end: kept, line: timingLine, webVTT: true) {
                merger.add(segment)
            }
        }
        output.blocks = merger.finish()
        output.speakers = merger.speakers
        return output
    }
}
