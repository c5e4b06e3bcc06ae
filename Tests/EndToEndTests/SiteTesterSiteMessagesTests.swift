import Foundation
import Model
import Pipeline
import Testing

/// The site tester of the twenty-first session: what `generate` says about a broken XML seed, a
/// `site.yml` that is not `key: value` lines, a file in the way of a folder of pages, and what
/// `generate --check` says when seeds have errors.

/// A ParlParse record of two speeches.
private let record = """
    <?xml version="1.0" encoding="UTF-8"?>
    <publicwhip>
    <speech id="uk.org.publicwhip/debate/2021-03-04a.1.0" speakername="Ines Varga">
    <p>The quay opens in June, and the tide tables are printed.</p>
    <p>Second point about the harbour dues this year.</p>
    </speech>
    <speech id="uk.org.publicwhip/debate/2021-03-04a.1.1" speakername="Oskar Lindqvist">
    <p>I agree with the honourable member about the quay.</p>
    </speech>
    </publicwhip>

    """

private let goodSeed = "Harbour talk\n\nOn 3 May 2024, Wren Okafor said: \"The quay opens in June.\" Bo Lindgren said: \"The tide is late.\"\n"

/// An XML seed cut off after a whole one was published is an error at its place, and its pages
/// published before are kept whole.
@Test func aCutOffXMLSeedKeepsItsPagesPublishedBefore() throws {
    let site = try SiteFixture(seeds: ["h.xml": record])
    defer { site.remove() }
    let first = try site.generate(baseURL: "https://example.org/")
    #expect(!first.hasErrors, "\(first.printedMessages)")
    let page = try site.file("data/transcripts.json")
    try Data(record.prefix(record.count - 40).utf8).write(to: site.seeds.appendingPathComponent("h.xml"))
    let second = try site.generate(baseURL: "https://example.org/")
    #expect(second.seedsWithErrors == 1 && second.seedErrors == 1)
    #expect(second.kept == ["h.xml"])
    #expect(second.diagnostics.filter { $0.severity == .error }.map { "\($0.line ?? 0): \($0.message)" } == [
        "8: the XML is not well-formed: the file ends with `<p>` (line 8) still open; the file may be cut off or a tag left open",
    ])
    #expect(try site.file("data/transcripts.json") == page)
}

/// A `site.yml` that is a list, or a line with no colon, is an error, as a broken one is; near
/// miss: an empty one is no setting at all.
@Test func aSiteFileThatIsNotKeyValueLinesIsAnError() throws {
    for (text, message, hint) in [
        ("- title\n- lang\n", "not a set of `key: value` settings but a list, so no setting could be read",
         "write one setting a line as `key: value`, e.g. `title: My Site` (keys: base_url, lang, title)"),
        ("title Harbour Archive\n", "not a set of `key: value` settings but a single value, so no setting could be read",
         "a key must be followed by a colon and a space: add `: ` after the key: `title: Harbour Archive`"),
    ] {
        let site = try SiteFixture(seeds: ["a.txt": goodSeed, "site.yml": text])
        defer { site.remove() }
        #expect {
            try site.generate()
        } throws: { error in
            let diagnostic = error as? Diagnostic
            return diagnostic?.line == 1 && diagnostic?.message == message && diagnostic?.hint == hint
        }
    }
    let empty = try SiteFixture(seeds: ["a.txt": goodSeed, "site.yml": "# nothing yet\n"])
    defer { empty.remove() }
    #expect(try !empty.generate(baseURL: "https://example.org/").hasErrors)
}

/// `generate --check` counts the seeds with errors as the summary does, and does not call a
/// site of no transcript up to date.
@Test func checkCountsSeedsWithErrors() throws {
    let site = try SiteFixture(seeds: ["a.txt": goodSeed, "b.md": "---\ntitle: [Draft talk\n---\nHello.\n"])
    defer { site.remove() }
    try site.generate(baseURL: "https://example.org/")
    let checked = try site.generate(check: true, baseURL: "https://example.org/")
    #expect(checked.changed.isEmpty)
    #expect(checked.upToDateSummary(output: "public") == "public/ is up to date (1 transcript); 1 seed had an error (not generated).")

    let broken = try SiteFixture(seeds: ["b.md": "---\ntitle: [Draft talk\n---\nHello.\n"])
    defer { broken.remove() }
    try broken.generate(baseURL: "https://example.org/")
    let none = try broken.generate(check: true, baseURL: "https://example.org/")
    #expect(none.upToDateSummary(output: "public") == "No file in public/ would change, but it publishes no transcript; 1 seed had an error (not generated), 1 other error.", "\(none.printedMessages)")
}

/// A file standing where the folder of the speaker pages must be is one error naming it, not
/// one per page.
@Test func aFileInTheWayOfAFolderIsOneError() throws {
    let site = try SiteFixture(seeds: ["a.txt": goodSeed])
    defer { site.remove() }
    try site.generate(baseURL: "https://example.org/")
    let speakers = site.output.appendingPathComponent("speakers")
    try FileManager.default.removeItem(at: speakers)
    try Data("in the way\n".utf8).write(to: speakers)
    let report = try site.generate(baseURL: "https://example.org/")
    let pages = report.failed.filter { $0.hasPrefix("speakers/") }.sorted()
    #expect(pages.count >= 2)
    let errors = report.diagnostics.filter { $0.severity == .error }
    #expect(errors.map(\.message) == [
        "a file stands where a folder must be, so '\(pages.first ?? "")' and \(pages.count - 1) other file\(pages.count == 2 ? "" : "s") under it were not written",
    ])
    #expect(errors.first?.file.hasSuffix("public/speakers") == true)
}
