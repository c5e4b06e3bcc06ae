import Foundation
import Model
import Pipeline
import Testing

/// A good seed, for sites whose other seeds are wrong.
private let goodSeed = "Harbour talk\n\nOn 3 May 2024, Wren Okafor said: \"The quay opens in June.\"\n"
/// A seed whose front matter is not valid YAML: its title starts with `[`.
private let bracketSeed = "---\ntitle: [Draft] Quay talk\n---\nHello.\n"

/// A WebVTT seed of `count` cues in reverse order of time: each cue after the first starts
/// before the cue before it (a warning at its timing line, 6, 9, 12, …).
private func reversedCues(_ count: Int) -> String {
    "WEBVTT\n\n" + (0..<count).map { index in
        let second = 2 * (count - index)
        return "00:00:\(second < 10 ? "0" : "")\(second).000 --> 00:00:\(second < 9 ? "0" : "")\(second + 1).000\nCue \(index + 1).\n"
    }.joined(separator: "\n")
}

/// The user check of the twentieth session: the summary line said `Generated 2 transcripts from
/// 3 seeds` and nothing of the seed that had an error or of the warnings. It says how many seeds
/// had an error, how many other errors and how many warnings there were (every one, those a
/// flood leaves unprinted too); near miss: a run with none says nothing more than before.
@Test func theSummarySaysHowManySeedsHadAnErrorAndHowManyWarnings() throws {
    let site = try SiteFixture(seeds: ["a.txt": goodSeed, "b.md": bracketSeed, "c.vtt": reversedCues(5)])
    defer { site.remove() }
    let report = try site.generate(baseURL: "https://example.org/")
    // The four cues that start before the cue before them.
    #expect(report.diagnostics.warningCount == 4, "\(report.diagnostics.map(\.description))")
    #expect(report.summary(output: "public")
        == "Generated 2 transcripts from 3 seeds into public/: \(report.written.count) files written, 0 unchanged, 0 removed; 1 seed had an error (not generated), 4 warnings.")
    #expect(report.hasErrors)

    // A speakers file that is not valid YAML is an error that is no seed's.
    let speakers = try SiteFixture(seeds: ["a.txt": goodSeed, "speakers.yml": "wokafor:\n  name: [Wren Okafor\n"])
    defer { speakers.remove() }
    let other = try speakers.generate(baseURL: "https://example.org/")
    #expect(other.summary(output: "public").hasSuffix(" 0 removed; 1 error."), "\(other.summary(output: "public"))")
    let shown = speakers.seeds.appendingPathComponent("speakers.yml").standardizedFileURL.path
    #expect(other.printedMessages == [
        "\(shown):2:9: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence; the site was built without it, keeping any pages published before (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes:   name: \"[Wren Okafor\")",
    ])

    // Near miss: nothing wrong, nothing more said.
    let clean = try SiteFixture(seeds: ["a.txt": goodSeed])
    defer { clean.remove() }
    let fine = try clean.generate(baseURL: "https://example.org/")
    #expect(fine.summary(output: "public") == "Generated 1 transcript from 1 seed into public/: \(fine.written.count) files written, 0 unchanged, 0 removed.")
}

