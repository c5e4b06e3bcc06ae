/// The lines and columns of a text as its file has them, for a text whose U+2028 LINE SEPARATOR
/// and U+2029 PARAGRAPH SEPARATOR became one and two line ends (``TextNormalizer``) before its
/// reader counted lines: an editor breaks lines at line feeds only, so each line (and column) a
/// reader names is told as the line (and column) of the file it comes from, as the C1-control
/// warning counts them (Ingest's `SeedTextDecoder`). Columns are in Unicode scalars, the
/// separator counting as one.
public struct SeparatorLines: Sendable {
    /// Per 1-based line of the normalised text (index 0 unused): the file's 1-based line it is
    /// on, and how many scalars of that file line come before it (0 for a line the file starts).
    private var starts: [(line: Int, offset: Int)] = [(0, 0), (1, 0)]

    /// The map of `text`, normalised but for its separators (LF line ends).
    public init(_ text: String) {
        var line = 1
        var column = 0
        for scalar in text.unicodeScalars {
            column += 1
            switch scalar.value {
            case 0x0A:
                line += 1
                column = 0
                starts.append((line, 0))
            case _ where TextNormalizer.separator(scalar.value) != nil:
                let breaks = TextNormalizer.separatorBreak(scalar.value)!.unicodeScalars.count
                starts += Array(repeating: (line, column), count: breaks)
            default: continue
            }
        }
    }

    /// Whether `text` holds a separator, so that its lines need this map once normalised.
    public static func needed(in text: String) -> Bool {
        text.unicodeScalars.contains { TextNormalizer.separator($0.value) != nil }
    }

    /// The file's line of `line`, a 1-based line of the normalised text; `line` itself past its end.
    public func fileLine(of line: Int) -> Int {
        starts.indices.contains(line) && line > 0 ? starts[line].line : line
    }

    /// The file's column of `column` (1-based) on `line` of the normalised text: moved past what
    /// the file line holds before the separator that started `line`.
    public func fileColumn(of column: Int, line: Int) -> Int {
        starts.indices.contains(line) && line > 0 ? column + starts[line].offset : column
    }

    /// `diagnostic` with its line (and column) told as the file's when it is about `file`.
    public func placing(_ diagnostic: Diagnostic, file: String) -> Diagnostic {
        guard diagnostic.file == file, let line = diagnostic.line else { return diagnostic }
        var placed = diagnostic
        placed.line = fileLine(of: line)
        placed.column = diagnostic.column.map { fileColumn(of: $0, line: line) }
        return placed
    }
}
