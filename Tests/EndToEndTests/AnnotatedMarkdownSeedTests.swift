import Foundation
import Model
import Pipeline
import Testing

/// The page with the one line that names the seed taken out.
private func withoutSeedLine(_ page: String) -> String {
    page.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("(seed: <code>") }.joined(separator: "\n")
}

/// A generated `index.md` put back as a seed gives the same page; a hand correction in it wins.
@Test func generatedMarkdownAsASeedGivesTheSamePageAndHandCorrectionsWin() throws {
    let firstSeedName = "000_bb68b1fc390179ef.txt"
    let seed = try Data(contentsOf: SiteFixture.repositoryRoot.appendingPathComponent("seeds/\(firstSeedName)"))
    let first = try SiteFixture(seeds: [firstSeedName: Array(seed)])
    defer { first.remove() }
    try first.generate(baseURL: "https://example.org/")
    let transcripts = try #require(try first.json("data/transcripts.json") as? [[String: Any]])
    let slug = try #require(transcripts.first?["slug"] as? String)
    let page = try first.file("transcripts/\(slug)/index.html")
    let markdown = try first.file("transcripts/\(slug)/index.md")

    // Round trip: the Markdown as the only seed.
    let second = try SiteFixture(seeds: ["corrected.md": markdown])
    defer { second.remove() }
    let report = try second.generate(baseURL: "https://example.org/")
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let again = try second.file("transcripts/\(slug)/index.html")
    #expect(withoutSeedLine(again) == withoutSeedLine(page))
    #expect(again.contains("(seed: <code>corrected.md</code>)"))
    #expect(try second.file("transcripts/\(slug)/index.md") == markdown.replacingOccurrences(
        of: "seed: \"\(firstSeedName)\"", with: "seed: \"corrected.md\""))
    #expect(try second.file("data/quotes.json") == first.file("data/quotes.json"))
    #expect(try second.file("transcripts/\(slug)/transcript.tei.xml")
        == first.file("transcripts/\(slug)/transcript.tei.xml").replacingOccurrences(of: firstSeedName, with: "corrected.md"))

    // A hand correction: the first quotation of Khamenei given to Nazarbayev.
    let quotes = try #require(try first.json("data/quotes.json") as? [[String: Any]])
    let firstID = try #require(quotes.first { $0["speaker"] as? String == "sayed-ali-khamenei" }?["id"] as? String)
    let marker = "{#\(firstID) .quote who=sayed-ali-khamenei"
    #expect(markdown.contains(marker))
    let corrected = markdown.replacingOccurrences(of: marker, with: "{#\(firstID) .quote who=nursultan-nazarbayev")
    let third = try SiteFixture(seeds: ["corrected.md": corrected])
    defer { third.remove() }
    try third.generate()
    let correctedPage = try third.file("transcripts/\(slug)/index.html")
    #expect(correctedPage != again)
    #expect(correctedPage.contains("id=\"\(firstID)\" data-speaker=\"nursultan-nazarbayev\""))
    #expect(!correctedPage.contains("id=\"\(firstID)\" data-speaker=\"sayed-ali-khamenei\""))
    let correctedQuotes = try #require(try third.json("data/quotes.json") as? [[String: Any]])
    #expect(correctedQuotes.first { $0["id"] as? String == firstID }?["speaker"] as? String == "nursultan-nazarbayev")
    #expect(correctedQuotes.filter { $0["speaker"] as? String == "nursultan-nazarbayev" }.count == 4)
    #expect(count("transcripts/\(slug)/index.html#q-", in: try third.file("speakers/nursultan-nazarbayev/index.html")) == 4)
}

