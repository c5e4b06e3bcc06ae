/// A piece of a subtitle cue said by one voice: a whole cue, or one `- ` line or voice span of a
/// cue that holds several voices.
struct CueSegment: Sendable, Hashable {
    /// The voice as the file names it (`<v Name>`, an SRT `Name:` prefix), nil when not stated.
    var speaker: String?
    /// The text, tags removed and references decoded, lines joined with spaces; paragraphs (a
    /// paragraph separator, `&#x2029;` or `\u2029`) apart by a blank line.
    var text: String
    /// Start and end of the cue, in seconds; no end when the file gives none that can be used
    /// (a JSON segment's missing or implausible `endTime`): the turn then has none either, and the
    /// WebVTT export ends its cue as any turn without an end (where the next one starts). No start
    /// when a SubRip timing line's start is no time (its cue is kept, untimed).
    var start: Double?
    var end: Double?
    /// 1-based line where the segment starts: the payload line of its voice or label.
    var line: Int
    /// True when the file marks a change of voice here without naming it (a leading `- `).
    var marksNewVoice: Bool = false
    /// True when the segment starts a turn of its own even when the open turn has its speaker:
    /// it starts before the segment or cue before it, and its time would be lost in that turn.
    var startsTurn: Bool = false
}
