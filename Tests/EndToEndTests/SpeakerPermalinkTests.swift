import Foundation
import Model
import Pipeline
import Testing

/// Speaker page permalinks (`speakers/<id>/`) stay put as transcript slugs do: a speaker
/// published before keeps its id, read back from the previous `data/transcripts.json`, and a
/// new speaker whose name gives the same slug takes the next free number.

private func voices(_ name: String, _ text: String) -> String {
    "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v \(name)>\(text)</v>\n"
}

/// Speaker id → name, over every transcript of the generated `data/transcripts.json`.
private func speakerIDs(_ site: SiteFixture, in output: URL? = nil) throws -> [String: String] {
    let data = try Data(contentsOf: (output ?? site.output).appendingPathComponent("data/transcripts.json"))
    let transcripts = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    var names: [String: String] = [:]
    for entry in transcripts {
        for speaker in entry["speakers"] as? [[String: Any]] ?? [] {
            names[speaker["id"] as? String ?? ""] = speaker["name"] as? String
        }
    }
    return names
}

/// A new seed that sorts first and names a speaker whose name gives a published speaker's slug
/// (`C++` beside `C` and `C#`) does not renumber the published pages: `C` keeps `speakers/c/`,
/// `C#` keeps `speakers/c-2/`, and `C++` gets the next free number, `c-3`, with a warning. A
/// build into an empty folder still numbers in seed-path order.
@Test func aNewSpeakerWithAClashingNameNeverRenumbersPublishedSpeakerPages() throws {
    let site = try SiteFixture(seeds: [
        "b.vtt": voices("C", "Bonjour à tous."), "b.vtt.yml": "title: Matin\n",
        "c.vtt": voices("C#", "Bonsoir à tous."), "c.vtt.yml": "title: Soir\n",
    ])
    defer { site.remove() }
    try site.generate()
    #expect(try speakerIDs(site) == ["c": "C", "c-2": "C#"])
    let cPage = try site.file("speakers/c/index.html")
    let cSharpPage = try site.file("speakers/c-2/index.html")

    try Data(voices("C++", "Bonne nuit.").utf8).write(to: site.seeds.appendingPathComponent("a.vtt"))
    try Data("title: Nuit\n".utf8).write(to: site.seeds.appendingPathComponent("a.vtt.yml"))
    let report = try site.generate()
    #expect(!report.hasErrors)
    #expect(try speakerIDs(site) == ["c": "C", "c-2": "C#", "c-3": "C++"])
    // The published pages are byte for byte what they were; the new speaker has its own.
    #expect(try site.file("speakers/c/index.html") == cPage)
    #expect(try site.file("speakers/c-2/index.html") == cSharpPage)
    #expect(try site.file("speakers/c-3/index.html").contains("transcripts/nuit/index.html"))
    #expect(!report.removed.contains { $0.hasPrefix("speakers/") })
    let warnings = report.diagnostics.filter { $0.message.hasPrefix("speaker `") }
    #expect(warnings.map(\.message) == [
        "speaker `C++` has the same slug as `C` (`c`); their pages are speakers/c/ and speakers/c-3/",
        "speaker `C#` has the same slug as `C` (`c`); their pages are speakers/c/ and speakers/c-2/",
    ])
    #expect(warnings.map { ($0.file as NSString).lastPathComponent } == ["a.vtt", "c.vtt"])
    // Again: nothing moves, nothing changes.
    #expect(try site.generate(check: true).changed.isEmpty)

    // Into an empty folder the numbers follow seed-path order (documented).
    let fresh = site.root.appendingPathComponent("fresh")
    try site.generate(into: fresh)
    #expect(try speakerIDs(site, in: fresh) == ["c": "C++", "c-2": "C", "c-3": "C#"])
}

