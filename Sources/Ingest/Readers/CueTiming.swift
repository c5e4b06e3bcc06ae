import Model

/// Checks of a subtitle cue's timing line shared by the WebVTT and SubRip readers.
///
/// WebVTT (W3C WebVTT §4.1, "cue timings") asks that a cue's end be greater than its start;
/// SubRip files in the wild break the same rule. Such a cue is not dropped: its text is kept,
/// with its start and no end, so that the turn ends as any turn without an end (the WebVTT
/// export ends its cue where the next one starts), and the reader says so at the timing line
/// rather than changing the time silently.
enum CueTiming {
    /// The start given a cue whose own start cannot be read (SubRip `xx:00:30,000 --> …`, WebVTT
    /// likewise): where the cue before it ends (`previous`: its start and end in seconds), or
    /// starts when it has no end; 0, the start of the media, when no cue comes before it. So the
    /// cue stays on the page and in the WebVTT export, in its place, rather than on the page only.
    /// This is Verbatim's choice (no standard says what a player does with such a cue; FFmpeg
    /// and VLC drop it), said in a warning at its timing line.
    static func startAfter(_ previous: (start: Double?, end: Double?)?) -> Double {
        guard let previous else { return 0 }
        return previous.end ?? previous.start ?? 0
    }

    /// How a cue with a time that cannot be read is kept, for its warning (SubRip and WebVTT say
    /// it alike): from `start` with no end when its start was read (`startRead`); else from
    /// ``startAfter(_:)``'s start, saying where that is (where the cue before it, `previous`,
    /// ends; where it starts, when it has no end; the start of the media, when no cue comes
    /// before it), to `end` when it has one. `format` writes a time in seconds as the reader's
    /// own format does.
    static func keptDescription(
        start: Double, end: Double?, startRead: Bool, previous: (start: Double?, end: Double?)?, format: (Double) -> String
    ) -> String {
        if startRead { return "kept from \(format(start)), with no end" }
        let place = switch previous {
        case nil, (nil, nil)?: "the start of the media: no cue comes before it"
        case (_, _?)?: "where the cue before it ends"
        case (_?, nil)?: "where the cue before it starts, as it has no end"
        }
        return "kept from \(format(start)) (\(place)), " + (end.map { "to \(format($0))" } ?? "with no end")
    }

    /// The warning for a cue whose `end` (seconds) is not after its `start`, naming both times
    /// as the file writes them (`startText`, `endText`) at `line` (1-based, the timing line);
    /// nil when the end is after the start.
    static func warning(
        start: Double, end: Double, startText: Substring, endText: Substring, file: String, line: Int
    ) -> Diagnostic? {
        if end > start { return nil }
        let message = end < start
            ? "the cue ends (\(endText)) before it starts (\(startText)); its text is kept, with no end time"
            : "the cue starts and ends at \(startText) (it lasts no time); its text is kept, with no end time"
        return Diagnostic(
            .warning, file: file, line: line, message: message,
            hint: "correct the timing line: the end comes after the start")
    }
}
