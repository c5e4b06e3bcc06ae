import Model

/// Writes a ``Transcript`` as annotated Markdown (DESIGN.md, "Annotated Markdown"): YAML front
/// matter, then the blocks as CommonMark paragraphs with seed text escaped
/// (``MarkdownEscaper``) and every annotation as a bracketed span with an ``AttributeList``:
///
/// ```
/// [« Nous avons … »]{#q-3fa2b1 .quote who=sayed-ali-khamenei cue="a-t-il dit" rule=cue-after mention=il confidence=0.90}
/// ```
///
/// Direct quotations get `.quote`, reported speech `.reported`, mentions `.mention`, editorial
/// insertions `.insertion`. A quotation over several blocks has one span per block: the first
/// carries the id, the others `part=N of=<id>`. When the stored text of a quotation is not the
/// one derived from its spans (marks and the spaces next to them taken off), the first span also
/// carries `text="…"`. Spans nest; a span that would cross another one is left out (the
/// quotation stays in the data, the Markdown stays well formed).
///
/// Speaker turns and cues are Pandoc fenced divs around their blocks; stage directions and
/// editorial notes are fenced divs of their own (nested in the turn they interrupt):
///
/// ```
/// ::: {.turn who=jean-dupont label="M. DUPONT" start=00:01:02.500 end=00:01:09.000 note="hors micro"}
/// Bonjour à tous.
///
/// ::: {.stage}
/// \(Rires\)
/// :::
/// :::
/// ```
///
/// Turn attributes: `who` (``Model/Turn/speakerID``), `label`, `start`, `end`
/// (``Model/Timecode`` `HH:MM:SS.mmm`), `note`, and `n` (``Model/Turn/index``) only when the
/// index is not the turn's 0-based position among the document's turn divs. Consecutive blocks
/// with equal ``Model/Turn`` values share one div. Output is deterministic: the same transcript
/// always gives the same bytes, and ``AnnotatedMarkdownReader`` reads it back to the same
/// transcript.
public enum AnnotatedMarkdownWriter {
    /// The whole file: front matter, a blank line, the body.
    /// - Parameters:
    ///   - transcript: the annotated document.
    ///   - slug: the slug under which the site publishes it, recorded in the front matter.
    public static func document(for transcript: Transcript, slug: String) -> String {
        frontMatter(for: transcript, slug: slug) + "\n" + body(for: transcript)
    }

