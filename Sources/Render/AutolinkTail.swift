/// What a GFM extended autolink should not have taken (HAZARDS.md B07; GFM spec §6.9
/// "extended autolink path validation" trims only ASCII punctuation and stops only at ASCII
/// space, cmark-gfm issues #153 and #297).
///
/// The tail is the longest suffix made of: non-ASCII spaces and punctuation (Unicode general
/// categories Z* and P*: U+00A0, U+202F, `»`, `”`, `’` …), span markers (``SpanMarker``), and,
/// once such a character has been cut, the ASCII characters GFM itself trims (`?!.,:*_~'"` and
/// an unbalanced `)`).
enum AutolinkTail {
    /// The number of Unicode scalars at the end of `text` that belong outside the link.
    static func length(of text: String) -> Int {
        var scalars = Array(text.unicodeScalars)
        var cut = 0
        var cutNonASCII = false
        while let last = scalars.last {
            let drop: Bool
            if SpanMarker.isPart(last) {
                drop = true
                cutNonASCII = true
            } else if !last.isASCII {
                switch last.properties.generalCategory {
                case .spaceSeparator, .lineSeparator, .paragraphSeparator,
                     .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                     .initialPunctuation, .finalPunctuation, .otherPunctuation:
                    drop = true
                    cutNonASCII = true
                default:
                    drop = false
                }
            } else if cutNonASCII, "?!.,:*_~'\"".unicodeScalars.contains(last) {
                drop = true
            } else if cutNonASCII, last == ")" {
                let opens = scalars.filter { $0 == "(" }.count
                let closes = scalars.filter { $0 == ")" }.count
                drop = closes > opens
            } else {
                drop = false
            }
            guard drop else { break }
            scalars.removeLast()
            cut += 1
        }
        return cut
    }
}
