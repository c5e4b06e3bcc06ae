import Foundation
import Model
import Pipeline
import Testing

/// Faults testers found in `verbatim generate`: one bad file must never cost the others.

private let councilSeed = "Réunion du conseil\n\nLe 3 mai 2024, Paul Durand a dit : « Non, nous ne voterons pas ce texte. »\n"
private let portSeed = "Visite du port\n\n« Nous verrons », a déclaré Jeanne Roche, maire de Lyon, le 4 mai 2024.\n"
/// 0x81 is neither UTF-8 nor Windows-1252: a seed that cannot be read.
private let unreadableSeed = Array("Visite du port\n\nCaf".utf8) + [0x81] + Array("\n".utf8)

/// An output file that cannot be written (a folder stands in its place) is reported as an error
/// with its path; every other file is still written, and the run has errors (exit 1).
@Test func anOutputFileThatCannotBeWrittenFailsTheRunButNotTheOtherFiles() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed])
    defer { site.remove() }
    let blocked = "transcripts/reunion-du-conseil/index.md"
    try FileManager.default.createDirectory(at: site.output.appendingPathComponent(blocked), withIntermediateDirectories: true)
    let report = try site.generate()
    #expect(report.hasErrors)
    #expect(report.failed == [blocked])
    let errors = report.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1)
    #expect(errors.first?.file.hasSuffix("public/" + blocked) == true)
    #expect(errors.first?.message == "a folder stands where '\(blocked)' must be written; the file was not written")
    #expect(errors.first?.hint != nil)
    #expect(report.written.count > 10)
    #expect(!report.written.contains(blocked))
    #expect(try site.file("transcripts/reunion-du-conseil/index.html").contains("Non, nous ne voterons pas ce texte."))
    #expect(try site.file("transcripts/visite-du-port/index.md").contains("Nous verrons"))
    #expect(try site.file("index.html").contains("Visite du port"))
    #expect(try site.file("data/quotes.json").contains("Nous verrons"))
}

/// A seed that published pages and then fails to read keeps them: its error is reported (and
/// the run fails), its files are kept byte for byte and it stays listed; `--check` says the site
/// is up to date but still reports the error. Its slug stays its own while it is broken, and
/// deleting the seed is what unpublishes it (without moving another seed's pages onto its slug).
@Test func aSeedThatBecomesUnreadableKeepsItsPublishedPages() throws {
    let site = try SiteFixture(seeds: ["a.txt": Array(councilSeed.utf8), "b.txt": Array(portSeed.utf8)])
    defer { site.remove() }
    let base = "https://example.org/"
    try site.generate(baseURL: base)
    let before = try SiteFixture.snapshot(of: site.output)
    let pages = before.keys.filter { $0.hasPrefix("transcripts/visite-du-port/") }.sorted()
    #expect(pages == ["transcripts/visite-du-port/index.html", "transcripts/visite-du-port/index.md",
                      "transcripts/visite-du-port/transcript.tei.xml"])

    try Data(unreadableSeed).write(to: site.seeds.appendingPathComponent("b.txt"))
    let report = try site.generate(baseURL: base)
    #expect(report.hasErrors)
    #expect(report.kept == ["b.txt"])
    #expect(report.transcriptCount == 1)
    #expect(report.removed.isEmpty)
    let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(errors.count == 1)
    #expect(errors.first?.contains("seeds/b.txt:3:4: error: not valid UTF-8") == true)
    #expect(report.diagnostics.contains {
        $0.severity == .warning && $0.file.hasSuffix("seeds/b.txt")
            && $0.message == "the pages published from this seed before (transcripts/visite-du-port/) are kept as they were, and stay listed as they were"
    })
    // Nothing changed on disk: the pages, and the lists that name them (read back from index.md).
    #expect(try SiteFixture.snapshot(of: site.output) == before)
    #expect(try site.file("index.html").contains("transcripts/visite-du-port/index.html"))
    #expect(try site.file("speakers/jeanne-roche/index.html").contains("Nous verrons"))

    let check = try site.generate(check: true, baseURL: base)
    #expect(check.changed.isEmpty)
    #expect(check.hasErrors)

    // Still broken on the next run, with a new seed of the same title: the kept page holds its
    // slug, the new one is numbered.
    try Data(portSeed.replacingOccurrences(of: "Jeanne Roche", with: "Marc Petit").utf8)
        .write(to: site.seeds.appendingPathComponent("c.txt"))
    let third = try site.generate(baseURL: base)
    #expect(third.kept == ["b.txt"])
    let after = try SiteFixture.snapshot(of: site.output)
    for page in pages { #expect(after[page] == before[page], "\(page) changed") }
    #expect(try site.file("transcripts/visite-du-port-2/index.md").contains("Marc Petit"))

    // Deleting the seed unpublishes its pages; the other seed keeps the slug it was published
    // under, so that its permalinks stay.
    try FileManager.default.removeItem(at: site.seeds.appendingPathComponent("b.txt"))
    let fourth = try site.generate(baseURL: base)
    #expect(!fourth.hasErrors)
    #expect(fourth.kept.isEmpty)
    #expect(fourth.removed.contains("speakers/jeanne-roche/index.html"))
    #expect(fourth.removed.contains("transcripts/visite-du-port/index.md"))
    #expect(try site.file("transcripts/visite-du-port-2/index.md").contains("Marc Petit"))
    #expect(!(try site.file("index.html")).contains("Jeanne Roche"))
}

