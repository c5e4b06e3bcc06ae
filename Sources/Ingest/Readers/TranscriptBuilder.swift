import Foundation
import Model

/// Collects blocks in reading order and numbers speaker turns, so that every reader gives turns
/// the same shape: consecutive blocks of one turn share one ``Turn`` value (index, label, times),
/// and indices run 0, 1, 2… in document order.
///
/// A stage direction that ends a turn (after its last spoken block) is taken out of the turn: it
/// reports what happened between turns (`(Applaudissements)` after a speech, a `Break`), not
/// inside one.
struct TranscriptBuilder: Sendable {
    private(set) var blocks: [Block] = []
    /// The open turn, if any; blocks appended now belong to it.
    private(set) var turn: Turn?
    private var nextIndex = 0
    /// Where the open turn's blocks start in ``blocks``.
    private var turnStart = 0

    /// Starts a new turn (ending the open one). Its label is one line
    /// (``Model/Swift/String/foldedToOneLine``), whatever breaks the reader left in it.
    mutating func startTurn(label: String?, speakerID: String? = nil, start: Double? = nil, end: Double? = nil, note: String? = nil) {
        endTurn()
        turn = Turn(index: nextIndex, label: label?.foldedToOneLine, speakerID: speakerID, start: start, end: end, note: note)
        nextIndex += 1
        turnStart = blocks.count
    }

    /// Moves the open turn's end time to `end` (a later cue of the same speaker).
    mutating func extendTurn(to end: Double?) {
        guard var open = turn, let end else { return }
        open.end = max(open.end ?? end, end)
        turn = open
    }

    /// Sets the open turn's start when it had none (a timestamp written after the label).
    mutating func setTurnStartIfMissing(_ start: Double?) {
        guard var open = turn, open.start == nil, let start else { return }
        open.start = start
        turn = open
    }

    /// Ends the open turn: its blocks get its final value; trailing stage directions leave it.
    mutating func endTurn() {
        guard let open = turn else { return }
        defer {
            turn = nil
            turnStart = blocks.count
        }
        if blocks.count == turnStart {
            nextIndex = open.index  // a label with no text: no turn
            return
        }
        var spokenEnd = turnStart
        for index in turnStart..<blocks.count where blocks[index].kind != .stageDirection || index == turnStart {
            spokenEnd = index + 1
        }
        for index in turnStart..<blocks.count {
            blocks[index].turn = index < spokenEnd ? open : nil
        }
    }

    /// Appends a block to the open turn (or outside any turn when none is open). Empty text is dropped.
    mutating func append(_ kind: Block.Kind, _ text: String, line: Int) {
        let trimmed = text.trimmingEnds(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        blocks.append(Block(kind: kind, text: trimmed, line: line, turn: turn))
    }

    /// Appends a block outside any turn, ending the open one first.
    mutating func appendOutsideTurn(_ kind: Block.Kind, _ text: String, line: Int) {
        endTurn()
        append(kind, text, line: line)
    }

    /// Whether the open turn has at least one block.
    var turnHasBlocks: Bool { turn != nil && blocks.count > turnStart }

    /// The blocks, with the open turn ended.
    mutating func finish() -> [Block] {
        endTurn()
        return blocks
    }
}
