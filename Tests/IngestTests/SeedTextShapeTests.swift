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
    #expect(json.warnings.isEmpty)
    // In a settings file, where every value is one line, both fold to a space (an editor shows no line there).
    #expect(try SettingsText.read(Data("title: A\u{2028}lang: fr\n".utf8), file: "site.yml").text == "title: A lang: fr\n")
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

/// `Title:` and `Date:` header lines with the text right under them (no blank line): the
/// header gives the title and date, and the text starts on line 3.
@Test func headerLinesWithTheTextRightUnderThemGiveTitleAndDate() throws {
    let document = try SeedReader.read(
        Array("Title: Real title\nDate: 12 March 2024\nThe minister said \"we will win\".\n".utf8), seedPath: "hdr.txt").document
    #expect(document.metadata.title == "Real title")
    #expect(document.metadata.date == "2024-03-12")
    #expect(document.blocks.map(\.text) == ["The minister said \"we will win\"."])
}

/// A short first line with the text right under it is the title (not joined to the text); a
/// title wrapped over two lines (a long first line, or a next line in lowercase) is read
/// whole; a title and date line with no text give both; a U+2028 inside the title joins it.
@Test func aFirstLineWithTheTextRightUnderItIsTheTitleAndAWrappedTitleIsReadWhole() throws {
    func read(_ text: String) throws -> SourceDocument {
        try SeedReader.read(Array(text.utf8), seedPath: "t.txt").document
    }
    let short = try read("A short title\nNot a date at all\nThe minister said \"we will win\".\n")
    #expect(short.metadata.title == "A short title")
    #expect(short.blocks.map(\.text) == ["Not a date at all\nThe minister said \"we will win\"."])
    #expect(short.blocks.first?.line == 2)
    let bare = try read("A short title\n12 March 2024\n")
    #expect(bare.metadata.title == "A short title")
    #expect(bare.metadata.date == "2024-03-12")
    #expect(bare.blocks.map(\.text) == ["12 March 2024"])
    let wrapped = try read("Mali : les islamistes poursuivent leurs destructions dans\nles mausolées de Tombouctou\n2 juillet 2012\nLes islamistes ont détruit sept mausolées.\n")
    #expect(wrapped.metadata.title == "Mali : les islamistes poursuivent leurs destructions dans les mausolées de Tombouctou")
    #expect(wrapped.metadata.date == "2012-07-02")
    #expect(wrapped.blocks.map(\.text) == ["Les islamistes ont détruit sept mausolées."])
    let long = try read("Public approval for driving limits for sixteen kinds of drugs\nAnd Alcohol Across The Country\nThe minister said the limits work.\n")
    #expect(long.metadata.title == "Public approval for driving limits for sixteen kinds of drugs And Alcohol Across The Country")
    let separator = try read("A short\u{2028}title\n12 March 2024\nThe minister said \"we will win\".\n")
    #expect(separator.metadata.title == "A short title")
    #expect(separator.metadata.date == "2024-03-12")
    #expect(separator.blocks.map(\.text) == ["The minister said \"we will win\"."])
    // A first line that introduces the text is no title.
    let intro = try read("Le ministre a déclaré :\n« Nous gagnerons. »\n")
    #expect(intro.blocks.map(\.text) == ["Le ministre a déclaré :\n« Nous gagnerons. »"])
    // The title is then the text's first sentence; known issue: it is cut inside the quotation
    // (at `. `), leaving `«` open.
    withKnownIssue("the fallback title cuts the first sentence inside its quotation") {
        #expect(intro.metadata.title == "Le ministre a déclaré : « Nous gagnerons. »")
    }
}

/// A lone UTF-16 surrogate written as a JSON escape is read as U+FFFD, with a warning at its line
/// and column, as an invalid UTF-8 byte is; a pair of escapes is one character.
@Test func aLoneSurrogateEscapeInJSONIsAReplacementCharacterWithAWarning() throws {
    let text = "{\"title\": \"T\",\n  \"body\": \"x \\ud800 lone\", \"b\": \"\\udc00\", \"c\": \"\\ud83d\\ude00\", \"d\": \"\\\\ud800\"}"
    let (object, warnings) = try JSONValueReader.object(text, path: "s.json")
    #expect(object["body"] as? String == "x \u{FFFD} lone")
    #expect(object["b"] as? String == "\u{FFFD}")
    #expect(object["c"] as? String == "😀")
    #expect(object["d"] as? String == "\\ud800")
    #expect(warnings.map(\.description) == [
        "s.json:2:14: warning: 2 JSON escapes are halves of UTF-16 surrogate pairs with no other half (the first here: `\\ud800`); each was read as U+FFFD (�) (write the character meant, or its pair of escapes (`\\ud83d\\ude00` for 😀))"
    ])
}