    /// The YAML front matter, `---` lines included, ending with a line feed.
    public static func frontMatter(for transcript: Transcript, slug: String) -> String {
        let metadata = transcript.metadata
        var lines = ["---"]
        lines.append("title: " + YAMLScalar.quoted(metadata.title))
        if let date = metadata.date { lines.append("date: " + date) }
        lines.append("lang: " + YAMLScalar.quoted(metadata.lang))
        lines.append("slug: " + YAMLScalar.quoted(slug))
        lines.append("seed: " + YAMLScalar.quoted(transcript.seedPath))
        if let source = metadata.source { lines.append("source: " + YAMLScalar.quoted(source)) }
        if let media = metadata.media { lines.append("media: " + YAMLScalar.quoted(media)) }
        if !metadata.tags.isEmpty {
            lines.append("tags: [" + metadata.tags.map(YAMLScalar.quoted).joined(separator: ", ") + "]")
        }
        if !transcript.speakers.isEmpty {
            lines.append("speakers:")
            for speaker in transcript.speakers {
                lines.append("  " + YAMLScalar.quoted(speaker.id) + ":")
                lines.append("    name: " + YAMLScalar.quoted(speaker.name))
                if let role = speaker.role { lines.append("    role: " + YAMLScalar.quoted(role)) }
                if !speaker.aliases.isEmpty {
                    lines.append("    aliases: [" + speaker.aliases.map(YAMLScalar.quoted).joined(separator: ", ") + "]")
                }
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The body: one Markdown block per transcript block, separated by blank lines, turns and
    /// stage directions as fenced divs, ending with a line feed.
    public static func body(for transcript: Transcript) -> String {
        let spansByBlock = annotationSpans(of: transcript)
        // Pieces of the body; a fence line is joined to its neighbours by one line feed, blocks
        // to each other by a blank line.
        var pieces: [(text: String, isFence: Bool)] = []
        var openTurn: Turn?
        var turnOrdinal = 0
        for (index, block) in transcript.blocks.enumerated() {
            if block.turn != openTurn {
                if openTurn != nil { pieces.append((":::", true)) }
                if let turn = block.turn {
                    pieces.append(("::: " + attributes(of: turn, ordinal: turnOrdinal).serialized, true))
                    turnOrdinal += 1
                }
                openTurn = block.turn
            }
            let inline = inlineMarkdown(of: block.text, spans: spansByBlock[index] ?? [])
            switch block.kind {
            case .paragraph:
                pieces.append((inline, false))
            case .stageDirection:
                pieces.append(("::: {.stage}\n" + inline + "\n:::", false))
            case .editorialNote:
                pieces.append(("::: {.note}\n" + inline + "\n:::", false))
            case .blockQuote:
                pieces.append((inline.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n"), false))
            case .heading:
                pieces.append(("## " + inline.replacingNewlines(), false))
            }
        }
        if openTurn != nil { pieces.append((":::", true)) }
        var output = ""
        for (position, piece) in pieces.enumerated() {
            if position > 0 {
                let previous = pieces[position - 1]
                let opensDiv = previous.isFence && previous.text != ":::"
                let closesDiv = piece.isFence && piece.text == ":::"
                output += opensDiv || closesDiv ? "\n" : "\n\n"
            }
            output += piece.text
        }
        return output + "\n"
    }

    /// The attribute list of a turn div; `ordinal` is the turn's 0-based position among the
    /// document's turn divs.
    static func attributes(of turn: Turn, ordinal: Int) -> AttributeList {
        var list = AttributeList(classes: ["turn"])
        if let who = turn.speakerID { list.pairs.append((key: "who", value: who)) }
        if let label = turn.label { list.pairs.append((key: "label", value: label)) }
        if let start = turn.start { list.pairs.append((key: "start", value: Timecode.format(start))) }
        if let end = turn.end { list.pairs.append((key: "end", value: Timecode.format(end))) }
        if let note = turn.note { list.pairs.append((key: "note", value: note)) }
        if turn.index != ordinal { list.pairs.append((key: "n", value: String(turn.index))) }
        return list
    }

    /// One annotation span inside a block, with the attributes it is written with.
    struct AnnotationSpan {
        var range: Range<Int>
        var attributes: AttributeList
        /// Order of the annotation in the document, to break ties between equal ranges.
        var order: Int
    }

    static func annotationSpans(of transcript: Transcript) -> [Int: [AnnotationSpan]] {
        var byBlock: [Int: [AnnotationSpan]] = [:]
        var order = 0
        for quotation in transcript.quotations {
            let derived = QuotationText.derive(spans: quotation.spans, blocks: transcript.blocks)
            for (part, span) in quotation.spans.enumerated() {
                var list = attributes(of: quotation, part: part + 1)
                if part == 0, derived != quotation.text { list.pairs.append((key: "text", value: quotation.text)) }
                byBlock[span.block, default: []].append(
                    AnnotationSpan(range: span.range, attributes: list, order: order))
                order += 1
            }
        }
        for insertion in transcript.insertions {
            byBlock[insertion.block, default: []].append(
                AnnotationSpan(range: insertion.range, attributes: AttributeList(classes: ["insertion"]), order: order))
            order += 1
        }
        return byBlock
    }

    /// The attributes of one span of `quotation`; `part` is 1 for the first span.
    static func attributes(of quotation: Quotation, part: Int) -> AttributeList {
        var list = AttributeList()
        switch quotation.kind {
        case .direct: list.classes = ["quote"]
        case .reported: list.classes = ["reported"]
        case .mention: list.classes = ["mention"]
        }
        if part == 1 {
            list.id = quotation.id
        } else {
            list.pairs.append((key: "part", value: String(part)))
            list.pairs.append((key: "of", value: quotation.id))
        }
        // A mention is said by no one; its attribution is written only when it has one.
        if quotation.kind == .mention, quotation.speakerID == nil, quotation.attribution == .none { return list }
        if let speaker = quotation.speakerID { list.pairs.append((key: "who", value: speaker)) }
        guard part == 1 else { return list }
        let attribution = quotation.attribution
        if let cue = attribution.cue { list.pairs.append((key: "cue", value: cue)) }
        list.pairs.append((key: "rule", value: attribution.rule))
        if let mention = attribution.mention { list.pairs.append((key: "mention", value: mention)) }
        list.pairs.append((key: "confidence", value: formatConfidence(attribution.confidence)))
        return list
    }

    /// `0.9` → `0.90`: two decimals, rounded half away from zero, clamped to [0, 1] (a
    /// non-finite value counts as 0), without locale; the form `confidence=` takes in the
    /// Markdown and in the attribution tooltip.
    public static func formatConfidence(_ value: Double) -> String {
        let hundredths = Int((min(1, max(0, value.isFinite ? value : 0)) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The block's text with spans written around their ranges and everything else escaped.
    static func inlineMarkdown(of text: String, spans: [AnnotationSpan]) -> String {
        let bytes = Array(text.utf8)
        // Outer spans first: by start, then longer first, then document order.
        let sorted = spans
            .filter { $0.range.lowerBound >= 0 && $0.range.upperBound <= bytes.count && !$0.range.isEmpty }
            .sorted {
                ($0.range.lowerBound, -$0.range.upperBound, $0.order) < ($1.range.lowerBound, -$1.range.upperBound, $1.order)
            }
        var output = ""
        var position = 0
        var open: [AnnotationSpan] = []
        var atLineStart = true

        func emitText(upTo end: Int) {
            guard end > position else { return }
            let piece = String(decoding: bytes[position..<end], as: UTF8.self)
            output += MarkdownEscaper.escape(Substring(piece), atLineStart: atLineStart)
            atLineStart = piece.hasSuffix("\n")
            position = end
        }
        func closeSpans(upTo offset: Int) {
            while let last = open.last, last.range.upperBound <= offset {
                emitText(upTo: last.range.upperBound)
                output += "]" + last.attributes.serialized
                open.removeLast()
                atLineStart = false
            }
        }
        for span in sorted {
            closeSpans(upTo: span.range.lowerBound)
            // A span that would cross the one still open cannot be written as Markdown.
            if let parent = open.last, span.range.upperBound > parent.range.upperBound { continue }
            if span.range.lowerBound < position { continue }
            emitText(upTo: span.range.lowerBound)
            output += "["
            atLineStart = false
            open.append(span)
        }
        closeSpans(upTo: Int.max)
        emitText(upTo: bytes.count)
        return output
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        split(separator: "\n").joined(separator: " ")
    }
}
