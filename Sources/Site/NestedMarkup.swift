/// Writes a block's text with annotation elements around ranges of it, for exports that nest
/// elements the way the page nests spans (TEI `<said>` holding `<supplied>`).
///
/// Ranges are UTF-8 byte offsets into the text, half-open. Outer ranges open first (by start,
/// then longer first, then the order given); a range that would cross one still open, that is
/// empty or out of bounds, is left out, as ``Markdown/AnnotatedMarkdownWriter`` leaves it out of
/// the Markdown. Text between elements goes through `escape`.
enum NestedMarkup {
    /// One element to write around `range`.
    struct Element {
        var range: Range<Int>
        var open: String
        var close: String
    }

    /// The marked-up text, and the indices (into `elements`) of the elements written.
    static func render(_ text: String, _ elements: [Element], escape: (String) -> String) -> (text: String, written: [Int]) {
        let bytes = Array(text.utf8)
        let order = elements.indices
            .filter { elements[$0].range.lowerBound >= 0 && elements[$0].range.upperBound <= bytes.count && !elements[$0].range.isEmpty }
            .sorted {
                let a = elements[$0].range, b = elements[$1].range
                return (a.lowerBound, -a.upperBound, $0) < (b.lowerBound, -b.upperBound, $1)
            }
        var output = ""
        var position = 0
        var open: [Int] = []
        var written: [Int] = []
        func emit(upTo end: Int) {
            guard end > position else { return }
            output += escape(String(decoding: bytes[position..<end], as: UTF8.self))
            position = end
        }
        func close(upTo offset: Int) {
            while let last = open.last, elements[last].range.upperBound <= offset {
                emit(upTo: elements[last].range.upperBound)
                output += elements[last].close
                open.removeLast()
            }
        }
        for index in order {
            let range = elements[index].range
            close(upTo: range.lowerBound)
            if let parent = open.last, range.upperBound > elements[parent].range.upperBound { continue }
            if range.lowerBound < position { continue }
            emit(upTo: range.lowerBound)
            output += elements[index].open
            open.append(index)
            written.append(index)
        }
        close(upTo: Int.max)
        emit(upTo: bytes.count)
        return (output, written.sorted())
    }
}