/// A timed transcript of turns written by hand as annotated Markdown: turns, times, the player,
/// the exports, and the same page again from its generated Markdown.
@Test func timedTurnsSeedGetsTimesPlayerAndExports() throws {
    let seed = """
        ---
        title: "Conférence de presse"
        date: 2024-05-03
        lang: fr
        media: "https://example.org/media/conference.mp3"
        speakers:
          jean-dupont:
            name: "Jean Dupont"
          claire-durand:
            name: "Claire Durand"
        ---

        ::: {.turn who=jean-dupont label="M. DUPONT" start=00:01:02.500 end=00:01:09.000}
        Bonjour. J'ai dit [« nous verrons »]{#q-1 .quote who=jean-dupont rule=turn confidence=1.00}.

        ::: {.stage}
        \\(Rires\\)
        :::
        :::

        ::: {.turn who=claire-durand label="Mme DURAND" start=00:01:09.000}
        Merci & au revoir \\<b\\>.
        :::

        """
    let site = try SiteFixture(seeds: ["press.md": seed])
    defer { site.remove() }
    let report = try site.generate(baseURL: "https://example.org/")
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let slug = "conference-de-presse"
    let page = try site.file("transcripts/\(slug)/index.html")
    #expect(count("<section class=\"turn ", in: page) == 2)
    #expect(page.contains("<a class=\"time\" href=\"https://example.org/media/conference.mp3#t=69\" data-seek=\"69\" title=\"00:01:09.000\">01:09</a>"))
    #expect(page.contains("<a class=\"speaker\" href=\"../../speakers/claire-durand/index.html\" title=\"Claire Durand\">Mme DURAND</a>"))
    #expect(page.contains("<div class=\"stage\">\n<p>(Rires)</p>\n</div>"))
    #expect(page.contains("Merci &amp; au revoir &lt;b&gt;."))
    #expect(page.contains("<audio controls preload=\"metadata\" data-player>"))
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/player.js").path))

    let vtt = try site.file("transcripts/\(slug)/transcript.vtt")
    #expect(vtt == """
        WEBVTT

        t-1
        00:01:02.500 --> 00:01:09.000
        <v Jean Dupont>Bonjour. J'ai dit « nous verrons ».
        (Rires)

        NOTE t-2 has no end time in its source: it lasts until the media ends

        t-2
        00:01:09.000 --> 100000:00:00.000
        <v Claire Durand>Merci &amp; au revoir &lt;b&gt;.

        """)
    let tei = try site.file("transcripts/\(slug)/transcript.tei.xml")
    #expect(count("<u ", in: tei) == 2)
    #expect(tei.contains("<said xml:id=\"q-1\" who=\"#jean-dupont\" direct=\"true\">« nous verrons »</said>"))

    let transcripts = try #require(try site.json("data/transcripts.json") as? [[String: Any]])
    let speakers = try #require(transcripts.first?["speakers"] as? [[String: Any]])
    #expect(speakers.map { $0["turns"] as? Int } == [1, 1])
    // "Bonjour. J'ai dit « nous verrons »." and "Merci & au revoir <b>.": `«`, `».` and `&` are no words.
    #expect(speakers.map { $0["words"] as? Int } == [5, 4])
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("speakers/claire-durand/index.html").path))

    // Its generated Markdown as a seed: the same page.
    let markdown = try site.file("transcripts/\(slug)/index.md")
    let again = try SiteFixture(seeds: ["again.md": markdown])
    defer { again.remove() }
    try again.generate(baseURL: "https://example.org/")
    #expect(withoutSeedLine(try again.file("transcripts/\(slug)/index.html")) == withoutSeedLine(page))
}

/// A `.md` seed without Verbatim's fields or annotations is prose for Ingest and Annotate.
@Test func plainMarkdownSeedsStillGoThroughIngest() throws {
    let site = try SiteFixture(seeds: ["notes.md": "Réunion du 3 mai\n\nLe 3 mai 2024, Paul Durand a dit : « Non, nous ne voterons pas ce texte. »\n"])
    defer { site.remove() }
    try site.generate()
    let quotes = try #require(try site.json("data/quotes.json") as? [[String: Any]])
    #expect(quotes.first?["speaker"] as? String == "paul-durand")
}

/// Every seed of the repository: its generated Markdown, put back as the seeds, gives the same
/// pages (but for the seed's name) and the same `data/quotes.json`.
@Test func everySeedRoundTripsThroughItsMarkdown() throws {
    let folder = SiteFixture.repositoryRoot.appendingPathComponent("seeds")
    var seeds: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
        seeds[name] = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }
    let first = try SiteFixture(seeds: seeds)
    defer { first.remove() }
    try first.generate()
    let transcripts = try #require(try first.json("data/transcripts.json") as? [[String: Any]])
    let slugs = transcripts.compactMap { $0["slug"] as? String }
    #expect(slugs.count == transcripts.count && !slugs.isEmpty)
    var markdownSeeds: [String: String] = [:]
    for slug in slugs { markdownSeeds[slug + ".md"] = try first.file("transcripts/\(slug)/index.md") }
    // The same site settings (title), which every page shows.
    if let settings = seeds["site.yml"] { markdownSeeds["site.yml"] = String(decoding: settings, as: UTF8.self) }
    let second = try SiteFixture(seeds: markdownSeeds)
    defer { second.remove() }
    let report = try second.generate(baseURL: "https://example.org/")
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    for slug in slugs {
        #expect(withoutSeedLine(try second.file("transcripts/\(slug)/index.html"))
            == withoutSeedLine(try first.file("transcripts/\(slug)/index.html")), "\(slug)")
    }
    #expect(try second.file("data/quotes.json") == first.file("data/quotes.json"))
}
