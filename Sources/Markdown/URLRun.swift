/// Finds web addresses in seed text, so that the writer can give them to CommonMark as
/// autolinks (`<https://…>`, CommonMark 0.31 §6.5), inside which no backslash escape is needed
/// or allowed: an escaped `\&` in a bare URL would otherwise stay in the link and in its text.
///
/// A run starts at `http://` or `https://` (case-insensitive) at the start of the text or after a
/// character that is not a letter, digit or `/`, and goes up to the next white space (any,
/// including U+00A0 and U+202F), `<`, `>`, `"` or control character. Then, as GFM's extended
/// autolinks do (GFM spec §6.9), trailing punctuation is left out: `? ! . , : ; * _ ~ '`, a `)`
/// without its `(`, and any non-ASCII punctuation or quotation mark (`»`, `”`, `’`: HAZARDS B07).
/// A run with nothing after the scheme is not a URL.
enum URLRun {
    /// The ranges of the URLs in `text`, in order, not overlapping.
    static func find(in text: Substring) -> [Range<String.Index>] {
        var runs: [Range<String.Index>] = []
        var index = text.startIndex
        var previous: Character?
        while index < text.endIndex {
            let character = text[index]
            if character == "h" || character == "H",
                previous.map({ !($0.isLetter || $0.isNumber || $0 == "/") }) ?? true,
                let end = urlEnd(in: text, from: index)
            {
                runs.append(index..<end)
                previous = text[text.index(before: end)]
                index = end
                continue
            }
            previous = character
            index = text.index(after: index)
        }
        return runs
    }

    private static func urlEnd(in text: Substring, from start: String.Index) -> String.Index? {
        let rest = text[start...]
        let head = rest.utf8.prefix(8).map { $0 | 0x20 }  // ASCII lower case; ':' and '/' unchanged
        let schemeLength: Int
        if head.starts(with: Array("https://".utf8)) {
            schemeLength = 8
        } else if head.starts(with: Array("http://".utf8)) {
            schemeLength = 7
        } else {
            return nil
        }
        var end = start
        for character in rest {
            if character.isWhitespace || character == "<" || character == ">" || character == "\""
                || character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
            {
                break
            }
            end = text.index(after: end)
        }
        // Trim trailing punctuation.
        while end > start {
            let last = text[text.index(before: end)]
            if "?!.,:;*_~'".contains(last) || (!last.isASCII && (last.isPunctuation || last.isQuoteLike)) {
                end = text.index(before: end)
                continue
            }
            if last == ")" {
                let body = text[start..<end]
                if body.filter({ $0 == ")" }).count > body.filter({ $0 == "(" }).count {
                    end = text.index(before: end)
                    continue
                }
            }
            break
        }
        guard text.distance(from: start, to: end) > schemeLength else { return nil }
        return end
    }
}

extension Character {
    /// Quotation marks and apostrophes outside ASCII, which Unicode files as punctuation
    /// (Pi/Pf) or, for some, as symbols.
    fileprivate var isQuoteLike: Bool {
        "«»‹›“”„‘’‚".contains(self)
    }
}
