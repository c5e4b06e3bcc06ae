/// Where a seed writes its title and its hand-set slug, for messages about them (a slug that
/// another seed already holds is reported at the `slug:` line, or at the title it was made from).
public struct MetadataLines: Sendable, Hashable {
    /// A line of a file: the seed itself, or its sidecar (`x.vtt.yml`).
    public struct Place: Sendable, Hashable {
        /// The file, as the seed path is given (relative to the seeds folder).
        public var file: String
        /// 1-based line.
        public var line: Int

        /// Line `line` (1-based) of `file`.
        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }
    }

    /// Where the title is written (a front-matter or header `title:` line, the title line of a
    /// plain-text report, an HTML `<h1>` or `<title>`, the block a title was taken from); nil
    /// when the format does not say.
    public var title: Place?
    /// Where the hand-set `slug:` is written; nil when the slug is not set by hand.
    public var slug: Place?

    /// Where each speaker id the seed declares is written (its front matter's or its sidecar's
    /// `speakers:`), by the id as written; empty when the format does not say.
    public var speakers: [String: Place] = [:]

    /// Where each attribution correction is written (the `attributions:` key of the seed's
    /// front matter or its sidecar), by its quotation as written; empty when the format does not say.
    public var attributions: [String: Place] = [:]

    /// The file where a `slug:` line for the seed belongs: the seed itself when its format
    /// has front matter (plain text, Markdown), else its sidecar (`x.vtt.yml`); nil when not known.
    public var frontMatterFile: String?

    /// Places as given; nil for what is not known.
    public init(
        title: Place? = nil, slug: Place? = nil, frontMatterFile: String? = nil, speakers: [String: Place] = [:],
        attributions: [String: Place] = [:]
    ) {
        self.title = title
        self.slug = slug
        self.frontMatterFile = frontMatterFile
        self.speakers = speakers
        self.attributions = attributions
    }
}
