import Foundation
import Model

/// Reads a gold `.txt` into a ``Model/SourceDocument`` the way `corpus/gold/README.md`
/// describes the files, for use when the Ingest stage cannot read it: line 1 is the title
/// (unless `hasTitleLine` is false, as for the seeds), blocks are split on blank lines, a
/// paragraph starting with `> ` is a block quotation without the marker. Text is made NFC with LF.
enum PlainTextDocumentReader {
    static func read(_ bytes: [UInt8], seedPath: String, lang: String, hasTitleLine: Bool) -> SourceDocument {
        var text = String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var title = "Untitled"
        var index = 0
        if hasTitleLine, let first = lines.first {
            title = first.trimmingCharacters(in: .whitespaces)
            index = 1
        }
        var blocks: [Block] = []
        var current: [String] = []
        var startLine = index + 1
        func flush() {
            guard !current.isEmpty else { return }
            var body = current.joined(separator: "\n").trimmingCharacters(in: .whitespaces)
            var kind = Block.Kind.paragraph
            if body.hasPrefix("> ") || body == ">" {
                kind = .blockQuote
                body = current.map { $0.hasPrefix("> ") ? String($0.dropFirst(2)) : ($0 == ">" ? "" : $0) }.joined(separator: "\n")
            }
            blocks.append(Block(kind: kind, text: body.trimmingCharacters(in: .whitespacesAndNewlines), line: startLine))
            current = []
        }
        while index < lines.count {
            let line = lines[index]
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
                startLine = index + 2
            } else {
                if current.isEmpty { startLine = index + 1 }
                current.append(line)
            }
            index += 1
        }
        flush()
        return SourceDocument(seedPath: seedPath, metadata: DocumentMetadata(title: title, lang: lang), blocks: blocks)
    }
}
