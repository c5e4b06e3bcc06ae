/// One token of a block as the attribution rules see it: a word, a punctuation mark, or a whole
/// top-level quotation collapsed into one token.
struct Token: Sendable, Hashable {
    /// What the token is.
    enum Kind: Sendable, Hashable {
        case word
        case punctuation
        /// A top-level quotation; the payload is its index in the annotator's quotation list.
        case quotation(Int)
    }

    var kind: Kind
    /// The token as written.
    var text: String
    /// Lowercased, with `’` made `'`.
    var lower: String
    /// Unicode-scalar offsets into the block text, half-open.
    var range: Range<Int>
    /// The pronoun of a French inversion (`il` in `a-t-il`, `elle` in `dit-elle`).
    var isInvertedPronoun = false
    /// Index of the sentence inside the block, from 0.
    var sentence = 0

    var isWord: Bool { kind == .word }
    var quotationIndex: Int? { if case .quotation(let index) = kind { return index } else { return nil } }
    /// True when the first letter is uppercase.
    var isCapitalized: Bool {
        // ASCII letters, the most of any text, are told without looking up Unicode properties.
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
        }
        guard let first = text.unicodeScalars.first(where: isLetter) else { return false }
        return first.isASCII ? ("A"..."Z").contains(first) : first.properties.isUppercase
    }
}
