/// A stretch of text between quotation marks as the ``QuotationFinder`` found it, before it is
/// classified and attributed.
struct FoundQuotation: Sendable, Hashable {
    /// The part of the quotation inside one block.
    struct Piece: Sendable, Hashable {
        /// Index of the block.
        var block: Int
        /// Unicode-scalar range with the marks (or up to the block's end when unclosed).
        var outer: Range<Int>
        /// Unicode-scalar range of the quoted words: marks and the spaces next to them left out.
        var inner: Range<Int>
    }

    /// One piece per block the quotation runs over, in order.
    var pieces: [Piece]
    /// Index of the mark pair in the lexicon.
    var pair: Int
    /// False when the paragraph ended before a closing mark.
    var closed: Bool
    /// Index (in the finder's result) of the quotation this one is nested in, if any.
    var parent: Int?
    /// True when the whole block is the quotation (a `> ` block quotation with no marks).
    var isBlockQuote = false
}
