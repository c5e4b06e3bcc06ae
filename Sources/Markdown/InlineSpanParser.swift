/// Reads the inline Markdown of one block as ``AnnotatedMarkdownWriter`` writes it: backslash
/// escapes of ASCII punctuation (CommonMark 0.31 §2.4) become the character, and bracketed
/// spans `[…]{attributes}` (Pandoc `bracketed_spans`) become ranges over the resulting text.
///
/// Brackets pair like a stack, as link brackets do (CommonMark §6.3), the same rule the
/// renderer's span scanner follows; a bracket that is not part of a span is kept as text.
/// Everything else, entities and emphasis included, is kept as written: Verbatim's writer never
/// produces them, and a hand edit that adds them means them as text.
enum InlineSpanParser {
    /// One span: UTF-8 byte offsets into ``Result/text`` (half-open) and its attributes.
    struct Span {
        var range: Range<Int>
        var attributes: AttributeList
    }

    /// The plain text and the spans in the order of their opening brackets.
    struct Result {
        var text: String
        var spans: [Span]
    }

    static func parse(_ markdown: String) -> Result {
        let bytes = Array(markdown.utf8)
        let count = bytes.count
        struct Pair { var open: Int; var close: Int; var end: Int; var attributes: AttributeList }
        var pairs: [Pair] = []
        var stack: [Int] = []
        var index = 0
        while index < count {
            switch bytes[index] {
            case 0x5C where index + 1 < count && isASCIIPunctuation(bytes[index + 1]):
                index += 2
            case 0x5B:
                stack.append(index)
                index += 1
            case 0x5D:
                if let opener = stack.popLast(), index + 1 < count, bytes[index + 1] == 0x7B,
                   let (end, list) = AttributeList.scan(bytes, braceAt: index + 1)
                {
                    pairs.append(Pair(open: opener, close: index, end: end, attributes: list))
                    index = end
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        pairs.sort { $0.open < $1.open }
        var opensAt: [Int: Int] = [:]
        var closesAt: [Int: Int] = [:]
        for (number, pair) in pairs.enumerated() {
            opensAt[pair.open] = number
            closesAt[pair.close] = number
        }
        var output: [UInt8] = []
        output.reserveCapacity(count)
        var starts = [Int](repeating: 0, count: pairs.count)
        var ends = [Int](repeating: 0, count: pairs.count)
        index = 0
        while index < count {
            if let number = opensAt[index] {
                starts[number] = output.count
                index += 1
            } else if let number = closesAt[index] {
                ends[number] = output.count
                index = pairs[number].end
            } else if bytes[index] == 0x5C, index + 1 < count, isASCIIPunctuation(bytes[index + 1]) {
                output.append(bytes[index + 1])
                index += 2
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        let spans = pairs.indices.map { Span(range: starts[$0]..<ends[$0], attributes: pairs[$0].attributes) }
        return Result(text: String(decoding: output, as: UTF8.self), spans: spans)
    }

    /// ASCII punctuation as CommonMark §2.1 defines it (the characters `\` can escape).
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte)
            || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
