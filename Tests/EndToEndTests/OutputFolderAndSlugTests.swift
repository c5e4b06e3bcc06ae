import Foundation
import Model
import Pipeline
import Testing
import Write

private let councilSeed = "Réunion du conseil\n\nLe 3 mai 2024, Paul Durand a dit : « Non, nous ne voterons pas ce texte. »\n"

/// `--check` skips what `generate` skips: the pages behind a folder that is a symbolic link out
/// of the output folder (`public/speakers -> ../ext`) are not "would change" on every run, the
/// link is warned about once, and both summaries count the files skipped.
@Test func checkSkipsFilesBehindASymbolicLinkOutOfTheOutputAsGenerateDoes() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed])
    defer { site.remove() }
    let manager = FileManager.default
    try site.generate()
    let ext = site.root.appendingPathComponent("ext")
    try manager.createDirectory(at: ext, withIntermediateDirectories: true)
    try manager.removeItem(at: site.output.appendingPathComponent("speakers"))
    try manager.createSymbolicLink(atPath: site.output.appendingPathComponent("speakers").path, withDestinationPath: "../ext")

    let written = try site.generate()
    #expect(!written.skipped.isEmpty)
    #expect(written.summary(output: "public").hasSuffix(", \(written.skipped.count) files skipped behind a symbolic link out of the output folder; \(written.diagnostics.warningCount) warnings."), "\(written.summary(output: "public"))")
    let checked = try site.generate(check: true)
    #expect(checked.changed == [], "\(checked.changed)")
    #expect(checked.skipped == written.skipped)
    #expect(checked.skipped.allSatisfy { $0.hasPrefix("speakers/") })
    #expect(checked.upToDateSummary(output: "public") == "public/ is up to date (1 transcript, \(checked.skipped.count) files skipped behind a symbolic link out of the output folder); 2 warnings.")
    let warnings = checked.diagnostics.filter { $0.message.contains("symbolic link out of the output folder") }.map(\.description)
    #expect(warnings.count == 1, "\(warnings)")
    #expect(warnings.first?.contains("public/speakers: warning:") == true, "\(warnings)")
    #expect(try manager.contentsOfDirectory(atPath: ext.path) == [])
}

/// Two seeds whose titles give one slug are numbered oldest first (by date, then seed path), so
/// that a build into an empty output folder gives the slugs that the published folder kept when
/// the seeds were added as they happened: a newer seed whose file name sorts first takes `-2`,
/// in a fresh build and an incremental one alike.
@Test func clashingSlugsAreNumberedOldestFirstSoAFreshBuildMatchesThePublishedOne() throws {
    let older = "---\ntitle: Réunion du conseil\ndate: 2024-05-03\n---\n\nLe maire a dit : « Nous verrons. »\n"
    let newer = "---\ntitle: Réunion du conseil\ndate: 2024-06-07\n---\n\nLa maire a dit : « C'est voté. »\n"
    let site = try SiteFixture(seeds: ["z-mai.txt": older])
    defer { site.remove() }
    func slugs(_ output: URL) throws -> [String: String] {
        let list = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/transcripts.json"))) as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0["seed"] as? String ?? "", $0["slug"] as? String ?? "") })
    }
    try site.generate()
    try Data(newer.utf8).write(to: site.seeds.appendingPathComponent("a-juin.txt"))
    let report = try site.generate()
    let published = try slugs(site.output)
    #expect(published == ["z-mai.txt": "reunion-du-conseil", "a-juin.txt": "reunion-du-conseil-2"])
    #expect(report.diagnostics.contains { $0.file.hasSuffix("a-juin.txt") && $0.message.contains("published as `reunion-du-conseil-2`") })
    let fresh = site.root.appendingPathComponent("fresh")
    try site.generate(into: fresh)
    #expect(try slugs(fresh) == published)
    // Undated seeds come after dated ones, then in seed-path order.
    try Data("---\ntitle: Réunion du conseil\n---\n\nTexte.\n".utf8).write(to: site.seeds.appendingPathComponent("0-undated.txt"))
    let again = site.root.appendingPathComponent("again")
    try site.generate(into: again)
    #expect(try slugs(again)["0-undated.txt"] == "reunion-du-conseil-3")
}

