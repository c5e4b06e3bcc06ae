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
