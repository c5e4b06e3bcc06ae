import Model

/// The lines of a seed as the file has them, for a seed whose U+2028 LINE SEPARATOR and U+2029
/// PARAGRAPH SEPARATOR became one and two line ends (``Model/TextNormalizer``) before its reader
/// counted lines: an editor breaks lines at line feeds only, so each line the reader names is
/// told as the line of the file it comes from, as the C1-control warning counts them
/// (``SeedTextDecoder``).
struct SeparatorLines: Sendable {
    /// The file's 1-based line of each 1-based line of the normalised text, from index 1.
    private var fileLine: [Int] = [0, 1]

    /// The map of `text`, normalised but for its separators (LF line ends).
    init(_ text: String) {
        var line = 1
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                line += 1
                fileLine.append(line)
            case 0x2028, 0x2029:
                let breaks = TextNormalizer.separatorBreak(scalar.value)!.unicodeScalars.count
                fileLine += Array(repeating: line, count: breaks)
            default: continue
            }
        }
    }

    /// The file's line of `line`, a line of the normalised text; `line` itself past its end.
    func fileLine(of line: Int) -> Int {
        fileLine.indices.contains(line) && line > 0 ? fileLine[line] : line
    }

    /// `diagnostic` with its line told as the file's when it is about `file`.
    func placing(_ diagnostic: Diagnostic, file: String) -> Diagnostic {
        guard diagnostic.file == file, let line = diagnostic.line else { return diagnostic }
        var placed = diagnostic
        placed.line = fileLine(of: line)
        return placed
    }

    /// The lines of `output` (its blocks, title and slug lines, warnings about `file`) told as
    /// the file's.
    func place(_ output: inout ReaderOutput, file: String) {
        for index in output.blocks.indices { output.blocks[index].line = fileLine(of: output.blocks[index].line) }
        output.titleLine = output.titleLine.map(fileLine(of:))
        output.slugLine = output.slugLine.map(fileLine(of:))
        output.warnings = output.warnings.map { placing($0, file: file) }
    }
}