/// Two speakers kept apart under one name (`un témoin` in two documents) keep their numbers
/// when a seed that sorts first brings a third.
@Test func speakersKeptApartUnderOneNameKeepTheirNumbers() throws {
    let site = try SiteFixture(seeds: [
        "b.vtt": voices("un témoin", "J'ai tout vu."), "b.vtt.yml": "title: Premier\n",
        "c.vtt": voices("un témoin", "Je n'ai rien vu."), "c.vtt.yml": "title: Second\n",
    ])
    defer { site.remove() }
    try site.generate()
    let before = try speakerIDs(site)
    #expect(before.keys.sorted() == ["un-temoin", "un-temoin-2"])
    #expect(try site.file("speakers/un-temoin-2/index.html").contains("transcripts/second/index.html"))

    try Data(voices("un témoin", "Je passais par là.").utf8).write(to: site.seeds.appendingPathComponent("a.vtt"))
    try Data("title: Zéro\n".utf8).write(to: site.seeds.appendingPathComponent("a.vtt.yml"))
    try site.generate()
    #expect(try speakerIDs(site).keys.sorted() == ["un-temoin", "un-temoin-2", "un-temoin-3"])
    #expect(try site.file("speakers/un-temoin/index.html").contains("transcripts/premier/index.html"))
    #expect(try site.file("speakers/un-temoin-2/index.html").contains("transcripts/second/index.html"))
    #expect(try site.file("speakers/un-temoin-3/index.html").contains("transcripts/zero/index.html"))
}

/// A previous `data/transcripts.json` whose speaker ids would lead out of their folder (`../`,
/// an absolute path, a slash) or are not strings has those entries ignored with one warning at
/// the file; no file is written outside the output folder and the speakers get ids as usual.
@Test func hostileSpeakerIDsInThePreviousDataAreIgnoredWithAWarning() throws {
    let site = try SiteFixture(seeds: [
        "b.vtt": voices("C", "Bonjour à tous."), "b.vtt.yml": "title: Matin\n",
        "c.vtt": voices("C#", "Bonsoir à tous."), "c.vtt.yml": "title: Soir\n",
    ])
    defer { site.remove() }
    try site.generate()
    let index = site.output.appendingPathComponent("data/transcripts.json")
    let original = try String(contentsOf: index, encoding: .utf8)
    for hostile in ["../../escaped", "/tmp/verbatim-escaped", "a/b", ".."] {
        let text = original.replacingOccurrences(of: "\"id\": \"c-2\"", with: "\"id\": \"\(hostile)\"")
            .replacingOccurrences(of: "\"id\": \"c\"", with: "\"id\": 7")
        #expect(text != original)
        try Data(text.utf8).write(to: index)
        // A new speaker sorting first would take `c` if the published ids were not held.
        try Data(voices("C++", "Bonne nuit.").utf8).write(to: site.seeds.appendingPathComponent("a.vtt"))
        let report = try site.generate()
        #expect(!report.hasErrors)
        let warning = try #require(report.diagnostics.first { $0.message.contains("of the previous speaker ids") }, "\(hostile)")
        #expect(warning.severity == .warning)
        #expect(warning.file.hasSuffix("public/data/transcripts.json"))
        #expect(warning.message == "this speaker of the previous speaker ids was left out (it has no `id` and `name` strings, or an id that is not one path segment); permalinks of speaker pages that share a name may change")
        #expect(report.diagnostics.filter { $0.message.contains("of the previous speaker ids") }.count == 2)
        // Placed at the first speaker left out (its `{`), not given as a JSON path.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(warning.line)
        #expect(lines[line - 1].dropFirst((warning.column ?? 1) - 1).hasPrefix("{"), "\(warning)")
        #expect(lines[line].contains("\"id\": 7") || lines[line].contains("\"id\": \"\(hostile)\""), "\(warning)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("escaped").path))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/verbatim-escaped"))
        let folders = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("speakers").path)
        #expect(folders.sorted() == ["c", "c-2", "c-3", "index.html"])
        #expect(try speakerIDs(site) == ["c": "C++", "c-2": "C", "c-3": "C#"])
        // The run wrote sound data again: the next one holds those ids with no warning.
        try FileManager.default.removeItem(at: site.seeds.appendingPathComponent("a.vtt"))
        let next = try site.generate()
        #expect(!next.diagnostics.contains { $0.message.hasPrefix("the previous speaker ids") })
        #expect(try speakerIDs(site) == ["c-2": "C", "c-3": "C#"])
        // Back to the first state for the next case.
        try FileManager.default.removeItem(at: site.output)
        try site.generate()
    }
}
