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
        output.warnings += goingBackWarnings(blocks, file: file)
        output.warnings += impossibleTimeWarnings(blocks, file: file)
        var title = matter.title
        output.titleLine = matter.titleLine
        var dateUnderTitle: String?
        // The line of an impossible date line already warned about, so that it is warned once.
        var impossibleDateWarned: Int?
        // A first line that is only a date (`12 March 2024\nFerry Fares Rise\n…`) is the date,
        // not the title; the title is looked for under it.
        if title == nil, let first = blocks.first, first.kind == .paragraph, first.turn == nil,
            let newline = first.text.firstIndex(of: "\n"), DateFinder.isDateLine(String(first.text[..<newline]))
        {
            dateUnderTitle = DateFinder.firstDate(in: String(first.text[..<newline]))
            blocks[0].text = String(first.text[first.text.index(after: newline)...])
            blocks[0].line += 1
        }
        // A title with no blank line under it (`Titre\n12 mars 2019\nLe maire…`): its lines
        // (``titleLineCount(of:)``), then a date line if one follows; the rest of that paragraph
        // is the first paragraph of the text.
        if title == nil, let first = blocks.first, first.kind == .paragraph, first.turn == nil, first.text.contains("\n") {
            let lines = first.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let count = titleLineCount(of: lines)
            if count > 0 {
                title = lines[..<count].joined(separator: " ")
                output.titleLine = first.line
                var used = count
                // (A date line with nothing under it, and no other paragraph, stays as the text.)
                if dateUnderTitle == nil, used < lines.count, let problem = DateFinder.impossibleDateLine(lines[used]) {
                    output.warnings.append(Self.impossibleDateWarning(lines[used], problem, file: file, line: first.line + used))
                    impossibleDateWarned = first.line + used
                }
                if dateUnderTitle == nil, used < lines.count, DateFinder.isDateLine(lines[used]), used + 1 < lines.count || blocks.count > 1 {
                    dateUnderTitle = DateFinder.firstDate(in: lines[used])
                    used += 1
                }
                if used == lines.count {
                    blocks.removeFirst()
                } else {
                    blocks[0].text = lines[used...].joined(separator: "\n")
                    blocks[0].line += used
                }
            }
        }
        if title == nil, blocks.count > 1, isTitleLine(blocks[0]) {
            output.titleLine = blocks[0].line
            title = blocks.removeFirst().text
        }
        let declared = matter.date.map(DateFinder.declaredDate)
        var date = declared.map(\.date) ?? dateUnderTitle
        if let value = matter.date, let problem = declared?.problem {
            // Refused, the date is unknown: not guessed from the text instead.
            output.warnings.append(Diagnostic(
                .warning, file: file, line: matter.dateLine,
                message: "\(matter.isHeaderLines ? "header line" : "front matter") date `\(value)` is refused: \(problem); the date is unknown",
                hint: DateHint.forRefused(value)))
        }
        if date == nil, matter.date == nil, blocks.count > 1, blocks[0].turn == nil, blocks[0].kind != .blockQuote,
            impossibleDateWarned != blocks[0].line, let problem = DateFinder.impossibleDateLine(blocks[0].text)
        {
            output.warnings.append(Self.impossibleDateWarning(blocks[0].text, problem, file: file, line: blocks[0].line))
            impossibleDateWarned = blocks[0].line
        }
        if date == nil, matter.date == nil, matter.title == nil, blocks.count > 1, blocks[0].turn == nil, blocks[0].kind != .blockQuote,
            DateFinder.isDateLine(blocks[0].text)
        {
            date = DateFinder.firstDate(in: blocks.removeFirst().text)
        }
        if date == nil, matter.date == nil {
            // (Not from a date line just warned as no date: `2023-02-28T25:00` is none.)
            date = blocks.prefix(2).lazy.filter { $0.line != impossibleDateWarned }.compactMap { DateFinder.firstDate(in: $0.text) }.first
        }
        output.blocks = blocks
        output.title = title
        output.date = date
        output.lang = matter.lang
        output.langLine = matter.langLine
        output.source = matter.source
        output.slug = matter.slug
        output.slugLine = matter.slugLine
        output.tags = matter.tags
        output.speakers = matter.speakers
        output.speakerLines = matter.speakerLines
        output.media = matter.media
        output.attributions = matter.attributions
        output.attributionLines = matter.attributionLines
        return output
    }

    /// Shortest title line that may have been wrapped onto the next line, in characters.
    static let wrappedTitleLength = 50

    /// How many of `lines` (the first paragraph, with no blank line under its first line) make
    /// the title: 0 when the first line does not look like a title (``isTitleLine(_:)``; nor
    /// when it ends with `:` or `,`, an introduction), else the first line and each next line
    /// that continues it, a title wrapped in a plain-text report: one that starts with a
    /// lowercase letter, or that follows a line of ``wrappedTitleLength`` characters or more
    /// and ends no sentence, or a second line that goes on with a first in title case
    /// (``continuesInTitleCase(_:with:)``); never a date line, nor past ``maximumTitleLength``
    /// characters. A line that starts otherwise (`A short title\nThe minister said…`) begins the text.
    static func titleLineCount(of lines: [String]) -> Int {
        guard lines.count > 1, let first = lines.first, isTitleLine(Block(kind: .paragraph, text: first, line: 1)),
            !first.hasSuffix(":"), !first.hasSuffix(",")
        else { return 0 }
        var count = 1
        var length = first.count
        while count < lines.count {
            let line = lines[count].trimmingCharacters(in: .whitespaces)
            let previous = lines[count - 1]
            guard let start = line.first, !DateFinder.isDateLine(line), DateFinder.impossibleDateLine(line) == nil, length + 1 + line.count <= maximumTitleLength,
                isTitleLine(Block(kind: .paragraph, text: line, line: 1))
            else { break }
            guard start.isLowercase || (previous.count >= wrappedTitleLength && !endsSentence(line))
                || (count == 1 && continuesInTitleCase(first, with: line))
            else { break }
            length += 1 + line.count
            count += 1
        }
        return count
    }

    /// Words a title in title case leaves in lowercase (Chicago Manual of Style §8.159:
    /// articles, coordinating conjunctions, short prepositions; in French, the articles,
    /// `de`/`du`/`des`, conjunctions and prepositions), English and French together.
    static let titleCaseMinorWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "from", "into", "onto", "over", "upon", "with",
        "le", "la", "les", "un", "une", "de", "du", "des", "au", "aux", "à", "et", "ou", "ni", "en", "sur", "sous",
        "par", "pour", "dans", "avec", "chez", "vers", "contre", "entre",
    ]

    /// Whether `second`, the line right under a first title line `first`, goes on with the title
    /// rather than starting the text: both lines are in title case (``isTitleCase(_:)``), the
    /// first ends no sentence (`!`, `?`, `…`), the title is cut at a minor word (the second line
    /// opens with one, `The`, `Of`, `Le`, `De`, or the first ends with one: ``titleCaseMinorWords``),
    /// and neither line holds a comma or a digit (a dateline `Kirkwall, Orkney`, a date) or is a
    /// byline (``isByline(_:)``). A first paragraph's line is rarely in title case (its verbs and
    /// nouns are lowercase), and a credit or a second name (`Anna Berg\nTom Reed`) is cut at no
    /// minor word, so a one-line title keeps the line under it.
    static func continuesInTitleCase(_ first: String, with second: String) -> Bool {
        guard !endsSentence(first), isTitleCase(first), isTitleCase(second) else { return false }
        for line in [first, second] where line.contains(",") || line.contains(where: \.isNumber) || isByline(line) {
            return false
        }
        func isMinor(_ word: Substring?) -> Bool {
            word.map { titleCaseMinorWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) } ?? false
        }
        let words = { (line: String) in line.split(whereSeparator: \.isWhitespace) }
        return isMinor(words(second).first) || isMinor(words(first).last)
    }

    /// Words of a credit line (``isByline(_:)``), English and French.
    static let bylineWords: Set<String> = [
        "staff", "reporter", "reporters", "correspondent", "correspondents", "writer", "editor", "photographer",
        "correspondant", "correspondante", "envoyé", "envoyée", "envoyés", "envoyées", "journaliste", "rédaction",
    ]

    /// Whether `line` is a credit: it opens with `By` or `Par`, or holds a word of a credit
    /// (``bylineWords``: `Staff Reporter`, `Our Correspondent`, `Envoyé spécial`).
    static func isByline(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0.isWhitespace }).map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        guard let opening = words.first else { return false }
        return opening == "by" || opening == "par" || words.contains(where: bylineWords.contains)
    }

    /// Whether `line` is in title case: at least two words start with a capital letter, and
    /// every other word that starts with a letter is a minor word (``titleCaseMinorWords``);
    /// French elisions are read after the apostrophe (`l'État`, `d'Or`).
    static func isTitleCase(_ line: String) -> Bool {
        var capitalised = 0
        for token in line.split(whereSeparator: { $0.isWhitespace }) {
            var word = token.drop { !$0.isLetter && !$0.isNumber }
            if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }), word.distance(from: word.startIndex, to: apostrophe) <= 2,
                word.index(after: apostrophe) < word.endIndex
            {
                word = word[word.index(after: apostrophe)...]
            }
            guard let start = word.first, start.isLetter else { continue }
            if start.isUppercase {
                capitalised += 1
            } else if !titleCaseMinorWords.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
                return false
            }
        }
        return capitalised >= 2
    }

    /// Whether `line` ends a sentence: a final `.`, `!`, `?` or `…`, maybe inside closing quotes.
    private static func endsSentence(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: " \"'»”’)"))
        return trimmed.last.map { ".!?…".contains($0) } ?? false
    }

    static func isTitleLine(_ block: Block) -> Bool {
        guard block.kind == .paragraph || block.kind == .heading, block.turn == nil, !block.text.contains("\n"),
            block.text.count <= maximumTitleLength
        else {
            return false
        }
        return !(block.text.hasSuffix(".") && !block.text.hasSuffix("..."))
    }

    /// A warning for each timed turn (`**Ann:** [12:00]`, `[00:12:00] Ann:`) that starts before
    /// the timed turn before it, at its line, as the subtitle and JSON readers warn a cue or a
    /// segment going back: the page keeps the file's order, and the WebVTT export puts the cues
    /// in time order, so the writer should know.
    static func goingBackWarnings(_ blocks: [Block], file: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var previous: (start: Double, line: Int)?
        var lastIndex: Int?
        for block in blocks {
            guard let turn = block.turn, turn.index != lastIndex else { continue }
            lastIndex = turn.index
            guard let start = turn.start else { continue }
            if let before = previous, start < before.start {
                warnings.append(Diagnostic(
                    .warning, file: file, line: block.line,
                    message: "the turn starts (\(ClockTime.written(start))) before the turn before it (\(ClockTime.written(before.start)), line \(before.line)); the page keeps the file's order, and the WebVTT export puts the cues in time order",
                    hint: "put the turns in the order of their times, or correct the time"))
            }
            previous = (start, block.line)
        }
        return warnings
    }

    /// A warning for each turn whose text opens with a timestamp that is no time (`[00:00:75]`,
    /// `\[00:75\]`: seconds or minutes of 60 or more; ``SpeakerLabel/unreadableTimestamp(_:)``),
    /// at its line, as the subtitle readers warn a time they cannot read: the turn has no start,
    /// and the stamp stays in its text, as written.
    static func impossibleTimeWarnings(_ blocks: [Block], file: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var lastIndex: Int?
        for block in blocks {
            guard let turn = block.turn, turn.index != lastIndex else { continue }
            lastIndex = turn.index
            guard turn.start == nil, let stamp = SpeakerLabel.unreadableTimestamp(Substring(block.text)) else { continue }
            warnings.append(Diagnostic(
                .warning, file: file, line: block.line,
                message: "the turn's time `\(stamp)` is no time (minutes and seconds are below 60); the turn has no start, and the stamp is kept in its text",
                hint: "write the time as [mm:ss] or [hh:mm:ss], with minutes and seconds below 60"))
        }
        return warnings
    }

    /// The warning for a date line (under a title, or at the top) whose day does not exist
    /// (``DateFinder/impossibleDateLine(_:)``), at its `line`: it is not read as the date, and
    /// stays in the text.
    static func impossibleDateWarning(_ text: String, _ problem: String, file: String, line: Int) -> Diagnostic {
        // The date after a header's label (`Date: 2023-02-30`), for the hint.
        var value = Substring(text)
        if let colon = value.firstIndex(of: ":"), ["date", "dated", "datum"].contains(value[..<colon].trimmingWhitespace().lowercased()) {
            value = value[value.index(after: colon)...].trimmingWhitespace()
        }
        // A date written YYYY-MM-DD is told what is wrong with it, not to take the form it has.
        return Diagnostic(
            .warning, file: file, line: line,
            message: "`\(text)` reads as a date line, but it is no calendar date (\(problem)); it was not taken as the document's date, and is kept as text",
            hint: DateHint.forRefused(String(value), otherwise: "correct the date, or write it as YYYY-MM-DD in a `date:` line"))
    }

}
