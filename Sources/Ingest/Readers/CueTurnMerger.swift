import Model

/// Merges subtitle cues into readable speaker turns.
///
/// - A segment that names its speaker starts a turn, unless the open turn has that speaker.
/// - A segment marked ``CueSegment/startsTurn`` (it goes back in time) always starts a turn.
/// - A segment that names no one continues the open turn (SRT and many VTT files name the
///   speaker only where it changes); a leading `- ` without a name starts an unlabelled turn.
/// - Cues with no speaker at all are merged until a sentence ends, so that an unlabelled file
///   gives sentence-long turns that keep their times.
/// - A segment wholly in brackets or parentheses (`[MUSIC]`, `(rires)`) is a stage direction:
///   it neither starts a turn nor moves the open turn's end.
/// - A turn keeps its first cue's start and its last cue's end; its text is the cue texts joined
///   with spaces, one paragraph, except where a segment's text holds a blank line (a paragraph
///   separator): a new paragraph of the turn starts there.
struct CueTurnMerger {
    private var builder = TranscriptBuilder()
    private var pending: [String] = []
    private var pendingLine = 0
    private var open = false
    private var openSpeaker: String?

    /// Declared speakers (id from ``Slug``), in order of first appearance.
    private(set) var speakers: [Speaker] = []

    /// Adds the next segment.
    mutating func add(_ segment: CueSegment) {
        let text = segment.text
        guard !text.isEmpty else { return }
        if segment.speaker == nil, SpeakerTurnLayout.isStageDirection(text) {
            // Nobody says it: it neither starts a turn nor moves the open turn's end.
            flush()
            builder.append(.stageDirection, text, line: segment.line)
            return
        }
        let newTurn: Bool
        if segment.startsTurn {
            newTurn = true
        } else if let speaker = segment.speaker {
            newTurn = !open || openSpeaker != speaker
        } else if segment.marksNewVoice {
            newTurn = true
        } else if !open {
            newTurn = true
        } else if openSpeaker == nil, let last = pending.last, SpeakerTurnLayout.endsSentence(Substring(last)) {
            newTurn = true
        } else {
            newTurn = false
        }
        if newTurn {
            flush()
            let speaker = segment.speaker
            var id: String?
            if let speaker {
                let slug = Slug.make(from: speaker)
                id = slug
                if !speakers.contains(where: { $0.id == slug }) { speakers.append(Speaker(id: slug, name: speaker)) }
            }
            builder.startTurn(label: speaker, speakerID: id, start: segment.start, end: segment.end)
            open = true
            openSpeaker = speaker
        } else {
            builder.extendTurn(to: segment.end)
        }
        if SpeakerTurnLayout.isStageDirection(text) {
            flush()
            builder.append(.stageDirection, text, line: segment.line)
        } else {
            // A blank line in a segment (a paragraph separator) starts a new paragraph of the turn.
            for (offset, paragraph) in text.components(separatedBy: "\n\n").enumerated() {
                if offset > 0 { flush() }
                if pending.isEmpty { pendingLine = segment.line }
                pending.append(paragraph)
            }
        }
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        builder.append(.paragraph, pending.joined(separator: " "), line: pendingLine)
        pending.removeAll()
    }

    /// The blocks.
    mutating func finish() -> [Block] {
        flush()
        return builder.finish()
    }
}
