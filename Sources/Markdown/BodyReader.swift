import Model

/// Reads the body of an annotated Markdown file (everything after the front matter) into
/// blocks, quotations and insertions; see ``AnnotatedMarkdownReader`` for the syntax.
struct BodyReader {
    let file: String
    private(set) var blocks: [Block] = []
    private(set) var quotations: [Quotation] = []
    private(set) var insertions: [TextSpan] = []
    private(set) var warnings: [Diagnostic] = []

    /// An open fenced div.
    private struct Div {
        var attributes: AttributeList
        var line: Int
        var turn: Turn?
    }

    private var divs: [Div] = []
    private var paragraph: [(text: Substring, line: Int)] = []
    private var turnOrdinal = 0
    /// Quotation text given by `text=`, per quotation.
    private var explicitTexts: [String?] = []
    private var quotationByID: [String: Int] = [:]
    /// The line of each quotation `#id` written, for a second use of one.
    private var quotationLines: [String: Int] = [:]
    /// `[`s no `]{…}` closed in their block, innermost last: where each stood (block, UTF-8
    /// offset into its text) and its line, for a `]{…}` in a later block to close.
    private var openings: [(block: Int, offset: Int, line: Int)] = []

    /// The document's speaker ids made safe (``SafeSpeakerIDs``), the front matter's first.
    private var speakerIDs: SafeSpeakerIDs

    init(file: String, speakerIDs: SafeSpeakerIDs? = nil) {
        self.file = file
        self.speakerIDs = speakerIDs ?? SafeSpeakerIDs(file: file)
    }

    private static let spanKinds = ["quote", "reported", "mention", "insertion"]
    private static let divKinds = ["turn", "stage", "note"]

