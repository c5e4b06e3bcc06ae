import Model

/// Splits the body of a plain-text seed into blocks: paragraphs separated by blank lines
/// (lines of white space only), with a paragraph whose lines all start with `>` read as a
/// block quotation, the e-mail and Markdown habit (DESIGN.md, "Inputs").
enum ProseBlockSplitter {
    /// The blocks of `lines`, whose first line is line `firstLine` (1-based) of the seed.
    static func blocks(of lines: ArraySlice<Substring>, firstLine: Int) -> [Block] {
        var blocks: [Block] = []
        var current: [Substring] = []
        var currentStart = firstLine
        func flush() {
            defer { current.removeAll() }
            guard !current.isEmpty else { return }
            let isQuote = current.allSatisfy { $0.drop(while: { $0 == " " }).hasPrefix(">") }
            let texts: [Substring] = isQuote ? current.map(stripQuoteMarker) : current
            let text = texts.map { $0.trimmingWhitespace() }.joined(separator: "\n")
            guard !text.isEmpty else { return }
            blocks.append(Block(kind: isQuote ? .blockQuote : .paragraph, text: text, line: currentStart))
        }
        for (offset, line) in lines.enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                flush()
                currentStart = firstLine + offset + 1
            } else {
                if current.isEmpty { currentStart = firstLine + offset }
                current.append(line)
            }
        }
        flush()
        return blocks
    }

    private static func stripQuoteMarker(_ line: Substring) -> Substring {
        var rest = line.drop(while: { $0 == " " })
        rest = rest.dropFirst()  // ">"
        if rest.first == " " { rest = rest.dropFirst() }
        return rest
    }
}

extension Substring {
    /// Without leading and trailing white space (including U+00A0 and U+202F).
    func trimmingWhitespace() -> Substring {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
