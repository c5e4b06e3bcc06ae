/// The HTML of one document body and what the renderer had to say about it.
public struct RenderedFragment: Sendable, Equatable {
    /// An HTML fragment (block elements, no `<html>` or `<body>`), UTF-8, lines ending in `\n`.
    /// Everything that came from the Markdown is escaped; the only raw markup is cmark-gfm's own
    /// and the annotation elements the renderer writes (`<q class="quote …">`, `<span class="…">`,
    /// and for fenced divs `<section class="turn …">` with its `<header>`, `<div class="stage">`,
    /// `<div class="note" role="note">`).
    public var html: String
    /// Things the user should know: spans dropped or left unwrapped, links removed, tables
    /// turned off. Each is one sentence, starting with `line N:` when the line is known, without
    /// the file name (the caller knows it). Deterministic order.
    public var warnings: [String]

    /// A fragment from its HTML and warnings (for renderers other than ``CmarkRenderer``, such
    /// as test doubles of the Site stage).
    public init(html: String, warnings: [String] = []) {
        self.html = html
        self.warnings = warnings
    }
}
