import Foundation

/// Normalises decoded seed text so that every later stage sees one form: the text of every
/// seed, whatever its format (annotated Markdown read back included), goes through it.
///
/// - Line ends: CRLF and lone CR become LF (CommonMark §2.1 treats all three as line endings).
/// - U+2028 LINE SEPARATOR becomes a line end and U+2029 PARAGRAPH SEPARATOR a blank line
///   (``separatorBreak(_:)``), or, as the reader asks (``SeparatorForm``), both stay or become
///   spaces: every reader maps them through this one option.
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
///   first one (Ingest's `SeedTextDecoder.c1ControlWarning`).
/// - The private-use code points the Render stage reserves as markers (``isReservedPrivateUse(_:)``:
///   U+E000–U+E0FF and planes 15–16) are replaced by U+FFFD, so a title, a name or the data files
///   hold the same text as the page. Readers that decode character references or JSON escapes
///   after normalising replace them as well (``replacingReservedPrivateUse(_:)``).
/// - Unicode NFC (UAX #15), so that `é` is one scalar whatever the source wrote.
public enum TextNormalizer {
    /// What U+2028 and U+2029 become in ``normalize(_:separators:)`` and ``mappingSeparators(_:to:)``.
    public enum SeparatorForm: Sendable {
        /// The line and paragraph breaks they stand for (``separatorBreak(_:)``): prose.
        case breaks
        /// Kept as they are: for a format in which they are no line ends (JSON, RFC 8259 §7,
        /// allows them raw in its strings, where a raw line end is an error; a subtitle cue),
        /// whose reader makes breaks of them itself, or for a reader that first maps its lines
        /// (``SeparatorLines``).
        case kept
        /// A space: for a value that is one line (a setting, a title, a name, a voice or label),
        /// where an editor shows no line either, so line numbers stay the editor's.
        case spaces
    }

    /// The normalised form of `text`, its U+2028 and U+2029 made `separators`.
    public static func normalize(_ text: String, separators: SeparatorForm = .breaks) -> String {
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
            case 0x2028, 0x2029:
                switch separators {
                case .kept: scalars.append(scalar)
                case .spaces: scalars.append(" ")
                case .breaks: scalars.append(contentsOf: separatorBreak(scalar.value)!.unicodeScalars)
                }
            case _ where ControlCharacters.isRemovedControl(scalar.value), 0xFFFE, 0xFFFF:
                continue
            case 0xFEFF where scalars.isEmpty:
                continue
            case _ where isReservedPrivateUse(scalar.value):
                scalars.append("\u{FFFD}")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// `text` with only its U+2028 and U+2029 made `form`, for text normalised already with its
    /// separators kept (a cue's label, read as one line; a seed whose separators become breaks).
    public static func mappingSeparators(_ text: some StringProtocol, to form: SeparatorForm) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let separator = separator(scalar.value), form != .kept {
                scalars.append(contentsOf: (form == .spaces ? " " : separator.text).unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether `value` is a private-use code point the Render stage reserves as a marker:
    /// U+E000–U+E0FF (annotation markup) and the supplementary private use planes 15 and 16
    /// (U+F0000–U+10FFFF, span markers). Such a scalar in seed text, raw or written as a
    /// character reference or an escape, becomes U+FFFD.
    public static func isReservedPrivateUse(_ value: UInt32) -> Bool {
        (0xE000...0xE0FF).contains(value) || value >= 0xF0000
    }

    /// `scalar`, or U+FFFD when it is a reserved private-use code point (``isReservedPrivateUse(_:)``):
    /// for readers that decode a character reference (`&#xE001;`) or an escape (`\uE001`).
    public static func replacingReservedPrivateUse(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        isReservedPrivateUse(scalar.value) ? "\u{FFFD}" : scalar
    }

    /// The text U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR stand for, as the Unicode
    /// Standard reads them (§5.8, "Newline Guidelines"): a line break (`\n`) and a paragraph
    /// break (a blank line, `\n\n`); nil for any other scalar. YAML counts both as line ends, and
    /// a reader of the seed sees them as breaks, so every reader of text (raw seed text, JSON
    /// strings, character references) turns them into the line ends later stages split on, or,
    /// where its own line ends are only white space (HTML), breaks its blocks there
    /// (``separator(_:)``). (Settings files, whose values are one line, fold them to a space.)
    public static func separatorBreak(_ value: UInt32) -> String? {
        separator(value)?.text
    }

    /// What a separator scalar stands for: a line or a paragraph break.
    public enum Separator: Sendable {
        /// U+2028 LINE SEPARATOR: a new line in the same paragraph.
        case line
        /// U+2029 PARAGRAPH SEPARATOR: a new paragraph.
        case paragraph

        /// The break in flat text: `\n` for a line, a blank line (`\n\n`) for a paragraph.
        public var text: String { self == .line ? "\n" : "\n\n" }
    }

    /// The break `value` stands for (``Separator``): U+2028 a line, U+2029 a paragraph; nil for
    /// any other scalar. Readers that build blocks from text where line ends are only white
    /// space (HTML, whose character references keep the separators: ``CharacterReferences``)
    /// ask this, so that `&#x2029;` ends a paragraph there as U+2029 does in raw seed text.
    public static func separator(_ value: UInt32) -> Separator? {
        switch value {
        case 0x2028: .line
        case 0x2029: .paragraph
        default: nil
        }
    }
}
