import Model

/// Words quoted back: a writer who answers someone point by point (`His answers:` and a chain
/// of block quotations) sets the words he answers between his own, with no cue of their own.
/// Read once the whole document has been attributed, since the words answered may be quoted
/// with their speaker before or after.
extension DocumentAnnotation {
    /// Fewest words in a row a quotation must share with another speaker's quotation to repeat it
    /// (a scare quote or a slogan repeated is shorter).
    static let repeatedRunWords = 8

    /// Whether a decision was carried over from the quotation before (rule `carry-over`, or a
    /// block quotation that goes on from the block quotation before it) rather than given by a
    /// cue of its own.
    static func isCarried(_ decision: Decision) -> Bool {
        decision.carried || decision.attribution.rule == "carry-over"
    }

    /// The longest run of words, in order, that `a` and `b` share.
    static func longestSharedRun(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var best = 0
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count where a[i - 1] == b[j - 1] {
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
            }
            previous = current
        }
        return best
    }

    /// Gives words quoted back to whoever said them first. A direct quotation with no cue of its
    /// own (``isCarried(_:)``), outside heading-like blocks (``isHeadingLike(_:)``, which
    /// ``attributeHeadingQuotations()`` reads afterwards), whose folded words (``echoWords(_:)``:
    /// case, punctuation and accents folded) share a run of at least ``repeatedRunWords`` words
    /// with a direct quotation of another speaker, that run making up at least two thirds of its
    /// words (`Count 1. If you try to drink water through the ear, …` after the question `1. If
    /// you try to drink water through the ear, …` quoted from a newspaper), is that speaker's. The
    /// other quotation has a cue of its own, or is carried too but longer (the repeated words are
    /// a part of it: an e-mail quoted later in full). A quotation with its own cue never changes;
    /// of several such quotations, the one sharing the longest run wins, the nearest on a tie.
    mutating func attributeRepeatedWords() {
        let headings = Set(blocks.indices.filter { isHeadingLike($0) })
        var candidates: [(index: Int, entity: Int, carried: Bool, words: [String])] = []
        for (index, quotation) in quotations.enumerated() where quotation.parent == nil && !headings.contains(quotation.pieces[0].block) {
            guard let decision = decisions[index], decision.kind == .direct else { continue }
            let words = Self.echoWords(decision.text ?? quotationText(quotation))
            guard words.count >= Self.repeatedRunWords else { continue }
            if let entity = decision.entity {
                candidates.append((index, entity, Self.isCarried(decision), words))
            }
        }
        var changes: [Int: Int] = [:]
        for target in candidates where target.carried {
            var best: (entity: Int, run: Int, distance: Int)?
            for source in candidates where source.index != target.index && source.entity != target.entity {
                guard !source.carried || source.words.count > target.words.count else { continue }
                let run = Self.longestSharedRun(target.words, source.words)
                guard run >= Self.repeatedRunWords, 3 * run >= 2 * target.words.count else { continue }
                let distance = abs(source.index - target.index)
                if best.map({ run > $0.run || run == $0.run && distance < $0.distance }) ?? true {
                    best = (source.entity, run, distance)
                }
            }
            if let best { changes[target.index] = best.entity }
        }
        for (index, entity) in changes {
            guard var decision = decisions[index] else { continue }
            decision.entity = entity
            decision.attribution = Attribution(rule: "repeated-words", cue: nil, mention: registry.entities[entity].name, confidence: 0.6)
            decisions[index] = decision
        }
    }
}
