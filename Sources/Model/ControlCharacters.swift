import Foundation

/// Finding and naming the control characters Verbatim removes (C0 but tab and line ends, DEL, C1),
/// for the one warning per file that says where the first was and what it probably stood for:
/// the one rule for seed text, settings files, character references, JSON escapes and labels.
public enum ControlCharacters {
    /// `text` as a message may quote it: each C0 control and DEL shown as U+FFFD, so that a
    /// value quoted in a warning (a speaker id) cannot break the terminal line it is printed on.
    public static func visible(_ text: String) -> String {
        text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\u{FFFD}" : String($0) }.joined()
    }

    /// Whether `value` is a control character that is removed: C0 controls but NUL (which seed
    /// text turns into U+FFFD), tab, line feed, vertical tab, form feed and carriage return (kept,
    /// or made line ends), then DEL and C1.
    public static func isRemovedControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x01...0x08, 0x0E...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// Bytes 0x80…0x9F in Windows-1252 (WHATWG index); nil where the encoding defines nothing.
    /// A C1 control in text is nearly always one of these bytes read as Latin-1.
    public static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// How many scalars of `text` `isControl` accepts, and the first of them with its line and
    /// column (lines end at LF, CR or CRLF; columns count Unicode scalars, 1-based); nil when
    /// there is none. `isControl` must accept only control characters other than tab, line feed
    /// and carriage return (U+0000–U+001F, U+007F–U+009F): a text whose UTF-8 holds none is
    /// answered without counting lines, as nearly every file is.
    public static func first(in text: String, where isControl: (Unicode.Scalar) -> Bool)
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
    public static func described(_ value: UInt32) -> String {
        let hex = String(format: "%04X", value)
        switch value {
        case 0x80...0x9F:
            return "U+\(hex)" + (windows1252High[Int(value) - 0x80].map {
                ", a C1 control, probably `\($0)` (Windows-1252 byte 0x\(hex.suffix(2)) read as Latin-1)"
            } ?? ", a C1 control")
        case 0x00:
            return "U+\(hex), NUL"
        case 0x7F:
            return "U+\(hex), DEL"
        default:
            return "U+\(hex), a C0 control"
        }
    }
}
