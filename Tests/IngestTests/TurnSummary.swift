import Model

/// The turns of a document, for assertions: labels in turn order, turns per label, and labels
/// in order of first appearance.
struct TurnSummary {
    /// One entry per turn (blocks sharing `turn.index`), in document order.
    var turns: [Turn] = []
    /// The text of each turn, its blocks joined with a blank line.
    var texts: [String] = []

    init(_ document: SourceDocument) {
        var lastIndex: Int?
        for block in document.blocks {
            guard let turn = block.turn else {
                lastIndex = nil
                continue
            }
            if turn.index == lastIndex {
                texts[texts.count - 1] += "\n\n" + block.text
            } else {
                turns.append(turn)
                texts.append(block.text)
                lastIndex = turn.index
            }
        }
    }

    var labels: [String] { turns.map { $0.label ?? "?" } }

    /// Turns per label.
    var counts: [String: Int] {
        labels.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// Labels in order of first appearance.
    var order: [String] {
        var seen: [String] = []
        for label in labels where !seen.contains(label) { seen.append(label) }
        return seen
    }
}
