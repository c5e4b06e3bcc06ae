import Markdown

/// The pre-pass that finds annotation spans in annotated Markdown and swaps their brackets for
/// ``SpanMarker`` code points before cmark-gfm parses the text.
///
/// A span is an unescaped `[`, its matching unescaped `]` (brackets pair like a stack, as link
/// brackets do: CommonMark spec §6.3) and, immediately after it, `{…}` that
/// ``Markdown/AttributeList/parse(_:)`` accepts (Pandoc `bracketed_spans`, Djot spans). The scan
/// skips what CommonMark never reads as brackets: backslash escapes (§2.4), code spans (§6.1,
/// matched by backtick-run length like cmark's own scanner) and fenced code blocks (§4.5).
/// Brackets in places it does not recognise (indented code, raw HTML, link destinations) are
/// still marked; ``CommonMarkConverter`` writes those markers back as their source text.
///
/// The same pass prefixes footnote labels: `[^label]` becomes `[^<prefix>label]` wherever a
/// bracket is markup, in references and definitions alike (HAZARDS.md B06).
///
/// Fenced divs (Pandoc `fenced_divs`, ``Markdown/FencedDivLine``) get the same treatment: an
/// opening fence line at the start of a line and the bare `:::` line that closes it (innermost
/// first, as Pandoc pairs them) become `<!--` + marker + `-->`, a one-line HTML block (CommonMark
/// §4.6, type 2) that interrupts a paragraph and stays a node of its own without changing any
/// line number; the converter wraps the blocks between the two in a custom block. A fence that
/// is never closed, or a `:::` that closes nothing, is left as text.
///
/// Cost: one pass over the bytes plus, per `{`, at most ``maxAttributeBytes`` bytes, so linear in
/// the input (HAZARDS.md B03).
struct SpanScanner {
    /// The longest `{…}` that is looked at, so that `]{` repeated without `}` stays linear.
    static let maxAttributeBytes = AttributeList.maxScannedBytes

    /// The source with span brackets replaced by markers.
    var source: [UInt8]
    /// The spans in the order of their opening brackets; span `i` uses markers number `i`.
    var spans: [AnnotationSpan]

