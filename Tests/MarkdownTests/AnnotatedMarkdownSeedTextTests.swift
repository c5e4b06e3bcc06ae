import Foundation
import Markdown
import Model
import Testing

/// An annotated-Markdown seed is normalised as a `.txt` seed is (`TextNormalizer`): CRLF,
/// U+2028 (a line break), U+2029 (a paragraph break), a form feed (a line end), C1 controls and
/// the private-use characters the renderer keeps for itself (U+FFFD); before, U+2029 stayed
/// in the text, inside one paragraph.
@Test func annotatedMarkdownIsNormalisedAsEverySeedIs() throws {
    let text = "---\r\ntitle: \"Le port\"\r\nlang: \"fr\"\r\n---\r\n\r\nUn.\u{2029}Deux,\u{2028}suite\u{0085}.\u{000C}Fin\u{E001}.\r\n"
    let result = try AnnotatedMarkdownReader.read(text, seedPath: "p.md")
    #expect(result.transcript.blocks.map(\.text) == ["Un.", "Deux,\nsuite.\nFin\u{FFFD}."])
    // Lines are the file's own: U+2029 and U+2028 start no line in an editor.
    #expect(result.transcript.blocks.map(\.line) == [6, 6])
    #expect(AnnotatedMarkdownReader.isAnnotatedMarkdown("---\u{2028}title: a\r\nseed: \"a.txt\"\r\n---\r\n\r\ntext\r\n"))
}

/// A hand-set `slug:` in annotated Markdown that is no slug is warned at its line, saying
/// what the page is published as, as in a `.txt` seed's front matter; a slug gets no warning.
@Test func aHandSetSlugInAnnotatedMarkdownThatIsNoSlugIsWarnedAtItsLine() throws {
    let result = try AnnotatedMarkdownReader.read(
        "---\ntitle: \"C# vs C\"\nlang: \"en\"\nslug: \"C# vs C\"\n---\n\nText.\n", seedPath: "c.md")
    #expect(result.warnings.map(\.description) == [
        "c.md:4: warning: slug `C# vs C` is not a slug (lowercase letters, digits and single `-`); the page is published as `c-vs-c` (write `slug: c-vs-c`, or another slug of that form)",
    ])
    #expect(result.metadataLines.slug == MetadataLines.Place(file: "c.md", line: 4))
    #expect(result.metadataLines.title == MetadataLines.Place(file: "c.md", line: 2))
    let good = try AnnotatedMarkdownReader.read("---\ntitle: \"T\"\nlang: \"en\"\nslug: \"c-vs-c\"\n---\n\nText.\n", seedPath: "g.md")
    #expect(good.warnings.isEmpty)
    let empty = try AnnotatedMarkdownReader.read("---\ntitle: \"T\"\nlang: \"en\"\nslug: \"---\"\n---\n\nText.\n", seedPath: "e.md")
    #expect(empty.warnings.map(\.description).first?.hasPrefix("e.md:4: warning: slug `---` has no letter or digit") == true)
}
