import Model

/// One transcript ready for the site: the annotated value, its unique slug and its two
/// renderings (Markdown and HTML).
public struct SiteDocument: Sendable {
    /// The annotated transcript (Annotate stage).
    public var transcript: Transcript
    /// The transcript's URL slug, unique in the site (already disambiguated by the caller,
    /// HAZARDS.md B16); one path segment, without `/`.
    public var slug: String
    /// The full annotated Markdown, written as `transcripts/<slug>/index.md`.
    public var markdown: String
    /// The HTML fragment of the body from the Render stage. Trusted markup: inserted unescaped.
    public var bodyHTML: String

    /// A document for the site; `slug` must already be unique.
    public init(transcript: Transcript, slug: String, markdown: String, bodyHTML: String) {
        self.transcript = transcript
        self.slug = slug
        self.markdown = markdown
        self.bodyHTML = bodyHTML
    }
}