    /// Scans normalised bytes (LF line ends, no NUL; ``SourceNormalizer``).
    /// - Parameter footnotePrefix: inserted after `[^`, reduced by ``sanitizedPrefix(_:)``.
    init(scanning bytes: [UInt8], footnotePrefix: String = "") {
        let prefix = Array(Self.sanitizedPrefix(footnotePrefix).utf8)
        var footnotes: [Int] = []
        let found = Self.findPairs(bytes, collectFootnotes: !prefix.isEmpty, footnotes: &footnotes)
        // Far more spans than any document holds (``SpanMarker/maximumIndex``, over 4 billion).
        let kept = found.prefix(SpanMarker.maximumIndex + 1)
        spans = []
        spans.reserveCapacity(kept.count)
        // Replacement events: position → (bytes to skip, marker bytes).
        var events: [(position: Int, length: Int, marker: [UInt8])] = []
        events.reserveCapacity(kept.count * 2)
        for (index, pair) in kept.enumerated() {
            let closing = String(decoding: bytes[pair.close..<pair.end], as: UTF8.self)
            if pair.isBlock {
                spans.append(AnnotationSpan(
                    attributes: pair.attributes, line: pair.line, closingSource: closing, isBlock: true,
                    openingSource: String(decoding: bytes[pair.open..<(pair.open + pair.openLength)], as: UTF8.self)))
                let open = Array("<!--".utf8), close = Array("-->".utf8)
                events.append((pair.open, pair.openLength, open + SpanMarker.bytes(opening: true, index: index) + close))
                events.append((pair.close, pair.end - pair.close, open + SpanMarker.bytes(opening: false, index: index) + close))
            } else {
                spans.append(AnnotationSpan(attributes: pair.attributes, line: pair.line, closingSource: closing))
                events.append((pair.open, 1, SpanMarker.bytes(opening: true, index: index)))
                events.append((pair.close, pair.end - pair.close, SpanMarker.bytes(opening: false, index: index)))
            }
        }
        for position in footnotes { events.append((position, 0, prefix)) }
        events.sort { $0.position < $1.position }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + events.count * 4)
        var cursor = 0
        for event in events {
            output += bytes[cursor..<event.position]
            output += event.marker
            cursor = event.position + event.length
        }
        output += bytes[cursor...]
        source = output
    }

    private struct Pair {
        var open: Int
        var close: Int
        var end: Int
        var line: Int
        var attributes: AttributeList
        /// Bytes the opening marker replaces: 1 for `[`, the fence line for a div.
        var openLength = 1
        var isBlock = false
    }

    /// Bracket pairs followed by an attribute list, sorted by opening position.
    /// The characters of `prefix` that are safe inside a footnote label: letters and digits of
    /// any script (slugs keep non-Latin letters: ``Model/Slug``), `-`, `_`, `.`, `:`. cmark-gfm
    /// percent-encodes non-ASCII ones in `id` and `href` alike, so links still match.
    static func sanitizedPrefix(_ prefix: String) -> String {
        String(String.UnicodeScalarView(prefix.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.:".unicodeScalars.contains($0)
        }))
    }

    /// Also collects, in `footnotes`, the position after each markup `[^`.
    private static func findPairs(_ bytes: [UInt8], collectFootnotes: Bool, footnotes: inout [Int]) -> [Pair] {
        let count = bytes.count
        var backticks = BacktickRuns(bytes)
        var pairs: [Pair] = []
        var stack: [(position: Int, line: Int)] = []
        var divs: [(position: Int, length: Int, line: Int, attributes: AttributeList)] = []
        var line = 1
        var index = 0
        var atLineStart = true
        while index < count {
            if atLineStart {
                atLineStart = false
                if let end = fencedCodeEnd(bytes, lineStart: index) {
                    for position in index..<end where bytes[position] == 0x0A { line += 1 }
                    index = end
                    atLineStart = true
                    continue
                }
                var lineEnd = index
                while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                if bytes[index] == 0x3A || bytes[index] == 0x20,
                   let fence = FencedDivLine.parse(Substring(String(decoding: bytes[index..<lineEnd], as: UTF8.self)))
                {
                    switch fence {
                    case .open(let attributes):
                        divs.append((index, lineEnd - index, line, attributes))
                    case .close:
                        if let opening = divs.popLast() {
                            pairs.append(Pair(
                                open: opening.position, close: index, end: lineEnd, line: opening.line,
                                attributes: opening.attributes, openLength: opening.length, isBlock: true))
                        }
                    }
                    index = lineEnd
                    continue
                }
            }
            let byte = bytes[index]
            switch byte {
            case 0x0A:  // \n
                line += 1
                atLineStart = true
                index += 1
            case 0x5C:  // \
                index += (index + 1 < count && isASCIIPunctuation(bytes[index + 1])) ? 2 : 1
            case 0x60:  // `
                var runEnd = index
                while runEnd < count, bytes[runEnd] == 0x60 { runEnd += 1 }
                if let closeEnd = backticks.closingRunEnd(length: runEnd - index, after: runEnd) {
                    for position in index..<closeEnd where bytes[position] == 0x0A { line += 1 }
                    index = closeEnd
                } else {
                    index = runEnd
                }
            case 0x5B:  // [
                if collectFootnotes, index + 1 < count, bytes[index + 1] == 0x5E { footnotes.append(index + 2) }
                stack.append((index, line))
                index += 1
            case 0x5D:  // ]
                if let opener = stack.popLast(), index + 1 < count, bytes[index + 1] == 0x7B,
                   let (end, attributes) = attributeList(bytes, braceAt: index + 1)
                {
                    pairs.append(Pair(open: opener.position, close: index, end: end, line: opener.line, attributes: attributes))
                    for position in index..<end where bytes[position] == 0x0A { line += 1 }
                    index = end
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        pairs.sort { $0.open < $1.open }
        return pairs
    }

    /// If `{` at `brace` starts an attribute list, the index after its `}` and the list
    /// (``Markdown/AttributeList/scan(_:braceAt:)``, which looks at most ``maxAttributeBytes`` ahead).
    private static func attributeList(_ bytes: [UInt8], braceAt brace: Int) -> (Int, AttributeList)? {
        AttributeList.scan(bytes, braceAt: brace).map { ($0.end, $0.list) }
    }

    /// If a fenced code block opens at `lineStart`, the index just after its closing fence line
    /// (or the end of the text when it is never closed, as CommonMark §4.5 says).
    /// Container prefixes (`>`, spaces) are skipped roughly; a fence this misses is handled
    /// by the converter's write-back of markers found in code.
    private static func fencedCodeEnd(_ bytes: [UInt8], lineStart: Int) -> Int? {
        func fence(at start: Int) -> (character: UInt8, length: Int, after: Int)? {
            var index = start
            var spaces = 0
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x3E, spaces < 12 {
                index += 1
                spaces += 1
            }
            guard index < bytes.count, bytes[index] == 0x60 || bytes[index] == 0x7E else { return nil }
            let character = bytes[index]
            var end = index
            while end < bytes.count, bytes[end] == character { end += 1 }
            guard end - index >= 3 else { return nil }
            return (character, end - index, end)
        }
        func lineEnd(_ from: Int) -> Int {
            var index = from
            while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            return index
        }
        guard let opening = fence(at: lineStart) else { return nil }
        let openingLineEnd = lineEnd(opening.after)
        if opening.character == 0x60, bytes[opening.after..<openingLineEnd].contains(0x60) { return nil }
        var next = openingLineEnd + 1
        while next < bytes.count {
            let end = lineEnd(next)
            if let closing = fence(at: next), closing.character == opening.character, closing.length >= opening.length,
               bytes[closing.after..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 })
            {
                return min(end + 1, bytes.count)
            }
            next = end + 1
        }
        return bytes.count
    }

    /// ASCII punctuation as CommonMark §2.1 defines it (the characters `\` can escape).
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte)
            || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
