/// Puts Markdown text into the one byte form the rest of the renderer expects.
///
/// - A leading U+FEFF (byte order mark) is removed; CRLF and lone CR become LF
///   (HAZARDS.md B12: the LF, CRLF, CR and BOM variants of a text render byte-identically).
/// - NUL becomes U+FFFD, as cmark-gfm does (CommonMark spec §2.3; HAZARDS.md B11), so that no
///   later step can cut a string at it.
/// - Code points of the supplementary private use planes (U+F0000–U+10FFFF) become U+FFFD:
///   the renderer uses them as span markers (``SpanMarker``), so the input must not contain them.
enum SourceNormalizer {
    /// The normalised UTF-8 bytes and how many private-use code points were replaced.
    static func normalize(_ text: String) -> (bytes: [UInt8], replacedPrivateUse: Int) {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var replaced = 0
        var index = 0
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { index = 3 }
        while index < input.count {
            let byte = input[index]
            switch byte {
            case 0x0D:
                output.append(0x0A)
                index += (index + 1 < input.count && input[index + 1] == 0x0A) ? 2 : 1
            case 0x00:
                output += replacement
                index += 1
            case 0xF3 where index + 1 < input.count && input[index + 1] >= 0xB0,
                 0xF4:
                // U+F0000…U+FFFFF is F3 B0–BF xx xx; U+100000…U+10FFFF is F4 80–8F xx xx.
                output += replacement
                replaced += 1
                index += 4
            default:
                output.append(byte)
                index += 1
            }
        }
        return (output, replaced)
    }
}
