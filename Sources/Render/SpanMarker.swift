/// The private-use code points that stand for the brackets of annotation spans while cmark-gfm
/// parses the text.
///
/// Span number `i` (0-based, in the order of the opening brackets) opens with U+F0000 + i and
/// closes with U+100000 + i, one code point each, so that a marker can never be split by the
/// parser and each closing marker names its opening one. ``SourceNormalizer`` removes these code
/// points from the input first. cmark-gfm treats them as ordinary (non-punctuation) characters.
enum SpanMarker {
    /// How many spans one document may have (the size of plane 15 minus its two noncharacters).
    static let capacity = 0xFFFE
    private static let openBase: UInt32 = 0xF0000
    private static let closeBase: UInt32 = 0x100000

    /// The marker for span `index`; `index` must be below ``capacity``.
    static func scalar(opening: Bool, index: Int) -> Unicode.Scalar {
        Unicode.Scalar((opening ? openBase : closeBase) + UInt32(index))!
    }

    /// The UTF-8 bytes of ``scalar(opening:index:)``.
    static func bytes(opening: Bool, index: Int) -> [UInt8] {
        Array(String(Character(scalar(opening: opening, index: index))).utf8)
    }

    /// Which marker `scalar` is, if it is one.
    static func decode(_ scalar: Unicode.Scalar) -> (opening: Bool, index: Int)? {
        let value = scalar.value
        if value >= openBase, value < openBase + UInt32(capacity) { return (true, Int(value - openBase)) }
        if value >= closeBase, value < closeBase + UInt32(capacity) { return (false, Int(value - closeBase)) }
        return nil
    }

    /// True when `text` holds at least one marker.
    static func occurs(in text: String) -> Bool {
        text.utf8.contains { $0 == 0xF3 || $0 == 0xF4 }
            && text.unicodeScalars.contains { decode($0) != nil }
    }
}
