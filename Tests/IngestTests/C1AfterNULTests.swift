import Model
import Testing

@testable import Ingest

/// The C1 control warning was placed in the text with its NULs already removed, one column off
/// after a NUL on the same line.
struct C1AfterNULTests {
    /// A C1 control after a NUL on its line is named at its column in the file; near miss: one
    /// on a line without a NUL is placed as before.
    @Test func aC1ControlAfterANULIsPlacedAsInTheFile() throws {
        let decoded = try SeedTextDecoder.decode(Array("WREN: Good\0day \u{92} all.\nOTTO: Hi \u{85} x.\n".utf8), file: "c.txt")
        #expect(decoded.text == "WREN: Goodday \u{92} all.\nOTTO: Hi \u{85} x.\n")
        #expect(decoded.warnings.map { "\($0.line ?? 0):\($0.column ?? 0)" } == ["1:11", "1:16"])
        let alone = try SeedTextDecoder.decode(Array("WREN: Good day.\0\nOTTO: Hi \u{85} x.\n".utf8), file: "c.txt")
        #expect(alone.warnings.map { "\($0.line ?? 0):\($0.column ?? 0)" } == ["1:16", "2:10"])
    }
}
