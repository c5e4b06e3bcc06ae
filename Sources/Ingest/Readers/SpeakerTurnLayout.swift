import Foundation
import Model

/// The lines of a plain-text or Markdown body seen as a speaker-turn transcript: which lines
/// carry a ``SpeakerLabel``, whether they dominate the text, and the blocks and turns they give.
///
/// Units: a paragraph (lines between blank lines) is one unit, unless it holds labelled lines;
/// then each labelled line starts a unit, and when two or more lines of the paragraph carry
/// labels (one utterance per line, plain text only), so does each line after one that ends a
/// sentence, while a line after an unfinished one continues it (a hard-wrapped line).
///
/// Turns: a labelled unit starts a turn. In paragraph layout the speaker's further paragraphs
/// have no label and continue the turn (the usual transcript habit: Changelog, Kremlin, Hansard
/// exports); in line layout, where every utterance line carries its label, an unlabelled line
/// after a finished sentence is narration outside any turn (HAZARDS B29). A unit wholly in
/// brackets or parentheses (`[Applause]`, `(Rires)`) is a stage direction; a segment marker label
/// (`**Break:** \[18:46\]`) is a stage direction that leaves the turn open, so the paragraphs
/// after it still belong to the speaker before it. A short unpunctuated one-line paragraph is a
/// heading and ends the turn, and so does a list or a table (written matter nobody says);
/// `[1] text` is a note.
///
/// Decision (``isTranscript``): at least 2 labelled units (segment markers aside), and either a
/// third of all units labelled, or, for long turns of several paragraphs, at least 6 labelled
/// units, a tenth of all, with one label coming back at least 3 times. A few `Paris : …` lines
/// in an article are not enough.
struct SpeakerTurnLayout {
    /// One unit of the body.
    struct Unit {
        var lines: [Substring]
        var line: Int
        var label: SpeakerLabel?
        /// First unit of its paragraph.
        var startsParagraph: Bool
        /// The paragraph holds a labelled line (line layout).
        var inLabelledParagraph: Bool
        var text: String {
            var parts = lines
            if let label { parts[0] = label.rest }
            return parts.map { $0.trimmingWhitespace() }.joined(separator: "\n").trimmingEnds(in: .whitespacesAndNewlines)
        }
    }

    /// Whether the text after a label should be unescaped as Markdown (`\[` → `[`).
    var markdown = false
    private(set) var units: [Unit] = []

