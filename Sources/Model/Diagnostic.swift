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

    /// `file:line:column: severity: message (hint)` on one line.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
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
