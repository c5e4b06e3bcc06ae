import Foundation
import Model
import Site
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct DataAndFeedTests {
    let documents = SiteFixture.documents

    @Test func transcriptsJSONFollowsTheContract() throws {
        let text = try #require(try SiteFixture.build()["data/transcripts.json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["slug"] as? String } == documents.map(\.slug).sorted())
        for entry in entries {
            let slug = try #require(entry["slug"] as? String)
            let document = try #require(documents.first { $0.slug == slug })
            #expect(entry["path"] as? String == "transcripts/\(slug)/index.html")
            #expect(entry["seed"] as? String == document.transcript.seedPath)
            #expect(entry["title"] as? String == document.transcript.metadata.title)
            #expect(entry["lang"] as? String == document.transcript.metadata.lang)
            if let date = document.transcript.metadata.date {
                #expect(entry["date"] as? String == date)
            } else {
                #expect(entry["date"] is NSNull)
            }
            let speakers = try #require(entry["speakers"] as? [[String: Any]])
            #expect(speakers.map { $0["id"] as? String } == document.transcript.speakers.map(\.id))
            for speaker in speakers {
                let direct = document.transcript.quotations.filter {
                    $0.kind == .direct && $0.speakerID == speaker["id"] as? String
                }
                #expect(speaker["quotes"] as? Int == direct.count)
                #expect(speaker["turns"] as? Int == 0)
                // Words: white-space separated runs with a letter or digit (`&` alone is none).
                let words = direct.map { $0.text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count }.reduce(0, +)
                #expect(speaker["words"] as? Int == words)
            }
        }
        // Key order is the contract's order.
        let keys = ["\"slug\"", "\"title\"", "\"date\"", "\"lang\"", "\"source\"", "\"path\"", "\"seed\"", "\"speakers\""]
        let offsets = try keys.map { try #require(text.range(of: $0)).lowerBound }
        #expect(offsets == offsets.sorted())
        #expect(!text.contains("\\/"))
    }

    @Test func quotesJSONHasDirectAndReportedOnlyInSiteOrder() throws {
        let text = try #require(try SiteFixture.build()["data/quotes.json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        var expected: [(String, Quotation)] = []
        for document in documents.sorted(by: { $0.slug < $1.slug }) {
            let quoted = document.transcript.quotations.filter { $0.kind != .mention }.sorted {
                ($0.spans[0].block, $0.spans[0].range.lowerBound) < ($1.spans[0].block, $1.spans[0].range.lowerBound)
            }
            expected += quoted.map { (document.slug, $0) }
        }
        #expect(entries.map { $0["id"] as? String } == expected.map(\.1.id))
        #expect(entries.allSatisfy { ["direct", "reported"].contains($0["kind"] as? String) })
        for (entry, (slug, quotation)) in zip(entries, expected) {
            #expect(entry["transcript"] as? String == slug)
            #expect(entry["text"] as? String == quotation.text)
            #expect(entry["rule"] as? String == quotation.attribution.rule)
            #expect((entry["cue"] as? String) == quotation.attribution.cue)
            #expect((entry["mention"] as? String) == quotation.attribution.mention)
            #expect((entry["speaker"] as? String) == quotation.speakerID)
            if quotation.speakerID == nil {
                #expect(entry["speaker_name"] is NSNull)
            }
        }
        let nazarbayev = try #require(entries.first { $0["id"] as? String == "q-aaa111" })
        #expect(nazarbayev["speaker_name"] as? String == "Nursultan Nazarbayev")
        // Confidence: at most two decimals, clamped, NaN written as 0.
        #expect(text.contains("\"confidence\": 0.85"))
        #expect(text.contains("\"confidence\": 0.33"))
        #expect(text.contains("\"confidence\": 1.0"))
        #expect(text.contains("\"confidence\": 0.0"))
        #expect(!text.contains("nan") && !text.contains("1.2"))
        // Control characters escaped, `/` not.
        #expect(text.contains("\\f\\u001d ici"))
        #expect(text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" })
        let keys = ["\"id\"", "\"transcript\"", "\"speaker\"", "\"speaker_name\"", "\"text\"", "\"kind\"",
                    "\"cue\"", "\"rule\"", "\"confidence\"", "\"mention\""]
        let offsets = try keys.map { try #require(text.range(of: $0)).lowerBound }
        #expect(offsets == offsets.sorted())
    }

    @Test func feedIsWellFormedAtomWithAbsoluteLinks() throws {
        let site = try SiteFixture.build()
        let feed = try #require(site["feed.xml"])
        let parsed = try XMLProbe.parse(feed)
        #expect(parsed.root == "feed")
        // (The undated transcript is left out: no SOURCE_DATE_EPOCH, and no false date.)
        #expect(parsed.count("entry") == documents.count - 1)
        #expect(parsed.texts("updated").first == "2016-04-11T00:00:00Z")
        let ids = parsed.texts("id").dropFirst()
        let base = SiteFixture.baseURL + "/"
        #expect(Array(ids) == ["press-conference", "reunion-caspienne"].map { base + "transcripts/\($0)/" })
        #expect(parsed.texts("title").contains(XMLEscaping.removingForbiddenCharacters(SiteFixture.hostileTitle)))
        #expect(feed.contains("Questions &amp; réponses &lt;script&gt;"))
        #expect(!feed.unicodeScalars.contains { !XMLEscaping.isAllowed($0) })
    }

    /// With nothing dated, the feed's `updated` (RFC 4287 §4.1.1: exactly one) is the
    /// `SOURCE_DATE_EPOCH` day; without it there is no true date to state (§4.2.15), so there is
    /// no feed, and no page links one (never 1970-01-01, never the build time).
    @Test func feedUpdatedComesFromSourceDateEpochWhenNothingIsDated() throws {
        var undated = documents
        for index in undated.indices { undated[index].transcript.metadata.date = nil }
        let withEpoch = try #require(try SiteFixture.build(undated, epoch: 1_709_251_200)["feed.xml"])
        #expect(try XMLProbe.parse(withEpoch).texts("updated").allSatisfy { $0 == "2024-03-01T00:00:00Z" })
        let without = try SiteFixture.build(undated)
        #expect(without["feed.xml"] == nil)
        #expect(without["sitemap.xml"] != nil)
        #expect(without["index.html"]?.contains("feed.xml") == false)
        #expect(try SiteFixture.build(undated, epoch: 1_709_251_200)["index.html"]?.contains("feed.xml") == true)
    }

    /// `SOURCE_DATE_EPOCH` is read as the reproducible-builds.org specification says: digits,
    /// seconds since 1970; anything else, or a time past the year 9999, is an error with the
    /// value and what to set.
    @Test func sourceDateEpochIsValidated() throws {
        #expect(try SiteConfiguration.sourceDateEpoch(from: nil) == nil)
        #expect(try SiteConfiguration.sourceDateEpoch(from: "") == nil)
        #expect(try SiteConfiguration.sourceDateEpoch(from: "1709251200") == 1_709_251_200)
        #expect(try SiteConfiguration.sourceDateEpoch(from: "0") == 0)
        #expect(try SiteConfiguration.sourceDateEpoch(from: "253402300799") == 253_402_300_799)
        #expect {
            try SiteConfiguration.sourceDateEpoch(from: "abc")
        } throws: { error in
            (error as? Diagnostic)?.description == "SOURCE_DATE_EPOCH: error: the environment variable is `abc`, not a number of seconds since 1970-01-01 (digits only), so nothing was generated (set it to a whole number such as the last commit's time, `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, or unset it)"
        }
        for bad in ["-5", "1.5", " 42", "1e9", "99999999999999999999999"] {
            #expect(throws: Diagnostic.self, "\(bad)") { try SiteConfiguration.sourceDateEpoch(from: bad) }
        }
        #expect {
            try SiteConfiguration.sourceDateEpoch(from: "253402300800")
        } throws: { error in
            (error as? Diagnostic)?.message.contains("after the year 9999") == true
        }
    }

    /// An undated transcript never gets a false date in the feed (1970, or another transcript's):
    /// with `SOURCE_DATE_EPOCH` it takes that day, as the feed does when it is newer; without,
    /// it is left out (RFC 4287 §4.1.2: an entry has exactly one `updated`).
    @Test func anUndatedTranscriptGetsNoFalseDateInTheFeed() throws {
        let withEpoch = try XMLProbe.parse(try #require(try SiteFixture.build(documents, epoch: 1_709_251_200)["feed.xml"]))
        #expect(withEpoch.texts("updated") == ["2024-03-01T00:00:00Z", "2016-04-11T00:00:00Z", "2016-04-11T00:00:00Z", "2024-03-01T00:00:00Z"])
        let without = try #require(try SiteFixture.build(documents)["feed.xml"])
        #expect(!without.contains("1970") && !without.contains("undated-notes"))
        #expect(try XMLProbe.parse(without).texts("updated") == ["2016-04-11T00:00:00Z", "2016-04-11T00:00:00Z", "2016-04-11T00:00:00Z"])
    }

    @Test func sitemapListsEveryPageOnceSortedAndWellFormed() throws {
        let site = try SiteFixture.build()
        let sitemap = try #require(site["sitemap.xml"])
        let parsed = try XMLProbe.parse(sitemap)
        #expect(parsed.root == "urlset")
        let locs = parsed.texts("loc")
        let base = SiteFixture.baseURL + "/"
        let expected = site.keys.filter { $0.hasSuffix(".html") }.map { path in
            base + (path == "index.html" ? "" : String(path.dropLast("index.html".count)))
        }.sorted()
        #expect(locs == expected)
        #expect(parsed.texts("lastmod").allSatisfy { $0 == "2016-04-11" })
        #expect(parsed.count("lastmod") == 2)
    }

    @Test func hostileSlugAndBaseURLStayWellFormed() throws {
        var documents = documents
        documents[0].slug = "q-&-r"
        let site = try SiteFixture.build(documents, baseURL: "https://example.org/a&b/")
        let sitemap = try #require(site["sitemap.xml"])
        let feed = try #require(site["feed.xml"])
        _ = try XMLProbe.parse(sitemap)
        _ = try XMLProbe.parse(feed)
        #expect(sitemap.contains("<loc>https://example.org/a&amp;b/transcripts/q-%26-r/</loc>"))
        #expect(site["transcripts/q-&-r/index.html"] != nil)
    }
}

/// Parses XML with Foundation's XMLParser and keeps element texts.
final class XMLProbe: NSObject, XMLParserDelegate {
    private(set) var root: String?
    private var elements: [(name: String, text: String)] = []
    private var stack: [Int] = []

    static func parse(_ xml: String) throws -> XMLProbe {
        let probe = XMLProbe()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = probe
        if !parser.parse() {
            throw Diagnostic(.error, file: "xml", message: "not well-formed: \(String(describing: parser.parserError))")
        }
        return probe
    }

    func texts(_ name: String) -> [String] { elements.filter { $0.name == name }.map(\.text) }
    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { root = name }
        elements.append((name, ""))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = stack.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }
}
