import Foundation
import Model
import Testing

@testable import Ingest

/// The site tester of the twenty-first session: what a seed's reader says about input that is
/// broken in ways it used to pass over in silence.

/// The error reading `text` as the seed `path` (with `sidecar`) gives, or nil when it gives none.
private func errorText(_ text: String, _ path: String, sidecar: String? = nil) -> String? {
    do throws(Diagnostic) {
        _ = try SeedReader.read(Array(text.utf8), seedPath: path, sidecar: sidecar.map { Array($0.utf8) })
        return nil
    } catch {
        return error.description
    }
}

/// A ParlParse or TEI file cut off, or with a tag left open, was published in part: it is an
/// error at the place, so that the seed is not generated (and its earlier pages kept). A stray
/// `<b>` inside a speech, which hid the paragraphs after it, is one too.
@Test func anXMLSeedThatIsNotWellFormedIsAnError() {
    let whole = """
        <?xml version="1.0" encoding="UTF-8"?>
        <publicwhip>
        <speech id="uk.org.publicwhip/debate/2021-03-04a.1.0" speakername="Ines Varga">
        <p>First point about the quay.</p>
        <p>Second point about the tide.</p>
        </speech>
        </publicwhip>

        """
    #expect(errorText(whole, "h.xml") == nil)
    let cut = String(whole.prefix(whole.count - 40))
    #expect(errorText(cut, "h.xml")
        == "h.xml:5: error: the XML is not well-formed: the file ends with `<p>` (line 5) still open; the file may be cut off or a tag left open (close the tag where it belongs, or get the whole file again; the seed was not generated)")
    let stray = whole.replacingOccurrences(of: "quay.</p>", with: "quay.</p><b>")
    #expect(errorText(stray, "h.xml")
        == "h.xml:6: error: the XML is not well-formed: `<b>` (line 4) is not closed before `</speech>`; the file may be cut off or a tag left open (close the tag where it belongs, or get the whole file again; the seed was not generated)")
    let tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><u who=\"#iv\"><seg>Hello there.</seg></u></body>\n"
    #expect(errorText(tei, "t.xml")
        == "t.xml:1: error: the XML is not well-formed: the file ends with `<text>` (line 1) still open; the file may be cut off or a tag left open (close the tag where it belongs, or get the whole file again; the seed was not generated)")
    // Near miss: HTML is read as browsers read it, an unclosed `<b>` and all.
    let html = "<html><body><p>First point about the quay.<b> Second point.</p></body></html>\n"
    #expect(errorText(html, "a.html") == nil)
}

/// A seed whose only text is TOML front matter, or an empty one, is an error at line 1.
@Test func tomlFrontMatterIsAnErrorAtLineOne() {
    let toml = "+++\ntitle = \"Quay talk\"\ndate = 2024-05-03\n+++\nOn 3 May 2024, Wren Okafor said: \"The quay opens.\"\n"
    #expect(errorText(toml, "q.md")
        == "q.md:1: error: front matter between `+++` lines (TOML) is not read: Verbatim reads YAML front matter between `---` lines (write the metadata as YAML between `---` lines, one `key: value` a line, e.g. `title: …` for `title = \"…\"`)")
    // Near miss: a `+++` line in the text, not closed, is text.
    #expect(errorText("+++\nHello there, said Wren.\n", "q.md") == nil)
}

/// A key written twice in a sidecar says where the first one is in the sidecar's own lines.
@Test func aSidecarsRepeatedKeyNamesItsFirstLine() {
    let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there.\n"
    let sidecar = "title: Quay talk\ndate: 2024-05-03\ntitle: Tide talk\n"
    #expect(errorText(vtt, "a.vtt", sidecar: sidecar)
        == "a.vtt.yml:3:1: error: this sidecar file (the metadata of a.vtt) is not valid YAML: duplicated key `title` (`title` is also written on line 1, and a key can be written only once in a block: keep one of the two lines)")
}

/// Words YAML leaves out of a plain value, and controls removed from front matter, are warned
/// about at their line; a comment written `# …` and a value in quotes are not.
@Test func frontMatterValuesThatLoseWordsAreWarnedAbout() throws {
    let seed = "---\ntitle: Episode #12: The vote\nsource: &src https://example.org/a\ndate: 2024-05-03 # recorded\nlang: \"en\"\n---\nOn 3 May 2024, Wren Okafor said: \"The quay opens.\"\n"
    let result = try SeedReader.read(Array(seed.utf8), seedPath: "e.md")
    #expect(result.warnings.map(\.description) == [
        "e.md:2: warning: ` #` starts a comment in YAML, so the value of 'title' was read as `Episode` and `#12: The vote` was left out (if it is all text, put the value in quotes: title: \"Episode #12: The vote\")",
        "e.md:3: warning: the value of 'source' starts with `&`, which in YAML names an anchor: `&src` was left out and the value read as `https://example.org/a` (if it is all text, put the value in quotes: source: \"&src https://example.org/a\")",
    ])
    let controls = try SeedReader.read(Array("---\ntitle: Quay\u{7} talk\n---\nHello there, said Wren.\n".utf8), seedPath: "c.md")
    #expect(controls.warnings.map(\.description) == [
        "c.md:2:12: warning: a control character (U+0007, a C0 control), which YAML does not allow; it was removed (remove it from the file, or type the character meant)",
    ])
    #expect(controls.document.metadata.title == "Quay talk")
}
