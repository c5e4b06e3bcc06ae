import Foundation
import Model
import Pipeline
import Testing

private let firstSeedName = "000_bb68b1fc390179ef.txt"

private func firstSeed() throws -> [UInt8] {
    Array(try Data(contentsOf: SiteFixture.repositoryRoot.appendingPathComponent("seeds/\(firstSeedName)")))
}

@Test func firstSeedBecomesAnAnnotatedTranscriptWithSpeakerPages() throws {
    let site = try SiteFixture(seeds: [firstSeedName: try firstSeed()])
    defer { site.remove() }
    let report = try site.generate()
    #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
    #expect(report.transcriptCount == 1)

    let transcripts = try #require(try site.json("data/transcripts.json") as? [[String: Any]])
    #expect(transcripts.count == 1)
    let entry = transcripts[0]
    #expect(entry["date"] as? String == "2016-04-11")
    #expect(entry["lang"] as? String == "fr")
    #expect(entry["seed"] as? String == firstSeedName)
    let slug = try #require(entry["slug"] as? String)
    #expect(entry["path"] as? String == "transcripts/\(slug)/index.html")

    let quotes = try #require(try site.json("data/quotes.json") as? [[String: Any]])
    let direct = quotes.filter { $0["kind"] as? String == "direct" }
    #expect(direct.count == 9)
    #expect(direct.map { $0["speaker"] as? String } == Array(repeating: "sayed-ali-khamenei", count: 6) + Array(repeating: "nursultan-nazarbayev", count: 3))
    #expect(direct.map { $0["speaker_name"] as? String } == Array(repeating: "Sayed Ali Khamenei", count: 6) + Array(repeating: "Nursultan Nazarbayev", count: 3))
    #expect((direct[5]["text"] as? String)?.hasSuffix("de la zone maritime commune [de la mer Caspienne]") == true)

    // Rouhani is mentioned, says nothing: no speaker page, not in the legend's data.
    #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("speakers/hassan-rouhani").path))
    let speakerIDs = (entry["speakers"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(speakerIDs == ["sayed-ali-khamenei", "nursultan-nazarbayev"])

    let page = try site.file("transcripts/\(slug)/index.html")
    #expect(count("<q class=\"quote", in: page) == 9)
    #expect(count("class=\"permalink\"", in: page) == 9)
    #expect(page.contains("class=\"insertion\""))
    // The insertion sits inside the sixth quotation.
    let sixthID = try #require(direct[5]["id"] as? String)
    let sixthStart = try #require(page.range(of: "id=\"\(sixthID)\""))
    let insertion = try #require(page.range(of: "class=\"insertion\""))
    let sixthEnd = try #require(page.range(of: "</q>", range: sixthStart.upperBound..<page.endIndex))
    #expect(insertion.lowerBound > sixthStart.upperBound && insertion.upperBound < sixthEnd.lowerBound)

    let khamenei = try site.file("speakers/sayed-ali-khamenei/index.html")
    // His six direct quotations and his two reported statements (`a déclaré que …`).
    #expect(count("transcripts/\(slug)/index.html#q-", in: khamenei) == 8)
    #expect(quotes.filter { $0["kind"] as? String == "reported" }.map { $0["speaker"] as? String } == ["sayed-ali-khamenei", "sayed-ali-khamenei"])
    let nazarbayev = try site.file("speakers/nursultan-nazarbayev/index.html")
    #expect(count("transcripts/\(slug)/index.html#q-", in: nazarbayev) == 3)
    let markdown = try site.file("transcripts/\(slug)/index.md")
    #expect(count(".quote who=", in: markdown) + count(" .quote ", in: markdown) >= 9)
    #expect(markdown.hasPrefix("---\ntitle: "))
}

@Test func hostileSeedTextStaysLiteral() throws {
    // (Dated, so that it has a feed entry: an undated seed has none without SOURCE_DATE_EPOCH.)
    let hostile = """
        ---
        title: Questions & réponses
        date: 2024-05-02
        ---

        <script>alert(1)</script> and *stars* and [x](javascript:alert(1)).

        | a | b |
        |---|---|
        | c | d |

        <img src=x onerror=alert(1)> « Bonjour », dit-elle.
        """
    let site = try SiteFixture(seeds: ["hostile.txt": hostile])
    defer { site.remove() }
    try site.generate(baseURL: "https://example.org/archives/")
    let slug = "questions-reponses"
    let page = try site.file("transcripts/\(slug)/index.html")
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(page.contains("*stars*"))
    #expect(page.contains("[x](javascript:alert(1))"))
    #expect(page.contains("|---|---|"))
    #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(!page.contains("<script>alert"))
    #expect(!page.lowercased().contains("href=\"javascript:"))
    #expect(!page.contains("<table"))
    #expect(!page.contains("<em>"))
    #expect(!page.contains("<img"))
    let feed = try site.file("feed.xml")
    #expect(feed.contains("Questions &amp; réponses"))
}

@Test func badSeedsAreReportedAndTheRestIsGenerated() throws {
    let site = try SiteFixture(seeds: [
        firstSeedName: try firstSeed(),
        // Latin-1 (not UTF-8): read as Windows-1252, with a warning.
        "latin1.txt": Array("Titre\n\nCaf".utf8) + [0xE9] + Array("\n".utf8),
        // 0x81 is neither UTF-8 nor defined in Windows-1252: an error.
        "undecodable.txt": Array("Titre\n\nCaf".utf8) + [0x81] + Array("\n".utf8),
        "empty.txt": [],
    ])
    defer { site.remove() }
    let report = try site.generate()
    #expect(report.seedCount == 4)
    #expect(report.transcriptCount == 2)
    let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(errors.count == 2)
    #expect(errors.contains { $0.contains("seeds/empty.txt:1: error: the seed is empty") })
    #expect(errors.contains { $0.contains("seeds/undecodable.txt:3:4: error: not valid UTF-8") })
    #expect(errors.allSatisfy { !$0.contains("\n") })
    let warnings = report.diagnostics.filter { $0.severity == .warning }.map(\.description)
    #expect(warnings.contains { $0.hasSuffix("seeds/latin1.txt:3:4: warning: not valid UTF-8 (the first bad byte is here); read as Windows-1252 (check its accented letters, and save the file as UTF-8)") })
    let transcripts = try #require(try site.json("data/transcripts.json") as? [[String: Any]])
    #expect(transcripts.map { $0["seed"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") } == [firstSeedName, "latin1.txt"])
    #expect(try site.file("transcripts/titre/index.md").contains("Café"))
}

@Test func twoRunsAreByteIdenticalAndCheckPasses() throws {
    let site = try SiteFixture(seeds: [
        firstSeedName: String(decoding: try firstSeed(), as: UTF8.self),
        "b.txt": "Réunion du 3 mai\n\n« Nous verrons », a déclaré Jeanne Roche, maire de Lyon, le 3 mai 2024.\n",
        "a.txt": "Réunion du 3 mai\n\nLe 3 mai 2024, Paul Durand a dit : « Non, nous ne voterons pas ce texte. »\n",
    ])
    defer { site.remove() }
    try site.generate()
    let second = site.root.appendingPathComponent("public-2")
    try site.generate(into: second)
    #expect(try SiteFixture.snapshot(of: site.output) == SiteFixture.snapshot(of: second))

    #expect(try site.generate(check: true).changed.isEmpty)
    // Same-title seeds get their own pages, numbered in seed-path order.
    let transcripts = try #require(try site.json("data/transcripts.json") as? [[String: Any]])
    var bySeed: [String: String] = [:]
    for entry in transcripts {
        bySeed[entry["seed"] as? String ?? ""] = entry["slug"] as? String
    }
    #expect(bySeed["a.txt"] == "reunion-du-3-mai")
    #expect(bySeed["b.txt"] == "reunion-du-3-mai-2")

    // A changed seed makes --check list the files it changes, and write nothing.
    try Data("Réunion du 3 mai\n\nAutre texte.\n".utf8).write(to: site.seeds.appendingPathComponent("a.txt"))
    let changed = try site.generate(check: true).changed
    #expect(changed.contains("transcripts/reunion-du-3-mai/index.html"))
    #expect(changed.contains("data/quotes.json"))
    #expect(try site.file("transcripts/reunion-du-3-mai/index.md").contains("Non, nous ne voterons pas ce texte."))
}

/// A missing templates folder stops the run before any seed is read, with the folder named, and
/// writes nothing.
@Test func missingTemplatesFolderStopsBeforeAnyWork() throws {
    let site = try SiteFixture(seeds: ["a.txt": "Titre\n\n« Nous partirons demain », a dit Paul Roche.\n"])
    let options = GenerateOptions(
        seedsDirectory: site.seeds, templatesDirectory: site.root.appendingPathComponent("no-templates"),
        outputDirectory: site.output)
    #expect(throws: Diagnostic.self) { try SiteGenerator(options: options).run() }
    do {
        _ = try SiteGenerator(options: options).run()
    } catch {
        #expect(error.message == "the templates folder does not exist")
    }
    #expect(!FileManager.default.fileExists(atPath: site.output.path))
}

@Test func aBaseURLInSiteYmlWithAQueryIsRefusedWithItsLine() throws {
    let site = try SiteFixture(seeds: [
        "site.yml": "title: Archives\nbase_url: https://x/?a=1&b=<2>\n",
        "a.txt": "Réunion\n\n« Nous verrons », a déclaré Jeanne Brunot.\n",
    ])
    defer { site.remove() }
    #expect {
        try site.generate()
    } throws: { error in
        "\(error)".hasSuffix("seeds/site.yml:2:11: error: base_url 'https://x/?a=1&b=<2>' is not a base URL: it has a query (?…), which would come before every page's path (write an absolute http(s) URL with a host and no query or fragment, e.g. https://example.org/archives/)")
    }
    // The same URL given on the command line is refused by the same check.
    #expect(throws: Diagnostic.self) { try site.generate(baseURL: "https://x/?a=1&b=<2>") }
}

/// A bad `base_url` is only a warning when a valid `--base-url` replaces it (site.yml says
/// "Override with --base-url"); one that is not a string says so at its line; a value with
/// control characters or line ends is printed escaped, on one line.
@Test func aBadBaseURLInSiteYmlIsAWarningWhenOverridden() throws {
    let site = try SiteFixture(seeds: [
        "site.yml": "title: Archives\nbase_url: \"https://x/\\e[31m?a\\nb\"\n",
        "a.txt": "Réunion\n\n« Nous verrons », a déclaré Jeanne Brunot.\n",
    ])
    defer { site.remove() }
    #expect {
        try site.generate()
    } throws: { error in
        "\(error)".hasSuffix("seeds/site.yml:2:11: error: base_url 'https://x/\\u{1B}[31m?a\\u{A}b' is not a base URL: it contains white space or a control character (write an absolute http(s) URL with a host and no query or fragment, e.g. https://example.org/archives/)")
    }
    let report = try site.generate(baseURL: "https://good.example/")
    #expect(report.diagnostics.map(\.description).contains { $0.hasSuffix("seeds/site.yml:2:11: warning: base_url 'https://x/\\u{1B}[31m?a\\u{A}b' is not a base URL: it contains white space or a control character; --base-url is used instead (write an absolute http(s) URL with a host and no query or fragment, e.g. https://example.org/archives/)") }, "\(report.diagnostics)")
    // (The seed is undated, so there is no feed: the sitemap shows the base URL used.)
    #expect(try site.file("sitemap.xml").contains("https://good.example/"))

    try Data("base_url: [a, b]\n".utf8).write(to: site.seeds.appendingPathComponent("site.yml"))
    #expect {
        try site.generate()
    } throws: { error in
        "\(error)".hasSuffix("seeds/site.yml:1:11: error: base_url is not a string but a list (write one URL, e.g. base_url: https://example.org/archives/)")
    }
}

