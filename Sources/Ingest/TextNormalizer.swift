import Foundation

/// Normalises decoded seed text so that every later stage sees one form.
///
/// - Line ends: CRLF and lone CR become LF (CommonMark §2.1 treats all three as line endings).
/// - A leading U+FEFF (BOM) is removed.
/// - NUL becomes U+FFFD, as cmark does (HAZARDS B11), so it never cuts the text.
/// - Characters XML 1.0 forbids (§2.2 `Char`: U+0001–U+0008, U+000B, U+000C, U+000E–U+001F,
///   U+FFFE, U+FFFF) are removed; U+000B and U+000C (form feeds left by PDF copy-paste) become a
///   line end, so that page breaks still separate lines (HAZARDS B22).
/// - C1 controls (U+0080–U+009F, Unicode §23.1) are removed, as the C0 ones are: HTML's parser calls
///   them errors (HTML Living Standard §13.2.2, "control-character-in-input-stream"), and in a
///   UTF-8 seed they are nearly always mojibake (Windows-1252 bytes read as Latin-1). U+0085 (NEL)
///   is removed too, not made a line end: in such files it stands for `…` (Windows-1252 0x85), and
///   removing it keeps every line number where an editor shows it. The reader warns about the
///   first one (``SeedTextDecoder/c1ControlWarning(_:file:)``).
/// - Private-use U+E000–U+E0FF are replaced by U+FFFD: the Render stage reserves them as markers.
/// - Unicode NFC (UAX #15), so that `é` is one scalar whatever the source wrote.
enum TextNormalizer {
    /// The normalised form of `text`.
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
            case 0x0A:
                if !previousWasCR { scalars.append("\n") }
            case 0x00:
                scalars.append("\u{FFFD}")
            case 0x0B, 0x0C:
                scalars.append("\n")
            case _ where isRemovedControl(scalar.value), 0xFFFE, 0xFFFF:
                continue
            case 0xFEFF where scalars.isEmpty:
                continue
            case 0xE000...0xE0FF:
                scalars.append("\u{FFFD}")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Whether `value` is a control character ``normalize(_:)`` removes: C0 controls but NUL
    /// (which becomes U+FFFD), tab, line feed, vertical tab, form feed and carriage return (kept,
    /// or made line ends), then DEL and C1. The one rule for raw text, settings files, character
    /// references and JSON escapes.
    static func isRemovedControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x01...0x08, 0x0E...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}
