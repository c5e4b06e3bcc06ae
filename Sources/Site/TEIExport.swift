import Model

/// `transcripts/<slug>/transcript.tei.xml`: the annotated transcript as a TEI P5 document
/// (https://tei-c.org/release/doc/tei-p5-doc/en/html/), namespace `http://www.tei-c.org/ns/1.0`.
///
/// - `<teiHeader>` (TEI P5 ch. 2): `<titleStmt><title>`, a `<publicationStmt>` naming Verbatim
///   and the seed, `<sourceDesc>` with a `<bibl>` (title, `<date when>`, the source as `<ref
///   target>` when it is a URL, else as text) and, with media, a `<recordingStmt><recording
///   type="audio|video">` whose `<p>` links to it (ch. 8.2);
///   `<profileDesc>` with `<langUsage>` and `<particDesc><listPerson>`: one `<person xml:id>` per
///   speaker, `<persName>` (then aliases as `<persName type="alias">`, the role as `<occupation>`).
/// - `<text><body>`: one `<div>` per heading (`<head>`), or one `<div>` when there is none.
///   Prose blocks are `<p>`, block quotations `<quote><p>`, stage directions
///   `<incident><desc>` (ch. 8.3.3), editorial notes `<note type="editorial">`.
/// - Turns (ch. 8.3.1): one `<u>` per ``TurnGroup`` with `who="#id"`, the label as `@n`, and with
///   times `start`/`end` pointing at `<when>` elements of a `<timeline unit="s">` (ch. 8.4.2)
///   written before the first division. `<u>` may not hold `<p>` (its content is
///   `macro.paraContent`), so each block of a turn is a `<seg>`; the turn's note is a
///   `<note type="delivery">`.
/// - Annotations (ch. 3.3.3): direct quotations `<said direct="true">`, reported speech
///   `<said direct="false">`, with `who="#id"` when attributed and `xml:id` (later parts of a
///   quotation over several blocks get `-2`, `-3`… and `prev`); mentions `<mentioned>`;
///   editorial insertions `<supplied reason="editorial">` (ch. 11.3.1.6).
///
/// Text is escaped with ``XMLEscaping/escapeText(_:)``, attributes with ``XMLEscaping/escape(_:)``;
/// both remove the characters XML 1.0 forbids. `xml:id` values are made NCNames (``xmlID(_:)``).
public enum TEIExport {
    /// The TEI namespace.
    public static let namespace = "http://www.tei-c.org/ns/1.0"

    /// The whole document, UTF-8 text ending in a line feed.
    public static func xml(_ transcript: Transcript) -> String {
        let metadata = transcript.metadata
        let esc = XMLEscaping.escape
        let text = XMLEscaping.escapeText
        var persons = transcript.speakers.map { (id: $0.id, speaker: $0) }
        var listed = Set(persons.map(\.id))
        let groups = TurnGroup.groups(of: transcript)
        for id in groups.compactMap(\.turn.speakerID) + transcript.quotations.compactMap(\.speakerID) where !listed.contains(id) {
            listed.insert(id)
            persons.append((id, Speaker(id: id, name: id)))
        }
        // The timeline: every distinct start and end, in seconds since the origin.
        var instants: [Int] = []
        for group in groups {
            for time in [group.turn.start, group.turn.end].compactMap({ $0 }) { instants.append(Timecode.milliseconds(time)) }
        }
        instants = Array(Set(instants)).sorted()
        let personIDs = personXMLIDs(persons.map(\.id), reserved: reservedXMLIDs(transcript, instants: instants))
        let who = { (id: String) in personIDs[id] ?? xmlID(id) }

        var lines: [String] = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        lines.append("<TEI xmlns=\"\(namespace)\" xml:lang=\"\(esc(metadata.lang))\">")
        lines.append("  <teiHeader>")
        lines.append("    <fileDesc>")
        lines.append("      <titleStmt>")
        lines.append("        <title>\(text(metadata.title))</title>")
        lines.append("      </titleStmt>")
        lines.append("      <publicationStmt>")
        lines.append("        <p>Annotated by Verbatim from the seed <name type=\"seed\">\(text(transcript.seedPath))</name>.</p>")
        lines.append("      </publicationStmt>")
        lines.append("      <sourceDesc>")
        var bibl = "        <bibl><title>\(text(metadata.title))</title>"
        if let date = metadata.date { bibl += "<date when=\"\(esc(date))\">\(text(date))</date>" }
        if let source = metadata.source {
            let lowered = source.lowercased()
            if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
                bibl += "<ref target=\"\(esc(source))\">\(text(source))</ref>"
            } else {
                bibl += "<note>\(text(source))</note>"
            }
        }
        lines.append(bibl + "</bibl>")
        if let media = metadata.media {
            let type = MediaKind.of(media) == .video ? "video" : "audio"
            lines.append("        <recordingStmt>")
            lines.append("          <recording type=\"\(type)\"><p><ref target=\"\(esc(media))\">\(text(media))</ref></p></recording>")
            lines.append("        </recordingStmt>")
        }
        lines.append("      </sourceDesc>")
        lines.append("    </fileDesc>")
        lines.append("    <profileDesc>")
        lines.append("      <langUsage><language ident=\"\(esc(metadata.lang))\"/></langUsage>")
        if !persons.isEmpty {
            lines.append("      <particDesc>")
            lines.append("        <listPerson>")
            for (id, speaker) in persons {
                var person = "          <person xml:id=\"\(esc(who(id)))\"><persName>\(text(speaker.name))</persName>"
                for alias in speaker.aliases { person += "<persName type=\"alias\">\(text(alias))</persName>" }
                if let role = speaker.role { person += "<occupation>\(text(role))</occupation>" }
                lines.append(person + "</person>")
            }
            lines.append("        </listPerson>")
            lines.append("      </particDesc>")
        }
        lines.append("    </profileDesc>")
        lines.append("  </teiHeader>")
        lines.append("  <text>")
        lines.append("    <body>")

