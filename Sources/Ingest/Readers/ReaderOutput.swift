import Model

/// What a format reader found in a seed: its blocks and whatever metadata the format carries.
/// ``SeedReader`` fills in what is missing (language, a title from the text) and checks that
/// there is at least one block.
struct ReaderOutput: Sendable {
    /// The body in reading order.
    var blocks: [Block] = []
    /// Title as the source gives it, if it gives one.
    var title: String?
    /// Calendar date `YYYY-MM-DD`, if the source gives one.
    var date: String?
    /// BCP 47 language tag, if the source declares one.
    var lang: String?
    /// Where the document was published.
    var source: String?
    /// A slug set by hand (front matter).
    var slug: String?
    /// 1-based lines of the seed where the title and the hand-set slug are written, when known.
    var titleLine: Int?
    var slugLine: Int?
    /// 1-based line of the seed where the language is declared (front matter `lang:`), when known.
    var langLine: Int?
    /// 1-based line of the first block's text when it is not the block's line (a Podcasting
    /// JSON turn's line is its `speaker`, its text a `body`), for a title taken from that text.
    var bodyLine: Int?
    /// Free tags.
    var tags: [String] = []
    /// Speakers the source declares, in order of first appearance.
    var speakers: [Speaker] = []
    /// The 1-based line of each declared speaker's id in the seed's front matter.
    var speakerLines: [String: Int] = [:]
    /// URL of the audio or video.
    var media: String?
    /// Corrections of single attributions from front matter.
    var attributions: [AttributionCorrection] = []
    /// The 1-based line of each correction in the seed's front matter, by its quotation as written.
    var attributionLines: [String: Int] = [:]
    /// Things that were repaired, skipped or guessed.
    var warnings: [Diagnostic] = []
}
