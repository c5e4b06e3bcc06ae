/// A message about one input file that a user can act on, printed as
/// `file:line:column: error: message` followed by an optional hint.
///
/// Stages return diagnostics instead of stopping: a bad seed is reported and skipped, the rest
/// of the site is still generated.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious the message is.
    public enum Severity: String, Sendable, Hashable {
        /// The file could not be used; nothing was generated from it.
        case error
        /// The file was used, but something in it was dropped or guessed.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// The file the message is about, as the user named it (a path relative to the working
    /// directory or the seeds folder).
    public var file: String
    /// 1-based line, if the message is about one line.
    public var line: Int?
    /// 1-based column in characters, if known.
    public var column: Int?
    /// What was wrong, in one sentence.
    public var message: String
    /// What to do about it, if known.
    public var hint: String?
    /// Further errors found with this one that stop the run with it (every wrong key of a labels
    /// file, in file order), each printed on its own line after it; empty for most.
    public var more: [Diagnostic] = []

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil,
        message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: severity: message (hint)` on one line, whatever the file name or the
    /// input a message quotes: a control character in them is written as an escape
    /// (``escapingControls(_:)``: a file name with a line feed in it does not break the line, so
    /// `file:line:` stays the start of one), and a quoted piece of input (between backquotes)
    /// longer than ``echoLimit`` characters is cut (``cuttingEchoes(_:)``: a 100,000-character
    /// timing line is not printed whole).
    public var description: String {
        var location = Self.escapingControls(file)
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): \(severity.rawValue): \(Self.shown(message))"
        if let hint { text += " (\(Self.shown(hint)))" }
        return text
    }

    /// How many characters of a piece of input a message quotes, at most: a timing line, a key
    /// or a value longer than this is cut, with `…` after the first characters. Longer than any
    /// slug Verbatim makes (``Slug/maximumBytes`` and a `-2`), which a message quotes for the
    /// user to find or write, so that one is never cut.
    public static let echoLimit = 120

    /// A piece of input as a message quotes it when not between backquotes (`unknown key '…'`):
    /// `text` cut to its first ``echoLimit`` - 1 characters and `…` when it is longer.
    public static func echo(_ text: String) -> String {
        text.count > echoLimit ? text.prefix(echoLimit - 1) + "…" : text
    }

    /// `text` as one line of a message: controls escaped, long quoted input cut.
    static func shown(_ text: String) -> String {
        escapingControls(cuttingEchoes(text))
    }

    /// `text` with each control character (C0, DEL, C1, the line and paragraph separators
    /// U+2028 and U+2029, and the bidirectional controls U+200E, U+200F, U+202A–U+202E and
    /// U+2066–U+2069) written as an escape: `\n`, `\r`, `\t`, else `\u{1B}`; `text` itself
    /// when it holds none. A file may be named with any of them, and a message must stay on its
    /// line and read in its order (a bidirectional control would reorder the rest of the line on
    /// the terminal, as in "Trojan Source", CVE-2021-42574); the escape says which character it
    /// is, so the file can still be found.
    public static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where isEscaped(scalar): escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
            || scalar.value == 0x200E || scalar.value == 0x200F || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
    }

    /// `text` with each run between a pair of backquotes (the way a message quotes the input it
    /// is about: `` `00:00:01,000 --> 9999…` ``) longer than ``echoLimit`` characters cut to its
    /// first `echoLimit - 1` characters and `…`; `text` itself when none is that long.
    public static func cuttingEchoes(_ text: String) -> String {
        guard text.count > echoLimit + 2 else { return text }
        let pieces = text.split(separator: "`", omittingEmptySubsequences: false)
        // Odd pieces lie between a pair of backquotes; a last odd piece has no closing one.
        guard pieces.enumerated().contains(where: { $0.offset % 2 == 1 && $0.element.count > echoLimit }) else { return text }
        return pieces.enumerated().map { offset, piece in
            offset % 2 == 1 && piece.count > echoLimit ? piece.prefix(echoLimit - 1) + "…" : piece
        }.joined(separator: "`")
    }
}

extension Array where Element == Diagnostic {
    /// The messages of one seed as a reader meets them: grouped by file (in order of each
    /// file's first message), each file's in order of line (and column), a message with no line
    /// first; messages at one place keep their order. Readers find some problems late (a
    /// correction is checked after the text is annotated), which is not the order a user reads
    /// the file in.
    public var inLineOrder: [Diagnostic] {
        var fileRank: [String: Int] = [:]
        for diagnostic in self where fileRank[diagnostic.file] == nil { fileRank[diagnostic.file] = fileRank.count }
        return enumerated().sorted { left, right in
            let a = left.element, b = right.element
            let keyA = (fileRank[a.file]!, a.line ?? 0, a.column ?? 0, left.offset)
            let keyB = (fileRank[b.file]!, b.line ?? 0, b.column ?? 0, right.offset)
            return keyA < keyB
        }.map(\.element)
    }
}
