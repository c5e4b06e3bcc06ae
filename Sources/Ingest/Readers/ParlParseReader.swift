import Foundation
import Model

/// Reads ParlParse XML (mySociety's parlparse scraper of UK Hansard, as used by TheyWorkForYou:
/// `<publicwhip>` with `<major-heading>`, `<minor-heading>` and `<speech>` elements) into
/// speaker turns.
///
/// - `<speech speakername=… speakerid=…>`: one turn, labelled with `speakername`, speaker id the
///   ``Slug`` of that name (the member id changes between parliaments; the name is what the site
///   shows). Its `<p>` are paragraphs; a `<p class="italic">` is procedure (`rose—`, `Question
///   put and agreed to.`) and becomes a stage direction. `time=` is a clock time of the sitting,
///   not an offset into a recording, so it is not a ``Turn`` start.
/// - `<speech nospeaker="true">`: its paragraphs are outside any turn.
/// - Headings are headings. The title is the bill's (`<bill title>`), else the only topic
///   heading (without bracketed chair notes), else the record type and date for a record of
///   several topics (`Written Ministerial Statements, 2009-10-26`). The date is the sitting date
///   ParlParse writes in every element id, its last date
///   (`uk.org.publicwhip/westminhall/2009-10-29a.143.0`); the source is the first `url`.
enum ParlParseReader {
    /// Reads normalised `text`.
    /// - Throws: a ``Diagnostic`` when the XML is not well-formed (cut off, a tag left open), or there is no `<speech>` and no heading.
    static func read(_ text: String, file: String) throws(Diagnostic) -> ReaderOutput {
        let document = try MarkupParser.parseWellFormedXML(text, file: file)
        let root = document.first("publicwhip") ?? document
        let items = root.all("major-heading", "minor-heading", "speech")
        guard !items.isEmpty else {
            throw Diagnostic(.error, file: file, line: 1, message: "a ParlParse file with no `<speech>` or heading",
                hint: "check that the file is complete")
        }
        var output = ReaderOutput()
        var builder = TranscriptBuilder()
        for item in items {
            if output.date == nil, let id = item.attribute("id") { output.date = sittingDate(in: id) }
            if output.source == nil, let url = item.attribute("url"), !url.isEmpty { output.source = url }
            if item.localName != "speech" {
                builder.appendOutsideTurn(.heading, item.flatText, line: item.line)
                continue
            }
            let name = item.attribute("speakername").map { $0.collapsingWhitespace() } ?? ""
            if item.attribute("nospeaker") == "true" || name.isEmpty {
                builder.endTurn()
            } else {
                let id = Slug.make(from: name)
                if !output.speakers.contains(where: { $0.id == id }) { output.speakers.append(Speaker(id: id, name: name)) }
                builder.startTurn(label: name, speakerID: id)
            }
            let paragraphs = item.elements.filter { $0.localName == "p" }
            if paragraphs.isEmpty {
                builder.append(.paragraph, item.flatText, line: item.line)
            }
            for paragraph in paragraphs {
                let italic = paragraph.attribute("class")?.contains("italic") ?? false
                builder.append(italic ? .stageDirection : .paragraph, paragraph.flatText, line: paragraph.line)
            }
            builder.endTurn()
        }
        output.blocks = builder.finish()
        output.title = title(root: root, items: items, date: output.date)
        return output
    }

    /// ParlParse record types (the second part of every id, `uk.org.publicwhip/<type>/…`) and
    /// what they are called.
    static let recordTypes: [String: String] = [
        "debate": "House of Commons debates", "westminhall": "Westminster Hall debates", "wms": "Written Ministerial Statements",
        "wrans": "Written Answers", "lords": "House of Lords debates", "standing": "Public Bill Committee",
        "ni": "Northern Ireland Assembly debates", "sp": "Scottish Parliament debates", "london-mayors-questions": "Mayor's Questions",
    ]

    /// The bill's title; else the only topic heading (one major heading, or with none, one minor);
    /// else, for a record of several topics, its record type and date.
    static func title(root: MarkupElement, items: [MarkupElement], date: String?) -> String? {
        if let bill = root.first("bill")?.attribute("title").map(cleanTitle), !bill.isEmpty { return bill }
        let majors = items.filter { $0.localName == "major-heading" }.map { cleanTitle($0.flatText) }.filter { !$0.isEmpty }
        let minors = items.filter { $0.localName == "minor-heading" }.map { cleanTitle($0.flatText) }.filter { !$0.isEmpty }
        if majors.count == 1 { return majors[0] }
        if majors.isEmpty, minors.count == 1 { return minors[0] }
        let type = items.lazy.compactMap { $0.attribute("id")?.split(separator: "/").dropFirst().first }.first.map(String.init)
        if let type, let name = recordTypes[type] { return date.map { "\(name), \($0)" } ?? name }
        return majors.first ?? minors.first
    }

    /// The last ISO date in a ParlParse id: the sitting's (committee ids also start with the
    /// date the committee was set up, `standing2009-10-20_CHILDPOV_07-0_2009-10-29a.1.0`).
    static func sittingDate(in id: String) -> String? {
        let characters = Array(id)
        var found: String?
        var index = 0
        while index + 10 <= characters.count {
            let window = String(characters[index..<index + 10])
            if let date = DateFinder.firstDate(in: window), window.hasPrefix(String(date.prefix(4))), window == date {
                found = date
                index += 10
            } else {
                index += 1
            }
        }
        return found
    }

    /// A heading without `[…]` chair notes and leftover dashes.
    static func cleanTitle(_ heading: String) -> String {
        var text = ""
        var depth = 0
        for character in heading {
            if character == "[" { depth += 1 } else if character == "]" { depth = max(0, depth - 1) } else if depth == 0 { text.append(character) }
        }
        let trimmed = text.collapsingWhitespace().trimmingCharacters(in: .init(charactersIn: "—–- "))
        return trimmed
    }
}
