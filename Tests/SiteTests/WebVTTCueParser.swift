import Foundation
import Model
import Testing

/// One WebVTT cue, as the tiny parser below reads it.
struct ParsedCue: Equatable {
    var id: String
    var start: Double
    var end: Double
    var voice: String?
    var text: String
}

/// Reads the cues of a WebVTT file (W3C WebVTT §4.1): blocks separated by blank lines, `NOTE`
/// blocks skipped, a cue = optional identifier, timing line, payload; `<v Name>` taken off and
/// `&amp;` `&lt;` `&gt;` decoded.
func parseWebVTT(_ text: String) throws -> [ParsedCue] {
    let blocks = text.components(separatedBy: "\n\n")
    guard blocks.first?.hasPrefix("WEBVTT") == true else { throw Diagnostic(.error, file: "vtt", message: "no WEBVTT header") }
    var cues: [ParsedCue] = []
    for block in blocks.dropFirst() {
        var lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        guard !lines.isEmpty, !lines[0].hasPrefix("NOTE") else { continue }
        var id = ""
        if !lines[0].contains("-->") { id = lines.removeFirst() }
        let timing = lines.removeFirst().components(separatedBy: " --> ")
        guard timing.count == 2, let start = Timecode.parse(timing[0]), let end = Timecode.parse(timing[1]) else {
            throw Diagnostic(.error, file: "vtt", message: "bad timing in \(block)")
        }
        var payload = lines.joined(separator: "\n")
        #expect(!payload.contains("-->"))
        var voice: String?
        if payload.hasPrefix("<v "), let close = payload.firstIndex(of: ">") {
            voice = String(payload[payload.index(payload.startIndex, offsetBy: 3)..<close])
            payload = String(payload[payload.index(after: close)...])
        }
        #expect(!payload.contains("<") && !payload.contains("\n\n"))
        func decode(_ s: String) -> String {
            s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        cues.append(ParsedCue(id: id, start: start, end: end, voice: voice.map(decode), text: decode(payload)))
    }
    return cues
}
