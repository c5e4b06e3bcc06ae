import Foundation
import Model
import Pipeline
import Testing
import Write

private let councilSeed = "Réunion du conseil\n\nLe 3 mai 2024, Paul Durand a dit : « Non, nous ne voterons pas ce texte. »\n"
private let portSeed = "Visite du port\n\n« Nous verrons », a déclaré Jeanne Roche, maire de Lyon, le 4 mai 2024.\n"

/// A manifest line through a symbolic link out of the output folder (`public/linkdir -> ../vdir`)
/// removes nothing outside it, and a `speakers` folder that links out (`public/speakers ->
/// ../ext`) gets no page written through it: each link is warned about once, and the rest of
/// the site is written.
@Test func generateNeverWritesOrRemovesThroughASymbolicLinkOutOfTheOutputFolder() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed])
    defer { site.remove() }
    let manager = FileManager.default
    try site.generate()
    let vdir = site.root.appendingPathComponent("vdir")
    let ext = site.root.appendingPathComponent("ext")
    try manager.createDirectory(at: vdir, withIntermediateDirectories: true)
    try manager.createDirectory(at: ext, withIntermediateDirectories: true)
    try Data("victim\n".utf8).write(to: vdir.appendingPathComponent("w.txt"))
    try manager.createSymbolicLink(atPath: site.output.appendingPathComponent("linkdir").path, withDestinationPath: "../vdir")
    let manifest = site.output.appendingPathComponent(SiteWriter.manifestName)
    try Data((try site.file(SiteWriter.manifestName) + "linkdir/w.txt\n").utf8).write(to: manifest)
    try manager.removeItem(at: site.output.appendingPathComponent("speakers"))
    try manager.createSymbolicLink(atPath: site.output.appendingPathComponent("speakers").path, withDestinationPath: "../ext")

    let report = try site.generate()
    #expect(manager.contents(atPath: vdir.appendingPathComponent("w.txt").path) == Data("victim\n".utf8))
    #expect(try manager.contentsOfDirectory(atPath: ext.path) == [])
    let warnings = report.diagnostics.filter { $0.message.contains("symbolic link out of the output folder") }.map(\.description)
    #expect(warnings.count == 2, "\(warnings)")
    #expect(warnings.contains { $0.hasSuffix("public/linkdir: warning: is a symbolic link out of the output folder; Verbatim neither writes nor removes through it (replace the link by a folder, or choose another output folder)") }, "\(warnings)")
    #expect(warnings.contains { $0.contains("public/speakers: warning:") }, "\(warnings)")
    #expect(try site.file("transcripts/reunion-du-conseil/index.html").contains("Paul Durand"))
}

/// Ids of `speakers.yml` that cannot be a folder name, or are empty, are warnings at their line
/// of the file (not errors blamed on a seed); those entries are left out, the others kept, and
/// the site is built.
@Test func badSpeakerIdsAreWarnedAtTheirLineAndTheSiteIsBuilt() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed])
    defer { site.remove() }
    let yaml = """
        "a/b": {name: Paul Durand}
        "../x": {name: C++}
        ".": {name: Dot}
        "": {name: Nobody}
        jroche:
          name: Jeanne Roche

        """
    try Data(yaml.utf8).write(to: site.seeds.appendingPathComponent("speakers.yml"))
    let report = try site.generate()
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.description))")
    let messages = report.diagnostics.filter { $0.file.hasSuffix("speakers.yml") }.map(\.description)
    #expect(messages.count == 4, "\(messages)")
    #expect(messages.first?.hasSuffix("seeds/speakers.yml:1: warning: speaker id 'a/b' cannot be a folder name; the entry is ignored (list speakers as `id: {name: …, aliases: […], role: …}`; an id is one folder name)") == true, "\(messages)")
    #expect(messages.contains { $0.hasSuffix("seeds/speakers.yml:2: warning: speaker id '../x' cannot be a folder name; the entry is ignored (list speakers as `id: {name: …, aliases: […], role: …}`; an id is one folder name)") }, "\(messages)")
    #expect(messages.contains { $0.contains("seeds/speakers.yml:3: warning: speaker id '.' cannot be a folder name") }, "\(messages)")
    #expect(messages.contains { $0.contains("seeds/speakers.yml:4: warning: the speaker id is empty; the entry is ignored") }, "\(messages)")
    #expect(try site.file("speakers/jroche/index.html").contains("Jeanne Roche"))
    #expect(try site.file("speakers/paul-durand/index.html").contains("Paul Durand"))
}

