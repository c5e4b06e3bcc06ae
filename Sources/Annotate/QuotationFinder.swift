/// Finds every stretch of text in quotation marks in a document's blocks, in linear time.
///
/// - Marks are matched with one stack; a closing mark pops back to the nearest open mark of its
///   pair, found in O(1) through a per-pair count, and the open marks it passes are dropped as
///   stray (HAZARDS.md B03: 50,000 `« ` stay linear).
/// - An unclosed quotation is bounded to its paragraph, unless the next paragraph opens again with
///   the same mark: then it is one quotation over several paragraphs (news style, HAZARDS.md B31).
/// - Quotations inside another are kept with ``FoundQuotation/parent`` set.
/// - A single-quote pair must enclose at least two letters, so `rock 'n' roll` is no quotation.
struct QuotationFinder: Sendable {
    let marks: QuotationMarks

    init(lexicon: Lexicon) { marks = QuotationMarks(pairs: lexicon.quotationMarks) }

    private struct Open {
        var pair: Int
        var position: Int
        /// Pieces from earlier paragraphs when this quotation continues one.
        var earlierPieces: [FoundQuotation.Piece]
        /// True when the paragraph continues the quotation without opening it again.
        var marklessStart = false
    }

    /// - Parameter blocks: each block's text as Unicode scalars.
    /// - Returns: quotations sorted by their first piece (block, then start).
    func find(in blocks: [[Unicode.Scalar]]) -> [FoundQuotation] {
        var found: [FoundQuotation] = []
        var carried: Open?
        for (blockIndex, scalars) in blocks.enumerated() {
            var stack: [Open] = []
            var counts = [Int](repeating: 0, count: marks.pairs.count)
            var start = 0
            if var open = carried {
                // The continuation paragraph's own opening mark, if any, is skipped.
                var k = 0
                while k < scalars.count, QuotationMarks.isSpace(scalars[k]) { k += 1 }
                open.position = k
                stack.append(open)
                counts[open.pair] += 1
                start = open.marklessStart ? k : k + 1
                carried = nil
            }
            var i = start
            while i < scalars.count {
                let s = scalars[i]
                var handled = false
                for pair in marks.pairs.indices where marks.closeScalars[pair] == s && counts[pair] > 0 {
                    if marks.canClose(pair: pair, at: i, in: scalars) {
                        close(pair: pair, at: i, block: blockIndex, scalars: scalars, stack: &stack, counts: &counts, found: &found)
                        handled = true
                        break
                    }
                }
                if !handled {
                    for pair in marks.pairs.indices where marks.openScalars[pair] == s && marks.openScalars[pair] != marks.closeScalars[pair] {
                        if counts[pair] > 0, stack.last?.pair == pair, marks.closesAsMistypedOpening(pair: pair, at: i, in: scalars) {
                            close(pair: pair, at: i, block: blockIndex, scalars: scalars, stack: &stack, counts: &counts, found: &found)
                            handled = true
                            break
                        }
                    }
                }
                if !handled {
                    for pair in marks.pairs.indices where marks.openScalars[pair] == s {
                        if marks.canOpen(pair: pair, at: i, in: scalars) {
                            stack.append(Open(pair: pair, position: i, earlierPieces: []))
                            counts[pair] += 1
                            break
                        }
                    }
                }
                i += 1
            }
            // Unclosed: the outermost quotation that may run over paragraphs is kept.
            guard let outer = stack.first(where: { marks.mayRunOver(pair: $0.pair) }) else {
                // An unclosed single quotation opening a sentence (`… she said. ‘It was the best
                // we’ve played.`, `The cook said: 'We ran out of bread.` before a paragraph that
                // opens again: the British habit of leaving a quotation open over paragraphs, in
                // curly or straight marks) is kept, bounded to its paragraph. (A straight mark
                // opening the paragraph is as often an elision: `'Tis the season`.)
                let style = stack.first.map { marks.pairs[$0.pair].style }
                if let open = stack.first, style == .single || style == .straightSingle && open.position > 0, open.position == 0 || (open.position >= 2
                    && [".", "!", "?", ":"].contains(scalars[open.position - 2])),
                   scalars[(open.position + 1)...].filter({ $0 == " " }).count >= 2 {
                    let piece = makePiece(block: blockIndex, open: open.position, close: nil, scalars: scalars)
                    found.append(FoundQuotation(pieces: [piece], pair: open.pair, closed: false))
                }
                continue
            }
            let piece = makePiece(block: blockIndex, open: outer.position, close: nil, scalars: scalars, marklessStart: outer.marklessStart)
            let nextOpens = blockIndex + 1 < blocks.count && startsWith(marks.openScalars[outer.pair], blocks[blockIndex + 1])
            let nextCloses = !nextOpens && blockIndex + 1 < blocks.count && closesFirst(pair: outer.pair, blocks[blockIndex + 1])
            if nextOpens || nextCloses {
                carried = Open(pair: outer.pair, position: 0, earlierPieces: outer.earlierPieces + [piece], marklessStart: nextCloses)
            } else if !outer.earlierPieces.isEmpty
                        || scalars[(outer.position + 1)...].contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
                // (`… au président «` at a paragraph's end, with nothing after: a mark that opens nothing.)
                found.append(FoundQuotation(pieces: outer.earlierPieces + [piece], pair: outer.pair, closed: false))
            }
        }
        return nest(found)
    }

    /// Whether the first mark of `pair` in a paragraph is a closing one (a quotation that runs on
    /// from the paragraph before without being opened again). Only for pairs whose marks differ.
    private func closesFirst(pair: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let open = marks.openScalars[pair], close = marks.closeScalars[pair]
        guard open != close, marks.pairs[pair].style == .double || marks.pairs[pair].style == .guillemet else { return false }
        for (index, scalar) in scalars.enumerated() {
            if scalar == open { return marks.closesAsMistypedOpening(pair: pair, at: index, in: scalars) }
            if scalar == close { return true }
        }
        return false
    }

    private func startsWith(_ mark: Unicode.Scalar, _ scalars: [Unicode.Scalar]) -> Bool {
        var k = 0
        while k < scalars.count, QuotationMarks.isSpace(scalars[k]) { k += 1 }
        return k < scalars.count && scalars[k] == mark
    }

    private func close(
        pair: Int, at index: Int, block: Int, scalars: [Unicode.Scalar],
        stack: inout [Open], counts: inout [Int], found: inout [FoundQuotation]
    ) {
        while let top = stack.popLast() {
            counts[top.pair] -= 1
            guard top.pair == pair else { continue }
            let piece = makePiece(block: block, open: top.position, close: index, scalars: scalars, marklessStart: top.marklessStart)
            let letters = scalars[piece.inner].filter { QuotationMarks.isLetterOrDigit($0) }.count
            let isSingle = marks.pairs[pair].style == .single || marks.pairs[pair].style == .straightSingle
            if letters == 0 || (isSingle && letters < 2) { return }
            found.append(FoundQuotation(pieces: top.earlierPieces + [piece], pair: pair, closed: true))
            return
        }
    }

    /// The piece from an opening mark to a closing mark (or to the end of the block when `close` is nil).
    private func makePiece(block: Int, open: Int, close: Int?, scalars: [Unicode.Scalar], marklessStart: Bool = false) -> FoundQuotation.Piece {
        let outerEnd = close.map { $0 + 1 } ?? scalars.count
        var lower = marklessStart ? open : open + 1
        var upper = close ?? scalars.count
        while lower < upper, QuotationMarks.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, QuotationMarks.isSpace(scalars[upper - 1]) { upper -= 1 }
        return FoundQuotation.Piece(block: block, outer: open..<outerEnd, inner: lower..<upper)
    }

    /// Sorts by first piece and sets ``FoundQuotation/parent`` from containment, with a stack.
    func nest(_ quotations: [FoundQuotation]) -> [FoundQuotation] {
        var sorted = quotations.sorted {
            let a = $0.pieces[0], b = $1.pieces[0]
            if a.block != b.block { return a.block < b.block }
            if a.outer.lowerBound != b.outer.lowerBound { return a.outer.lowerBound < b.outer.lowerBound }
            return a.outer.upperBound > b.outer.upperBound
        }
        var stack: [Int] = []
        for index in sorted.indices {
            let first = sorted[index].pieces[0]
            while let top = stack.last {
                let contains = sorted[top].pieces.contains {
                    $0.block == first.block && $0.outer.lowerBound <= first.outer.lowerBound && first.outer.upperBound <= $0.outer.upperBound
                }
                if contains { break }
                stack.removeLast()
            }
            sorted[index].parent = stack.last
            stack.append(index)
        }
        return sorted
    }
}
