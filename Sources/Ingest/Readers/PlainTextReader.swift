import Foundation
import Model

/// Reads a plain-text seed (`.txt` and anything without a more specific reader): front matter or
/// header lines, then either prose or speaker turns.
///
/// The text is read as speaker turns only when labelled lines dominate it
/// (``SpeakerTurnLayout/isTranscript``); otherwise it is prose, split into paragraphs and block
/// quotations by ``ProseBlockSplitter``. Metadata the seed does not declare is found in the text:
/// the title from a first one-line paragraph, at most 160 characters, not ending with a period;
/// the date from a date line under it or the first date in the first two paragraphs.
enum PlainTextReader {
    /// Longest first line taken as a title, in characters.
    static let maximumTitleLength = 160

    /// Reads normalised `text` (LF line ends, NFC).
    /// - Throws: a ``Diagnostic`` for broken front matter.
    static func read(_ text: String, file: String) throws(Diagnostic) -> ReaderOutput {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let matter = try FrontMatter.extract(from: lines, file: file)
        let body = lines[matter.lineCount...]
        let firstLine = matter.lineCount + 1
        var blocks: [Block]
        let layout = SpeakerTurnLayout(lines: body, firstLine: firstLine)
        if layout.isTranscript {
            blocks = layout.blocks()
        } else {
            blocks = ProseBlockSplitter.blocks(of: body, firstLine: firstLine)
        }
        return finish(blocks: &blocks, matter: matter, file: file)
    }

    /// Takes the title and date lines out of `blocks` when the front matter does not give them.
    static func finish(blocks: inout [Block], matter: FrontMatter, file: String) -> ReaderOutput {
        var output = ReaderOutput()
        output.warnings += matter.warnings
        var title = matter.title
        var dateUnderTitle: String?
        // A title with its date line right under it, no blank line between: `Titre\n12 mars 2019`,
        // also when the text goes on with no blank line after the date (the rest of that
        // paragraph is the first paragraph of the text).
        if title == nil, blocks.count > 1 || blocks.first?.text.contains("\n") == true,
            blocks[0].kind == .paragraph, blocks[0].turn == nil
        {
            let lines = blocks[0].text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.count > 2 || (lines.count == 2 && blocks.count > 1), DateFinder.isDateLine(String(lines[1])),
                isTitleLine(Block(kind: .paragraph, text: String(lines[0]), line: blocks[0].line))
            {
                title = String(lines[0])
                dateUnderTitle = DateFinder.firstDate(in: String(lines[1]))
                if lines.count == 2 {
                    blocks.removeFirst()
                } else {
                    blocks[0].text = lines[2...].joined(separator: "\n")
                    blocks[0].line += 2
                }
            }
        }
        if title == nil, blocks.count > 1, isTitleLine(blocks[0]) {
            title = blocks.removeFirst().text
        }
        var date = matter.date.flatMap { DateFinder.firstDate(in: $0) } ?? (matter.date == nil ? dateUnderTitle : nil)
        if let declared = matter.date, date == nil {
            output.warnings.append(Diagnostic(
                .warning, file: file, message: "front matter date `\(declared)` is not a calendar date; it was ignored",
                hint: "write dates as YYYY-MM-DD"))
        }
        if date == nil, matter.title == nil, blocks.count > 1, blocks[0].turn == nil, blocks[0].kind != .blockQuote,
            DateFinder.isDateLine(blocks[0].text)
        {
            date = DateFinder.firstDate(in: blocks.removeFirst().text)
        }
        if date == nil {
            date = blocks.prefix(2).lazy.compactMap { DateFinder.firstDate(in: $0.text) }.first
        }
        output.blocks = blocks
        output.title = title
        output.date = date
        output.lang = matter.lang
        output.source = matter.source
        output.slug = matter.slug
        output.tags = matter.tags
        output.speakers = matter.speakers
        output.media = matter.media
        output.attributions = matter.attributions
        return output
    }

    static func isTitleLine(_ block: Block) -> Bool {
        guard block.kind == .paragraph || block.kind == .heading, block.turn == nil, !block.text.contains("\n"),
            block.text.count <= maximumTitleLength
        else {
            return false
        }
        return !(block.text.hasSuffix(".") && !block.text.hasSuffix("..."))
    }
}
