import Markdown

/// One annotation span `[…]{attributes}` found in the Markdown source by ``SpanScanner``.
struct AnnotationSpan: Sendable {
    /// The parsed `{…}` (``Markdown/AttributeList``).
    var attributes: AttributeList
    /// 1-based line of the opening bracket in the normalised source.
    var line: Int
    /// The source text the closing marker replaced: `]` and the whole `{…}`; written back as
    /// text when the opening bracket turns out not to be markup (inside code).
    var closingSource: String
    /// True for a fenced div (`::: {…}` … `:::`), whose markers stand alone on the fence lines;
    /// false for a bracketed span.
    var isBlock = false
    /// The source text the opening marker replaced: `[`, or the whole opening fence line.
    var openingSource = "["
}