/// A kept page still links to the speaker pages of the run that made it; when a `speakers.yml`
/// change has renamed one since, the run says which links now lead nowhere (and the kept page's
/// bytes stay as they were).
@Test func aKeptPageThatLinksToASpeakerPageNoLongerWrittenIsReported() throws {
    let site = try SiteFixture(seeds: ["a.txt": Array(councilSeed.utf8), "b.txt": Array(portSeed.utf8)])
    defer { site.remove() }
    try site.generate()
    #expect(try site.file("transcripts/visite-du-port/index.html").contains("speakers/jeanne-roche/index.html"))
    let kept = try site.file("transcripts/visite-du-port/index.html")

    // Unchanged speakers: the kept page's links all lead somewhere, and nothing is said of them.
    try Data(unreadableSeed).write(to: site.seeds.appendingPathComponent("b.txt"))
    let quiet = try site.generate()
    #expect(quiet.kept == ["b.txt"])
    #expect(!quiet.diagnostics.contains { $0.message.contains("no longer writes") })

    try Data("jr:\n  name: Jeanne Roche-Vidal\n  aliases: [Jeanne Roche]\n".utf8)
        .write(to: site.seeds.appendingPathComponent("speakers.yml"))
    let report = try site.generate()
    #expect(report.kept == ["b.txt"])
    let warning = report.diagnostics.first { $0.message.contains("no longer writes") }
    #expect(warning?.severity == .warning)
    #expect(warning?.file.hasSuffix("seeds/b.txt") == true)
    #expect(warning?.message == "its kept pages link to a page this run no longer writes (speakers/jeanne-roche/index.html)")
    #expect(try site.file("transcripts/visite-du-port/index.html") == kept)
}

/// A seeds folder with no seed (the wrong folder, an empty mount) stops the run with an error and
/// leaves the published site as it was, instead of removing every page.
@Test func aSeedsFolderWithNoSeedLeavesThePublishedSiteAlone() throws {
    let site = try SiteFixture(seeds: ["a.txt": Array(councilSeed.utf8)])
    defer { site.remove() }
    try site.generate()
    let before = try SiteFixture.snapshot(of: site.output)
    try FileManager.default.removeItem(at: site.seeds.appendingPathComponent("a.txt"))
    #expect {
        try site.generate()
    } throws: { error in
        "\(error)".contains("error: no seeds in the seeds folder, so nothing was generated")
    }
    #expect(try SiteFixture.snapshot(of: site.output) == before)

    // Nor when its only seed cannot be read (here a link whose target is gone) and nothing was
    // published from it: the run fails and removes nothing.
    try FileManager.default.createSymbolicLink(
        atPath: site.seeds.appendingPathComponent("b.txt").path, withDestinationPath: "/nonexistent/b.txt")
    let report = try site.generate()
    #expect(report.hasErrors)
    #expect(report.removed.isEmpty)
    #expect(report.diagnostics.contains { $0.message == "the file is a symbolic link to /nonexistent/b.txt, which does not exist or cannot be read" })
    #expect(report.diagnostics.contains { $0.message.hasPrefix("no seed could be read, so nothing was generated") })
    #expect(try SiteFixture.snapshot(of: site.output) == before)
}

