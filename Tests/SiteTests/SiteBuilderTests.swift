import Foundation
import Model
import Site
import Testing

@Suite struct SiteBuilderTests {
    let documents = SiteFixture.documents

    /// Speakers that must get a page: those with a direct or reported quotation somewhere.
    var quotedSpeakerIDs: Set<String> {
        Set(documents.flatMap { $0.transcript.quotations }
            .filter { $0.kind != .mention }.compactMap(\.speakerID))
    }

    @Test func producesExactlyTheDocumentedFiles() throws {
        let site = try SiteFixture.build()
        var expected = [
            "index.html", "speakers/index.html", "search/index.html", "search/search-index.js",
            "data/transcripts.json", "data/quotes.json", "feed.xml", "sitemap.xml",
        ]
        for document in documents {
            // Prose fixtures: no WebVTT export.
            expected += ["transcripts/\(document.slug)/index.html", "transcripts/\(document.slug)/index.md",
                         "transcripts/\(document.slug)/transcript.tei.xml"]
        }
        expected += quotedSpeakerIDs.map { "speakers/\($0)/index.html" }
        expected += SiteFixture.assetPaths
        #expect(SiteFixture.assetPaths.contains("assets/style.css"))
        #expect(SiteFixture.assetPaths.contains("assets/search.js"))
        #expect(site.keys.sorted() == expected.sorted())
        #expect(site["speakers/ghost-speaker/index.html"] == nil)
        for document in documents {
            #expect(site["transcripts/\(document.slug)/index.md"] == document.markdown)
        }
    }

