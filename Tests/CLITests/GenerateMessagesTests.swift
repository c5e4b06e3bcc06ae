import Foundation
import Testing

/// What a user sees on the terminal when seeds are wrong (the twentieth session's user check and
/// site tester): the error first, a flood of one warning cut short, a name with a line feed on
/// one line, and a summary that counts the seed with an error and the warnings. The exit status
/// is as before: 1 with an error, 0 with warnings only.
@Test func generateSaysTheErrorFirstAndCountsItInTheSummary() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-\(UUID().uuidString)")
    let seeds = folder.appendingPathComponent("seeds")
    try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path
    // Five cues in reverse order of time: four warnings, at timing lines 6, 9, 12 and 15.
    let cues = (0..<5).map { "00:00:0\(8 - 2 * $0).000 --> 00:00:0\(9 - 2 * $0).000\nCue \($0 + 1).\n" }
    try Data(("WEBVTT\n\n" + cues.joined(separator: "\n")).utf8).write(to: seeds.appendingPathComponent("a.vtt"))
    try Data("Harbour talk\n\nOn 3 May 2024, Wren Okafor said: \"The quay opens in June.\"\n".utf8).write(to: seeds.appendingPathComponent("m.txt"))
    try Data("---\ntitle: Note: the quay\n---\nHello.\n".utf8).write(to: seeds.appendingPathComponent("z\nz.md"))
    let arguments = ["generate", "--seeds", "seeds", "--templates", templates, "--output", "public", "--base-url", "https://example.org/"]
    let result = try run(arguments, in: folder)
    #expect(result.status == 1)
    let back = { (line: Int) in
        "seeds/a.vtt:\(line): warning: the cue starts (00:00:0\(8 - 2 * (line / 3 - 1)).000) before the cue before it (00:00:0\(10 - 2 * (line / 3 - 1)).000, timing line \(line - 3)); the page keeps the file's order, and the WebVTT export puts the cues in time order (put the cues in the order of their start, or correct the time)"
    }
    #expect(result.error.split(separator: "\n").map(String.init) == [
        "seeds/z\\nz.md:2:12: error: front matter is not valid YAML: mapping values are not allowed in this context (a value with a colon and a space (`: `) in it is read by YAML as a second `key: value`; if it is text, put it in double quotes: title: \"Note: the quay\")",
        back(6), back(9), back(12),
        "… and 1 more like this in seeds/a.vtt (line 15)",
    ], "\(result.error)")
    #expect(result.output.hasPrefix("Generated 2 transcripts from 3 seeds into public/: "), "\(result.output)")
    #expect(result.output.hasSuffix(" 0 removed; 1 seed had an error (not generated), 4 warnings.\n"), "\(result.output)")

    // Near miss: with the seed fixed, warnings only, exit 0.
    try FileManager.default.removeItem(at: seeds.appendingPathComponent("z\nz.md"))
    let fixed = try run(arguments, in: folder)
    #expect(fixed.status == 0)
    #expect(fixed.output.hasSuffix(" removed; 4 warnings.\n"), "\(fixed.output)")
}
