import Model
import Testing

@testable import Ingest

/// A closing `---` of front matter with spaces before it is no fence to YAML: the block ran on to
/// the next `---` of the text (whose lines were read as YAML and lost) or was never closed. It is
/// read as the closing line, with a warning at it saying a closing --- must start the line.
struct IndentedFenceTests {
    static func read(_ text: String) throws -> SeedReader.Result {
        try SeedReader.read(Array(text.utf8), seedPath: "f.txt")
    }

    /// An indented closing line, with no other `---` below or with a separator further down: the
    /// metadata and every turn are read, with one warning at that line. Near miss: a closing line
    /// at the start of the line says nothing.
    @Test func anIndentedClosingFenceIsReadAsTheEndOfTheFrontMatterWithAWarning() throws {
        let turns = "\nWREN: Good morning.\n\n---\n\nOTTO: Morning.\n"
        for (fence, line) in [(" ---", 4), ("\t---", 4), ("  ...", 4)] {
            let result = try Self.read("---\ntitle: Harbour talk\nlang: en\n\(fence)\n" + turns)
            #expect(result.document.metadata.title == "Harbour talk")
            #expect(result.document.metadata.lang == "en")
            #expect(result.document.blocks.map(\.text).joined(separator: "|").contains("Good morning."), "\(result.document.blocks)")
            #expect(result.warnings.map(\.description) == [
                "f.txt:\(line):1: warning: the closing `\(fence.trimmingCharacters(in: .whitespaces))` of the front matter is indented; it was read as the end of the front matter (a closing `---` or `...` must start the line: remove the spaces or tabs before it)"
            ])
        }
        let alone = try Self.read("---\ntitle: Harbour talk\nlang: en\n ---\n\nWREN: Good morning.\n\nOTTO: Morning.\n")
        #expect(alone.document.metadata.title == "Harbour talk")
        #expect(alone.warnings.map(\.line) == [4])
        let clean = try Self.read("---\ntitle: Harbour talk\nlang: en\n---\n" + turns)
        #expect(clean.document.metadata.title == "Harbour talk")
        #expect(clean.warnings.isEmpty, "\(clean.warnings)")
    }

    /// Near misses: an indented `---` or `...` inside a block scalar (`source: |`,
    /// `title: >-`) is a line of its value, and the front matter closes at the real fence below:
    /// the keys after the value are kept, nothing of it is published as text, no warning.
    @Test func anIndentedFenceInsideABlockScalarIsPartOfTheValue() throws {
        let literal = try Self.read("---\ntitle: Block\nsource: |\n  First paragraph.\n  ---\n  More.\ntags: [a]\n---\nBonjour.\n")
        #expect(literal.document.metadata.title == "Block")
        #expect(literal.document.metadata.tags == ["a"])
        #expect(literal.document.metadata.source == "First paragraph.\n---\nMore.\n")
        #expect(literal.document.blocks.map(\.text) == ["Bonjour."], "\(literal.document.blocks)")
        #expect(literal.warnings.isEmpty, "\(literal.warnings)")
        let folded = try Self.read("---\ntitle: >-\n  Words\n  ...\n  and silence\ndate: 2024-03-01\n---\nBonjour.\n")
        #expect(folded.document.metadata.title == "Words ... and silence")
        #expect(folded.document.metadata.date == "2024-03-01")
        #expect(folded.warnings.isEmpty, "\(folded.warnings)")
        // Past the value (a key at the block scalar's own indentation), an indented fence closes again.
        let after = try Self.read("---\nsource: |\n  Text.\ntitle: Harbour talk\n ---\n\nWREN: Good morning.\n")
        #expect(after.document.metadata.title == "Harbour talk")
        #expect(after.warnings.map(\.line) == [5])
    }
}
