/// One block prepared for the rules: its Unicode scalars, the UTF-8 offset of each scalar, and
/// its tokens once quotations are known.
struct BlockText: Sendable {
    let scalars: [Unicode.Scalar]
    /// `utf8Offsets[i]` is the UTF-8 byte offset of scalar `i`; one extra entry for the end.
    let utf8Offsets: [Int]
    var tokens: [Token] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        utf8Offsets = offsets
    }

    /// The text of a scalar range.
    func text(scalars range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// The text from the first to the last of a range of tokens, as written.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(scalars: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// UTF-8 byte range of a scalar range.
    func utf8Range(_ range: Range<Int>) -> Range<Int> {
        utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound]
    }
}
