/// Backtick runs of a text by length, to find the run that closes a code span without
/// rescanning (CommonMark §6.1; the same idea as cmark's backtick cache).
struct BacktickRuns {
    /// Start and end of every maximal run, per run length, in text order.
    private var runs: [Int: [(start: Int, end: Int)]] = [:]
    private var cursors: [Int: Int] = [:]
    /// Starts of blank lines (a code span cannot cross a paragraph break), in order.
    private var blankLines: [Int] = []
    private var blankCursor = 0

    init(_ bytes: [UInt8]) {
        var index = 0
        var lineStart = 0
        var lineBlank = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x60 {
                var end = index
                while end < bytes.count, bytes[end] == 0x60 { end += 1 }
                runs[end - index, default: []].append((index, end))
                lineBlank = false
                index = end
                continue
            }
            if byte == 0x0A {
                if lineBlank { blankLines.append(lineStart) }
                lineStart = index + 1
                lineBlank = true
            } else if byte != 0x20 && byte != 0x09 {
                lineBlank = false
            }
            index += 1
        }
    }

    /// The end of the first run of exactly `length` backticks starting at or after `position`
    /// and before the next blank line, if any.
    mutating func closingRunEnd(length: Int, after position: Int) -> Int? {
        while blankCursor < blankLines.count, blankLines[blankCursor] < position { blankCursor += 1 }
        let limit = blankCursor < blankLines.count ? blankLines[blankCursor] : Int.max
        guard let list = runs[length] else { return nil }
        var cursor = cursors[length] ?? 0
        while cursor < list.count, list[cursor].start < position { cursor += 1 }
        cursors[length] = cursor
        guard cursor < list.count, list[cursor].start < limit else { return nil }
        return list[cursor].end
    }
}