        if !instants.isEmpty {
            lines.append("      <timeline unit=\"s\" origin=\"#T0\">")
            lines.append("        <when xml:id=\"T0\"/>")
            for milliseconds in instants where milliseconds > 0 {
                lines.append("        <when xml:id=\"T\(milliseconds)\" interval=\"\(Timecode.decimal(Double(milliseconds) / 1000))\" since=\"#T0\"/>")
            }
            lines.append("      </timeline>")
        }

        let inline = InlineContent(transcript: transcript, who: who)
        var divisionOpen = false
        func openDivision() {
            if !divisionOpen { lines.append("      <div>") }
            divisionOpen = true
        }
        var groupByStart: [Int: TurnGroup] = [:]
        for group in groups { groupByStart[group.blocks.lowerBound] = group }
        var index = 0
        while index < transcript.blocks.count {
            let block = transcript.blocks[index]
            if let group = groupByStart[index] {
                openDivision()
                var u = "        <u"
                if let speakerID = group.turn.speakerID { u += " who=\"#\(esc(who(speakerID)))\"" }
                if let label = group.turn.label { u += " n=\"\(esc(label))\"" }
                if let start = group.turn.start { u += " start=\"#\(timeID(start))\"" }
                if let end = group.turn.end { u += " end=\"#\(timeID(end))\"" }
                lines.append(u + ">")
                if let note = group.turn.note { lines.append("          <note type=\"delivery\">\(text(note))</note>") }
                for position in group.blocks {
                    let content = inline.markup(of: position)
                    switch transcript.blocks[position].kind {
                    case .stageDirection: lines.append("          <incident><desc>\(content)</desc></incident>")
                    case .editorialNote: lines.append("          <note type=\"editorial\">\(content)</note>")
                    case .heading: lines.append("          <seg type=\"heading\">\(content)</seg>")
                    case .blockQuote: lines.append("          <seg type=\"quote\">\(content)</seg>")
                    case .paragraph: lines.append("          <seg>\(content)</seg>")
                    }
                }
                lines.append("        </u>")
                index = group.blocks.upperBound
                continue
            }
            let content = inline.markup(of: index)
            switch block.kind {
            case .heading:
                if divisionOpen { lines.append("      </div>") }
                lines.append("      <div>")
                divisionOpen = true
                lines.append("        <head>\(content)</head>")
            case .paragraph:
                openDivision()
                lines.append("        <p>\(content)</p>")
            case .blockQuote:
                openDivision()
                lines.append("        <quote><p>\(content)</p></quote>")
            case .stageDirection:
                openDivision()
                lines.append("        <incident><desc>\(content)</desc></incident>")
            case .editorialNote:
                openDivision()
                lines.append("        <note type=\"editorial\">\(content)</note>")
            }
            index += 1
        }
        if !divisionOpen { lines.append("      <div><p/></div>") } else { lines.append("      </div>") }
        lines.append("    </body>")
        lines.append("  </text>")
        lines.append("</TEI>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `id` as an XML NCName (Namespaces in XML 1.0 §3): characters other than letters, digits,
    /// `-`, `_`, `.` become `_`, and `_` is put first when it does not start with a letter or `_`.
    public static func xmlID(_ id: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in id.unicodeScalars {
            let ok = scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal || "-_.".unicodeScalars.contains(scalar)
            scalars.append(ok ? scalar : "_")
        }
        var result = String(scalars)
        if let first = result.unicodeScalars.first, first.properties.isAlphabetic || first == "_" {} else { result = "_" + result }
        return result
    }

    /// The `xml:id` of each speaker's `<person>`, one per id and no two alike (XML 1.0 §3.3.1,
    /// "ID"): ``xmlID(_:)`` of the id, or, when that is taken (`c#`, `c?` and `c_` all give `c_`;
    /// `T0` is the timeline's), it followed by `-2`, `-3`… The first speaker in `ids` (the
    /// declared order) keeps the plain form, so the mapping depends only on the document.
    /// - Parameter reserved: `xml:id`s the document uses for other elements.
    static func personXMLIDs(_ ids: [String], reserved: Set<String>) -> [String: String] {
        var used = reserved
        var result: [String: String] = [:]
        for id in ids where result[id] == nil {
            let base = xmlID(id)
            var candidate = base
            var number = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(number)"
                number += 1
            }
            used.insert(candidate)
            result[id] = candidate
        }
        return result
    }