    /// Splits `lines` (the first is line `firstLine` of the seed) into units.
    init(lines: ArraySlice<Substring>, firstLine: Int, markdown: Bool = false) {
        self.markdown = markdown
        var paragraph: [(Substring, Int)] = []
        func flush(_ units: inout [Unit]) {
            defer { paragraph.removeAll() }
            guard !paragraph.isEmpty else { return }
            let labels = paragraph.map { SpeakerLabel.parse($0.0) }
            let labelCount = labels.filter { $0 != nil }.count
            // One utterance per line only when several lines carry labels (and never in Markdown,
            // where a single line break is a soft break inside a paragraph).
            let lineLayout = labelCount >= 2 && !markdown
            if labelCount == 0 {
                units.append(Unit(lines: paragraph.map(\.0), line: paragraph[0].1, label: nil, startsParagraph: true, inLabelledParagraph: false))
                return
            }
            var current: Unit?
            for (offset, (line, number)) in paragraph.enumerated() {
                let previousEnds = lineLayout && offset > 0 && Self.endsSentence(paragraph[offset - 1].0)
                if labels[offset] != nil || current == nil || previousEnds {
                    if let done = current { units.append(done) }
                    current = Unit(lines: [line], line: number, label: labels[offset], startsParagraph: offset == 0, inLabelledParagraph: true)
                } else {
                    current?.lines.append(line)
                }
            }
            if let done = current { units.append(done) }
        }
        for (offset, line) in lines.enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                flush(&units)
            } else {
                paragraph.append((line, firstLine + offset))
            }
        }
        flush(&units)
    }

    /// Whether the labelled lines dominate the text (see the type's description).
    var isTranscript: Bool {
        let labels = units.compactMap(\.label).filter { !$0.isSegmentMarker }.map(\.name)
        guard labels.count >= 2, !units.isEmpty else { return false }
        let share = Double(labels.count) / Double(units.count)
        if share >= 1.0 / 3.0 { return true }
        // Long turns of several paragraphs each: a cast of labels that come back again and again.
        let repeats = labels.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }.values.max() ?? 0
        return labels.count >= 6 && repeats >= 3 && share >= 0.1
    }

    /// The blocks, with turns.
    func blocks() -> [Block] {
        var builder = TranscriptBuilder()
        for unit in units {
            if let label = unit.label {
                if label.isSegmentMarker {
                    var text = label.name
                    if let start = label.start { text += " [\(ClockTime.written(start))]" }
                    let rest = clean(unit.text)
                    if !rest.isEmpty { text += ": " + rest }
                    builder.append(.stageDirection, text, line: unit.line)
                    continue
                }
                // A stamp before the label that is no time stays at the head of the turn's text,
                // where ``PlainTextReader/impossibleTimeWarnings(_:file:)`` warns it.
                var text = clean(label.unreadStamp.map { "\($0) \(unit.text)" } ?? unit.text)
                builder.startTurn(label: cleanLabel(label.name), start: label.start, note: label.note)
                if text.isEmpty { continue }
                if let (time, after) = SpeakerLabel.leadingTimestamp(Substring(text)) {
                    builder.setTurnStartIfMissing(time)
                    text = String(after).trimmingCharacters(in: .whitespaces)
                }
                builder.append(Self.isStageDirection(text) ? .stageDirection : .paragraph, text, line: unit.line)
                continue
            }
            let text = clean(Self.tidyLeadingTimestamp(unit.text))
            switch kind(of: unit) {
            case .stageDirection:
                builder.append(.stageDirection, text, line: unit.line)
            case .heading:
                builder.appendOutsideTurn(.heading, Self.atxHeading(text).map { clean($0) } ?? text, line: unit.line)
            case .editorialNote:
                builder.appendOutsideTurn(.editorialNote, text, line: unit.line)
            case .paragraph where Self.isWrittenMatter(unit.lines):
                builder.appendOutsideTurn(.paragraph, text, line: unit.line)
            case .blockQuote:
                let quoted = unit.lines.map { Self.stripQuoteMarker($0) }.joined(separator: "\n")
                appendContinuing(&builder, unit: unit, kind: .blockQuote, text: clean(quoted))
            default:
                appendContinuing(&builder, unit: unit, kind: .paragraph, text: text)
            }
        }
        return builder.finish()
    }

    private func appendContinuing(_ builder: inout TranscriptBuilder, unit: Unit, kind: Block.Kind, text: String) {
        if unit.inLabelledParagraph && !unit.startsParagraph {
            builder.appendOutsideTurn(kind, text, line: unit.line)
        } else {
            builder.append(kind, text, line: unit.line)
        }
    }

    /// The kind an unlabelled unit has.
    private func kind(of unit: Unit) -> Block.Kind {
        let text = unit.text
        if Self.isStageDirection(text) { return .stageDirection }
        if markdown, unit.lines.count == 1, Self.atxHeading(text) != nil { return .heading }
        if unit.lines.allSatisfy({ $0.drop(while: { $0 == " " }).hasPrefix(">") }) { return .blockQuote }
        if Self.isNoteDefinition(text) { return .editorialNote }
        if unit.startsParagraph, !unit.inLabelledParagraph, Self.isHeading(text) { return .heading }
        return .paragraph
    }

    /// `[Applause]`, `(Rires)`, `\[laughter\]`: the whole text in one pair of brackets.
    static func isStageDirection(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("\\[") && body.hasSuffix("\\]") { body = body.dropFirst(2).dropLast(2) } else if (body.hasPrefix("[") && body.hasSuffix("]")) || (body.hasPrefix("(") && body.hasSuffix(")")) {
            body = body.dropFirst().dropLast()
        } else {
            return false
        }
        return !body.isEmpty && !body.contains(where: { "[]()\n".contains($0) }) && !body.allSatisfy(\.isNumber)
    }

    /// The title of a Markdown ATX heading (`## Title`, CommonMark §4.2), or nil.
    static func atxHeading(_ text: String) -> String? {
        let hashes = text.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = text.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var title = rest.trimmingWhitespace()
        while title.last == "#" { title = title.dropLast() }
        return String(title.trimmingWhitespace())
    }

    /// `text` with a timestamp that opens it written plainly: `\[00:08:00.01\\\]` (as some
    /// Markdown exports escape it) becomes `[00:08:00.01]`; the digits stay as the source wrote them.
    static func tidyLeadingTimestamp(_ text: String) -> String {
        guard let (_, after) = SpeakerLabel.leadingTimestamp(Substring(text)) else { return text }
        let opening = text.hasPrefix("\\[") ? 2 : 1
        let digits = text.dropFirst(opening).prefix(while: { $0.isASCII && ($0.isNumber || ":.,".contains($0)) })
        let open: Character = text.dropFirst(opening - 1).first == "(" ? "(" : "["
        return "\(open)\(digits)\(open == "(" ? ")" : "]")" + after
    }

    /// A bulleted or numbered list, or a table of tab-separated cells: written matter that
    /// nobody says, so it ends the turn before it.
    static func isWrittenMatter(_ lines: [Substring]) -> Bool {
        lines.allSatisfy { line in
            let text = line.drop(while: { $0 == " " })
            if text.contains("\t") { return true }
            if text.hasPrefix("* ") || text.hasPrefix("- ") || text.hasPrefix("• ") || text.hasPrefix("+ ") { return true }
            let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
            return !digits.isEmpty && digits.count <= 3 && (text.dropFirst(digits.count).hasPrefix(". ") || text.dropFirst(digits.count).hasPrefix(") "))
        }
    }

    /// `[1] text` or `[^1]: text`: a note under the transcript.
    static func isNoteDefinition(_ text: String) -> Bool {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return false }
        var inside = text[text.index(after: text.startIndex)..<close]
        if inside.first == "^" { inside = inside.dropFirst() }
        return !inside.isEmpty && inside.allSatisfy({ $0.isASCII && $0.isNumber }) && text.index(after: close) < text.endIndex
    }

    /// A short line with no sentence punctuation, starting with a capital: a section title.
    static func isHeading(_ text: String) -> Bool {
        guard !text.contains("\n"), let first = text.first, first.isUppercase else { return false }
        let words = text.split(separator: " ")
        guard (2...12).contains(words.count), let last = text.last else { return false }
        return !".!?…:;,»”\")]".contains(last)
    }

    static func endsSentence(_ line: Substring) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard var last = trimmed.last else { return true }
        if "»”\")]’'".contains(last), trimmed.count >= 2 {
            last = trimmed[trimmed.index(before: trimmed.index(before: trimmed.endIndex))]
            if last == " " || last == "\u{00A0}" || last == "\u{202F}" {
                last = trimmed.dropLast().trimmingWhitespace().last ?? last
            }
        }
        return ".!?…".contains(last)
    }

    private static func stripQuoteMarker(_ line: Substring) -> Substring {
        var rest = line.drop(while: { $0 == " " })
        rest = rest.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        return rest
    }

    private func clean(_ text: String) -> String {
        markdown ? MarkdownInline.plainText(text) : text
    }

    private func cleanLabel(_ name: String) -> String {
        markdown ? MarkdownInline.plainText(name) : name
    }
}
