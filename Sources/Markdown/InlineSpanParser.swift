/// Reads the inline Markdown of one block as ``AnnotatedMarkdownWriter`` writes it: backslash
/// escapes of ASCII punctuation (CommonMark 0.31 §2.4) become the character, and bracketed
/// spans `[…]{attributes}` (Pandoc `bracketed_spans`) become ranges over the resulting text.
///
/// Brackets pair like a stack, as link brackets do (CommonMark §6.3), the same rule the
/// renderer's span scanner follows; a `]` not followed by `{…}` is kept as text, and so is a `[`
/// that such a `]` closes. A `[` that nothing closes and a `]{…}` that closes no `[` are span
/// syntax cut in two (a blank line inside a span): they are left out of the text and reported
/// (``Result/unclosedOpenings``, ``Result/unopenedClosings``) for the block reader to mend.
/// An autolink `<http://…>` or `<https://…>` (CommonMark §6.5), which the writer uses for web
/// addresses, becomes its address. Everything else, entities and emphasis included, is kept as
/// written: Verbatim's writer never produces them, and a hand edit that adds them means them as text.
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
        /// Where a `[` that no `]` closes stood (UTF-8 offsets into ``text``, ascending): left
        /// out of the text, for the reader to close over a later block (a span cut by a blank line).
        var unclosedOpenings: [Int] = []
        /// Closings `]{attributes}` whose `[` is not in this text, at the offset where each stood
        /// in ``text``: left out of the text, so that no span syntax shows as text.
        var unopenedClosings: [(offset: Int, attributes: AttributeList)] = []
        /// Where a `]` followed by a `{` that opens no attribute list ``AttributeList/scan(_:braceAt:)``
        /// can read (a brace or a quote never closed, `who=` with no value) stood in ``text``, with
        /// the `{…` as written up to the end of its line: a span a hand edit broke, whose syntax is
        /// kept as text, for the reader to report.
        var brokenClosings: [(offset: Int, written: String)] = []
    }

    static func parse(_ markdown: String) -> Result {
        let bytes = Array(markdown.utf8)
        let count = bytes.count
        struct Pair { var open: Int; var close: Int; var end: Int; var attributes: AttributeList }
        var pairs: [Pair] = []
        var stack: [Int] = []
        var unopened: [(close: Int, end: Int, attributes: AttributeList)] = []
        var broken: Set<Int> = []
        var index = 0
        while index < count {
            switch bytes[index] {
            case 0x5C where index + 1 < count && isASCIIPunctuation(bytes[index + 1]):
                index += 2
            case 0x3C where autolinkEnd(bytes, at: index) != nil:
                index = autolinkEnd(bytes, at: index)!
            case 0x5B:
                stack.append(index)
                index += 1
            case 0x5D:
                let attributes = index + 1 < count && bytes[index + 1] == 0x7B ? AttributeList.scan(bytes, braceAt: index + 1) : nil
                if let opener = stack.popLast(), let (end, list) = attributes {
                    pairs.append(Pair(open: opener, close: index, end: end, attributes: list))
                    index = end
                } else if let (end, list) = attributes {
                    unopened.append((index, end, list))
                    index = end
                } else {
                    if index + 1 < count, bytes[index + 1] == 0x7B { broken.insert(index) }
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
        let unclosedAt = Set(stack)
        var unopenedAt: [Int: Int] = [:]
        for (number, closing) in unopened.enumerated() { unopenedAt[closing.close] = number }
        var unclosedOpenings: [Int] = []
        var unopenedClosings: [(offset: Int, attributes: AttributeList)] = []
        var brokenClosings: [(offset: Int, written: String)] = []
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
            } else if unclosedAt.contains(index) {
                unclosedOpenings.append(output.count)
                index += 1
            } else if broken.contains(index) {
                let lineEnd = bytes[(index + 1)...].firstIndex(of: 0x0A) ?? count
                brokenClosings.append((output.count, String(decoding: bytes[(index + 1)..<min(lineEnd, index + 81)], as: UTF8.self)))
                output.append(bytes[index])
                index += 1
            } else if let number = unopenedAt[index] {
                unopenedClosings.append((output.count, unopened[number].attributes))
                index = unopened[number].end
            } else if bytes[index] == 0x3C, let end = autolinkEnd(bytes, at: index) {
                output.append(contentsOf: bytes[(index + 1)..<(end - 1)])
                index = end
            } else if bytes[index] == 0x5C, index + 1 < count, isASCIIPunctuation(bytes[index + 1]) {
                output.append(bytes[index + 1])
                index += 2
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        let spans = pairs.indices.map { Span(range: starts[$0]..<ends[$0], attributes: pairs[$0].attributes) }
        return Result(
            text: String(decoding: output, as: UTF8.self), spans: spans,
            unclosedOpenings: unclosedOpenings, unopenedClosings: unopenedClosings, brokenClosings: brokenClosings)
    }

    /// When an autolink `<http(s)://…>` starts at `index` (a `<`), the offset just after its `>`:
    /// the address holds no space, control character, `<` or `>` (CommonMark §6.5).
    static func autolinkEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        let schemes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8)]
        let start = index + 1
        guard schemes.contains(where: { scheme in
            start + scheme.count <= bytes.count
                && zip(bytes[start..<(start + scheme.count)], scheme).allSatisfy { ($0 | 0x20) == ($1 | 0x20) || $0 == $1 }
        }) else { return nil }
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 0x3E { return end + 1 }
            if byte <= 0x20 || byte == 0x3C || byte == 0x7F { return nil }
            end += 1
        }
        return nil
    }

    /// ASCII punctuation as CommonMark §2.1 defines it (the characters `\` can escape).
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte)
            || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
