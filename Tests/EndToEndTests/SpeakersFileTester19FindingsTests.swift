import Foundation
import Pipeline
import Testing

private let harbourSeed = "Harbour meeting\n\nOn 3 May 2024, Tom Reyes said: \"We will not vote for this text.\"\n"
private let bridgeSeed = "Bridge visit\n\n\"We shall see,\" said Nora Vance, mayor of Eastfield, on 4 May 2024.\n"
private let speakers = "treyes:\n  name: Tom Reyes\n  role: councillor\n"

/// What the nineteenth session's site tester found with `speakers.yml` broken: a speaker new
/// this run got a page that the kept `speakers/index.html` did not list, and the summary said
/// the transcripts kept for the broken file were "kept from seeds with errors". The speaker list
/// that does not list every speaker page is written anew, with a warning at `speakers.yml`; the
/// summary says why the pages were kept. Near miss: with no new speaker, the list is kept byte
/// for byte, as before.
@Test func aSpeakerNewWhileTheSpeakersFileIsBrokenIsListed() throws {
    let site = try SiteFixture(seeds: ["a.txt": harbourSeed, "speakers.yml": speakers])
    defer { site.remove() }
    try site.generate()
    let list = try site.file("speakers/index.html")
    let file = site.seeds.appendingPathComponent("speakers.yml")
    try Data("treyes:\n  name: [Tom Reyes\n".utf8).write(to: file)

    // Near miss: nothing new, the list is kept.
    let quiet = try site.generate()
    #expect(try site.file("speakers/index.html") == list)
    #expect(quiet.kept.isEmpty)
    #expect(quiet.keptForSpeakersFile == ["a.txt"])
    #expect(quiet.summary(output: "public").hasPrefix("Generated 1 transcript from 1 seed into public/, 1 of them kept as published before because speakers.yml cannot be read: "))

    try Data(bridgeSeed.utf8).write(to: site.seeds.appendingPathComponent("b.txt"))
    let report = try site.generate()
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("speakers/nora-vance/index.html").path))
    #expect(try site.file("speakers/index.html").contains("nora-vance/"))
    #expect(try site.file("speakers/index.html").contains("treyes/"))
    let shown = file.standardizedFileURL.path
    #expect(report.diagnostics.map(\.description).contains(
        "\(shown): warning: the speaker list speakers/index.html published before does not list speakers/nora-vance/index.html, the page of a speaker new this run, so it is not kept: it is written anew, without the names, roles and aliases of this file (fix the error above and generate again)"),
        "\(report.diagnostics.map(\.description))")
    #expect(report.summary(output: "public").hasPrefix("Generated 2 transcripts from 2 seeds into public/, 1 of them kept as published before because speakers.yml cannot be read: "))
}
