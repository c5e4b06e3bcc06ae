import Model
import Testing

@testable import Ingest

/// A UTF-8 file with one paragraph pasted in Windows-1252 had U+FFFD for each of that line's
/// accented letters (the file being mostly UTF-8), where a file mostly Windows-1252 with UTF-8
/// lines was read line by line: now both are.
struct MixedEncodingLineTests {
    /// The Windows-1252 line of a mostly UTF-8 file is read as Windows-1252, with one warning at
    /// its first bad byte; the UTF-8 lines stay UTF-8. Near miss: a stray byte in a line of UTF-8
    /// (`« Été \xFF »`) stays U+FFFD with its own warning.
    @Test func aWindows1252LineInAMostlyUTF8FileIsReadAsWindows1252() throws {
        let utf8 = Array("WREN : Bonjour à tous, c’est l’été.\n\nOTTO : Très bien. « Oui », dit-elle.\n\nLUC : Le caf".utf8)
        let bytes = utf8 + [0xE9] + Array(" est pr".utf8) + [0xEA, 0x74] + Array(", d".utf8) + [0xE9, 0x6A, 0xE0] + Array(".\n".utf8)
        let result = try SeedReader.read(bytes, seedPath: "m.txt")
        #expect(result.document.blocks.map(\.text).last == "Le café est prêt, déjà.")
        #expect(result.document.blocks.map(\.text).first == "Bonjour à tous, c’est l’été.")
        #expect(result.warnings.map(\.description) == [
            "m.txt:5:13: warning: not valid UTF-8 (the first bad byte is here): the line that is not UTF-8 was read as Windows-1252, the 2 lines with UTF-8 characters as UTF-8 (check the accented letters of the lines read as Windows-1252, and save the file as UTF-8)"
        ])
        let stray = Array("WREN : « Été".utf8) + [0xFF] + Array(" », dit-elle.\n\nOTTO : Très bien.\n".utf8)
        let kept = try SeedReader.read(stray, seedPath: "s.txt")
        #expect(kept.document.blocks.first?.text == "« Été\u{FFFD} », dit-elle.")
        #expect(kept.warnings.map(\.line) == [1])
        #expect(kept.warnings.first?.message.hasPrefix("byte 0xFF is not valid UTF-8") == true)
        // Near miss: a character cut short (`\xE2\x82`, the euro sign's first two bytes) on a line
        // with no other UTF-8 character is no pair of Windows-1252 letters (`â‚`): U+FFFD.
        let cut = Array("JEAN : Le café est prêt.\nMARIE : Prix 5 ".utf8) + [0xE2, 0x82] + Array("\n".utf8)
        let cutShort = try SeedReader.read(cut, seedPath: "c.txt")
        #expect(cutShort.document.blocks.map(\.text).last == "Prix 5 \u{FFFD}")
        #expect(cutShort.warnings.first?.message.contains("cut short") == true, "\(cutShort.warnings)")
    }
}
