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
enum SubRipReader {
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
        var cue: (start: Double, end: Double, line: Int, text: [Substring])?
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
                && index + 1 < lines.count && lines[index + 1].contains("-->")
            if trimmed.isEmpty {
                finishCue(&merger)
                skipping = false
            } else if isIndex || (line.contains("-->") && (cue == nil || cue!.text.isEmpty)) {
                finishCue(&merger)
                let timingIndex = isIndex ? index + 1 : index
                let timing = lines[timingIndex]
                let arrow = timing.range(of: "-->")!
                let startText = timing[..<arrow.lowerBound].trimmingWhitespace()
                let endText = timing[arrow.upperBound...].trimmingWhitespace().prefix(while: { !$0.isWhitespace })
                if let start = ClockTime.subRip(startText), let end = ClockTime.subRip(endText), end >= start {
                    cue = (start, end, timingIndex + 1, [])
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
