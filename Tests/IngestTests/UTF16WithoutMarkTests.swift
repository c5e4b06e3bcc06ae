import Foundation
import Model
import Testing

@testable import Ingest

/// UTF-16 with no byte-order mark was recognised only with an even length and 90% of its units
/// Latin letters: one with a lone last byte (a line end an editor added) or in another alphabet
/// was read as UTF-8 and told to remove its NUL bytes, or refused as not Windows-1252.
struct UTF16WithoutMarkTests {
    static let text = "ΓΙΑΝΝΗΣ: Καλημέρα σας, τι κάνετε;\nΜΑΡΙΑ: Καλά, ευχαριστώ.\n"

    /// A little-endian file with a lone last byte is read as UTF-16, the byte dropped and named;
    /// a Greek one (its high bytes 0x03, its spaces and punctuation NUL) is read as UTF-16, in both byte
    /// orders. Near miss: UTF-8 with a stray NUL at the end of each short line (`Oui.\0`, every
    /// NUL at an even offset) stays UTF-8, its NULs removed.
    @Test func utf16WithoutAMarkIsToldSoNotToRemoveNULs() throws {
        let latin = Array("WREN: Hello there.\nOTTO: Hi.\n".data(using: .utf16LittleEndian)!) + [0x0A]
        let odd = try SeedTextDecoder.decode(latin, file: "o.txt")
        #expect(odd.text == "WREN: Hello there.\nOTTO: Hi.\n")
        #expect(odd.warnings.map(\.description) == [
            "o.txt:3: warning: UTF-16 (little-endian) without a byte-order mark; read as such, but for its lone last byte (0x0A), which was dropped (save the file as UTF-8)"
        ])
        for (encoding, endian) in [(String.Encoding.utf16LittleEndian, "little"), (.utf16BigEndian, "big")] {
            let greek = try SeedTextDecoder.decode(Array(Self.text.data(using: encoding)!), file: "g.txt")
            #expect(greek.text == Self.text)
            #expect(greek.warnings.map(\.description) == [
                "g.txt: warning: UTF-16 (\(endian)-endian) without a byte-order mark; read as such (save the file as UTF-8)"
            ])
        }
        // Chinese and Korean (high bytes far above 0x20) with ASCII between them: read as UTF-16,
        // not as Windows-1252 with their NULs removed.
        for text in ["title: 新聞\nWREN: 市长说我们明年建桥。\n", "title: 시의회 회의\ndate: 2020-01-01\n"] {
            let cjk = try SeedTextDecoder.decode(Array(text.data(using: .utf16LittleEndian)!), file: "c.txt")
            #expect(cjk.text == text)
            #expect(cjk.warnings.map(\.message) == ["UTF-16 (little-endian) without a byte-order mark; read as such"])
        }
        // Near miss: UTF-8 whose NULs fall at one parity between ASCII letters and spaces (every
        // other byte a space or NUL) stays UTF-8.
        let spaced = try SeedTextDecoder.decode(Array("J\0E A\0N :\0B o\0n j\0o u\0r \0".utf8), file: "j.txt")
        #expect(spaced.text == "JE AN :B on jo ur ")
        let stray = try SeedTextDecoder.decode(Array(String(repeating: "Oui.\0\n", count: 5).utf8), file: "s.txt")
        #expect(stray.text == String(repeating: "Oui.\n", count: 5))
        #expect(stray.warnings.map(\.message) == ["5 NUL bytes in the text (the first here); each was removed"])
    }
}
