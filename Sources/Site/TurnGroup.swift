import Model

/// A run of consecutive blocks with the same ``Model/Turn`` value: one speaker turn or cue as
/// the page shows it (one `<section class="turn">`, `id="t-<number>"`), the TEI export writes it
/// (one `<u>`) and the WebVTT export times it (one cue).
///
/// The grouping is the one ``Markdown/AnnotatedMarkdownWriter`` uses for its `.turn` divs, so the
/// numbers here are the renderer's `t-N` ids.
public struct TurnGroup: Sendable, Hashable {
    /// 1-based position among the document's turn groups (the `N` of `t-N`).
    public var number: Int
    /// The turn shared by the blocks.
    public var turn: Turn
    /// Indices of the blocks in ``Model/Transcript/blocks``, consecutive.
    public var blocks: Range<Int>

    /// The turn groups of `transcript`, in order; blocks outside turns belong to none.
    public static func groups(of transcript: Transcript) -> [TurnGroup] {
        var groups: [TurnGroup] = []
        var index = 0
        let blocks = transcript.blocks
        while index < blocks.count {
            guard let turn = blocks[index].turn else {
                index += 1
                continue
            }
            var end = index + 1
            while end < blocks.count, blocks[end].turn == turn { end += 1 }
            groups.append(TurnGroup(number: groups.count + 1, turn: turn, blocks: index..<end))
            index = end
        }
        return groups
    }

    /// The page fragment id of the group, `t-<number>`.
    public var fragment: String { "t-\(number)" }
}
