import Model

/// Reads TEI P5 transcripts (TEI Guidelines ch. 8 "Transcriptions of Speech", §3.13 for
/// `<sp>` drama-style speeches) and ParlaMint corpora (ParlaMint encoding guidelines: `<u>`
/// with `<seg>` paragraphs) into speaker turns.
///
/// - `<u who="#id">`: one turn; `<seg>` or `<p>` children are paragraphs; `<note>` and `<gap>`
///   (its `<desc>`, else its `reason`) are editorial notes; `<vocal>`, `<kinesic>`, `<incident>`
///   (their `<desc>`) are stage directions. The speaker id is `who` without `#` (as a ``Slug``),
///   and the label is the person's name from `<listPerson>` when the file has one, else the id.
/// - `<sp who="#id"><speaker>Name</speaker><p>…</p></sp>`: one turn labelled as `<speaker>`
///   writes it; `<stage>` inside is a stage direction.
/// - Outside turns: `<head>` is a heading, `<note>`/`<gap>` editorial notes, `<stage>` and
///   the like stage directions, `<p>`/`<ab>` paragraphs; `<div>` is read through.
/// - Header: `<titleStmt><title>` (the `type="main"` one in the text's language first); date
///   from `<setting><date when>` (when the sitting took place), else the first `<date when>`
///   of the source description, else of the header; language from `xml:lang` on `<text>` or `<TEI>`;
///   media from `<recordingStmt><recording><media url>` (§8.2).
enum TEIReader {
    /// Reads normalised `text`.
    /// - Throws: a ``Diagnostic`` when the XML is not well-formed (cut off, a tag left open), or the file has no `<text>` body.
    static func read(_ text: String, file: String) throws(Diagnostic) -> ReaderOutput {
        let document = try MarkupParser.parseWellFormedXML(text, file: file)
        guard let tei = document.first("tei"), let textElement = tei.first("text") else {
            throw Diagnostic(.error, file: file, line: 1, message: "a TEI file with no `<text>` element", hint: "check that the file is complete")
        }
        var output = ReaderOutput()
        let header = tei.first("teiheader")
        output.lang = textElement.attribute("xml:lang") ?? tei.attribute("xml:lang")
        if let titleStmt = header?.first("titlestmt") {
            let titles = titleStmt.elements.filter { $0.localName == "title" }
            let main = titles.filter { $0.attribute("type") == "main" || $0.attribute("type") == nil }
            let chosen = main.first { $0.attribute("xml:lang") == output.lang } ?? main.first ?? titles.first
            output.title = chosen?.flatText
            output.titleLine = chosen?.line
        }
        let dateCandidates = [header?.first("setting")?.first("date"), header?.first("sourcedesc")?.first("date"), header?.first("date")]
        output.date = dateCandidates.compactMap { $0?.attribute("when") }.lazy.compactMap { DateFinder.firstDate(in: $0) }.first

        output.media = header?.first("recordingstmt")?.first("media")?.attribute("url")
            ?? header?.first("media")?.attribute("url")

        var names: [String: String] = [:]
        for person in tei.all("person") {
            guard let id = person.attribute("xml:id"), let persName = person.first("persname") else { continue }
            let parts = persName.elements.filter { ["forename", "surname", "addname", "namelink"].contains($0.localName) }.map(\.flatText)
            names[id] = parts.isEmpty ? persName.flatText : parts.joined(separator: " ")
        }

        var reader = Walker(names: names)
        reader.walk(textElement.first("body") ?? textElement)
        output.blocks = reader.builder.finish()
        output.speakers = reader.speakers
        return output
    }

    private struct Walker {
        let names: [String: String]
        var builder = TranscriptBuilder()
        var speakers: [Speaker] = []

        mutating func walk(_ element: MarkupElement) {
            for child in element.elements {
                switch child.localName {
                case "u", "sp":
                    turn(child)
                case "head":
                    builder.appendOutsideTurn(.heading, child.flatText, line: child.line)
                case "note", "gap":
                    builder.appendOutsideTurn(.editorialNote, Self.description(of: child), line: child.line)
                case "stage", "vocal", "kinesic", "incident":
                    builder.appendOutsideTurn(.stageDirection, Self.description(of: child), line: child.line)
                case "p", "ab", "seg", "l":
                    builder.appendOutsideTurn(.paragraph, child.flatText, line: child.line)
                default:
                    walk(child)
                }
            }
        }

        mutating func turn(_ element: MarkupElement) {
            let ids = (element.attribute("who") ?? "").split(separator: " ").map { String($0.drop(while: { $0 == "#" })) }
            let id = ids.first.flatMap { $0.isEmpty ? nil : $0 }
            var label = element.first("speaker")?.flatText
            if label?.isEmpty ?? true { label = id.map { names[$0] ?? $0 } }
            let speakerID = id.map { Slug.make(from: $0) } ?? label.map { Slug.make(from: $0) }
            if let speakerID, let label, !speakers.contains(where: { $0.id == speakerID }) {
                speakers.append(Speaker(id: speakerID, name: id.flatMap { names[$0] } ?? label))
            }
            builder.startTurn(label: label, speakerID: speakerID)
            var loose = ""
            var looseLine = element.line
            for node in element.children {
                switch node {
                case .text(let text, let line):
                    if loose.isEmpty { looseLine = line }
                    loose += text
                case .element(let child):
                    switch child.localName {
                    case "speaker": continue
                    case "note", "gap":
                        flushLoose(&loose, line: looseLine)
                        builder.append(.editorialNote, Self.description(of: child), line: child.line)
                    case "stage", "vocal", "kinesic", "incident":
                        flushLoose(&loose, line: looseLine)
                        builder.append(.stageDirection, Self.description(of: child), line: child.line)
                    case "seg", "p", "ab", "l", "lg":
                        flushLoose(&loose, line: looseLine)
                        builder.append(.paragraph, child.flatText, line: child.line)
                    default:
                        if loose.isEmpty { looseLine = child.line }
                        loose += " " + child.flatText + " "
                    }
                }
            }
            flushLoose(&loose, line: looseLine)
            builder.endTurn()
        }

        private mutating func flushLoose(_ loose: inout String, line: Int) {
            builder.append(.paragraph, loose.collapsingWhitespace(), line: line)
            loose = ""
        }

        /// The text of a note, gap or incident: its `<desc>`, its own text, else its `reason`/`type`.
        static func description(of element: MarkupElement) -> String {
            if let desc = element.first("desc")?.flatText, !desc.isEmpty { return desc }
            let own = element.flatText
            if !own.isEmpty { return own }
            let reason = element.attribute("reason") ?? element.attribute("type") ?? element.localName
            return "[\(element.localName): \(reason)]"
        }
    }
}
