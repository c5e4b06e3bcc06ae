import Foundation
import Model
import Testing

@testable import Ingest

/// U+2028 LINE SEPARATOR is a line break and U+2029 PARAGRAPH SEPARATOR a paragraph break
/// (Unicode §5.8), wherever text is read: raw seed text, a JSON escape, a character reference,
/// a settings file.
@Test func lineAndParagraphSeparatorsAreBreaksWhereverTextIsRead() throws {
    let result = try SeedReader.read(Array("Titre\n\nUn\u{2028}deux.\u{2029}Trois.\n".utf8), seedPath: "s.txt")
    #expect(result.document.blocks.map(\.text) == ["Un\ndeux.", "Trois."])
    #expect(!result.document.blocks.contains { $0.text.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 } })
    #expect(TextNormalizer.normalize("a\u{2028}b\u{2029}c") == "a\nb\n\nc")
    #expect(CharacterReferences.decode("a&#x2028;b&#8233;c") == "a\nb\n\nc")
    let json = try JSONValueReader.object(#"{"a": "x\u2028y\u2029z", "b": "\\u2028"}"#, path: "p.json")
    #expect(json.object["a"] as? String == "x\ny\n\nz")
    #expect(json.object["b"] as? String == "\\u2028")
    #expect(json.warning == nil)
    #expect(SettingsText.read(Data("title: A\u{2028}lang: fr\n".utf8), file: "site.yml").text == "title: A\nlang: fr\n")
}

/// A hand-set slug that is not a slug (`c#-vs-c`) is warned at its line, saying what it
/// becomes; one that is a slug gets no warning. In YAML front matter and header lines alike.
@Test func aSlugThatIsNotASlugIsWarnedAtItsLine() throws {
    let yaml = try SeedReader.read(Array("---\ntitle: C# vs C\nslug: \"c#-vs-c\"\n---\n\nTexte.\n".utf8), seedPath: "c.txt")
    #expect(yaml.document.metadata.slug == "c#-vs-c")
    #expect(yaml.warnings.map(\.description) == [
        "c.txt:3: warning: slug `c#-vs-c` is not a slug (lowercase letters, digits and single `-`); the page is published as `c-vs-c` (write `slug: c-vs-c`, or another slug of that form)",
    ])
    let header = try SeedReader.read(Array("Title: C# vs C\nSlug: C#-vs-C\n\nTexte.\n".utf8), seedPath: "h.txt")
    #expect(header.warnings.map(\.description).contains { $0.hasPrefix("h.txt:2: warning: slug `C#-vs-C` is not a slug") && $0.contains("published as `c-vs-c`") }, "\(header.warnings)")
    let good = try SeedReader.read(Array("---\ntitle: T\nslug: c-vs-c\n---\n\nTexte.\n".utf8), seedPath: "g.txt")
    #expect(good.warnings.isEmpty)
}

/// A title line and a date line with no blank line after them: the first line is the title,
/// the second the date, and the text goes on from the third line (not joined into the title).
@Test func titleAndDateLinesWithNoBlankLineAfterThemAreReadAsTitleAndDate() throws {
    let document = try SeedReader.read(
        Array("Réunion du conseil\n3 mai 2024\nLe maire a dit : « Nous verrons. »\nLa séance est levée.\n\nSuite.\n".utf8),
        seedPath: "r.txt").document
    #expect(document.metadata.title == "Réunion du conseil")
    #expect(document.metadata.date == "2024-05-03")
    #expect(document.blocks.map(\.text) == ["Le maire a dit : « Nous verrons. »\nLa séance est levée.", "Suite."])
    #expect(document.blocks.first?.line == 3)
    // One paragraph only: the same.
    let single = try SeedReader.read(Array("Visite du port\n4 mai 2024\nLe port a rouvert.\n".utf8), seedPath: "p.txt").document
    #expect(single.metadata.title == "Visite du port")
    #expect(single.metadata.date == "2024-05-04")
    #expect(single.blocks.map(\.text) == ["Le port a rouvert."])
}