/// A seed that fails on its first run has nothing to keep: it is reported and left out.
@Test func aSeedThatNeverReadHasNothingKept() throws {
    let site = try SiteFixture(seeds: ["a.txt": Array(councilSeed.utf8), "b.txt": unreadableSeed])
    defer { site.remove() }
    let report = try site.generate()
    #expect(report.hasErrors)
    #expect(report.kept.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("transcripts/visite-du-port").path))
}

private func voices(_ name: String, _ text: String) -> String {
    "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v \(name)>\(text)</v>\n"
}

/// Names with letters that slug alike (HAZARDS B16) give every transcript and every speaker its
/// own page, numbered in seed-path order, with a warning for each collision and no file written
/// twice.
@Test func namesThatSlugAlikeGetTheirOwnPagesInSourceOrder() throws {
    let site = try SiteFixture(seeds: [
        "1-c.vtt": voices("C", "Bonjour à tous."),
        "1-c.vtt.yml": "title: C\n",
        "2-csharp.vtt": voices("C#", "Bonsoir à tous."),
        "2-csharp.vtt.yml": "title: \"C#\"\n",
        "3-ete.txt": "Été\n\nPremier texte, sans citation.\n",
        "4-ete.txt": "Ete\n\nSecond texte, sans citation.\n",
        "5-ca.txt": "Ça\n\nTroisième texte.\n",
        "6-ca.txt": "Ca\n\nQuatrième texte.\n",
        // One word, then two words: the merger forms the second's entity first, in an earlier
        // pass; the numbering still follows the seeds' order.
        "7-a.vtt": voices("Marie-Anne", "Nous partirons."),
        "7-a.vtt.yml": "title: Départ\n",
        "8-b.vtt": voices("Marie Anne", "Nous resterons."),
        "8-b.vtt.yml": "title: Séjour\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    #expect(!report.hasErrors)
    #expect(report.transcriptCount == 8)
    let transcripts = try #require(try site.json("data/transcripts.json") as? [[String: Any]])
    var slugBySeed: [String: String] = [:]
    var speakersBySeed: [String: [String]] = [:]
    for entry in transcripts {
        let seed = entry["seed"] as? String ?? ""
        slugBySeed[seed] = entry["slug"] as? String
        speakersBySeed[seed] = (entry["speakers"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }
    #expect(slugBySeed == [
        "1-c.vtt": "c", "2-csharp.vtt": "c-2", "3-ete.txt": "ete", "4-ete.txt": "ete-2",
        "5-ca.txt": "ca", "6-ca.txt": "ca-2", "7-a.vtt": "depart", "8-b.vtt": "sejour",
    ])
    #expect(speakersBySeed["1-c.vtt"] == ["c"])
    #expect(speakersBySeed["2-csharp.vtt"] == ["c-2"])
    #expect(speakersBySeed["7-a.vtt"] == ["marie-anne"])
    #expect(speakersBySeed["8-b.vtt"] == ["marie-anne-2"])
    // Each speaker page links to its own speaker's transcript.
    #expect(try site.file("speakers/c/index.html").contains("transcripts/c/index.html"))
    #expect(try site.file("speakers/c-2/index.html").contains("transcripts/c-2/index.html"))
    #expect(try site.file("speakers/marie-anne/index.html").contains("transcripts/depart/index.html"))
    #expect(try site.file("speakers/marie-anne-2/index.html").contains("transcripts/sejour/index.html"))
    let warnings = report.diagnostics.filter { $0.severity == .warning }
    let slugWarnings = warnings.filter { $0.message.hasPrefix("slug `") }.map { ($0.file as NSString).lastPathComponent }
    #expect(slugWarnings.sorted() == ["2-csharp.vtt", "4-ete.txt", "6-ca.txt"])
    let speakerWarnings = warnings.filter { $0.message.hasPrefix("speaker `") }
    #expect(speakerWarnings.map { ($0.file as NSString).lastPathComponent } == ["2-csharp.vtt", "8-b.vtt"])
    #expect(speakerWarnings.first?.message == "speaker `C#` has the same slug as `C` (`c`); their pages are speakers/c/ and speakers/c-2/")
}

/// A third speaker whose name gives the same slug, two of them in one document, is numbered
/// `-3` site-wide (not `-2-2`), and each numbered one gets a warning.
@Test func aThirdSpeakerWithTheSameSlugIsNumberedThreeWithAWarning() throws {
    let site = try SiteFixture(seeds: [
        "0.txt": "Réunion zéro\n\nMarie Anne-Roy said: \"z.\"\n",
        "a.txt": "Meeting A\n\nMarie-Anne Roy said: \"a.\"\n\nMarie Anne Roy said: \"b.\"\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    let speakers = try #require(try site.json("data/transcripts.json") as? [[String: Any]]).flatMap { entry in
        (entry["speakers"] as? [[String: Any]] ?? []).map { "\($0["id"] ?? "")=\($0["name"] ?? "")" }
    }
    #expect(speakers.sorted() == ["marie-anne-roy-2=Marie-Anne Roy", "marie-anne-roy-3=Marie Anne Roy", "marie-anne-roy=Marie Anne-Roy"])
    let speakerWarnings = report.diagnostics.filter { $0.severity == .warning && $0.message.hasPrefix("speaker `") }
    #expect(speakerWarnings.map(\.message) == [
        "speaker `Marie-Anne Roy` has the same slug as `Marie Anne-Roy` (`marie-anne-roy`); their pages are speakers/marie-anne-roy/ and speakers/marie-anne-roy-2/",
        "speaker `Marie Anne Roy` has the same slug as `Marie Anne-Roy` (`marie-anne-roy`); their pages are speakers/marie-anne-roy/ and speakers/marie-anne-roy-3/",
    ])
}

/// The summary counts what the site publishes, kept pages included and said so, with singular
/// and plural right; a manifest that cannot be written counts among the files not written.
@Test func theSummaryCountsPublishedTranscriptsKeptOnesIncluded() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed])
    defer { site.remove() }
    let first = try site.generate()
    #expect(first.summary(output: "public").hasPrefix("Generated 2 transcripts from 2 seeds into public/: "))
    for name in ["a.txt", "b.txt"] {
        try Data(unreadableSeed).write(to: site.seeds.appendingPathComponent(name))
    }
    let checked = try site.generate(check: true)
    #expect(checked.changed.isEmpty)
    #expect(checked.upToDateSummary(output: "public") == "public/ is up to date (2 transcripts, 2 of them kept from seeds with errors); 2 seeds had an error (not generated), 3 warnings.")
    try Data(councilSeed.utf8).write(to: site.seeds.appendingPathComponent("a.txt"))
    let one = try site.generate(check: true)
    #expect(one.upToDateSummary(output: "public") == "public/ is up to date (2 transcripts, 1 of them kept from a seed with errors); 1 seed had an error (not generated), 2 warnings.")

    // A folder where the manifest must go: every page is written, the manifest is not.
    let other = site.root.appendingPathComponent("other")
    let manifest = other.appendingPathComponent(".verbatim-manifest")
    try FileManager.default.createDirectory(at: manifest, withIntermediateDirectories: true)
    let blocked = try site.generate(into: other)
    #expect(blocked.hasErrors)
    #expect(blocked.failed == [".verbatim-manifest"])
    #expect(blocked.summary(output: "other") == "Generated 1 transcript from 2 seeds into other/: \(blocked.written.count) files written, 0 unchanged, 0 removed, 1 could not be written or removed; 1 seed had an error (not generated), 1 other error, 1 warning.")
}

