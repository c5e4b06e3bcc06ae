import Model
import Testing

/// Messages on the terminal are English whatever the site's language: the hint for a hand-set
/// slug with no letter or digit gave a French example (`reunion-du-conseil`) on an English site.
@Test func theHintForASlugWithNoLetterIsEnglish() throws {
    let warning = try #require(Slug.handSetWarning("---", file: "a.txt", line: 3))
    #expect(warning.description == "a.txt:3: warning: slug `---` has no letter or digit; the page is published under its title's slug (write a slug such as `council-meeting` (lowercase letters, digits and single `-`), or remove the line)")
}

/// A reader's line and column in text whose U+2028 and U+2029 became line ends are told as the
/// file has them: the line the separator stands on, and the column past what that line holds
/// before it (the separator counting as one). Before, the line was moved but not the column.
@Test func columnsAfterASeparatorAreTheFilesColumns() {
    let lines = SeparatorLines("title: A\u{2028}date: [\nnext\u{2029}para\n")
    let placed = lines.placing(Diagnostic(.warning, file: "a.txt", line: 2, column: 7, message: "m"), file: "a.txt")
    #expect(placed.line == 1)
    #expect(placed.column == 16)
    // The line after a paragraph separator's blank line: the file's line 2, past `next` and the separator.
    let after = lines.placing(Diagnostic(.warning, file: "a.txt", line: 5, column: 1, message: "m"), file: "a.txt")
    #expect(after.line == 2)
    #expect(after.column == 6)
    // A line the file starts keeps its column; a message about another file is left as it is.
    #expect(lines.placing(Diagnostic(.warning, file: "a.txt", line: 3, column: 2, message: "m"), file: "a.txt").column == 2)
    #expect(lines.placing(Diagnostic(.warning, file: "b.txt", line: 2, column: 7, message: "m"), file: "a.txt").line == 2)
}