    mutating func read(_ lines: ArraySlice<Substring>, firstLine: Int) {
        for (offset, line) in lines.enumerated() {
            let number = firstLine + offset
            if let fence = FencedDivLine.parse(line) {
                flush()
                switch fence {
                case .open(let list):
                    open(list, line: number)
                case .close:
                    if divs.popLast() == nil { warn(number, "`:::` closes no open fenced div; it was ignored") }
                }
            } else if let broken = FencedDivLine.broken(line) {
                // A hand-edited fence gone wrong: said at its line, and no text lost.
                switch broken {
                case .unclosed(let list):
                    flush()
                    warn(number, "fenced div line has no closing `}`; it was read as if it had one, `::: \(list.serialized)`")
                    open(list, line: number)
                case .unreadable:
                    warn(number, "fenced div line's attributes cannot be read (write them as `{.turn who=id}`); the line was kept as text")
                    paragraph.append((line, number))
                }
            } else if line.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                paragraph.append((line, number))
            }
        }
        flush()
        for opening in openings {
            warnings.append(Diagnostic(
                .warning, file: file, line: opening.line,
                message: "`[` opens a span that no `]{…}` closes; the bracket was left out and its text kept",
                hint: "close the span with `]{.quote …}` (or the class meant) in the same paragraph, or write `\\[` for a bracket"))
        }
        openings = []
        for div in divs.reversed() {
            warn(div.line, "fenced div \(div.attributes.serialized) is never closed; it ends with the file")
        }
        divs = []
        for index in quotations.indices {
            quotations[index].text = explicitTexts[index] ?? QuotationText.derive(spans: quotations[index].spans, blocks: blocks)
        }
        assignMissingIDs()
    }

    private mutating func warn(_ line: Int, _ message: String) {
        warnings.append(Diagnostic(.warning, file: file, line: line, message: message))
    }

    /// The turn of a `.turn` div.
    private mutating func makeTurn(_ list: AttributeList, line: Int) -> Turn {
        func time(_ key: String) -> Double? {
            guard let text = list[key] else { return nil }
            guard let seconds = Timecode.parse(text) else {
                warn(line, "`\(key)=\(text)` is not a time; write HH:MM:SS.mmm")
                return nil
            }
            return seconds
        }
        var index = turnOrdinal
        if let n = list["n"] {
            if let value = Int(n), value >= 0 { index = value } else { warn(line, "`n=\(n)` is not a turn number; ignored") }
        }
        let who = speakerIDs.body(list["who"], line: line, warnings: &warnings)
        return Turn(
            index: index, label: list["label"], speakerID: who,
            start: time("start"), end: time("end"), note: list["note"])
    }

    /// Opens the fenced div of `list`, written at `line`.
    private mutating func open(_ list: AttributeList, line: Int) {
        var turn: Turn?
        if list.classes.contains("turn") {
            turn = makeTurn(list, line: line)
            turnOrdinal += 1
        } else if !list.classes.contains(where: Self.divKinds.contains) {
            warn(line, "fenced div \(list.serialized) is not one Verbatim knows (turn, stage, note); its blocks are read as if it were not there")
        }
        divs.append(Div(attributes: list, line: line, turn: turn))
    }

    /// Turns the pending lines into a block and its annotations.
    private mutating func flush() {
        guard let first = paragraph.first else { return }
        defer { paragraph = [] }
        var lines = paragraph.map(\.text)
        var kind = Block.Kind.paragraph
        if first.text.hasPrefix(">") {
            kind = .blockQuote
            lines = lines.map { line in
                if line.hasPrefix("> ") { return line.dropFirst(2) }
                return line.hasPrefix(">") ? line.dropFirst() : line
            }
        } else if lines.count == 1, let heading = Self.headingText(first.text) {
            kind = .heading
            lines = [heading]
        }
        for div in divs.reversed() {
            if div.attributes.classes.contains("stage") { kind = .stageDirection; break }
            if div.attributes.classes.contains("note") { kind = .editorialNote; break }
        }
        let turn = divs.last { $0.turn != nil }?.turn
        var raw = Substring(lines.joined(separator: "\n"))
        while let last = raw.last, last.isWhitespace { raw = raw.dropLast() }
        let parsed = InlineSpanParser.parse(String(raw))
        blocks.append(Block(kind: kind, text: parsed.text, line: first.line, turn: turn))
        let block = blocks.count - 1
        func line(at offset: Int) -> Int {
            first.line + blocks[block].text.utf8.prefix(offset).count { $0 == 0x0A }
        }
        // Each span's warnings are told at the line where its text starts.
        for span in parsed.spans { add(span, block: block, line: line(at: span.range.lowerBound)) }
        for closing in parsed.unopenedClosings {
            let written = "]" + closing.attributes.serialized
            guard let opening = openings.popLast() else {
                warnings.append(Diagnostic(
                    .warning, file: file, line: line(at: closing.offset),
                    message: "`\(written)` closes no `[`; the annotation was left out and its text kept",
                    hint: "put `[` where the span starts, in the same paragraph"))
                continue
            }
            mendCut(from: opening, to: (block, closing.offset), attributes: closing.attributes)
            warnings.append(Diagnostic(
                .warning, file: file, line: line(at: closing.offset),
                message: "the span opened at line \(opening.line) is cut by a blank line (or a paragraph separator, U+2029) before its `\(written)`; it was read as one annotation over the paragraphs between",
                hint: "remove the blank line to keep one paragraph, or close the span before it and mark the rest `[…]{part=2 of=<id>}` with its class"))
        }
        for offset in parsed.unclosedOpenings { openings.append((block, offset, line(at: offset))) }
        for closing in parsed.brokenClosings {
            warnings.append(Diagnostic(
                .warning, file: file, line: line(at: closing.offset),
                message: "`]\(closing.written)` is a span's closing whose attributes cannot be read (a `}` or a `\"` never closed, an attribute with no value); the span and its attributes were kept as text",
                hint: "write the attributes as `]{.quote #q-… who=id}`, with every quote and brace closed, or `\\]` for a bracket"))
        }
    }

    /// A span whose `[` stood in an earlier block than its `]{attributes}`: one annotation whose
    /// parts run from the `[` to the end of its block, over each block between, and from the
    /// start of the closing block to the `]` (as a quotation over several paragraphs is written
    /// with `part=N of=<id>`).
    private mutating func mendCut(from opening: (block: Int, offset: Int, line: Int), to closing: (block: Int, offset: Int), attributes: AttributeList) {
        var parts = [TextSpan(block: opening.block, range: opening.offset..<blocks[opening.block].text.utf8.count)]
        for middle in (opening.block + 1)..<closing.block {
            parts.append(TextSpan(block: middle, range: 0..<blocks[middle].text.utf8.count))
        }
        parts.append(TextSpan(block: closing.block, range: 0..<closing.offset))
        parts.removeAll { $0.range.isEmpty }
        guard let head = parts.first else { return }
        let rest = parts.dropFirst()
        let (quotationCount, insertionCount) = (quotations.count, insertions.count)
        add(InlineSpanParser.Span(range: head.range, attributes: attributes), block: head.block, line: opening.line)
        if quotations.count > quotationCount {
            quotations[quotations.count - 1].spans += rest
        } else if insertions.count > insertionCount {
            insertions += rest
        } else if let of = attributes["of"], let index = quotationByID[of] {
            quotations[index].spans += rest
        }
    }

    /// `## Title` → `Title` (ATX heading, CommonMark §4.2, without closing `#`s).
    private static func headingText(_ line: Substring) -> Substring? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return rest.trimmingSpaces()
    }

    private mutating func add(_ span: InlineSpanParser.Span, block: Int, line: Int) {
        let attributes = span.attributes
        let textSpan = TextSpan(block: block, range: span.range)
        guard let kind = attributes.classes.first(where: Self.spanKinds.contains) else {
            let written = attributes.classes.isEmpty ? "no class" : "class ." + attributes.classes.joined(separator: " .")
            warn(line, "span with \(written) is not an annotation Verbatim knows (quote, reported, mention, insertion); its text is kept")
            return
        }
        if kind == "insertion" {
            insertions.append(textSpan)
            return
        }
        if let of = attributes["of"] {
            if let index = quotationByID[of] {
                quotations[index].spans.append(textSpan)
                return
            }
            warn(line, "span part of `\(of)` comes before any quotation with that id; read as a quotation of its own")
        }
        let who = speakerIDs.body(attributes["who"], line: line, warnings: &warnings)
        var confidence = who == nil ? 0.0 : 1.0
        if let text = attributes["confidence"] {
            if let value = Double(text), value.isFinite, (0...1).contains(value) {
                confidence = value
            } else if let value = Double(text), value.isFinite {
                confidence = min(1, max(0, value))
                warn(line, "confidence `\(text)` is not in [0, 1]; \(confidence) used")
            } else {
                warn(line, "confidence `\(text)` is not a number in [0, 1]; \(confidence) used")
            }
        }
        let attribution = Attribution(
            rule: attributes["rule"] ?? (who == nil ? "none" : "manual"), cue: attributes["cue"],
            mention: attributes["mention"], confidence: confidence)
        let quotationKind: Quotation.Kind = kind == "quote" ? .direct : kind == "reported" ? .reported : .mention
        var id = attributes.id ?? ""
        if let first = quotationLines[id] {
            // A second `#id` (a copied span in a hand-edited file) would give the page two
            // elements with one `id` and the quote index two entries under it.
            warn(line, "quotation id `\(id)` is already used at line \(first); this quotation was given a new id")
            id = ""
        }
        if !id.isEmpty {
            quotationByID[id] = quotations.count
            quotationLines[id] = line
        }
        quotations.append(Quotation(
            id: id, kind: quotationKind, spans: [textSpan], text: "", speakerID: who, attribution: attribution))
        explicitTexts.append(attributes["text"])
    }

    /// `q-` + hash of the text for quotations written without `#id`, numbered when repeated.
    private mutating func assignMissingIDs() {
        var used = Set(quotations.map(\.id))
        for index in quotations.indices where quotations[index].id.isEmpty {
            let base = "q-" + StableHash.hex(quotations[index].text)
            var id = base
            var count = 1
            while used.contains(id) {
                count += 1
                id = base + "-\(count)"
            }
            used.insert(id)
            quotations[index].id = id
        }
    }
}
