import Foundation
import Model

/// Reads Podcasting 2.0 JSON transcripts (podcast namespace, "Transcripts" JSON format:
/// `{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}`, times in
/// seconds) into speaker turns.
///
/// Segments are merged by ``CueTurnMerger``: consecutive segments of one speaker make one turn
/// (word-level files give one segment per word), a segment without `speaker` continues the
/// speaker before it. Bodies are joined with a space, except before punctuation that closes a
/// word (`,` `.` `!` `?` `;` `:` `)`), as word-level files write it separately. A paragraph
/// separator in a body (U+2029 or `\u2029`; a blank line) starts a new paragraph of the turn.
///
/// A segment whose `endTime` is not after its `startTime` has no end, with a warning at its
/// `endTime`; one that starts before the segment before it is warned at its `startTime` and is a
/// turn of its own, even under the same speaker, so that its time is kept (the page keeps the
/// file's order; ``Site/WebVTTExport`` writes cues in time order). A segment with no usable
/// `body` (or a `body` that is not a string), and an element that is not an object, are skipped
/// with a warning at their line; one with no usable `startTime` (`-1`, `1e300`, none) keeps its
/// words, from where the segment before it ends, as a SubRip or WebVTT cue whose start cannot be
/// read, with a warning at its `startTime`; a `speaker` that is not a name (a number, an
/// empty string) continues the speaker before it, with a warning.
enum PodcastingJSONReader {
    /// Reads normalised `text`.
    /// - Throws: a ``Diagnostic`` when `segments` is missing or a segment has no usable times.
    static func read(_ text: String, file: String) throws(Diagnostic) -> ReaderOutput {
        let (object, readWarnings) = try JSONValueReader.object(text, path: file)
        guard let segments = object["segments"] as? [Any] else {
            throw Diagnostic(.error, file: file, message: "a Podcasting 2.0 transcript needs a `segments` array")
        }
        var output = ReaderOutput()
        output.warnings += readWarnings
        var merger = CueTurnMerger()
        var pieces: [CueSegment] = []
        var lastSpeaker: String?
        // Where each segment's speaker and body are written, for messages about them.
        let data = Data(text.utf8)
        let speakerLines = JSONLocation.lines(ofMember: "speaker", inElementsOf: [.key("segments")], in: data)
        let bodyLines = JSONLocation.lines(ofMember: "body", inElementsOf: [.key("segments")], in: data)
        let startLines = JSONLocation.lines(ofMember: "startTime", inElementsOf: [.key("segments")], in: data)
        let endLines = JSONLocation.lines(ofMember: "endTime", inElementsOf: [.key("segments")], in: data)
        // The previous segment read: its number (1-based) and start, for one that starts before it.
        var previousStart: (number: Int, start: Double)?
        // The previous segment's start and end, for one whose start is no usable time.
        var previousTiming: (start: Double?, end: Double?)?
        func lineOf(_ lines: [Int?], _ index: Int) -> Int? { lines.indices.contains(index) ? lines[index] : nil }
        // Where a segment itself starts: for one with no member to point at (`"junk"`, `null`).
        func elementLine(_ index: Int) -> Int? {
            JSONLocation.place(of: [.key("segments"), .index(index)], in: data)?.line
        }
        for (index, value) in segments.enumerated() {
            guard let segment = value as? [String: Any] else {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: elementLine(index),
                    message: "segment \(index + 1) is not an object; it was skipped",
                    hint: "write each segment as {\"speaker\": …, \"startTime\": …, \"endTime\": …, \"body\": …}"))
                continue
            }
            guard let body = segment["body"] as? String else {
                let written = segment["body"].map { !($0 is NSNull) } ?? false
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: lineOf(bodyLines, index) ?? lineOf(speakerLines, index) ?? lineOf(startLines, index) ?? elementLine(index),
                    message: written ? "segment \(index + 1)'s `body` is not text (a string); it was skipped" : "segment \(index + 1) has no `body`; it was skipped",
                    hint: "give the segment its text as `body`, a string"))
                continue
            }
            // A segment whose start is no usable time keeps its words, from where the segment
            // before it ends, as a SubRip or WebVTT cue whose start cannot be read
            // (``CueTiming/startAfter(_:)``), said in the same words.
            let readStart = JSONValueReader.seconds(segment["startTime"])
            let start = readStart ?? CueTiming.startAfter(previousTiming)
            // An end that is no usable time is no end (never the start: a turn of no length that
            // index.md and the WebVTT export would then tell apart).
            var end = JSONValueReader.seconds(segment["endTime"])
            if readStart == nil {
                if let given = end, given <= start { end = nil }
                let kept = CueTiming.keptDescription(start: start, end: end, startRead: false, previous: previousTiming) { "\(Self.shown($0)) s" }
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: lineOf(startLines, index) ?? lineOf(speakerLines, index) ?? lineOf(bodyLines, index),
                    message: "segment \(index + 1) has no usable `startTime` (a number of seconds, at most 100,000 hours); it is \(kept)",
                    hint: "give startTime and endTime in seconds"))
            } else if let given = end, given <= start {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: lineOf(endLines, index) ?? lineOf(speakerLines, index) ?? lineOf(bodyLines, index),
                    message: given < start
                        ? "segment \(index + 1) ends (`endTime` \(Self.shown(given))) before it starts (`startTime` \(Self.shown(start))); the turn has no end, and ends where the next one starts"
                        : "segment \(index + 1) starts and ends at \(Self.shown(start)) s (it lasts no time); the turn has no end, and ends where the next one starts",
                    hint: "correct endTime: the end comes after the start, in seconds"))
                end = nil
            }
            let goesBack = previousStart.map { start < $0.start } ?? false
            if let previous = previousStart, start < previous.start {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: lineOf(startLines, index) ?? lineOf(speakerLines, index) ?? lineOf(bodyLines, index),
                    message: "segment \(index + 1) starts (`startTime` \(Self.shown(start))) before segment \(previous.number) (\(Self.shown(previous.start))); the page keeps the file's order, and the WebVTT export puts the cues in time order",
                    hint: "put the segments in the order of their startTime, or correct the time"))
            }
            previousStart = (index + 1, start)
            previousTiming = (start, end)
            if end == nil, let written = segment["endTime"], !(written is NSNull), JSONValueReader.seconds(written) == nil {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: lineOf(speakerLines, index) ?? lineOf(bodyLines, index),
                    message: "segment \(index + 1)'s `endTime` is not a usable time (a number of seconds, at most 100,000 hours); the turn has no end, and ends where the next one starts",
                    hint: "give endTime in seconds"))
            }
            let named = (segment["speaker"] as? String).map { $0.collapsingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            if named == nil, let written = segment["speaker"], !(written is NSNull) {
                // `"speaker": 42`, `"speaker": ""`: no name, so the speaker before goes on, said.
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: lineOf(speakerLines, index) ?? lineOf(bodyLines, index),
                    message: "segment \(index + 1)'s `speaker` is not a name (a string that is not blank); the segment goes to the speaker before it\(lastSpeaker.map { " (\($0))" } ?? "")",
                    hint: "give the speaker's name as a string, or leave `speaker` out to continue the speaker before"))
            }
            let speaker = named ?? lastSpeaker
            lastSpeaker = speaker
            // (A `\u2029` or U+2029 in a body is a blank line by now, a paragraph break in the turn.)
            let text = body.collapsingWhitespaceKeepingParagraphs()
            // (One that goes back in time is a turn of its own, so that its time is kept.)
            if let previous = pieces.last, previous.speaker == speaker, !goesBack, !SpeakerTurnLayout.isStageDirection(text),
                !SpeakerTurnLayout.isStageDirection(previous.text)
            {
                pieces[pieces.count - 1].text += (text.first.map { ",.!?;:)".contains($0) } ?? false ? "" : " ") + text
                pieces[pieces.count - 1].end = [previous.end, end].compactMap { $0 }.max()
            } else {
                let line = lineOf(speakerLines, index) ?? lineOf(bodyLines, index) ?? 1
                pieces.append(CueSegment(speaker: speaker, text: text, start: start, end: end, line: line, startsTurn: goesBack))
                if output.bodyLine == nil { output.bodyLine = lineOf(bodyLines, index) }
            }
        }
        for piece in pieces { merger.add(piece) }
        output.blocks = merger.finish()
        output.speakers = merger.speakers
        return output
    }

    /// Seconds as a message writes them: `12` for a whole number, else `12.5`.
    private static func shown(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}
