/// An annotated document: the blocks of a ``SourceDocument`` with every quotation found in
/// them, who said it and why the annotator thinks so.
///
/// Produced by the Annotate stage; written as annotated Markdown by the Markdown stage and
/// read by the Site stage for the speaker pages and `data/*.json`.
public struct Transcript: Sendable, Hashable {
    /// The seed's path relative to the seeds folder, with `/` separators.
    public var seedPath: String
    /// Title, date, language and the other front-matter fields.
    public var metadata: DocumentMetadata
    /// The document's speakers: every entity with at least one attributed quotation,
    /// in the order of their first quotation.
    public var speakers: [Speaker] { didSet { speakerPositions = Self.positions(of: speakers) } }
    /// Index of each speaker id in ``speakers`` (the first, if an id repeats), so that looking a
    /// speaker up stays constant-time however many speakers a transcript has.
    private var speakerPositions: [String: Int]
    /// The body in reading order, as in the source document.
    public var blocks: [Block]
    /// Quotations, mentions and reported speech in document order (by first span).
    public var quotations: [Quotation]
    /// Editorial insertions (`[de la mer Caspienne]`): words the publisher added, in document order.
    public var insertions: [TextSpan]

    public init(
        seedPath: String, metadata: DocumentMetadata, speakers: [Speaker], blocks: [Block],
        quotations: [Quotation], insertions: [TextSpan] = []
    ) {
        self.seedPath = seedPath
        self.metadata = metadata
        self.speakers = speakers
        self.speakerPositions = Self.positions(of: speakers)
        self.blocks = blocks
        self.quotations = quotations
        self.insertions = insertions
    }

    /// The speaker with this id, if the transcript has one.
    public func speaker(id: String) -> Speaker? {
        speakerPositions[id].map { speakers[$0] }
    }

    private static func positions(of speakers: [Speaker]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (index, speaker) in speakers.enumerated() where positions[speaker.id] == nil { positions[speaker.id] = index }
        return positions
    }
}

/// A person or organisation who says something in a transcript.
public struct Speaker: Sendable, Hashable, Codable {
    /// Site-wide identifier and URL slug, e.g. `nursultan-nazarbayev` (see ``Slug``).
    public var id: String
    /// The fullest name the text gives, without honorifics (`Nursultan Nazarbayev`).
    public var name: String
    /// Other ways the text refers to the speaker: surname, title + surname, roles, as written.
    public var aliases: [String]
    /// An appositive role such as `Président du Kazakhstan`, if the text gives one.
    public var role: String?

    public init(id: String, name: String, aliases: [String] = [], role: String? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.role = role
    }

    /// Takes in another speaker found to be this one (two ids of one person): each of `names`, in
    /// order, becomes an alias unless it is this speaker's name or an alias already, and `role`
    /// fills this speaker's role when it has none.
    public mutating func absorb(names: [String], role: String?) {
        for alias in names where alias != name && !aliases.contains(alias) { aliases.append(alias) }
        if self.role == nil { self.role = role }
    }
}

/// A run of text inside one block: `range` is a half-open range of UTF-8 byte offsets
/// into `Transcript.blocks[block].text`.
public struct TextSpan: Sendable, Hashable, Codable {
    /// Index into the transcript's blocks.
    public var block: Int
    /// UTF-8 byte offsets into that block's text, half-open.
    public var range: Range<Int>

    public init(block: Int, range: Range<Int>) {
        self.block = block
        self.range = range
    }
}

/// A stretch of text in quotation marks or of reported speech, with its attribution.
public struct Quotation: Sendable, Hashable {
    /// What kind of quotation this is (DESIGN.md, "Data contract").
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Words presented as said or written by someone, in quotation marks.
        case direct
        /// Indirect speech: `X a déclaré que …`, `according to X, …`.
        case reported
        /// Scare quotes, titles, nicknames, terms: quoted but said by no one.
        case mention
    }

    /// Stable identifier `q-` + 6 hex digits, derived from the text (``StableHash``), so that it
    /// survives edits elsewhere in the document; `-2`, `-3` … are added to repeated texts.
    public var id: String
    /// Direct, reported or mention.
    public var kind: Kind
    /// Where the quotation stands, marks included; one span per block it runs over.
    public var spans: [TextSpan]
    /// The quoted words without their marks, without the spaces next to the marks, and with
    /// paragraphs joined by a single space.
    public var text: String
    /// The speaker's ``Speaker/id``, or nil when the text does not say who.
    public var speakerID: String?
    /// Why the annotator chose that speaker (or none).
    public var attribution: Attribution

    public init(
        id: String, kind: Kind, spans: [TextSpan], text: String, speakerID: String?,
        attribution: Attribution
    ) {
        self.id = id
        self.kind = kind
        self.spans = spans
        self.text = text
        self.speakerID = speakerID
        self.attribution = attribution
    }
}

/// How a quotation was attributed: the explanation shown on hover and written to
/// `data/quotes.json`.
public struct Attribution: Sendable, Hashable, Codable {
    /// The rule that fired, e.g. `cue-after`, `cue-before`, `carry-over`, `turn`, `none`
    /// (DESIGN.md, "Attribution").
    public var rule: String
    /// The speech verb as written (`déclaré`, `said`), if one was found.
    public var cue: String?
    /// The words that named the speaker at the attribution site (`le Président kazakh`, `il`).
    public var mention: String?
    /// Confidence in [0, 1]; 0 when no speaker was found.
    public var confidence: Double

    public init(rule: String, cue: String? = nil, mention: String? = nil, confidence: Double) {
        self.rule = rule
        self.cue = cue
        self.mention = mention
        self.confidence = confidence
    }

    /// The attribution of a quotation nobody is said to have spoken.
    public static let none = Attribution(rule: "none", confidence: 0)
}
