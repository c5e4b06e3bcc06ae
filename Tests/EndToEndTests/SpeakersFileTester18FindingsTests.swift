import Foundation
import Pipeline
import Testing

private let councilSeed = "Réunion du conseil\n\nLe 3 mai 2024, Paul Durand a dit : « Non, nous ne voterons pas ce texte. »\n"
private let portSeed = "Visite du port\n\n« Nous verrons », a déclaré Jeanne Roche, maire de Lyon, le 4 mai 2024.\n"
private let speakers = "pdurand:\n  name: Paul Durand\n  role: conseiller\njroche:\n  name: Jeanne Roche\n  role: maire de Lyon\n"

/// What the eighteenth session's site tester found: a `speakers.yml` in which every entry is
/// skipped (a bad id, a typo'd `name` key) was only warned, and the speaker pages were written
/// anew without their roles. It is broken as a file that lists no speakers is: an error at the
/// first bad entry's line, and every page published before is kept. Near miss: one good entry
/// among bad ones keeps the file read, with a warning for each bad one.
@Test func aSpeakersFileWhoseEveryEntryIsSkippedIsAnErrorAndKeepsThePages() throws {
    for (yaml, error) in [
        ("pdurand:\n  nmae: Paul Durand\n  role: conseiller\n",
         ":2: error: no entry of the file can be used: speaker pdurand has no `name`; the entry is ignored; the site was built without it, keeping any pages published before (list speakers as `id: {name: …, aliases: […], role: …}`; an id is one folder name)"),
        ("- id: ../x\n  name: Paul Durand\n- id: jroche\n  nom: Jeanne Roche\n",
         ":1: error: no entry of the file can be used: speaker id '../x' cannot be a folder name; the entry is ignored (and 1 more, each at its line: 3); the site was built without it, keeping any pages published before (list speakers as `id: {name: …, aliases: […], role: …}`; an id is one folder name)"),
    ] {
        let site = try SiteFixture(seeds: ["a.txt": councilSeed, "speakers.yml": speakers])
        defer { site.remove() }
        try site.generate()
        let page = try site.file("speakers/pdurand/index.html")
        let transcript = try site.file("transcripts/reunion-du-conseil/index.html")
        #expect(page.contains("conseiller"))
        let url = site.seeds.appendingPathComponent("speakers.yml")
        try Data(yaml.utf8).write(to: url)
        let report = try site.generate()
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [url.standardizedFileURL.path + error], "\(yaml)")
        #expect(try site.file("speakers/pdurand/index.html") == page, "\(yaml)")
        #expect(try site.file("transcripts/reunion-du-conseil/index.html") == transcript, "\(yaml)")
    }
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "speakers.yml": "pdurand:\n  name: Paul Durand\n  role: conseiller\njroche:\n  nom: Jeanne Roche\n"])
    defer { site.remove() }
    let report = try site.generate()
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.description))")
    #expect(report.diagnostics.filter { $0.file.hasSuffix("speakers.yml") }.count == 2)
    #expect(try site.file("speakers/pdurand/index.html").contains("conseiller"))
}

/// What the eighteenth session's site tester found: with `speakers.yml` broken, each seed whose
/// pages were kept gave a line of its own; the file is named once, in one warning that lists the
/// pages kept. With a relative `media:` (`audio/ep1.mp3`, the user's file beside the page), the
/// kept pages were said to link to "a page this run no longer writes". Near miss: a kept page
/// whose speaker link leads to a page gone is still warned (SpeakersFileTesterFindingsTests).
@Test func aBrokenSpeakersFileIsSaidOnceAndARelativeMediaLinkIsNoPageGone() throws {
    let media = "---\ntitle: Media test\nmedia: audio/ep1.mp3\n---\n\n**Paul Durand:** \\[00:01\\] « Bonjour », dit-il.\n\n**Jeanne Roche:** \\[00:05\\] Très bien.\n"
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed, "m.md": media, "speakers.yml": speakers])
    defer { site.remove() }
    try site.generate()
    let url = site.seeds.appendingPathComponent("speakers.yml")
    try Data("x: [\n".utf8).write(to: url)
    let report = try site.generate()
    let file = url.standardizedFileURL.path
    let warnings = report.diagnostics.filter { $0.severity == .warning }.map(\.description)
    #expect(warnings.filter { $0.contains("no longer writes") } == [], "\(warnings)")
    #expect(warnings.filter { $0.contains("are kept as they were, and stay listed") } == [
        "\(file): warning: the pages published before from 3 seeds (transcripts/reunion-du-conseil/, transcripts/visite-du-port/, transcripts/media-test/) are kept as they were, and stay listed as they were, because this file cannot be read: written anew without it, they would lose the roles and aliases it gives (fix \(file) and generate again)"
    ])
}
