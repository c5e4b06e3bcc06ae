import Model

/// `transcripts/<slug>/transcript.vtt`: the timed turns of a transcript as WebVTT (W3C WebVTT,
/// https://www.w3.org/TR/webvtt1/, §4 "Syntax").
///
/// One cue per ``TurnGroup`` that has a start time, in order of start time (document order
/// among equal starts; WebVTT requires starts that never go back): the identifier is the
/// page's fragment id (`t-3`), then `HH:MM:SS.mmm --> HH:MM:SS.mmm`, then the text of the
/// group's blocks (stage directions included, editorial notes left out), one line per line of
/// text, after `<v Name>` when the speaker is known (their name, else the turn's label).
/// Editorial notes between cues are `NOTE` blocks.
///
/// Times: the source's own, never made up. A turn without `end` (or with an end not after its
/// start) ends where the next timed turn starts, if that is later: the source shows its text
/// until the next one. When no later turn starts after it, the source says nothing of its end,
/// and WebVTT has no way to leave a cue open (§4.1, "WebVTT cue timings": every cue has an end
/// time, greater than its start; an "unbounded text track cue", end time +∞, exists only in
/// the VTTCue interface of the scripting API): its end is written as ``openEnd``
/// (`100000:00:00.000`, the longest media time Verbatim reads), so a player shows it until the
/// media ends, and a `NOTE` before it says that the source gives no end. The WebVTT reader
/// reads that end back as no end.
///
/// Escaping (§4.2.2, cue text): `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, so no cue holds `-->`;
/// the voice annotation is escaped the same way and has its line feeds made spaces; white-space-only
/// lines (which would end the cue) are dropped; a `NOTE`'s `-->` is written `--&gt;`.
public enum WebVTTExport {
    /// The end written for a cue whose source gives none (seconds: ``Model/Timecode/maximumSeconds``,
    /// `100000:00:00.000`): a cue shown until the media ends.
    public static let openEnd: Double = Timecode.maximumSeconds

    /// Whether `transcript` has at least one turn with a start time (and so a WebVTT file).
    public static func isTimed(_ transcript: Transcript) -> Bool {
        transcript.blocks.contains { $0.turn?.start != nil }
    }

    /// The file's text, or nil when the transcript is not timed.
    public static func vtt(_ transcript: Transcript) -> String? {
        guard isTimed(transcript) else { return nil }
        let groups = TurnGroup.groups(of: transcript)
        // In time order (stable): a cue's start "must be greater than or equal to the start time
        // offsets of all previous cues in the file" (WebVTT §4.1, "WebVTT cue timings"), whatever
        // order the source gives its segments in.
        let timed = groups.filter { $0.turn.start != nil }.enumerated()
            .sorted { ($0.element.turn.start!, $0.offset) < ($1.element.turn.start!, $1.offset) }.map(\.element)
        var output = "WEBVTT\n"
        var noted = Set<Int>()
        func notes(before blockIndex: Int) {
            for index in 0..<blockIndex where transcript.blocks[index].kind == .editorialNote && !noted.contains(index) {
                noted.insert(index)
                let text = transcript.blocks[index].text.replacingOccurrences(of: "-->", with: "--&gt;")
                let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
                guard !lines.isEmpty else { continue }
                output += "\nNOTE\n" + lines.joined(separator: "\n") + "\n"
            }
        }
        for (position, group) in timed.enumerated() {
            notes(before: group.blocks.lowerBound)
            let start = group.turn.start!
            var lines: [String] = []
            for index in group.blocks where transcript.blocks[index].kind != .editorialNote {
                for line in transcript.blocks[index].text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
                    lines.append(escape(String(line)))
                }
            }
            guard !lines.isEmpty else { continue }
            var end = group.turn.end ?? 0
            if end <= start, position + 1 < timed.count, let next = timed[position + 1].turn.start, next > start { end = next }
            if end <= start {
                end = openEnd
                output += "\nNOTE \(group.fragment) has no end time in its source: it lasts until the media ends\n"
            }
            let voice = group.turn.speakerID.flatMap { id in transcript.speaker(id: id)?.name ?? id } ?? group.turn.label
            if let voice, !voice.isEmpty {
                lines[0] = "<v " + escape(voice.replacingOccurrences(of: "\n", with: " ")) + ">" + lines[0]
            }
            output += "\n\(group.fragment)\n\(Timecode.format(start)) --> \(Timecode.format(end))\n"
            output += lines.joined(separator: "\n") + "\n"
        }
        notes(before: transcript.blocks.count)
        return output
    }

    /// Cue text escaped (§4.2.2): `&`, `<`, `>` as character references; characters XML 1.0
    /// forbids removed (they never belong in text), carriage returns as spaces.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in XMLEscaping.removingForbiddenCharacters(text).unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\r": output += " "
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
