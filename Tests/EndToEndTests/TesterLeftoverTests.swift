import Foundation
import Model
import Pipeline
import Testing

/// What a tester's run found passing silently through `generate`: WebVTT comments on the page,
/// ambiguous attribution corrections, unknown settings keys, and kept pages read back unchecked.

/// A WebVTT `NOTE` (a comment, W3C WebVTT "Comments in WebVTT") reaches neither the page, nor
/// `index.md`, nor the search data, nor the exported `transcript.vtt` or TEI. Near miss: the
/// cue text beside it is published.
@Test func webVTTCommentsReachNoPublishedFile() throws {
    let site = try SiteFixture(seeds: [
        "a.vtt": "WEBVTT\n\nNOTE check this with legal\n\n00:00:01.000 --> 00:00:03.000\n<v Ann>\"We will win,\" said Ann.\n\nNOTE \"Nothing is settled,\" said legal\n\n00:00:03.000 --> 00:00:05.000\n<v Bob>Good morning.\n",
        "a.vtt.yml": "title: Morning\nlang: en\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    #expect(!report.hasErrors, "\(report.diagnostics)")
    for path in ["transcripts/morning/index.html", "transcripts/morning/index.md", "transcripts/morning/transcript.vtt",
                 "transcripts/morning/transcript.tei.xml", "search/search-index.js", "data/quotes.json"] {
        let text = try site.file(path)
        #expect(!text.contains("legal"), "\(path)")
        #expect(!text.contains("Nothing is settled"), "\(path)")
    }
    #expect(try site.file("transcripts/morning/index.html").contains("Good morning."))
    #expect(try site.file("search/search-index.js").contains("We will win,"))
}

/// An attribution correction by the first words of a text that two quotations start with is
/// warned at its line, naming both quotations by id and asking for the id; it is applied to the
/// first (as before). Near misses: a correction by id, and one by words only one quotation
/// starts with, are applied without a warning.
@Test func anAttributionCorrectionMatchingTwoQuotationsIsWarnedWithBothIDs() throws {
    let seed = """
        ---
        title: Council
        lang: en
        attributions:
          "We will": bob
          "Nothing": bob
        ---

        Ann Lee said: "We will win." Later Ann Lee said: "We will lose." Then Ann Lee said: "Nothing is settled."

        """
    let site = try SiteFixture(seeds: ["a.txt": seed])
    defer { site.remove() }
    let report = try site.generate()
    let quotes = try #require(try site.json("data/quotes.json") as? [[String: Any]])
    let ids = quotes.compactMap { $0["id"] as? String }
    #expect(ids.count == 3)
    #expect(quotes.map { $0["speaker"] as? String } == ["bob", "ann-lee", "bob"])
    let warnings = report.diagnostics.filter { $0.message.contains("attribution correction") }.map(\.description)
    let seeds = site.seeds.standardizedFileURL.path
    #expect(warnings == [
        "\(seeds)/a.txt:5: warning: the attribution correction for `We will` matches 2 quotations, `\(ids[0])` and `\(ids[1])`; it was applied to the first, `\(ids[0])`, only (name the quotation by its id instead of its first words, one line each: `\(ids[0]): bob`)"
    ], "\(report.diagnostics)")
}

/// `site.yml`: a key it does not read (`tittle:`) is warned at its line with the known keys,
/// and a key repeated in another case (`Title:` after `title:`) at its line, naming the first,
/// which is used. Near miss: `Lang:` alone is read as `lang:` (keys are read without regard to
/// case, as front matter's are), with no warning.
@Test func unknownAndCaseRepeatedSiteSettingsAreWarned() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": "Réunion\n\nPaul Durand a dit : « Nous verrons. »\n",
        "site.yml": "title: Archives\ntittle: Oops\nTitle: Other\nLang: fr\nbase_url: https://example.org/\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    let file = site.seeds.appendingPathComponent("site.yml").standardizedFileURL.path
    #expect(report.diagnostics.filter { $0.file.hasSuffix("site.yml") }.map(\.description) == [
        "\(file):2:1: warning: unknown site setting 'tittle' (known keys: base_url, lang, title); it was ignored (check its spelling)",
        "\(file):3:1: warning: site setting 'Title' repeats 'title' (line 1) in another case, and keys are read without regard to case; the first one is used and this one was ignored (keep one of them)",
    ])
    let home = try site.file("index.html")
    #expect(home.contains("<title>Archives</title>") || home.contains(">Archives<"))
    #expect(!home.contains("Other"))
    #expect(home.contains("<html lang=\"fr\""))
}

