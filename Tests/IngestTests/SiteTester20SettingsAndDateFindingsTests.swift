import Model
import Testing

@testable import Ingest

/// What the twentieth session's site tester found in settings text and declared dates: a NUL in
/// a sidecar was not warned and made U+FFFD in the title; a GOV.UK content item's impossible
/// `first_published_at` and an HTML `<meta>` date in which no date can be read were passed over
/// with no warning.
struct SiteTester20SettingsAndDateFindingsTests {
    static func read(_ text: String, _ path: String) throws -> SeedReader.Result {
        try SeedReader.read(Array(text.utf8), seedPath: path)
    }

    /// A NUL in a sidecar is removed and warned at its line and column, as U+0001 is (the near
    /// miss); the other fields are kept.
    @Test func aNULInASidecarIsWarnedAndRemoved() throws {
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Kit>Hello there.\n"
        for (control, described) in [("\u{0000}", "U+0000, NUL"), ("\u{0001}", "U+0001, a C0 control")] {
            let sidecar = "title: Bee\(control) title\nlang: en\n"
            let result = try SeedReader.read(Array(vtt.utf8), seedPath: "b.vtt", sidecar: Array(sidecar.utf8))
            #expect(result.warnings.map(\.description) == [
                "b.vtt.yml:1:11: warning: a control character (\(described)), which YAML does not allow; it was removed (remove it from the file, or type the character meant)"
            ])
            #expect(result.document.metadata.title == "Bee title")
            #expect(result.document.metadata.lang == "en")
        }
    }

    /// A GOV.UK date that is no calendar date is warned at its line and passed over for the
    /// next; near miss: a real date says nothing.
    @Test func anImpossibleGovUKDateIsWarnedAtItsLine() throws {
        let item = { (date: String) in
            """
            {"base_path": "/government/news/x", "title": "X", "schema_name": "news_article", "locale": "en",
             "first_published_at": "\(date)",
             "public_updated_at": "2016-03-01T09:00:00.000+00:00",
             "details": {"body": "<p>Ms Jane Roe said: “Yes.”</p>"}}
            """
        }
        let impossible = try Self.read(item("2016-02-30T17:07:00.000+00:00"), "x.json")
        #expect(impossible.warnings.map(\.description) == [
            "x.json:2: warning: `first_published_at` gives `2016-02-30T17:07:00.000+00:00`, which is no calendar date (month 02 has no day 30); it was not taken as the document's date (correct the date in the content item, or give the date in a sidecar file's `date:` line)"
        ])
        #expect(impossible.document.metadata.date == "2016-03-01")
        let real = try Self.read(item("2016-02-29T17:07:00.000+00:00"), "x.json")
        #expect(real.warnings.isEmpty, "\(real.warnings)")
        #expect(real.document.metadata.date == "2016-02-29")
    }

    /// An HTML `<meta>` date in which no date can be read is warned at its line and passed over;
    /// near misses: a date in words is read, an empty one and a `<time>` giving a time of day
    /// alone say nothing.
    @Test func anUnreadableMetaDateIsWarnedAtItsLine() throws {
        let page = { (date: String) in
            """
            <html lang="en">
            <head>
            <meta property="article:published_time" content="\(date)">
            <meta name="date" content="2023-03-01">
            </head>
            <body><article><h1>Harbour meeting</h1>
            <p>At <time datetime="10:30">half past ten</time> Ann Lee said: "We will see."</p>
            </article></body></html>
            """
        }
        for value in ["garbage", "99999-01-01"] {
            let result = try Self.read(page(value), "p.html")
            #expect(result.warnings.map(\.description) == [
                "p.html:3: warning: `<meta>` `article:published_time` gives `\(value)`, in which no date can be read (YYYY-MM-DD, or a date in words); it was not taken as the document's date (correct the date in the page, or give the date in a sidecar file's `date:` line)"
            ])
            #expect(result.document.metadata.date == "2023-03-01")
        }
        let words = try Self.read(page("June 9, 2009"), "p.html")
        #expect(words.warnings.isEmpty, "\(words.warnings)")
        #expect(words.document.metadata.date == "2009-06-09")
        let empty = try Self.read(page(""), "p.html")
        #expect(empty.warnings.isEmpty, "\(empty.warnings)")
        #expect(empty.document.metadata.date == "2023-03-01")
    }
}
