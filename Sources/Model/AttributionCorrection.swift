import Foundation

/// A reviewer's correction of one attribution, as a document's front matter may give it
/// (DESIGN.md, "Annotated Markdown"):
/// ```
/// attributions:
///   q-3fa2b1: nursultan-nazarbayev     # by quotation id
///   "Nous surveillons": la-ministre     # or by the start of the quoted text
///   q-77aa01: null                      # nobody: the text does not say who
/// ```
/// Ingest reads the mapping into ``DocumentMetadata/attributions``; the Annotate stage applies
/// it after annotation (`AttributionCorrection.apply(_:to:directory:)`).
public struct AttributionCorrection: Sendable, Hashable, Codable {
    /// A quotation id (`q-3fa2b1`) or the first words of its text, as written.
    public var quotation: String
    /// A speaker id or name (declared in front matter or `speakers.yml`, or already in the
    /// transcript), or nil for "no speaker".
    public var speaker: String?

    /// A correction of the quotation `quotation` to `speaker`.
    public init(quotation: String, speaker: String?) {
        self.quotation = quotation
        self.speaker = speaker
    }
}
