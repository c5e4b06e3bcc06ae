import Model

/// Turns the body of an HTML article into blocks: `p` and `li` → paragraphs, `h1`–`h6` →
/// headings, the paragraphs of a `blockquote` → block quotations, text directly inside a `div`
/// or a table cell → a paragraph. Inline text is flattened (``MarkupElement/flatText``), `br` is
/// a line break, and so is a `&#x2028;` reference; a `&#x2029;` reference ends a paragraph
/// (``paragraphs(of:)``). Navigation and page furniture are skipped: `nav`, `footer`, `aside`, `script`,
/// `style`, `noscript`, `template`, `form`, `button`, `svg`, `iframe`, `figure` (images and their
/// captions), players (`audio`, `video`), `head`.
struct HTMLBlockExtractor {
    static let skipped: Set<String> = [
        "nav", "footer", "aside", "script", "style", "noscript", "template", "form", "button", "svg", "iframe", "figure",
        "head", "select", "menu", "audio", "video", "picture", "canvas", "object",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
        "td", "th", "thead", "tbody", "section", "article", "main", "header", "pre", "address", "hr", "body", "html",
        "#document", "details", "summary", "caption",
    ]

    private(set) var blocks: [Block] = []
    /// The line of the seed the markup starts on (for HTML inside JSON, 1).
    var lineOffset = 0
    /// Use the element's line for blocks (false for HTML inside JSON, where lines mean nothing).
    var useLines = true

    /// Appends the blocks of `element`'s content.
    mutating func extract(_ element: MarkupElement) {
        walk(element, inQuote: false)
    }

    private mutating func walk(_ element: MarkupElement, inQuote: Bool) {
        var inline = ""
        var inlineLine = element.line
        func flush(_ extractor: inout HTMLBlockExtractor) {
            for paragraph in Self.paragraphs(of: inline) {
                let text = paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).collapsingWhitespace() }
                    .filter { !$0.isEmpty }.joined(separator: "\n")
                if !text.isEmpty { extractor.add(inQuote ? .blockQuote : .paragraph, text, line: inlineLine) }
            }
            inline = ""
        }
        for child in element.children {
            switch child {
            case .text(let text, let line):
                if inline.isEmpty { inlineLine = line }
                inline += text
            case .element(let child):
                if Self.skipped.contains(child.localName) { continue }
                if child.localName == "br" {
                    inline += "\n"
                    continue
                }
                guard Self.blockElements.contains(child.localName) else {
                    if inline.isEmpty { inlineLine = child.line }
                    inline += Self.inlineText(child)
                    continue
                }
                flush(&self)
                switch child.localName {
                case "h1", "h2", "h3", "h4", "h5", "h6":
                    add(.heading, child.flatText, line: child.line)
                case "blockquote":
                    walk(child, inQuote: true)
                default:
                    walk(child, inQuote: inQuote)
                }
            }
        }
        flush(&self)
    }

    /// `text` cut into paragraphs where it holds U+2029 (a `&#x2029;` reference, which the
    /// parser keeps), with U+2028 (`&#x2028;`) made a line end: the breaks the separators stand
    /// for in raw seed text (``TextNormalizer/separator(_:)``), which the document's own line
    /// ends, white space in HTML, cannot stand for.
    static func paragraphs(of text: String) -> [String] {
        guard text.unicodeScalars.contains(where: { TextNormalizer.separator($0.value) != nil }) else { return [text] }
        var paragraphs = [String.UnicodeScalarView()]
        for scalar in text.unicodeScalars {
            switch TextNormalizer.separator(scalar.value) {
            case .paragraph?: paragraphs.append(String.UnicodeScalarView())
            case .line?: paragraphs[paragraphs.count - 1].append("\n")
            case nil: paragraphs[paragraphs.count - 1].append(scalar)
            }
        }
        return paragraphs.map(String.init)
    }

    /// Inline content, with `br` as a line break and skipped elements left out.
    static func inlineText(_ element: MarkupElement) -> String {
        var text = ""
        for child in element.children {
            switch child {
            case .text(let value, _): text += value
            case .element(let inner):
                if skipped.contains(inner.localName) { continue }
                text += inner.localName == "br" ? "\n" : inlineText(inner)
            }
        }
        return text
    }

    private mutating func add(_ kind: Block.Kind, _ text: String, line: Int) {
        let trimmed = text.collapsingWhitespaceKeepingLines()
        guard !trimmed.isEmpty else { return }
        blocks.append(Block(kind: kind, text: trimmed, line: useLines ? line + lineOffset : 1))
    }
}
