import Foundation
import Model
import Pipeline
import Testing

/// A hand-edited annotated `index.md` put back as a seed, with a blank line or a U+2029 inside a
/// quotation span: the page shows the text with the quotation marked, never the span syntax,
/// and the run says where the span was cut.
@Test func aCutQuotationSpanInAnAnnotatedSeedShowsNoSpanSyntaxOnThePage() throws {
    for (name, cut) in [("blank.md", "\n\n"), ("separator.md", "\u{2029}")] {
        let site = try SiteFixture(seeds: [
            name: "---\ntitle: \"Le port\"\nlang: \"fr\"\nspeakers:\n  marie-roche: \"Marie Roche\"\n---\n\nElle a dit : [« Nous verrons.\(cut)La suite viendra. »]{#q-1 .quote who=marie-roche}\n",
        ])
        defer { site.remove() }
        let report = try site.generate()
        let line = cut == "\n\n" ? 10 : 8
        #expect(report.diagnostics.map(\.description).filter { $0.contains("\(name):\(line): warning: the span opened at line 8 is cut") }.count == 1,
                "\(report.diagnostics)")
        let page = try site.file("transcripts/le-port/index.html")
        #expect(!page.contains("]{"), "\(page)")
        #expect(!page.contains(".quote who="), "\(page)")
        #expect(page.contains("Nous verrons."))
        #expect(page.contains("La suite viendra."))
        let quotes = try #require(try site.json("data/quotes.json") as? [[String: Any]])
        #expect(quotes.map { $0["speaker"] as? String } == ["marie-roche"])
    }
}

/// Private-use characters the renderer reserves (U+E000–U+E0FF, planes 15–16), written as HTML
/// character references or JSON `\u` escapes, become U+FFFD in the page, the title, speaker
/// names and the data, as raw ones do; before, they passed through.
@Test func reservedPrivateUseWrittenAsReferencesOrEscapesIsReplacedEverywhere() throws {
    let html = """
        <html lang="en"><head><title>Harbour&#xE001; news</title></head><body><article>
        <h1>Harbour&#xE001; news</h1><p>The pier&#xF0000; is closed&#57345;.</p></article></body></html>
        """
    let json = """
        {"version": "1.0.0", "segments": [
          {"speaker": "Ann\\uE002 Berg", "startTime": 0, "endTime": 1, "body": "Hello\\uDB80\\uDC00 there\\uE003."}
        ]}
        """
    let site = try SiteFixture(seeds: ["a.html": html, "b.json": json])
    defer { site.remove() }
    _ = try site.generate()
    let transcripts = try site.file("data/transcripts.json")
    let quotes = try site.file("data/quotes.json")
    var everything = transcripts + quotes + (try site.file("index.html"))
    for entry in try #require(try site.json("data/transcripts.json") as? [[String: Any]]) {
        let slug = try #require(entry["slug"] as? String)
        everything += try site.file("transcripts/\(slug)/index.html") + site.file("transcripts/\(slug)/index.md")
    }
    let reserved = everything.unicodeScalars.filter { TextNormalizer.isReservedPrivateUse($0.value) }
    #expect(reserved.isEmpty, "\(reserved.map { String($0.value, radix: 16) })")
    #expect(transcripts.contains("Harbour\u{FFFD} news"), "\(transcripts)")
    #expect(everything.contains("The pier\u{FFFD} is closed\u{FFFD}."))
    #expect(everything.contains("Ann\u{FFFD} Berg"))
    #expect(everything.contains("Hello\u{FFFD} there\u{FFFD}."))
}
