import Foundation

extension String {
    /// `trimmingCharacters(in: set)`; a string with neither end in `set` (most of them) is
    /// returned as it is, without Foundation's round trip through `NSString`.
    func trimmingEnds(in set: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        return set.contains(first) || set.contains(last) ? trimmingCharacters(in: set) : self
    }

    /// Runs of white space (ASCII and other Unicode spaces except U+00A0 and U+202F, which
    /// typography sets on purpose) become one space; leading and trailing white space is removed.
    func collapsingWhitespace() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for character in self {
            if character.isWhitespace, character != "\u{00A0}", character != "\u{202F}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(character)
        }
        return result
    }

    /// Each paragraph's white space collapsed (``collapsingWhitespace()``, line ends too), and
    /// the paragraphs, which blank lines separate (as U+2029 becomes one:
    /// ``TextNormalizer/separatorBreak(_:)``), joined by one blank line (`\n\n`); empty ones dropped.
    func collapsingWhitespaceKeepingParagraphs() -> String {
        guard contains("\n") else { return collapsingWhitespace() }
        var paragraphs: [String] = []
        var current = ""
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
            } else {
                current += current.isEmpty ? String(line) : "\n" + line
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs.map { $0.collapsingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Each line's white space collapsed, empty lines dropped.
    func collapsingWhitespaceKeepingLines() -> String {
        split(separator: "\n").map { String($0).collapsingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