/// `speakers.yml`: a speaker key repeated in another case (`Name:` beside `name:`) is warned at
/// its line, naming the key read instead and the known keys. Near misses: `Role:` alone is read
/// as `role:`, with no warning; an unknown key is warned as before.
@Test func caseRepeatedSpeakerKeysInTheSpeakersFileAreWarned() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": "Réunion\n\nBob Smith a dit : « Nous verrons. »\n",
        "speakers.yml": "bob-smith:\n  name: Bob Smith\n  Name: Robert Smith\n  Role: maire\n  rol: adjoint\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    let file = site.seeds.appendingPathComponent("speakers.yml").standardizedFileURL.path
    #expect(report.diagnostics.filter { $0.file.hasSuffix("speakers.yml") }.map(\.description) == [
        "\(file):3: warning: speaker key 'Name' differs from 'name' (line 2) only by case, and keys are read without regard to case; 'name' is used and this one was ignored (known keys: aliases, id, name, role) (keep one of them)",
        "\(file):5: warning: unknown speaker key 'rol' (known keys: aliases, id, name, role); it was ignored (check its spelling)",
    ])
    #expect(try site.file("speakers/bob-smith/index.html").contains("maire"))
}

/// A kept seed's published `index.md` (read back because the seed fails to read now) gets the
/// checks any annotated-Markdown seed gets, each at its line in that file: a date that is no
/// date, a `who=` no listed speaker has. Near miss: read back as published, it gets none.
@Test func aKeptPagesMarkdownIsCheckedAsAnySeedIs() throws {
    let site = try SiteFixture(seeds: ["b.txt": "Visite du port\n\n« Nous verrons », a déclaré Jeanne Roche, maire de Lyon, le 4 mai 2024.\n"])
    defer { site.remove() }
    try site.generate()
    let markdownURL = site.output.appendingPathComponent("transcripts/visite-du-port/index.md")
    let published = try String(contentsOf: markdownURL, encoding: .utf8)
    #expect(published.split(separator: "\n", omittingEmptySubsequences: false)[2] == "date: 2024-05-04")
    #expect(published.contains("who=jeanne-roche"))
    try Data(Array("Visite du port\n\nCaf".utf8) + [0x81] + Array("\n".utf8)).write(to: site.seeds.appendingPathComponent("b.txt"))
    let file = markdownURL.standardizedFileURL.path
    func checks(_ report: GenerateReport) -> [String] {
        report.diagnostics.filter { $0.file.hasSuffix("index.md") }.map(\.description)
    }
    // Near miss: as published, nothing to say.
    let asPublished = try site.generate()
    #expect(asPublished.kept == ["b.txt"])
    #expect(checks(asPublished) == [], "\(asPublished.diagnostics)")

    try Data(published.replacingOccurrences(of: "date: 2024-05-04", with: "date: 0000-01-01")
        .replacingOccurrences(of: "who=jeanne-roche", with: "who=paul-durand").utf8).write(to: markdownURL)
    let report = try site.generate()
    #expect(report.kept == ["b.txt"])
    #expect(checks(report) == [
        "\(file):3: warning: front matter date `0000-01-01` is refused: there is no year 0000 (years start at 0001); the date is unknown (correct the date: it is written as YYYY-MM-DD, but that day does not exist)",
        "\(file):14: warning: speaker `paul-durand` is not listed under `speakers` in the front matter; named `paul-durand` (add `paul-durand:` with a `name:` under `speakers:`)",
    ], "\(report.diagnostics)")
}

/// An annotated-Markdown seed's `date: 0000-01-01` is refused as a plain seed's is, at its
/// line, and the transcript is undated. Near miss: `2016-02-29` (a leap day) is kept.
@Test func anAnnotatedMarkdownDateOfYearZeroIsRefused() throws {
    func seed(_ date: String) -> String {
        "---\ntitle: \"Annotated\"\nlang: en\nslug: annotated\ndate: \(date)\n---\n\n[“We will see.”]{#q-aaaaaa .quote who=ann}\n"
    }
    let site = try SiteFixture(seeds: ["c.md": seed("0000-01-01"), "d.md": seed("2016-02-29").replacingOccurrences(of: "annotated", with: "leap")])
    defer { site.remove() }
    let report = try site.generate()
    let seeds = site.seeds.standardizedFileURL.path
    #expect(report.diagnostics.filter { $0.message.contains("date") }.map(\.description) == [
        "\(seeds)/c.md:5: warning: front matter date `0000-01-01` is refused: there is no year 0000 (years start at 0001); the date is unknown (correct the date: it is written as YYYY-MM-DD, but that day does not exist)"
    ])
    let transcripts = try #require(try site.json("data/transcripts.json") as? [[String: Any]])
    #expect(transcripts.map { $0["date"] as? String } == [nil, "2016-02-29"])
}