/// A YAML error in `site.yml`, `speakers.yml` or a seed's front matter is one line with the
/// file, line and column of the fault and the parser's problem in a few words.
@Test func yamlErrorsAreOneLineWithTheirPlace() throws {
    let site = try SiteFixture(seeds: [
        "site.yml": "title: Archives\nlang: [en\n",
        "a.txt": "Réunion\n\n« Nous verrons », a déclaré Jeanne Brunot.\n",
    ])
    defer { site.remove() }
    #expect {
        try site.generate()
    } throws: { error in
        "\(error)".hasSuffix("seeds/site.yml:2:7: error: not valid YAML: did not find expected ',' or ']' while parsing a flow sequence (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes: lang: \"[en\")")
    }
    try FileManager.default.removeItem(at: site.seeds.appendingPathComponent("site.yml"))
    try Data("ann:\n  name: [Ann\n  role: x\n".utf8).write(to: site.seeds.appendingPathComponent("speakers.yml"))
    try Data("---\ntitle: [Alpha\nlang: en\n---\n\nText.\n".utf8).write(to: site.seeds.appendingPathComponent("b.txt"))
    let report = try site.generate()
    let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(errors.count == 2)
    #expect(errors.allSatisfy { !$0.contains("\n") })
    #expect(errors.contains { $0.hasSuffix("seeds/speakers.yml:2:9: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence; the site was built without it, keeping any pages published before (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes:   name: \"[Ann\")") })
    #expect(errors.contains { $0.hasSuffix("seeds/b.txt:2:8: error: front matter is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes: title: \"[Alpha\")") })
}