/// A named pipe standing as the previous `data/transcripts.json` is said to be no regular file
/// (not a matter of permissions), and the run does not wait on it.
@Test func aNamedPipeAsThePreviousSlugListIsSaidToBeNoRegularFile() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed])
    defer { site.remove() }
    try site.generate()
    let index = site.output.appendingPathComponent("data/transcripts.json")
    try FileManager.default.removeItem(at: index)
    #expect(mkfifo(index.path, 0o644) == 0)
    let report = try site.generate(check: true)
    let warning = try #require(report.diagnostics.first { $0.message.contains("previous slugs") })
    #expect(warning.description.hasSuffix("public/data/transcripts.json: warning: the previous slugs and speaker ids could not be read (it is not a regular file but a named pipe (FIFO)); permalinks of pages that share a title or a name may change (replace it by the file, restored from version control, to keep the slugs and ids it held)"), "\(warning)")
    #expect(!warning.description.contains("permission"))
}

/// A named pipe, or a link to a device, standing as `data/transcripts.json` in an output folder
/// with no manifest gets the same warning as in a folder Verbatim built.
@Test func aSpecialFileAsTheSlugListIsWarnedAlsoWithNoManifest() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed])
    defer { site.remove() }
    let data = site.output.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    let index = data.appendingPathComponent("transcripts.json")
    #expect(mkfifo(index.path, 0o644) == 0)
    let report = try site.generate(check: true)
    let warning = try #require(report.diagnostics.first { $0.message.contains("previous slugs") }, "\(report.diagnostics)")
    #expect(warning.description.hasSuffix("public/data/transcripts.json: warning: the previous slugs and speaker ids could not be read (it is not a regular file but a named pipe (FIFO)); permalinks of pages that share a title or a name may change (replace it by the file, restored from version control, to keep the slugs and ids it held)"), "\(warning)")
    try FileManager.default.removeItem(at: index)
    try FileManager.default.createSymbolicLink(atPath: index.path, withDestinationPath: "/dev/zero")
    let device = try site.generate(check: true)
    #expect(device.diagnostics.contains { $0.message.contains("it is not a regular file but a device") }, "\(device.diagnostics)")
}

/// An entry of the previous slug list whose slug holds a line break (U+2028) is left out with a
/// warning at it, as any other slug that is not one path segment.
@Test func aPreviousSlugWithALineSeparatorIsLeftOutWithAWarning() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed])
    defer { site.remove() }
    try site.generate()
    let index = site.output.appendingPathComponent("data/transcripts.json")
    try Data("[\n  {\"seed\": \"a.txt\", \"slug\": \"reunion\u{2028}du-conseil\"}\n]\n".utf8).write(to: index)
    let report = try site.generate()
    let messages = report.diagnostics.filter { $0.message.contains("of the previous slugs") }.map(\.description)
    #expect(messages.count == 1 && messages[0].contains("public/data/transcripts.json:2:3: warning: this entry of the previous slugs was left out"), "\(messages)")
}

/// Two seeds that both set `slug: same` are told to choose another `slug:` (not to set one);
/// a `slug:` with no letter or digit (`"---"`) gives way to the title's slug, with a warning.
@Test func slugClashAdviceFitsAndASlugWithNoLetterFallsBackToTheTitle() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": "---\ntitle: Un\nslug: same\n---\n\nTexte un.\n",
        "b.txt": "---\ntitle: Deux\nslug: same\n---\n\nTexte deux.\n",
        "c.txt": "---\ntitle: Réunion du conseil\nslug: \"---\"\n---\n\nTexte.\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    let clash = try #require(report.diagnostics.first { $0.message.contains("is already taken") }, "\(report.diagnostics)")
    #expect(clash.hint == "choose another `slug:` in its front matter")
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("transcripts/reunion-du-conseil/index.html").path))
    #expect(report.diagnostics.contains { $0.description.contains("c.txt:3: warning: slug `---` has no letter or digit; the page is published under its title's slug") }, "\(report.diagnostics)")
}
