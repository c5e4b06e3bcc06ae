import Foundation
import Model
import Pipeline
import Testing

private let seed = "Réunion\n\n« Nous verrons », a déclaré Jeanne Brunot.\n"

/// A control character in `site.yml` or `speakers.yml` (libyaml refuses the whole file at the
/// first one) is removed, with one warning at the first one's line and column, and the file is
/// read: the site keeps its title, the speakers file its speakers.
@Test func controlCharactersInSettingsFilesAreRemovedWithOneWarning() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": seed,
        "site.yml": "title: Ar\u{9B}chives\u{7}\nbase_url: https://x.example/\n",
        "speakers.yml": "jeanne-brunot:\n  name: Jeanne\u{85} Brunot\n  role: maire\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description)
    #expect(messages.contains { $0.hasSuffix("seeds/site.yml:1:10: warning: 2 control characters, which YAML does not allow (the first here: U+009B, a C1 control, probably `›` (Windows-1252 byte 0x9B read as Latin-1)); each was removed (remove it from the file, or type the character meant)") }, "\(messages)")
    #expect(messages.contains { $0.hasSuffix("seeds/speakers.yml:2:15: warning: a control character (U+0085, a C1 control, probably `…` (Windows-1252 byte 0x85 read as Latin-1)), which YAML does not allow; it was removed (remove it from the file, or type the character meant)") }, "\(messages)")
    #expect(!report.diagnostics.contains { $0.severity == .error }, "\(messages)")
    #expect(try site.file("index.html").contains("Archives"))
    #expect(try site.file("speakers/jeanne-brunot/index.html").contains("maire"))
}

/// U+2028 and U+2029 in a one-line value of `site.yml` or `speakers.yml` (quoted or not) fold to
/// a space: the site title and the speaker's name stay one line, the name still matches the
/// seed's, and a YAML error after one is placed at the line an editor shows.
@Test func lineAndParagraphSeparatorsInSettingsValuesFoldToASpace() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": seed,
        "site.yml": "title: \"Site\u{2029}Title\"\nbase_url: https://x.example/\n",
        "speakers.yml": "jeanne-brunot:\n  name: \"Jeanne\u{2029}Brunot\"\n  role: maire\u{2028}adjointe\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    #expect(!report.diagnostics.contains { $0.severity == .error }, "\(report.diagnostics)")
    #expect(try site.file("index.html").contains("<title>Site Title</title>"))
    let data = try site.file("data/transcripts.json")
    #expect(data.contains("\"name\": \"Jeanne Brunot\""), "\(data)")
    #expect(try site.file("speakers/jeanne-brunot/index.html").contains("maire adjointe"))
    #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("speakers/jeanne-brunot-2").path))
    let broken = try SiteFixture(seeds: ["a.txt": seed, "site.yml": "title: Site\u{2029}Title\nlang: en: x\n"])
    defer { broken.remove() }
    let error = #expect(throws: Diagnostic.self) { try broken.generate() }
    #expect(error?.line == 2, "\(String(describing: error))")
}

/// A title, name, alias or role in a seed's front matter is one line: a line break in it folds
/// to a space.
@Test func oneLineFrontMatterValuesFoldLineBreaksToASpace() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": "---\ntitle: \"Deux\\nlignes\"\nspeakers:\n  - name: \"Jeanne\\u2029Brunot\"\n    role: \"maire\\nadjointe\"\n---\n\n« Nous verrons », a déclaré Jeanne Brunot.\n",
    ])
    defer { site.remove() }
    _ = try site.generate()
    let data = try site.file("data/transcripts.json")
    #expect(data.contains("\"title\": \"Deux lignes\""), "\(data)")
    #expect(data.contains("\"name\": \"Jeanne Brunot\""), "\(data)")
}

/// A `site.yml` saved as Windows-1252 is read as a seed would be, as Windows-1252 with a warning
/// at its first bad byte: the title was published with U+FFFD (`Caf�`). Near miss: the same
/// title in UTF-8 says nothing.
@Test func aSiteSettingsFileThatIsNotUTF8IsReadAsASeedIsWithAWarning() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": Array(seed.utf8),
        "site.yml": Array("base_url: https://x.example/\ntitle: Caf".utf8) + [0xE9] + Array(" des arts\n".utf8),
    ])
    defer { site.remove() }
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description)
    #expect(messages.contains { $0.hasSuffix("seeds/site.yml:2:11: warning: not valid UTF-8 (the first bad byte is here); read as Windows-1252 (check its accented letters, and save the file as UTF-8)") }, "\(messages)")
    #expect(try site.file("index.html").contains("<title>Café des arts</title>"))
    let utf8 = try SiteFixture(seeds: ["a.txt": seed, "site.yml": "base_url: https://x.example/\ntitle: Café des arts\n"])
    defer { utf8.remove() }
    let utf8Messages = try utf8.generate().diagnostics.map(\.description)
    #expect(!utf8Messages.contains { $0.contains("site.yml") }, "\(utf8Messages)")
    #expect(try utf8.file("index.html").contains("<title>Café des arts</title>"))
}

/// A long value of `site.yml` quoted in a message is cut as other long echoes are (its first
/// characters and `…`), not printed whole; near miss: a short one is quoted whole.
@Test func aLongSiteSettingsValueIsCutInItsMessage() throws {
    let long = String(repeating: "x", count: 300)
    let site = try SiteFixture(seeds: ["a.txt": seed, "site.yml": "lang: \(long)\nbase_url: https://x.example/\n"])
    defer { site.remove() }
    let messages = try site.generate().diagnostics.map(\.description)
    let cut = String(repeating: "x", count: Diagnostic.echoLimit - 1) + "…"
    #expect(messages.contains { $0.hasSuffix("seeds/site.yml:1:7: warning: lang '\(cut)' is not a language tag; the site is in en (write a BCP 47 tag such as fr, en or pt-BR)") }, "\(messages)")
    let broken = try SiteFixture(seeds: ["a.txt": seed, "site.yml": "base_url: ftp://\(long)/\n"])
    defer { broken.remove() }
    let error = #expect(throws: Diagnostic.self) { try broken.generate() }
    #expect(error?.message == "base_url '\(String("ftp://\(long)/".prefix(Diagnostic.echoLimit - 1)))…' is not a base URL: it does not start with http:// or https://")
    let short = try SiteFixture(seeds: ["a.txt": seed, "site.yml": "lang: en_GB x\nbase_url: https://x.example/\n"])
    defer { short.remove() }
    #expect(try short.generate().diagnostics.contains { $0.message == "lang 'en_GB x' is not a language tag; the site is in en" })
}
