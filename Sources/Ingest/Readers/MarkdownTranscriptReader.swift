import Model

/// Reads Markdown seeds (`.md`): YAML front matter, then `**Name:** text` speaker turns with
/// inline timestamps `**Name:** \[12:34\] text`, as the Changelog transcripts are written, or
/// Markdown prose.
///
/// Turns follow ``SpeakerTurnLayout`` with Markdown on: the text after a label is unescaped
/// (CommonMark §2.4, `\[applause\]` → `[applause]`), a timestamp right after the label is the
/// turn's start in seconds, a paragraph that is only `[laughter]` is a stage direction, and
/// `**Break:** \[18:46\]` is a segment marker: a stage direction, after which unlabelled
/// paragraphs still continue the turn that was open. A timestamp opening a later paragraph of a
/// turn stays in its text, as the source shows it. ATX headings (`## Title`) are headings.
enum MarkdownTranscriptReader {
    /// Reads normalised `text`.
    /// - Throws: a ``Diagnostic`` for broken front matter.
    static func read(_ text: String, file: String) throws(Diagnostic) -> ReaderOutput {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let matter = try FrontMatter.extract(from: lines, file: file)
        let body = lines[matter.lineCount...]
        let layout = SpeakerTurnLayout(lines: body, firstLine: matter.lineCount + 1, markdown: true)
        var blocks: [Block]
        if layout.isTranscript {
            blocks = layout.blocks()
        } else {
            blocks = ProseBlockSplitter.blocks(of: body, firstLine: matter.lineCount + 1).map { block in
                var block = block
                if block.kind == .paragraph, let title = SpeakerTurnLayout.atxHeading(block.text) {
                    block.kind = .heading
                    block.text = title
                }
                block.text = MarkdownInline.plainText(block.text)
                return block
            }
        }
        var output = PlainTextReader.finish(blocks: &blocks, matter: matter, file: file)
        if output.title == nil, let heading = output.blocks.first, heading.kind == .heading, heading.turn == nil {
            output.title = heading.text
            output.titleLine = heading.line
            output.blocks.removeFirst()
        }
        return output
    }
}