/// Adding seeds never renumbers the pages already published (their permalinks stay): not a seed
/// of the same title that sorts earlier, nor one whose title gives a numbered slug (`…-2`). A
/// seed whose title changed gets the slug of its new title. (A fresh output folder numbers in
/// seed-path order.)
@Test func addingSeedsNeverRenumbersPublishedSlugs() throws {
    let meeting = "Réunion du 3 mai\n\n« Nous verrons », a déclaré Jeanne Roche, le 3 mai 2024.\n"
    let site = try SiteFixture(seeds: ["b.txt": meeting, "c.txt": meeting.replacingOccurrences(of: "Jeanne Roche", with: "Marc Petit")])
    defer { site.remove() }
    func slugs() throws -> [String: String] {
        let transcripts = try #require(try site.json("data/transcripts.json") as? [[String: Any]])
        var bySeed: [String: String] = [:]
        for entry in transcripts { bySeed[entry["seed"] as? String ?? ""] = entry["slug"] as? String }
        return bySeed
    }
    try site.generate()
    #expect(try slugs() == ["b.txt": "reunion-du-3-mai", "c.txt": "reunion-du-3-mai-2"])

    try Data(meeting.replacingOccurrences(of: "Jeanne Roche", with: "Paul Durand").utf8)
        .write(to: site.seeds.appendingPathComponent("a.txt"))
    try Data("Réunion du 3 mai 2\n\nTexte.\n".utf8).write(to: site.seeds.appendingPathComponent("d.txt"))
    let report = try site.generate()
    #expect(!report.hasErrors)
    #expect(try slugs() == [
        "a.txt": "reunion-du-3-mai-3", "b.txt": "reunion-du-3-mai", "c.txt": "reunion-du-3-mai-2",
        "d.txt": "reunion-du-3-mai-2-2",
    ])
    #expect(!report.removed.contains { $0.hasPrefix("transcripts/") })
    #expect(try site.file("transcripts/reunion-du-3-mai/index.md").contains("Jeanne Roche"))
    #expect(try site.file("transcripts/reunion-du-3-mai-2/index.md").contains("Marc Petit"))

    // A new title is a new slug.
    try Data(meeting.replacingOccurrences(of: "Réunion du 3 mai", with: "Séance du 4 mai").utf8)
        .write(to: site.seeds.appendingPathComponent("b.txt"))
    try site.generate()
    #expect(try slugs()["b.txt"] == "seance-du-4-mai")
}