/// The user check: messages came in seed order, so the error of `z.md` came after every warning
/// of `a.vtt`; the site tester: a file of reversed cues gave a warning per cue. The error comes
/// first, three warnings of the flood and a line that sums up the rest, then the others; the
/// lines are the same whatever order the seeds were written to disk in.
@Test func errorsArePrintedFirstAndAFloodIsSummedUpInTheSameOrderWhateverTheDiskOrder() throws {
    let seeds = [("a.vtt", reversedCues(6)), ("m.txt", goodSeed), ("z.md", bracketSeed)]
    var printed: [[String]] = []
    for order in [seeds, seeds.reversed()] {
        let site = try SiteFixture(seeds: [String: String]())
        defer { site.remove() }
        for (name, text) in order { try Data(text.utf8).write(to: site.seeds.appendingPathComponent(name)) }
        let root = site.seeds.standardizedFileURL.path
        printed.append(try site.generate().printedMessages.map { $0.replacingOccurrences(of: root, with: "seeds") })
    }
    let back = { (line: Int, start: Int, previous: Int) in
        "seeds/a.vtt:\(line): warning: the cue starts (00:00:\(String(format: "%02d", start)).000) before the cue before it (00:00:\(String(format: "%02d", previous)).000, timing line \(line - 3)); the page keeps the file's order, and the WebVTT export puts the cues in time order (put the cues in the order of their start, or correct the time)"
    }
    #expect(printed[0] == printed[1])
    #expect(Array(printed[0].prefix(5)) == [
        "seeds/z.md:2:16: error: front matter is not valid YAML: did not find expected key while parsing a block mapping (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes: title: \"[Draft] Quay talk\")",
        back(6, 10, 12), back(9, 8, 10), back(12, 6, 8),
        "… and 2 more like this in seeds/a.vtt (lines 15 to 18)",
    ], "\(printed[0])")
}

/// The site tester: a 100,000-character timing line was echoed whole in its warning. The
/// echoed line is cut at 120 characters with `…`; the rest of the message is whole.
@Test func aHugeTimingLineIsNotEchoedWhole() throws {
    let site = try SiteFixture(seeds: ["a.srt": "1\n00:00:01,000 --> " + String(repeating: "9", count: 100_000) + "\nHello.\n"])
    defer { site.remove() }
    let report = try site.generate(baseURL: "https://example.org/")
    let warning = try #require(report.printedMessages.first { $0.contains("invalid SubRip timing") })
    #expect(warning.hasSuffix(
        ":2: warning: invalid SubRip timing `00:00:01,000 --> \(String(repeating: "9", count: 102))…`: its end `\(String(repeating: "9", count: 119))…` is not a time; its cue is kept from 00:00:01,000, with no end (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)"),
        "\(warning.prefix(400))")
}

/// The site tester: a seed named with a line feed broke `file:line:` over two lines. The name is
/// printed with `\n` in its place, so the message is one line that starts with the file.
@Test func aSeedNameWithALineFeedKeepsItsMessageOnOneLine() throws {
    let site = try SiteFixture(seeds: ["a\nb.md": bracketSeed, "c.txt": goodSeed])
    defer { site.remove() }
    let report = try site.generate(baseURL: "https://example.org/")
    let root = site.seeds.standardizedFileURL.path
    #expect(report.printedMessages == [
        "\(root)/a\\nb.md:2:16: error: front matter is not valid YAML: did not find expected key while parsing a block mapping (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes: title: \"[Draft] Quay talk\")",
    ])
}

/// A seed whose file name is not UTF-8 (Latin-1 `café.txt` from an old archive; the site tester
/// of the twenty-second session): it was called unreadable with `check its permissions`. The
/// message says the name is not UTF-8 and to rename it; the other seeds are generated.
@Test func aSeedWhoseNameIsNotUTF8IsToldToBeRenamed() throws {
    let site = try SiteFixture(seeds: ["a.txt": goodSeed])
    defer { site.remove() }
    let name = Array("caf".utf8CString.dropLast()) + [CChar(bitPattern: 0xE9)] + Array(".txt".utf8CString)
    let path = Array(site.seeds.path.utf8CString.dropLast()) + [CChar(UInt8(ascii: "/"))] + name
    let descriptor = path.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    try #require(descriptor >= 0)
    let text = Array(goodSeed.utf8)
    _ = text.withUnsafeBufferPointer { write(descriptor, $0.baseAddress!, $0.count) }
    close(descriptor)
    let report = try site.generate(baseURL: "https://example.org/")
    let messages = report.diagnostics.map(\.description)
    #expect(messages.contains { $0.contains("the file's name is not valid UTF-8") && $0.contains("rename the file") }, "\(messages)")
    #expect(report.summary(output: "public").hasPrefix("Generated 1 transcript from 2 seeds"), "\(report.summary(output: "public"))")
}
