import Foundation
import Pipeline
import Testing

private let councilSeed = "Council meeting\n\nOn 3 May 2024, Tom Reyes said: \"We will not vote for this text.\"\n"
private let portSeed = "Port visit\n\nOn 4 May 2024, Tom Reyes said: \"The port will stay open.\"\n"
private let speakers = "treyes:\n  name: Tom Reyes\n  role: councillor\n"

/// What the twentieth session's site tester found with `speakers.yml` broken and a seed
/// deleted: a kept speaker page that linked to the deleted seed's transcript was written anew
/// with new counts, while the kept `speakers/index.html` still gave the old ones. The list that
/// counts the quotations of a speaker page written anew is written anew too, with a warning at
/// `speakers.yml`. Near miss: with nothing deleted, the list is kept byte for byte.
@Test func theSpeakerListIsWrittenAnewWithASpeakerPageItCounts() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed, "speakers.yml": speakers])
    defer { site.remove() }
    try site.generate()
    let list = try site.file("speakers/index.html")
    #expect(list.contains("2 quotations in 2 transcripts"), "\(list)")
    let file = site.seeds.appendingPathComponent("speakers.yml")
    try Data("treyes:\n  name: [Tom Reyes\n".utf8).write(to: file)

    // Near miss: nothing deleted, the list is kept.
    try site.generate()
    #expect(try site.file("speakers/index.html") == list)

    try FileManager.default.removeItem(at: site.seeds.appendingPathComponent("b.txt"))
    let report = try site.generate()
    let page = try site.file("speakers/treyes/index.html")
    #expect(!page.contains("transcripts/port-visit/"))
    let fresh = try site.file("speakers/index.html")
    #expect(fresh.contains("1 quotation in 1 transcript"), "\(fresh)")
    #expect(!fresh.contains("2 quotations"))
    let shown = file.standardizedFileURL.path
    #expect(report.diagnostics.map(\.description).contains(
        "\(shown): warning: the speaker list speakers/index.html published before counts the quotations of speakers/treyes/index.html, written anew this run with other counts, so it is not kept: it is written anew, without the names, roles and aliases of this file (fix the error above and generate again)"),
        "\(report.diagnostics.map(\.description))")
}

/// What the twentieth session's site tester found: a NUL in `speakers.yml` was not warned, and
/// the name was published with U+FFFD on every page and in `data/quotes.json`. It is removed
/// and warned at its line and column, as the other control characters are, and the rest of the
/// entry (its role) is kept. Near miss: U+0001 in the same place says the same, with its name.
@Test func aNULInTheSpeakersFileIsWarnedAndRemoved() throws {
    for (control, described) in [("\u{0000}", "U+0000, NUL"), ("\u{0001}", "U+0001, a C0 control")] {
        let site = try SiteFixture(seeds: [
            "a.txt": councilSeed, "speakers.yml": "treyes:\n  name: Tom\(control) Reyes\n  role: councillor\n",
        ])
        defer { site.remove() }
        let report = try site.generate()
        let shown = site.seeds.appendingPathComponent("speakers.yml").standardizedFileURL.path
        #expect(report.diagnostics.map(\.description).contains(
            "\(shown):2:12: warning: a control character (\(described)), which YAML does not allow; it was removed (remove it from the file, or type the character meant)"),
            "\(report.diagnostics.map(\.description))")
        let page = try site.file("speakers/treyes/index.html")
        #expect(page.contains("Tom Reyes"))
        #expect(page.contains("councillor"))
        #expect(!page.contains("\u{FFFD}"))
        let quotes = try site.file("data/quotes.json")
        #expect(quotes.contains("Tom Reyes"))
        #expect(!quotes.contains("\u{FFFD}") && !quotes.contains("\\ufffd"))
        #expect(!(try site.file("transcripts/council-meeting/index.html")).contains("\u{FFFD}"))
    }
}