/// One bad entry of `speakers.yml` (no name) is skipped with a warning at its line; the other
/// entries are kept.
@Test func oneBadSpeakerEntryIsSkippedAndTheRestKept() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed])
    defer { site.remove() }
    try Data("pdurand:\n  name: Paul Durand\nbroken:\n  role: maire\njroche: Jeanne Roche\n".utf8)
        .write(to: site.seeds.appendingPathComponent("speakers.yml"))
    let report = try site.generate()
    let messages = report.diagnostics.filter { $0.file.hasSuffix("speakers.yml") }.map(\.description)
    #expect(messages.count == 1, "\(messages)")
    #expect(messages.first?.contains("seeds/speakers.yml:4: warning: speaker broken has no `name`; the entry is ignored") == true, "\(messages)")
    #expect(try site.file("speakers/pdurand/index.html").contains("Paul Durand"))
    #expect(try site.file("speakers/jroche/index.html").contains("Jeanne Roche"))
}

/// A `speakers.yml` that is no longer valid YAML is an error at its line and column, and the
/// speaker pages published from it before are kept as they were, as a seed that cannot be read
/// keeps its pages.
@Test func brokenSpeakersYAMLKeepsThePublishedSpeakerPages() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed])
    defer { site.remove() }
    let file = site.seeds.appendingPathComponent("speakers.yml")
    try Data("pdurand:\n  name: Paul Durand\n  role: maire\n".utf8).write(to: file)
    try site.generate()
    let page = try site.file("speakers/pdurand/index.html")
    let speakerList = try site.file("speakers/index.html")
    try Data("pdurand:\n  name: [Paul Durand\n  role: maire\n".utf8).write(to: file)
    let report = try site.generate()
    let messages = report.diagnostics.filter { $0.file.hasSuffix("speakers.yml") }.map(\.description)
    #expect(messages.contains { $0.contains("seeds/speakers.yml:2:9: error: invalid YAML: did not find expected") }, "\(messages)")
    #expect(messages.contains { $0.contains("warning: the speaker pages published before (2 files under speakers/) are kept as they were; only pages of speakers new this run are written") }, "\(messages)")
    #expect(try site.file("speakers/pdurand/index.html") == page)
    // Every page published before is kept, not rebuilt without the file: the list too.
    #expect(try site.file("speakers/index.html") == speakerList)
    #expect(try site.file(SiteWriter.manifestName).contains("speakers/pdurand/index.html\n"))
}