    @Test func anEmptySiteStillHasItsIndexesAndAssetsCopiedByteForByte() throws {
        let files = try SiteBuilder(configuration: SiteFixture.configuration(epoch: 86_400)).build([])
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        #expect(byPath["data/quotes.json"] == Array("[]\n".utf8))
        #expect(byPath["data/transcripts.json"] == Array("[]\n".utf8))
        #expect(byPath["index.html"] != nil && byPath["speakers/index.html"] != nil)
        let feed = String(decoding: try #require(byPath["feed.xml"]), as: UTF8.self)
        #expect(try XMLProbe.parse(feed).texts("updated") == ["1970-01-02T00:00:00Z"])
        for path in SiteFixture.assetPaths {
            let source = SiteFixture.templatesDirectory.appendingPathComponent(path)
            #expect(byPath[path] == Array(try Data(contentsOf: source)))
        }
    }

    @Test func outputIsSortedByPathAndHasNoFeedWithoutBaseURL() throws {
        let files = try SiteBuilder(configuration: SiteFixture.configuration(baseURL: nil)).build(documents)
        #expect(files.map(\.path) == files.map(\.path).sorted())
        #expect(!files.contains { $0.path == "feed.xml" || $0.path == "sitemap.xml" })
        #expect(!String(decoding: files.first { $0.path == "index.html" }!.contents, as: UTF8.self).contains("feed.xml"))
    }

    @Test func twoBuildsAreByteIdenticalWhateverTheInputOrder() throws {
        let first = try SiteBuilder(configuration: SiteFixture.configuration()).build(documents)
        let second = try SiteBuilder(configuration: SiteFixture.configuration()).build(documents.reversed())
        #expect(first == second)
    }

    @Test func datesDoNotDependOnTheTimeZone() throws {
        let saved = ProcessInfo.processInfo.environment["TZ"]
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        setenv("TZ", "America/Los_Angeles", 1)
        tzset()
        let west = try SiteFixture.build()
        setenv("TZ", "Pacific/Kiritimati", 1)
        tzset()
        let east = try SiteFixture.build()
        #expect(west == east)
        // Dates are in the site language (English here), also on a French transcript's page.
        let page = try #require(west["transcripts/reunion-caspienne/index.html"])
        #expect(page.contains("<time datetime=\"2016-04-11\">11 April 2016</time>"))
        let press = try #require(west["transcripts/press-conference/index.html"])
        #expect(press.contains("<time datetime=\"2016-04-11\">11 April 2016</time>"))
    }

    @Test func homeListsNewestFirstThenSlugThenUndated() throws {
        let home = try #require(try SiteFixture.build()["index.html"])
        let expectedOrder = documents.sorted { lhs, rhs in
            let l = lhs.transcript.metadata.date ?? "", r = rhs.transcript.metadata.date ?? ""
            if l.isEmpty != r.isEmpty { return !l.isEmpty }
            return l != r ? l > r : lhs.slug < rhs.slug
        }.map(\.slug)
        #expect(expectedOrder == ["press-conference", "reunion-caspienne", "undated-notes"])
        let positions = try expectedOrder.map { slug in
            try #require(home.range(of: "href=\"transcripts/\(slug)/index.html\"")).lowerBound
        }
        #expect(positions == positions.sorted())
        #expect(home.contains("<span class=\"undated\">"))
    }

    @Test func transcriptPageHasLanguageLegendSourceAndMarkdownLink() throws {
        let site = try SiteFixture.build()
        let page = try #require(site["transcripts/reunion-caspienne/index.html"])
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(page.contains("<a href=\"https://example.org/a?x=1&amp;y=2\" rel=\"external\">"))
        #expect(page.contains("<li class=\"speaker-1\">"))
        #expect(page.contains("<li class=\"speaker-2\">"))
        #expect(page.contains("href=\"../../speakers/nursultan-nazarbayev/index.html\""))
        #expect(page.contains("href=\"index.md\""))
        #expect(page.contains("href=\"../../assets/style.css\""))
        // The body goes in unescaped.
        #expect(page.contains("<q class=\"quote speaker-1\" id=\"q-aaa111\""))
        let press = try #require(site["transcripts/press-conference/index.html"])
        #expect(press.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(!press.contains("href=\"javascript:"))
        #expect(press.contains("<cite>javascript:alert(1)</cite>"))
    }

    @Test func hostileStringsAreEscapedAndControlsRemovedInEveryPage() throws {
        let site = try SiteFixture.build()
        for (path, text) in site where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            #expect(!text.contains("<script>alert"), "\(path) lets a title's <script> through")
            #expect(!text.unicodeScalars.contains { !XMLEscaping.isAllowed($0) }, "\(path) holds a forbidden character")
        }
        let page = try #require(site["transcripts/reunion-caspienne/index.html"])
        #expect(page.contains("<h1>Questions &amp; réponses &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; fin</h1>"))
        let speaker = try #require(site["speakers/nursultan-nazarbayev/index.html"])
        #expect(speaker.contains("Nous avons des sentiments &lt;b&gt;fraternels&lt;/b&gt; &amp; &quot;amicaux&quot; ici"))
    }

    @Test func noRootRelativeLinksAndNoDuplicateIDs() throws {
        let site = try SiteFixture.build()
        for (path, text) in site where path.hasSuffix(".html") {
            #expect(!text.contains("href=\"/"), "\(path) has a root-relative href")
            #expect(!text.contains("src=\"/"), "\(path) has a root-relative src")
            let ids = HTMLScan.attributeValues("id", in: text)
            #expect(ids.count == Set(ids).count, "\(path) repeats an id: \(ids)")
        }
    }

