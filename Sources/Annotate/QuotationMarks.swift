/// Decides, from its neighbours, whether a scalar opens or closes a quotation under a
/// ``Lexicon``'s mark pairs (HAZARDS.md B33, B36).
///
/// Conventions: guillemets, curly double quotes and corner brackets are always marks. A straight
/// `"` opens after a space, the start or opening punctuation and before a non-space; otherwise it
/// closes an open one. A single mark (`‘`, `'`) opens only after a space, the start or opening
/// punctuation and before a letter; its closing form (`’`, `'`) closes only when not followed by a
/// letter, so apostrophes inside or at the edge of words (`l'État`, `they'd`, `workers'`, `'90s`)
/// never count.
struct QuotationMarks: Sendable {
    let pairs: [Lexicon.MarkPair]
    let openScalars: [Unicode.Scalar]
    let closeScalars: [Unicode.Scalar]

    init(pairs: [Lexicon.MarkPair]) {
        self.pairs = pairs
        openScalars = pairs.map { $0.open.unicodeScalars.first! }
        closeScalars = pairs.map { $0.close.unicodeScalars.first! }
    }

    /// White space that may stand between a mark and the quoted words: space, no-break space,
    /// narrow no-break space, thin space, tab, line feed.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{A0}" || s == "\u{202F}" || s == "\u{2009}" || s == "\t" || s == "\n"
            || s.properties.isWhitespace
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Punctuation after which an opening mark may stand.
    func isOpeningContext(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        if Self.isSpace(s) { return true }
        if openScalars.contains(s) { return true }
        return ["(", "[", "{", "—", "–", "-", "/", ":", ";", ","].contains(s)
    }

    /// Whether the scalar at `index` may open a quotation of pair `pair`.
    func canOpen(pair: Int, at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let previous = index > 0 ? scalars[index - 1] : nil
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        switch pairs[pair].style {
        case .guillemet, .double, .corner:
            return true
        case .straightDouble:
            guard isOpeningContext(previous), let next else { return false }
            return !Self.isSpace(next)
        case .single, .straightSingle:
            guard isOpeningContext(previous), let next else { return false }
            return Self.isLetter(next)
        }
    }

    /// Whether the scalar at `index` may close an open quotation of pair `pair`.
    func canClose(pair: Int, at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let previous = index > 0 ? scalars[index - 1] : nil
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        switch pairs[pair].style {
        case .guillemet, .double, .corner:
            return true
        case .straightDouble:
            if let next, Self.isLetterOrDigit(next), let previous, Self.isSpace(previous) { return false }
            return true
        case .single, .straightSingle:
            if let next, Self.isLetter(next) { return false }
            if let previous, Self.isSpace(previous) { return false }
            return true
        }
    }

    /// Whether an opening mark written where a closing one belongs (`“` typed for `”`) should close:
    /// it follows a non-space and is followed by a space, punctuation or the end; or nothing but
    /// spaces follows it in its paragraph.
    func closesAsMistypedOpening(pair: Int, at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard pairs[pair].style == .double || pairs[pair].style == .guillemet else { return false }
        // An opening mark that ends its paragraph opens nothing (`… their fate. “`): it closes.
        if scalars[(index + 1)...].allSatisfy(Self.isSpace) { return true }
        guard index > 0, !Self.isSpace(scalars[index - 1]) else { return false }
        guard index + 1 < scalars.count else { return true }
        return !Self.isLetterOrDigit(scalars[index + 1])
    }

    /// True for the styles that may run past the end of a paragraph (guillemets, double quotes).
    func mayRunOver(pair: Int) -> Bool {
        switch pairs[pair].style {
        case .guillemet, .double, .straightDouble, .corner: return true
        case .single, .straightSingle: return false
        }
    }
}
