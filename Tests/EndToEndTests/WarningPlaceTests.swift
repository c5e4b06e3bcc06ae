import Foundation
import Model
import Pipeline
import Testing

/// Warnings name the file and line the user edits (STYLE.md: `file:line: warning: …`).

private let annSeed = """
    ---
    title: First meeting
    date: 2024-03-01
    speakers:
      Ann-Lee: {name: Ann Lee}
    ---

    Le 1er mars 2024, Ann Lee a dit : « Nous ouvrirons la bibliothèque lundi. »

    """

private let otherAnnSeed = """
    ---
    title: Second meeting
    date: 2024-03-02
    speakers:
      ann-lee: {name: Annie Leigh}
    ---

    Le 2 mars 2024, Annie Leigh a dit : « La bibliothèque a ouvert comme prévu. »

    """

/// A seed that fails now keeps its published pages, read back from its `index.md`: a warning
/// about that transcript names the `index.md` and its line, never the seed at a line of
/// another file.
@Test func aKeptSeedsWarningsNameItsPublishedMarkdown() throws {
    let site = try SiteFixture(seeds: ["a.txt": annSeed, "b.txt": otherAnnSeed])
    defer { site.remove() }
    let first = try site.generate()
    let clash = try #require(first.diagnostics.first { $0.message.contains("only by case") })
    #expect(clash.file.hasSuffix("seeds/b.txt") && clash.message.contains("seeds/a.txt:5)"), "\(clash)")

    // a.txt breaks: its pages are kept, read back from public/transcripts/first-meeting/index.md.
    try Data(Array("---\ntitle: [broken\n---\n\nText.\n".utf8)).write(to: site.seeds.appendingPathComponent("a.txt"))
    let second = try site.generate()
    #expect(second.kept == ["a.txt"])
    let markdown = try site.file("transcripts/first-meeting/index.md").split(separator: "\n", omittingEmptySubsequences: false)
    let quotedLine = try #require(markdown.firstIndex { $0.contains("who=Ann-Lee") }) + 1
    let kept = try #require(second.diagnostics.first { $0.message.contains("only by case") })
    #expect(kept.file.hasSuffix("seeds/b.txt"))
    #expect(kept.message.contains("public/transcripts/first-meeting/index.md:\(quotedLine))"), "\(kept)")
    #expect(!kept.message.contains("seeds/a.txt"), "\(kept)")
}

/// A clash with `speakers.yml` names its line there.
@Test func aClashWithSpeakersFileNamesItsLine() throws {
    let site = try SiteFixture(seeds: [
        "speakers.yml": "# Who speaks on the site\nANN-LEE: {name: Ann Lee}\n",
        "b.txt": otherAnnSeed,
    ])
    defer { site.remove() }
    let report = try site.generate()
    let clash = try #require(report.diagnostics.first { $0.message.contains("only by case") })
    #expect(clash.file.hasSuffix("seeds/b.txt") && clash.line == 5, "\(clash)")
    #expect(clash.message.contains("'ann-lee' differs from 'ANN-LEE' (\(site.seeds.path)/speakers.yml:2) only by case"), "\(clash)")
}

/// An attribution correction that matches no quotation is warned at its own line: in the
/// sidecar file that writes it, or in the seed's front matter.
@Test func anUnmatchedAttributionCorrectionIsWarnedAtItsLine() throws {
    let site = try SiteFixture(seeds: [
        "talk.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ann Lee>We will open the library on Monday.\n",
        "talk.vtt.yml": "title: Library talk\ndate: 2024-03-03\nattributions:\n  \"Nothing of the sort\": ann-lee\n",
        "c.txt": """
            ---
            title: Council
            date: 2024-03-04
            attributions:
              q-000000: null
            ---

            Paul Durand a dit : « Nous verrons. »

            """,
    ])
    defer { site.remove() }
    let report = try site.generate()
    let unmatched = report.diagnostics.filter { $0.message.contains("matches no quotation") }
        .map { "\(($0.file as NSString).lastPathComponent):\($0.line ?? 0)" }
    #expect(unmatched.sorted() == ["c.txt:5", "talk.vtt.yml:4"])
}