/// `--check` with the previous `data/transcripts.json` missing says to restore it before
/// generating (which would renumber clashing permalinks); `data` that is a file is named as
/// such, and a symbolic link that loops is a file that cannot be read, not a missing one.
@Test func checkAdviceFitsALostPreviousSlugList() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed])
    defer { site.remove() }
    let manager = FileManager.default
    try site.generate()
    #expect(try site.generate(check: true).checkAdvice(output: "public") == "Run `verbatim generate` and commit the result.")
    let index = site.output.appendingPathComponent("data/transcripts.json")
    try manager.removeItem(at: index)
    let missing = try site.generate(check: true)
    #expect(missing.checkAdvice(output: "public") == "First restore public/data/transcripts.json (see the warning above): generating without it renumbers the permalinks of pages that share a title or a name. Then run `verbatim generate` and commit the result.")

    try manager.createSymbolicLink(atPath: index.path, withDestinationPath: "transcripts.json")
    let loop = try #require(try site.generate(check: true).diagnostics.first { $0.message.contains("previous slugs") })
    #expect(loop.message == "the previous slugs and speaker ids could not be read (the file cannot be read: it is a symbolic link that loops or leads nowhere); permalinks of pages that share a title or a name may change", "\(loop)")
    try manager.removeItem(at: index)

    let data = site.output.appendingPathComponent("data")
    try manager.removeItem(at: data)
    try Data("x\n".utf8).write(to: data)
    let report = try site.generate(check: true)
    let warning = try #require(report.diagnostics.first { $0.message.contains("previous slugs") })
    #expect(warning.message.hasSuffix("public/data is a file, not a folder); permalinks of pages that share a title or a name may change"), "\(warning)")
    #expect(!warning.message.contains("missing"))
    #expect(report.previousPermalinksLost)
}

/// A `lang` in `site.yml` that is not a language tag is a warning at its line and the site
/// stays in English (it never reaches `<html lang>`); a tag the templates have no labels for is
/// used, with a warning that the site's own words are English.
@Test func siteLanguageIsCheckedAsATagAndItsLabelsLookedFor() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "site.yml": "title: T\nlang: ../../etc/passwd\n"])
    defer { site.remove() }
    let report = try site.generate()
    let messages = report.diagnostics.filter { $0.file.hasSuffix("site.yml") && $0.severity == .warning && $0.message.contains("lang") }.map(\.description)
    #expect(messages.count == 1, "\(messages)")
    #expect(messages.first?.contains("seeds/site.yml:2:7: warning: lang '../../etc/passwd' is not a language tag; the site is in en (write a BCP 47 tag such as fr, en or pt-BR)") == true, "\(messages)")
    let home = try site.file("index.html")
    #expect(home.contains("<html lang=\"en\""))
    #expect(!home.contains("passwd"))

    try Data("lang: de\n".utf8).write(to: site.seeds.appendingPathComponent("site.yml"))
    let german = try site.generate()
    let labels = german.diagnostics.filter { $0.file.hasSuffix("site.yml") }.map(\.description)
    #expect(labels.contains { $0.contains("seeds/site.yml:1: warning: no labels for lang 'de' in ") && $0.contains("so the site's own words (menus, headings, dates) are in English") }, "\(labels)")
    #expect(try site.file("index.html").contains("<html lang=\"de\""))

    try Data("lang: fr-CA\n".utf8).write(to: site.seeds.appendingPathComponent("site.yml"))
    #expect(!(try site.generate()).diagnostics.contains { $0.file.hasSuffix("site.yml") && $0.message.contains("lang") })
}

/// A hand-edited annotated Markdown seed whose `who=` cannot name a folder (`a/b`) no longer
/// stops the build: its page is written, the id read as its slug with a warning at its line,
/// and the other seeds are generated.
@Test func aBadSpeakerIdInAnAnnotatedSeedIsAWarningAndEverySeedIsGenerated() throws {
    let bad = "---\ntitle: \"Bad\"\nlang: en\n---\n\nAnn said [“hello there”]{#q-000016 .quote who=a/b}. End.\n"
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "badwho.md": bad])
    defer { site.remove() }
    let report = try site.generate()
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.description))")
    let messages = report.diagnostics.filter { $0.file.hasSuffix("badwho.md") }.map(\.description)
    #expect(messages.contains { $0.hasSuffix("badwho.md:6: warning: speaker id 'a/b' cannot name a speaker page folder (or differs from another only by case); it was read as 'a-b' (write each speaker id one way, in letters, digits and `-`, such as `a-b`)") }, "\(messages)")
    #expect(try site.file("transcripts/bad/index.html").contains("hello there"))
    #expect(try site.file("speakers/a-b/index.html").contains("hello there"))
    #expect(try site.file("transcripts/reunion-du-conseil/index.html").contains("Paul Durand"))
}
