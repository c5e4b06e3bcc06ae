import Foundation

/// Finding and naming the control characters ingest removes (C0 but tab and line ends, DEL, C1),
/// for the one warning per file that says where the first was and what it probably stood for.
enum ControlCharacters {
    /// How many scalars of `text` `isControl` accepts, and the first of them with its line and
    /// column (lines end at LF, CR or CRLF; columns count Unicode scalars, 1-based); nil when
    /// there is none. `isControl` must accept only control characters other than tab, line feed
    /// and carriage return (U+0000–U+001F, U+007F–U+009F): a text whose UTF-8 holds none is
    /// answered without counting lines, as nearly every file is.
    static func first(in text: String, where isControl: (Unicode.Scalar) -> Bool)
        -> (count: Int, scalar: Unicode.Scalar, line: Int, column: Int)? {
        // In UTF-8 a C1 control is 0xC2 followed by 0x80…0x9F.
        var previousWasC2 = false
        let mayHoldOne = text.utf8.contains { byte in
            defer { previousWasC2 = byte == 0xC2 }
            return byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F || previousWasC2 && (0x80...0x9F).contains(byte)
        }
        guard mayHoldOne else { return nil }
        var count = 0
        var first: (scalar: Unicode.Scalar, line: Int, column: Int)?
        var line = 1
        var column = 1
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR:
                continue
            case "\n", "\r":
                line += 1
                column = 1
                continue
            default:
                if isControl(scalar) {
                    count += 1
                    if first == nil { first = (scalar, line, column) }
                }
            }
            column += 1
        }
        guard let first else { return nil }
        return (count, first.scalar, first.line, first.column)
    }

    /// A control character's code point and kind for a message: `U+009B, a C1 control, probably
    /// `›` (Windows-1252 byte 0x9B read as Latin-1)`, `U+0081, a C1 control`, `U+007F, DEL`,
    /// `U+0007, a C0 control`.
    static func described(_ value: UInt32) -> String {
        let hex = String(format: "%04X", value)
        switch value {
        case 0x80...0x9F:
            return "U+\(hex)" + (SeedTextDecoder.windows1252High[Int(value) - 0x80].map {
                ", a C1 control, probably `\($0)` (Windows-1252 byte 0x\(hex.suffix(2)) read as Latin-1)"
            } ?? ", a C1 control")
        case 0x7F:
            return "U+\(hex), DEL"
        default:
            return "U+\(hex), a C0 control"
        }
    }
}
