import Model
import Testing

@testable import Ingest

/// A closing `---` of front matter with spaces before it is no fence to YAML: the block ran on to
/// the next `---` of the text (whose lines were read as YAML and lost) or was never closed. It is
/// read as the closing line, with a warning at it saying the closing --- must start the line.
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
                "f.txt:\(line):1: warning: the closing `\(fence.trimmingCharacters(in: .whitespaces))` of the front matter is indented; it was read as the end of the front matter (the closing --- must start the line: remove the spaces before it)"
            ])
        }
        let alone = try Self.read("---\ntitle: Harbour talk\nlang: en\n ---\n\nWREN: Good morning.\n\nOTTO: Morning.\n")
        #expect(alone.document.metadata.title == "Harbour talk")
        #expect(alone.warnings.map(\.line) == [4])
        let clean = try Self.read("---\ntitle: Harbour talk\nlang: en\n---\n" + turns)
        #expect(clean.document.metadata.title == "Harbour talk")
        #expect(clean.warnings.isEmpty, "\(clean.warnings)")
    }
}
