/// The private-use code points that stand for the brackets of annotation spans while cmark-gfm
/// parses the text.
///
/// Span number `i` (0-based, in the order of the opening brackets) opens with U+F0000 + i and
/// closes with U+100000 + i, one code point each, for the first ``directCount`` spans: a marker
/// can never be split by the parser, and each closing marker names its opening one. A document
/// with more spans (a long hearing with a quotation or turn per line) numbers the later ones with
/// three code points: the noncharacter U+FFFFF (opening) or U+10FFFF (closing), then the index's
/// two digits in base ``directCount``, each written U+F0000 + digit. cmark-gfm treats all of
/// them as ordinary (non-punctuation) characters, so the three stay together in one text node.
/// ``SourceNormalizer`` removes every code point of planes 15 and 16 from the input first, so
/// none of these ever comes from a seed.
enum SpanMarker {
    /// How many spans get a one-code-point marker (the size of plane 15 minus its two
    /// noncharacters); spans from this index on get three code points.
    static let directCount = 0xFFFE
    /// The highest span index a marker can carry: two digits in base ``directCount``.
    static let maximumIndex = directCount * directCount - 1
    private static let openBase: UInt32 = 0xF0000
    private static let closeBase: UInt32 = 0x100000
    private static let openEscape: UInt32 = 0xFFFFF
    private static let closeEscape: UInt32 = 0x10FFFF

    /// A marker found in text: which bracket, of which span, and the code points it took.
    struct Found: Equatable {
        /// True for the opening bracket.
        var opening: Bool
        /// The span's index, 0-based.
        var index: Int
        /// The marker's code points, as written in the text.
        var scalars: [Unicode.Scalar]
    }

    /// One piece of a text: a code point that is no marker, or a whole marker.
    enum Piece: Equatable {
        case scalar(Unicode.Scalar)
        case marker(Found)
    }

    /// The code points of the marker for span `index` (0 ... ``maximumIndex``): one below
    /// ``directCount``, three from there on.
    static func scalars(opening: Bool, index: Int) -> [Unicode.Scalar] {
        precondition(index >= 0 && index <= maximumIndex, "span index \(index) out of range")
        if index < directCount {
            return [Unicode.Scalar((opening ? openBase : closeBase) + UInt32(index))!]
        }
        let high = UInt32(index / directCount), low = UInt32(index % directCount)
        return [
            Unicode.Scalar(opening ? openEscape : closeEscape)!,
            Unicode.Scalar(openBase + high)!, Unicode.Scalar(openBase + low)!,
        ]
    }

    /// The UTF-8 bytes of ``scalars(opening:index:)``.
    static func bytes(opening: Bool, index: Int) -> [UInt8] {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars(opening: opening, index: index))
        return Array(String(text).utf8)
    }

    /// `text` cut into markers and the code points between them, in order. An escape code point
    /// not followed by two digits is kept as an ordinary code point.
    static func pieces(of text: String.UnicodeScalarView) -> [Piece] {
        let scalars = Array(text)
        var pieces: [Piece] = []
        pieces.reserveCapacity(scalars.count)
        var position = 0
        while position < scalars.count {
            let value = scalars[position].value
            if value >= openBase, value < openBase + UInt32(directCount) {
                pieces.append(.marker(Found(opening: true, index: Int(value - openBase), scalars: [scalars[position]])))
                position += 1
            } else if value >= closeBase, value < closeBase + UInt32(directCount) {
                pieces.append(.marker(Found(opening: false, index: Int(value - closeBase), scalars: [scalars[position]])))
                position += 1
            } else if value == openEscape || value == closeEscape, position + 2 < scalars.count,
                let high = digit(scalars[position + 1]), let low = digit(scalars[position + 2])
            {
                pieces.append(.marker(Found(
                    opening: value == openEscape, index: high * directCount + low,
                    scalars: Array(scalars[position...(position + 2)]))))
                position += 3
            } else {
                pieces.append(.scalar(scalars[position]))
                position += 1
            }
        }
        return pieces
    }

    /// The marker `text` is made of, when it is exactly one marker and nothing else.
    static func single(_ text: String.UnicodeScalarView) -> Found? {
        let found = pieces(of: text)
        guard found.count == 1, case .marker(let marker) = found[0] else { return nil }
        return marker
    }

    /// True when `text` may hold a marker: it has a code point of planes 15 or 16.
    static func occurs(in text: String) -> Bool {
        text.utf8.contains { $0 == 0xF3 || $0 == 0xF4 }
            && text.unicodeScalars.contains(where: isPart)
    }

    /// True for a code point of planes 15 or 16: after ``SourceNormalizer``, always part of a
    /// marker.
    static func isPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= openBase
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        guard value >= openBase, value < openBase + UInt32(directCount) else { return nil }
        return Int(value - openBase)
    }
}
