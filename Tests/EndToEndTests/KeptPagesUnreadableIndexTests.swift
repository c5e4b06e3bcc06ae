import Foundation
import Model
import Pipeline
import Testing

/// A tester's finding: a seed with errors whose published `index.md` cannot be read back (a bad
/// byte, the file deleted, broken front matter) had its pages kept on the first run ("kept as they
/// were, but no longer listed") and removed on the second, as nothing but `data/transcripts.json`,
/// where it was no longer listed, held its slug. Its pages now stay on every run while the seed
/// exists, two runs give the same output, and a warning names the `index.md` and what is wrong.

private let councilSeed = "Réunion du conseil\n\nLe 3 mai 2024, Paul Durand a dit : « Non, nous ne voterons pas ce texte. »\n"
private let portSeed = "Visite du port\n\n« Nous verrons », a déclaré Jeanne Roche, maire de Lyon, le 4 mai 2024.\n"
/// Five NUL bytes: a seed that cannot be read.
private let failingSeed: [UInt8] = [0, 0, 0, 0, 0]

/// How the published `index.md` is broken.
enum IndexBreakage: String, CaseIterable, Sendable {
    case badByte, deleted, brokenFrontMatter
}

private let index = "transcripts/visite-du-port/index.md"

@Test(arguments: IndexBreakage.allCases)
func aKeptSeedWhoseIndexCannotBeReadBackKeepsItsPagesOnEveryRun(_ breakage: IndexBreakage) throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed])
    defer { site.remove() }
    let base = "https://example.org/"
    try site.generate(baseURL: base)
    try Data(failingSeed).write(to: site.seeds.appendingPathComponent("b.txt"))

    // Break the published index.md; where the warning must point (line, column).
    let indexURL = site.output.appendingPathComponent(index)
    var bytes = Array(try Data(contentsOf: indexURL))
    var place: (line: Int?, column: Int?) = (nil, nil)
    var reason = ""
    switch breakage {
    case .badByte:
        let offset = bytes.indices.first { $0 > 200 && bytes[$0] == UInt8(ascii: " ") }!
        bytes[offset] = 0xFF
        let before = bytes[..<offset]
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        place = (before.filter { $0 == 0x0A }.count + 1, offset - lineStart + 1)
        reason = "byte 0xFF here is not valid UTF-8"
        try Data(bytes).write(to: indexURL)
    case .deleted:
        try FileManager.default.removeItem(at: indexURL)
        reason = "the file is missing"
    case .brokenFrontMatter:
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let titleLine = lines.firstIndex { $0.hasPrefix("title:") }!
        lines[titleLine] = "title: \"broken"
        try Data(lines.joined(separator: "\n").utf8).write(to: indexURL)
        // YAML notices the unclosed quotation mark where the next quoted value starts, a line
        // or more below the title's (`lang: "en"`).
        place = (titleLine + 1, nil)
        reason = "front matter is not valid YAML: did not find expected key while parsing a block mapping"
    }
    let broken = try SiteFixture.snapshot(of: site.output)
    let pages = broken.keys.filter { $0.hasPrefix("transcripts/visite-du-port/") }.sorted()
    #expect(pages.count == (breakage == .deleted ? 2 : 3))

    func expectKept(_ report: GenerateReport, run: Int) throws {
        #expect(report.hasErrors, "run \(run)")
        #expect(report.kept == ["b.txt"], "run \(run)")
        #expect(report.removed.filter { $0.hasPrefix("transcripts/visite-du-port/") } == [], "run \(run)")
        #expect(report.diagnostics.contains {
            $0.severity == .warning && $0.file.hasSuffix("seeds/b.txt")
                && $0.message == "the pages published from this seed before (transcripts/visite-du-port/) are kept as they were, but no longer listed"
        }, "run \(run)")
        let warnings = report.diagnostics.filter { $0.file.hasSuffix("public/" + index) }
        #expect(warnings.count == 1, "run \(run)")
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        if breakage == .brokenFrontMatter {
            #expect((warning.line ?? 0) > place.line!, "run \(run)")
            #expect(warning.column != nil, "run \(run)")
        } else {
            #expect(warning.line == place.line, "run \(run)")
            #expect(warning.column == place.column, "run \(run)")
        }
        if !reason.isEmpty {
            #expect(warning.message.contains("cannot be read back (\(reason))"), "\(warning.message)")
        }
        #expect(warning.message.hasPrefix("this published file, from which the pages kept for "))
        #expect(warning.message.contains("seeds/b.txt are listed, cannot be read back ("))
        #expect(warning.message.hasSuffix("so they are no longer listed on the home page, speaker pages, search, feed and data; they stay online as they were"))
        #expect(warning.hint == "fix the seed's error and generate again, which writes this file anew; or restore it from version control")
        let now = try SiteFixture.snapshot(of: site.output)
        for page in pages { #expect(now[page] == broken[page], "run \(run): \(page) changed") }
        #expect(!(try site.file("index.html")).contains("Visite du port"), "run \(run)")
    }

    let first = try site.generate(baseURL: base)
    try expectKept(first, run: 1)
    let afterFirst = try SiteFixture.snapshot(of: site.output)
    // The second run relies on what the first wrote: its pages are still found and kept, and
    // nothing changes on disk (two runs, one output).
    let second = try site.generate(baseURL: base)
    try expectKept(second, run: 2)
    #expect(second.written.isEmpty)
    #expect(second.removed.isEmpty)
    #expect(try SiteFixture.snapshot(of: site.output) == afterFirst)
    let check = try site.generate(check: true, baseURL: base)
    #expect(check.changed.isEmpty)
    try expectKept(try site.generate(baseURL: base), run: 3)

    // Fixed, the seed is published again under its slug, listed again, and the record is gone.
    try Data(portSeed.utf8).write(to: site.seeds.appendingPathComponent("b.txt"))
    let fixed = try site.generate(baseURL: base)
    #expect(!fixed.hasErrors)
    #expect(fixed.kept.isEmpty)
    #expect(try site.file(index).contains("Nous verrons"))
    #expect(try site.file("index.html").contains("Visite du port"))
    #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(".verbatim-kept.json").path))

    // Deleting the seed (while broken) is what unpublishes the pages.
    try Data(failingSeed).write(to: site.seeds.appendingPathComponent("b.txt"))
    try FileManager.default.removeItem(at: indexURL)
    #expect(try site.generate(baseURL: base).kept == ["b.txt"])
    try FileManager.default.removeItem(at: site.seeds.appendingPathComponent("b.txt"))
    let deleted = try site.generate(baseURL: base)
    #expect(deleted.kept.isEmpty)
    #expect(deleted.removed.contains("transcripts/visite-du-port/index.html"))
    #expect(deleted.removed.contains(".verbatim-kept.json"))
    #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("transcripts/visite-du-port").path))
}