    @Test func everyRelativeLinkResolvesToAFileAndFragment() throws {
        let site = try SiteFixture.build()
        var checked = 0
        for (page, text) in site where page.hasSuffix(".html") {
            for link in HTMLScan.attributeValues("href", in: text) + HTMLScan.attributeValues("src", in: text) {
                if link.hasPrefix("https://") || link.hasPrefix("http://") { continue }
                #expect(!link.contains(":"), "\(page): unexpected scheme in \(link)")
                let (target, fragment) = HTMLScan.resolve(link, from: page)
                #expect(site[target] != nil, "\(page): \(link) → \(target) is not in the output")
                if let fragment, !fragment.isEmpty, let targetText = site[target] {
                    #expect(HTMLScan.attributeValues("id", in: targetText).contains(fragment),
                            "\(page): \(link) names a missing id")
                }
                checked += 1
            }
        }
        #expect(checked > 40)
    }

    @Test func speakersAreMergedByIDAndListedByName() throws {
        let site = try SiteFixture.build()
        let list = try #require(site["speakers/index.html"])
        let names = ["Ali Khamenei", "Nursultan Nazarbayev", "Vladimir Putin"]
        let positions = try names.map { try #require(list.range(of: ">\($0)</a>")).lowerBound }
        #expect(positions == positions.sorted())
        #expect(!list.contains("Ghost Speaker"))

        let page = try #require(site["speakers/nursultan-nazarbayev/index.html"])
        let quoted = documents.flatMap { document in
            document.transcript.quotations
                .filter { $0.speakerID == "nursultan-nazarbayev" && $0.kind != .mention }
                .map { (document.slug, $0.id) }
        }
        #expect(quoted.count == 2)
        for (slug, id) in quoted {
            #expect(page.contains("href=\"../../transcripts/\(slug)/index.html#\(id)\""))
        }
        // Grouped by transcript, in home order.
        let press = try #require(page.range(of: "transcripts/press-conference/index.html\"")).lowerBound
        let caspian = try #require(page.range(of: "transcripts/reunion-caspienne/index.html\"")).lowerBound
        #expect(press < caspian)
        #expect(page.contains("<h1>Nursultan Nazarbayev</h1>"))
        #expect(page.contains("Président du Kazakhstan"))
    }

    @Test func searchPageLoadsItsIndexAsAScript() throws {
        let site = try SiteFixture.build()
        let page = try #require(site["search/index.html"])
        #expect(page.contains("<script src=\"../search/search-index.js\"></script>"))
        #expect(page.contains("<script src=\"../assets/search.js\"></script>"))
        let script = try #require(site["search/search-index.js"])
        #expect(script.contains("var VERBATIM_SEARCH_INDEX = {"))
        #expect(!script.contains("fetch("))
        let json = String(script[script.range(of: "= ")!.upperBound...].dropLast(2))
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let quotes = try #require(value?["quotes"] as? [[String: Any]])
        #expect(quotes.count == documents.flatMap { $0.transcript.quotations }.filter { $0.kind != .mention }.count)
        #expect(quotes.first?["path"] as? String == "transcripts/press-conference/index.html#q-eee555")
    }
}

@Suite struct SiteScaleTests {
    /// 200 transcripts of 20 quotations among 50 speakers: every speaker page and every
    /// transcript's files are built. (Its speed is measured by `bench/run`, not here.)
    @Test func aLargerSiteBuildsEveryPage() throws {
        let speakers = (0..<50).map { Speaker(id: "speaker-\($0)", name: "Speaker \($0)") }
        let documents = (0..<200).map { index -> SiteDocument in
            let quotations = (0..<20).map { number in
                SiteFixture.quote(
                    "q-\(index)-\(number)", number % 3 == 0 ? .reported : .direct, block: number, at: 0,
                    "words number \(number) of \(index)", speaker: speakers[(index + number) % 50].id)
            }
            let used = speakers.filter { speaker in quotations.contains { $0.speakerID == speaker.id } }
            return SiteFixture.document(
                slug: "t-\(index)", seed: "t-\(index).txt", title: "T \(index)",
                date: "2020-01-\(String(format: "%02d", index % 28 + 1))", lang: "en", source: nil,
                speakers: used, quotations: quotations)
        }
        let files = try SiteBuilder(configuration: SiteFixture.configuration()).build(documents)
        #expect(files.filter { $0.path.hasPrefix("speakers/") }.count == 51)
        // Per transcript: page, Markdown, TEI.
        #expect(files.filter { $0.path.hasPrefix("transcripts/") }.count == 600)
    }
}
