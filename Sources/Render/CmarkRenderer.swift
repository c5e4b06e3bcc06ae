/// The ``MarkdownRenderer`` of Verbatim: annotated Markdown to HTML through cmark-gfm
/// 0.29.0.gfm.6 with the GFM extensions table, strikethrough, autolink, tagfilter and tasklist,
/// and footnotes.
///
/// Steps: ``SourceNormalizer`` (BOM, CR, NUL, private-use code points), ``SpanScanner`` (span
/// brackets to markers), ``AnnotationMarkup`` (the HTML of each span), ``CommonMarkConverter``
/// (parse, tree passes, render). Rules it keeps:
/// - seed punctuation is kept as written: no `CMARK_OPT_SMART`, so apostrophes and quotation
///   marks are never curled or uncurled (HAZARDS.md B01);
/// - raw HTML from the Markdown is never passed through (no `CMARK_OPT_UNSAFE`: cmark writes
///   `<!-- raw HTML omitted -->`), and links or images to `javascript:`, `vbscript:`, `file:`,
///   `data:` are removed (B08);
/// - tables that would render to more than ``maxExpansion`` times the input (at least
///   ``minimumBudget`` bytes) are not built: the document is rendered again with the table
///   extension off, and a warning says so (B02).
///
/// Thread-safe: every conversion runs under one process-wide lock.
///
/// Fenced divs (`::: {.turn who=… start=…}` … `:::`, `.stage`, `.note`) are read the same way
/// as spans: ``SpanScanner`` replaces each pair of fence lines by one-line marker blocks, and the
/// converter wraps the blocks between them in a `CMARK_NODE_CUSTOM_BLOCK` whose markup is
/// ``AnnotationMarkup``'s (`<section class="turn …">` with the speaker and a seekable time).
public struct CmarkRenderer: MarkdownRenderer {
    /// How many times larger than its input a document with tables may render (HAZARDS.md B02).
    public static let maxExpansion = 50
    /// The HTML budget for small inputs, in bytes (so a short table is never refused).
    public static let minimumBudget = 64 * 1024

    /// A renderer; it has no state.
    public init() {}

    /// Renders `markdown` (see ``MarkdownRenderer/render(_:context:)``).
    public func render(_ markdown: String, context: RenderContext) -> RenderedFragment {
        var warnings: [String] = []
        let normalized = SourceNormalizer.normalize(markdown)
        if normalized.replacedPrivateUse > 0 {
            warnings.append("\(normalized.replacedPrivateUse) private-use character(s) of planes 15–16 replaced by U+FFFD")
        }
        let footnotePrefix = SpanScanner.sanitizedPrefix(context.idPrefix)
        let scanner = SpanScanner(scanning: normalized.bytes, footnotePrefix: footnotePrefix)
        let markup = AnnotationMarkup(spans: scanner.spans, context: context)

        let budget = max(Self.minimumBudget, normalized.bytes.count * Self.maxExpansion)
        var request = CommonMarkConverter.Request(
            source: scanner.source, spans: scanner.spans, markups: markup.markups, tables: true,
            footnotePrefix: footnotePrefix, guillemetSpacing: context.spacesGuillemets,
            // An empty cell renders to at least `<td></td>\n` (10 bytes).
            maxTableCells: budget / 10)
        var outcome = CommonMarkConverter.convert(request)
        var tooLarge: String?
        switch outcome {
        case .tooManyTableCells(let cells):
            tooLarge = "\(cells) cells"
        case .rendered(let html, _, _, let cells) where cells > 0 && html.utf8.count > budget:
            tooLarge = "\(html.utf8.count) bytes of HTML"
        default:
            break
        }
        if let tooLarge {
            warnings.append("tables would render to \(tooLarge), more than \(Self.maxExpansion)× the input; rendered with tables off (HAZARDS B02)")
            request.tables = false
            outcome = CommonMarkConverter.convert(request)
        }
        guard case .rendered(let html, let treeWarnings, let placedSpans, _) = outcome else {
            return RenderedFragment(html: "", warnings: warnings + ["could not render"])
        }
        for index in placedSpans { warnings += markup.warnings[index] }
        return RenderedFragment(html: html, warnings: warnings + treeWarnings)
    }
}
