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
    /// URL of the audio or video the transcript belongs to (front matter `media`), for the
    /// page's player; nil when there is none.
    public var media: String?
    /// A reviewer's corrections of single attributions (front matter `attributions`), applied
    /// after annotation, in the order written.
    public var attributions: [AttributionCorrection]

    public init(
        title: String, date: String? = nil, lang: String, source: String? = nil,
        slug: String? = nil, tags: [String] = [], speakers: [Speaker] = [], media: String? = nil,
        attributions: [AttributionCorrection] = []
    ) {
        self.attributions = attributions
        self.title = title
        self.date = date
        self.lang = lang
        self.source = source
        self.slug = slug
        self.tags = tags
        self.speakers = speakers
        self.media = media
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
        /// A stage direction or sound note that nobody says: `[Applause]`, `(Rires)`,
        /// `[inaudible]`; inside a turn when it interrupts one.
        case stageDirection
        /// An editor's note about the transcript (TEI `<note>`, `<gap>`, a `.note` div of annotated
        /// Markdown); never a WebVTT `NOTE`, which is a comment for the file's authors.
        case editorialNote
    }

    /// What the block is.
    public var kind: Kind
    /// The block's text, lines joined with `\n`, without leading or trailing white space.
    public var text: String
    /// 1-based line of the seed on which the block starts, for messages.
    public var line: Int
    /// The speaker turn this block belongs to, for transcripts made of turns or cues; nil in
    /// prose. Consecutive blocks with the same `Turn.index` form one turn.
    public var turn: Turn?

    public init(kind: Kind, text: String, line: Int, turn: Turn? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.turn = turn
    }
}

/// A speaker turn (or a cue merged into one): who speaks, and when, as the source says.
public struct Turn: Sendable, Hashable, Codable {
    /// 0-based position of the turn in the document; blocks that share it are one turn.
    public var index: Int
    /// The speaker's label as the source writes it, cleaned of markup and trailing colons
    /// (`M. DUPONT`, `Mme Durand`, `Q`), or nil for an unlabelled cue.
    public var label: String?
    /// The speaker's id once resolved (Annotate sets it; readers with ids, e.g. TEI `who`, may
    /// set it first).
    public var speakerID: String?
    /// Start and end in seconds from the start of the media, when the source is timed.
    public var start: Double?
    public var end: Double?
    /// A note on the label, such as `hors micro` or `voix off`.
    public var note: String?

    public init(
        index: Int, label: String?, speakerID: String? = nil, start: Double? = nil, end: Double? = nil,
        note: String? = nil
    ) {
        self.index = index
        self.label = label
        self.speakerID = speakerID
        self.start = start
        self.end = end
        self.note = note
    }
}