/// A previous `data/transcripts.json` that is there but cannot be read (cut short, not a list,
/// entries of the wrong type) is warned at its place, in `generate` and in `--check` alike,
/// since the slugs it held are lost and pages that share a title may be renumbered; a sound
/// one gives no such warning.
@Test func aCorruptPreviousSlugListIsWarned() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed])
    defer { site.remove() }
    let first = try site.generate()
    #expect(!first.diagnostics.contains { $0.message.contains("previous slugs") })
    let index = site.output.appendingPathComponent("data/transcripts.json")
    let cases: [(String, String)] = [
        ("[{\"slug\": ", "public/data/transcripts.json:1:11: warning: the previous slugs and speaker ids could not be read (not valid JSON: "),
        ("{\"a\":1}", "public/data/transcripts.json: warning: the previous slugs and speaker ids could not be read (it is not a list of transcripts)"),
        ("[{\"seed\": 1, \"slug\": [\"x\"]}]", "public/data/transcripts.json:1:2: warning: this entry of the previous slugs was left out (it has no `seed` and `slug` strings"),
        ("[{\"seed\": 1}]\r\r[", "public/data/transcripts.json:3:1: warning: the previous slugs and speaker ids could not be read (not valid JSON: "),
        // Not a list from its first byte (a file of zeros): said without reading the whole file.
        ("\0\0\0\0", "public/data/transcripts.json:1:1: warning: the previous slugs and speaker ids could not be read (it is not a list of transcripts: it starts with byte 0x00, not `[`)"),
        ("\n  x[]", "public/data/transcripts.json:2:3: warning: the previous slugs and speaker ids could not be read (it is not a list of transcripts: it starts with `x`, not `[`)"),
        ("", "public/data/transcripts.json: warning: the previous slugs and speaker ids could not be read (it is empty)"),
        (" \n ", "public/data/transcripts.json: warning: the previous slugs and speaker ids could not be read (it is not a list of transcripts: it holds only white space)"),
        // A large broken file is not parsed again to find the place.
        ("[" + String(repeating: " ", count: 16_000_001) + "x", "public/data/transcripts.json: warning: the previous slugs and speaker ids could not be read (not valid JSON: no line and column are given for a file over 16 MB)"),
    ]
    for (text, expected) in cases {
        for check in [true, false] {
            try Data(text.utf8).write(to: index)
            let report = try site.generate(check: check)
            let warning = report.diagnostics.first { $0.message.contains("previous slugs") }
            #expect(warning?.description.contains(expected) == true, "\(text) check=\(check): \(report.diagnostics.map(\.description))")
            #expect(warning?.description.contains("permalinks of pages that share a title or a name may change") == true)
            #expect(warning?.hint?.contains("restore the file from version control, or delete it to number afresh") == true)
        }
    }
}