/// A date that is no calendar date is warned at its `date:` line, in a plain seed's front
/// matter, a sidecar file and an annotated Markdown seed alike.
@Test func aDateThatIsNoCalendarDateIsWarnedAtItsLine() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": "---\ntitle: Plain\nlang: fr\ndate: mardi dernier\n---\n\nPaul Durand a dit : « Nous verrons. »\n",
        "b.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ann Lee>We will see.\n",
        "b.vtt.yml": "title: Sidecar\n\ndate: last Tuesday\n",
        "c.md": "---\ntitle: \"Annotated\"\nlang: en\nslug: annotated\n\ndate: \"sometime\"\n---\n\n[“We will see.”]{#q-aaaaaa .quote who=ann}\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    let dates = report.diagnostics.filter { $0.message.contains("is refused: it is not a calendar date") }
        .map { "\(($0.file as NSString).lastPathComponent):\($0.line ?? 0)" }
    #expect(dates.sorted() == ["a.txt:4", "b.vtt.yml:3", "c.md:6"])
}

/// A site whose transcripts are all undated, built without `SOURCE_DATE_EPOCH`, has no date a
/// feed can state (RFC 4287 §4.1.1, §4.2.15): no feed.xml (and no link to it), with a warning
/// that says what to do; a dated transcript brings the feed back.
@Test func aSiteWithNoDateWritesNoFeed() throws {
    let site = try SiteFixture(seeds: ["a.txt": "Réunion\n\nPaul Durand a dit : « Nous verrons. »\n"])
    defer { site.remove() }
    let report = try site.generate(baseURL: "https://example.org/")
    #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("feed.xml").path))
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("sitemap.xml").path))
    #expect(try !site.file("index.html").contains("feed.xml"))
    let warning = try #require(report.diagnostics.first { $0.message.contains("feed.xml is not written") })
    #expect(warning.message == "no transcript has a date and SOURCE_DATE_EPOCH is not set, so feed.xml is not written: an Atom feed must say when it last changed (RFC 4287 §4.1.1, §4.2.15), and Verbatim never writes the build time")

    try Data("Réunion\n\nLe 3 mai 2024, Paul Durand a dit : « Nous verrons. »\n".utf8).write(to: site.seeds.appendingPathComponent("a.txt"))
    let dated = try site.generate(baseURL: "https://example.org/")
    #expect(try site.file("feed.xml").contains("<updated>2024-05-03T00:00:00Z</updated>"))
    #expect(!dated.diagnostics.contains { $0.message.contains("feed.xml is not written") })
}

/// The warning for a site with no base URL names `site.yml` only when there is one; else the
/// seeds folder, and says to create the file there.
@Test func theNoBaseURLWarningNamesSiteFileOnlyWhenItExists() throws {
    let site = try SiteFixture(seeds: ["a.txt": "Réunion\n\nLe 3 mai 2024, Paul Durand a dit : « Nous verrons. »\n"])
    defer { site.remove() }
    let bare = try #require(try site.generate().diagnostics.first { $0.message.hasPrefix("no base URL") })
    #expect(bare.file.hasSuffix("/seeds"), "\(bare)")
    #expect(bare.hint?.hasPrefix("create ") == true && bare.hint?.hasSuffix("seeds/site.yml with `base_url: https://…/`, or pass --base-url") == true, "\(bare)")
    try Data("title: Council\n".utf8).write(to: site.seeds.appendingPathComponent("site.yml"))
    let named = try #require(try site.generate().diagnostics.first { $0.message.hasPrefix("no base URL") })
    #expect(named.file.hasSuffix("seeds/site.yml"), "\(named)")
    #expect(named.hint == "set `base_url: https://…/` in site.yml or pass --base-url")
}
