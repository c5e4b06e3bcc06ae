import Model

extension SeparatorLines {
    /// The lines of `output` (its blocks, title and slug lines, warnings about `file`) told as
    /// the file's.
    func place(_ output: inout ReaderOutput, file: String) {
        for index in output.blocks.indices { output.blocks[index].line = fileLine(of: output.blocks[index].line) }
        output.titleLine = output.titleLine.map(fileLine(of:))
        output.slugLine = output.slugLine.map(fileLine(of:))
        output.speakerLines = output.speakerLines.mapValues(fileLine(of:))
        output.attributionLines = output.attributionLines.mapValues(fileLine(of:))
        output.warnings = output.warnings.map { placing($0, file: file) }
    }
}
