/// The seam in front of the Markdown renderer (STYLE.md, "A seam in front of the renderer"):
/// the Site stage and its tests depend on this protocol, never on cmark-gfm.
public protocol MarkdownRenderer: Sendable {
    /// Renders the body of an annotated Markdown document (no front matter) to an HTML fragment.
    /// - Parameters:
    ///   - markdown: CommonMark/GFM with annotation spans `[…]{.quote …}` (DESIGN.md,
    ///     "Annotated Markdown"). Any string is accepted; nothing throws: problems become
    ///     ``RenderedFragment/warnings``.
    ///   - context: speakers, language and id prefix of the document.
    /// - Returns: the same fragment for the same input, on any thread.
    func render(_ markdown: String, context: RenderContext) -> RenderedFragment
}
