/// One hand-annotated document of the gold standard (`<name>.gold.json`, see
/// `corpus/gold/README.md`, "Gold").
public struct GoldDocument: Sendable, Hashable, Codable {
    /// A speaker as annotated: the fullest name and the other ways the text names them.
    public struct Speaker: Sendable, Hashable, Codable {
        /// Fullest name, without honorifics.
        public var name: String
        /// Other names, as written in the text.
        public var aliases: [String]
    }

    /// One span in quotation marks (or one block-quotation paragraph).
    public struct Quotation: Sendable, Hashable, Codable {
        /// `direct`, `mention`, `headline` or `uncertain`.
        public var kind: String
        /// The words without the outer marks and the spaces next to them, verbatim.
        public var text: String
        /// A ``Speaker/name``, or nil.
        public var speaker: String?
        /// True for a span inside another quotation.
        public var nested: Bool
        /// Why a hard call was made.
        public var note: String?
    }

    /// The `.txt` file name the annotation is about.
    public var document: String
    /// `fr` or `en`.
    public var lang: String
    /// Provenance, `owner/repo@commit:path` or `seed`.
    public var source: String
    /// Speakers of at least one quotation.
    public var speakers: [Speaker]
    /// Every quoted span, in text order.
    public var quotations: [Quotation]
}