/// A previous `data/transcripts.json` of odd shapes (an entry that is not an object, `speakers`
/// null, a speaker that is not an object or has no name, fields Verbatim does not read holding
/// nested values) keeps the entries it can use, with one warning for the entries and one for the
/// speakers left out; the slugs it holds are kept.
@Test func oddlyShapedPreviousEntriesAreLeftOutOneByOne() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed])
    defer { site.remove() }
    try site.generate()
    let index = site.output.appendingPathComponent("data/transcripts.json")
    try Data(#"""
        [3,
         {"seed": "a.txt", "slug": "reunion-du-conseil", "speakers": null, "extra": {"deep": [1, {"x": null}], "n": 1.5e3}},
         {"seed": "b.txt", "slug": "visite-du-port", "title": "\u00c9t\u00e9", "speakers": [7, {"id": "p", "name": "P", "words": 3}, {"id": "q"}]}]
        """#.utf8).write(to: index)
    let report = try site.generate()
    // One warning at each value left out (`3`; the `null` speakers; `7` and the speaker with no
    // name), not given as a JSON path.
    let messages = report.diagnostics.filter { $0.message.contains("the previous") }
        .map { $0.description.replacingOccurrences(of: site.root.path + "/", with: "") }
    #expect(messages == [
        "public/data/transcripts.json:1:2: warning: this entry of the previous slugs was left out (it has no `seed` and `slug` strings, or a slug that is not one path segment); permalinks of pages that share a title or a name may change (restore the file from version control, or delete it to number afresh)",
        "public/data/transcripts.json:2:62: warning: these `speakers` of the previous speaker ids are not a list; they were left out; permalinks of speaker pages that share a name may change (restore the file from version control, or delete it to number afresh)",
        "public/data/transcripts.json:3:85: warning: this speaker of the previous speaker ids was left out (it has no `id` and `name` strings, or an id that is not one path segment); permalinks of speaker pages that share a name may change (restore the file from version control, or delete it to number afresh)",
        "public/data/transcripts.json:3:126: warning: this speaker of the previous speaker ids was left out (it has no `id` and `name` strings, or an id that is not one path segment); permalinks of speaker pages that share a name may change (restore the file from version control, or delete it to number afresh)",
    ], "\(report.diagnostics.map(\.description))")
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("transcripts/reunion-du-conseil/index.html").path))
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("transcripts/visite-du-port/index.html").path))
}

/// `speakers.yml` keys it does not read (a misspelt `aliasses:`) are warned at their line; a
/// single alias given as a string is read as a one-item list (front matter does the same).
@Test func speakersFileWarnsAboutUnknownSpeakerKeys() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed])
    defer { site.remove() }
    try Data("paul-durand:\n  name: Paul Durand\n  aliasses: [Durand]\n  aliases: M. Durand\n".utf8)
        .write(to: site.seeds.appendingPathComponent("speakers.yml"))
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description)
    #expect(messages.contains { $0.contains("speakers.yml:3: warning: unknown speaker key 'aliasses' (known keys: aliases, id, name, role); it was ignored") }, "\(messages)")
    #expect(messages.filter { $0.contains("speakers.yml") }.count == 1, "\(messages)")
}

/// `speakers.yml` keys are read without regard to case, as front-matter keys are (`Name:` is
/// `name:`, a top-level `Speakers:` is `speakers:`); a key it does not read is still warned at
/// its line, and a known key in another case is not.
@Test func speakersFileKeysAreReadWithoutRegardToCase() throws {
    for yaml in [
        "pdurand:\n  Name: Paul Durand\n  ALIASES: [le maire]\n  Aliasses: [Durand]\n  Role: maire\n",
        "Speakers:\n  - ID: pdurand\n    NAME: Paul Durand\n    Aliasses: [Durand]\n    \"Role\": maire\n",
    ] {
        let site = try SiteFixture(seeds: ["a.txt": councilSeed])
        defer { site.remove() }
        try Data(yaml.utf8).write(to: site.seeds.appendingPathComponent("speakers.yml"))
        let report = try site.generate()
        let messages = report.diagnostics.filter { $0.file.hasSuffix("speakers.yml") }.map(\.description)
        #expect(messages.count == 1, "\(yaml): \(messages)")
        #expect(messages.first?.hasSuffix("seeds/speakers.yml:4: warning: unknown speaker key 'Aliasses' (known keys: aliases, id, name, role); it was ignored (check its spelling)") == true, "\(messages)")
        let transcripts = try #require(try site.json("data/transcripts.json") as? [[String: Any]])
        let speakers = transcripts.flatMap { $0["speakers"] as? [[String: Any]] ?? [] }
        #expect(speakers.map { $0["id"] as? String } == ["pdurand"], "\(yaml)")
        #expect(try site.file("speakers/pdurand/index.html").contains("Paul Durand"))
    }
}

/// When the manifest lists `data/transcripts.json` but it is missing, or a folder stands in its
/// place, the warning says which, and its advice fits: nothing to delete when it is missing; a
/// folder to remove when it is one (never "delete it to number afresh").
@Test func aMissingOrFolderPreviousSlugListGetsAdviceThatFits() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed])
    defer { site.remove() }
    try site.generate()
    let index = site.output.appendingPathComponent("data/transcripts.json")
    try FileManager.default.removeItem(at: index)
    for check in [true, false] {
        let report = try site.generate(check: check)
        let warning = try #require(report.diagnostics.first { $0.message.contains("previous slugs") })
        #expect(warning.description.hasSuffix("public/data/transcripts.json: warning: the previous slugs and speaker ids could not be read (the file is missing); permalinks of pages that share a title or a name may change (restore it from version control to keep the slugs and ids it held; otherwise there is nothing to do, generating writes it anew)"), "\(warning)")
        if check { #expect(report.changed == ["data/transcripts.json"]) }
    }
    // Written again by the run above: no warning now.
    #expect(!(try site.generate(check: true)).diagnostics.contains { $0.message.contains("previous slugs") })

    try FileManager.default.removeItem(at: index)
    try FileManager.default.createDirectory(at: index, withIntermediateDirectories: false)
    let report = try site.generate(check: true)
    let warning = try #require(report.diagnostics.first { $0.message.contains("previous slugs") })
    #expect(warning.message == "the previous slugs and speaker ids could not be read (it is a folder, not a file); permalinks of pages that share a title or a name may change")
    #expect(warning.hint?.hasPrefix("remove the folder ") == true, "\(warning)")
    #expect(warning.hint?.hasSuffix("public/data/transcripts.json (Verbatim writes a file there), then restore the file from version control to keep the slugs and ids it held") == true, "\(warning)")
    #expect(warning.hint?.contains("delete it") == false)
}

/// A C1 control character (U+0080–U+009F: Windows-1252 text read as Latin-1) in a seed reaches no
/// page, export or data file; the seed gets one warning at the first one.
@Test func c1ControlCharactersReachNoOutput() throws {
    let seed = "Réunion du conseil\n\nJEAN : Bonjour\u{9B} à tous\u{85}et merci.\nMARIE : C\u{92}est « parfait\u{80} ».\n"
    let site = try SiteFixture(seeds: ["c1.txt": seed])
    defer { site.remove() }
    let report = try site.generate(baseURL: "https://example.org/")
    let warnings = report.diagnostics.filter { $0.message.contains("C1 control") }
    #expect(warnings.count == 1, "\(report.diagnostics)")
    let warning = try #require(warnings.first)
    #expect(warning.file.hasSuffix("seeds/c1.txt") && warning.line == 3 && warning.column == 15, "\(warning)")
    #expect(warning.message.hasPrefix("4 C1 control characters in the text (the first here: U+009B, probably `›`"), "\(warning)")
    let files = try SiteFixture.snapshot(of: site.output)
    #expect(files.keys.contains { $0.hasSuffix("transcript.tei.xml") })
    for (path, data) in files {
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "\(path)")
    }
}

/// A kept page's links are percent-encoded (`speakers/jos%C3%A9/`) while the site's paths are
/// not: a speaker id outside ASCII that this run still writes is no missing link.
@Test func aKeptPageLinkingToASpeakerIDOutsideASCIIIsNoMissingLink() throws {
    func seed(_ title: String, _ words: String) -> String {
        "---\ntitle: \(title)\nlang: fr\ndate: 2024-05-04\nspeakers:\n  josé:\n    name: José Roche\n---\n« \(words) », a déclaré José Roche.\n"
    }
    let site = try SiteFixture(seeds: ["a.txt": seed("Visite du port", "Nous verrons"), "b.txt": seed("Visite du marché", "Tout va bien")])
    defer { site.remove() }
    try site.generate()
    #expect(try site.file("transcripts/visite-du-port/index.html").contains("speakers/jos%C3%A9/index.html"))
    try Data(unreadableSeed).write(to: site.seeds.appendingPathComponent("a.txt"))
    let report = try site.generate()
    #expect(report.kept == ["a.txt"])
    #expect(try site.file("speakers/josé/index.html").contains("José Roche"))
    #expect(!report.diagnostics.contains { $0.message.contains("no longer writes") })
}
