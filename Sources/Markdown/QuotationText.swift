import Model

/// The text of a quotation as Verbatim stores it (``Model/Quotation/text``), derived from the
/// spans it covers: each span's text without an opening quotation mark and the white space next
/// to it, and, when the quotation opens with a mark, without a closing mark either (a block
/// quotation set off without marks keeps a `”` that ends a quoted phrase inside it); non-empty
/// pieces joined by one space.
///
/// The annotator may store something else (an incise taken out, for example); the writer then
/// records the stored text as `text="…"` so that reading gives it back.
enum QuotationText {
    /// Opening and closing quotation marks of the languages Verbatim reads (Unicode `Pi`, `Pf`
    /// and `Ps`/`Pe` quotation characters, and the ASCII `"` and `'`).
    static let marks: Set<Character> = [
        "\"", "'", "«", "»", "‹", "›", "“", "”", "„", "‟", "‘", "’", "‚", "‛", "「", "」", "『", "』",
    ]

    /// The derived text of spans over `blocks` (spans outside the blocks are skipped).
    static func derive(spans: [TextSpan], blocks: [Block]) -> String {
        var pieces: [String] = []
        var opensWithMark: Bool?
        for span in spans where blocks.indices.contains(span.block) {
            let bytes = Array(blocks[span.block].text.utf8)
            guard span.range.lowerBound >= 0, span.range.upperBound <= bytes.count else { continue }
            var piece = Substring(String(decoding: bytes[span.range], as: UTF8.self))
            piece = piece.trimmingWhitespace()
            let opens = piece.first.map(marks.contains) ?? false
            if opensWithMark == nil { opensWithMark = opens }
            if opens { piece = piece.dropFirst().trimmingWhitespace() }
            if opensWithMark == true, let last = piece.last, marks.contains(last) { piece = piece.dropLast().trimmingWhitespace() }
            if !piece.isEmpty { pieces.append(String(piece)) }
        }
        return pieces.joined(separator: " ")
    }
}