    /// The `xml:id`s of the document's `<when>`s and quotation parts.
    private static func reservedXMLIDs(_ transcript: Transcript, instants: [Int]) -> Set<String> {
        var reserved: Set<String> = instants.isEmpty ? [] : ["T0"]
        for milliseconds in instants { reserved.insert(milliseconds == 0 ? "T0" : "T\(milliseconds)") }
        for quotation in transcript.quotations {
            let base = xmlID(quotation.id)
            for part in quotation.spans.indices { reserved.insert(base + (part == 0 ? "" : "-\(part + 1)")) }
        }
        return reserved
    }

    /// The `xml:id` of the `<when>` of a time.
    static func timeID(_ seconds: Double) -> String {
        let milliseconds = Timecode.milliseconds(seconds)
        return milliseconds == 0 ? "T0" : "T\(milliseconds)"
    }

    /// The inline TEI of each block: its text with `<said>`, `<mentioned>` and `<supplied>`.
    private struct InlineContent {
        let transcript: Transcript
        /// Elements per block index.
        var elements: [Int: [NestedMarkup.Element]] = [:]

        /// - Parameter who: the `xml:id` of a speaker's `<person>`.
        init(transcript: Transcript, who: (String) -> String) {
            self.transcript = transcript
            let esc = XMLEscaping.escape
            for quotation in transcript.quotations {
                for (part, span) in quotation.spans.enumerated() {
                    let id = TEIExport.xmlID(quotation.id) + (part == 0 ? "" : "-\(part + 1)")
                    var attributes = " xml:id=\"\(esc(id))\""
                    if part > 0 {
                        attributes += " prev=\"#\(esc(TEIExport.xmlID(quotation.id) + (part == 1 ? "" : "-\(part)")))\""
                    }
                    let element: NestedMarkup.Element
                    switch quotation.kind {
                    case .direct, .reported:
                        if let speakerID = quotation.speakerID { attributes += " who=\"#\(esc(who(speakerID)))\"" }
                        attributes += " direct=\"\(quotation.kind == .direct)\""
                        element = .init(range: span.range, open: "<said\(attributes)>", close: "</said>")
                    case .mention:
                        element = .init(range: span.range, open: "<mentioned\(attributes)>", close: "</mentioned>")
                    }
                    elements[span.block, default: []].append(element)
                }
            }
            for insertion in transcript.insertions {
                elements[insertion.block, default: []].append(
                    .init(range: insertion.range, open: "<supplied reason=\"editorial\">", close: "</supplied>"))
            }
        }

        /// The block's text, escaped, with its elements.
        func markup(of block: Int) -> String {
            NestedMarkup.render(transcript.blocks[block].text, elements[block] ?? [], escape: XMLEscaping.escapeText).text
        }
    }
}
