/// A seed as it was read from disk, before annotation: normalised text split into blocks,
/// with the metadata found in the seed or its front matter.
///
/// Produced by the Ingest stage, consumed by Annotate. All text is Unicode NFC, with LF line
/// ends, no byte-order mark, no NUL and no XML-forbidden control characters.
public struct SourceDocument: Sendable, Hashable {
    /// The seed's path relative to the seeds folder, with `/` separators (e.g. `000_bb68.txt`).
    public var seedPath: String
    /// Title, date, language and the other front-matter fields.
    public var metadata: DocumentMetadata
    /// The body in reading order. The title line, a date line and front matter are not blocks.
    public var blocks: [Block]

    public init(seedPath: String, metadata: DocumentMetadata, blocks: [Block]) {
        self.seedPath = seedPath
        self.metadata = metadata
        self.blocks = blocks
    }
}

/// The front-matter fields of a document (DESIGN.md, "Annotated Markdown").
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// Human title, never empty.
    public var title: String
    /// Calendar date as ISO 8601 `YYYY-MM-DD`, or nil when the seed gives none.
    /// Always a calendar date, never an instant, so no time zone can shift it.
    public var date: String?
    /// BCP 47 language tag such as `fr` or `en`.
    public var lang: String
    /// Where the document was published (URL or citation), if known.
    public var source: String?
    /// A slug set by hand in front matter; when nil the site derives one from the title.
    public var slug: String?
    /// Free tags, in the order given.
    public var tags: [String]
    /// Speakers the seed declares (front matter `speakers`), with their aliases; the annotator
    /// resolves mentions against these first.
    public var speakers: [Speaker]

    public init(
        title: String, date: String? = nil, lang: String, source: String? = nil,
        slug: String? = nil, tags: [String] = [], speakers: [Speaker] = []
    ) {
        self.title = title
        self.date = date
        self.lang = lang
        self.source = source
        self.slug = slug
        self.tags = tags
        self.speakers = speakers
    }
}

/// One block of a document: a paragraph, a block quotation or a heading.
public struct Block: Sendable, Hashable {
    /// What the block is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Running prose.
        case paragraph
        /// A passage set off as quoted (a seed paragraph starting with `> `); `text` is
        /// without the `> ` markers.
        case blockQuote
        /// A heading or subtitle inside the body.
        case heading
    }

    /// What the block is.
    public var kind: Kind
    /// The block's text, lines joined with `\n`, without leading or trailing white space.
    public var text: String
    /// 1-based line of the seed on which the block starts, for messages.
    public var line: Int

    public init(kind: Kind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}
