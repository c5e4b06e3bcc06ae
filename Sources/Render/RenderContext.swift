/// What the renderer needs to know about the document around a Markdown body.
///
/// Built by the Pipeline from a ``Model/Transcript``; plain values, so a context can cross
/// threads (`Sendable`).
public struct RenderContext: Sendable {
    /// The document's speakers in their fixed order (DESIGN.md: order of first quotation).
    /// The colour class of a quotation is `speaker-N` with N = 1 + (index in this list) % 8.
    /// `id` is the value of `who=` in the Markdown; `name` is shown in the attribution tooltip.
    public var speakers: [(id: String, name: String)]
    /// The document's language as a BCP 47 tag (`fr`, `fr-FR`, `en`). Chooses the language of
    /// the renderer's own words (tooltips); anything that is not French gives English.
    public var lang: String
    /// Prepended verbatim to every footnote label, so that footnote ids (`fn-<prefix><label>`,
    /// `fnref-<prefix><label>`) do not collide on pages showing several documents
    /// (HAZARDS.md B06). The Pipeline passes `<slug>-`; empty leaves labels unchanged.
    public var idPrefix: String
    /// Links to speaker pages by speaker id, relative to the page the fragment goes into
    /// (`../../speakers/jean-dupont/index.html`); a turn's speaker name links there when given.
    public var speakerLinks: [String: String]
    /// The URL of the page's audio or video, when it has a player: a turn's time then links to
    /// the media at that time (`media#t=62.5`, W3C Media Fragments URI 1.0 §4.2.1), so that it
    /// seeks even without JavaScript; nil links times to their turn (`#t-1`).
    public var media: String?

    /// - Parameters:
    ///   - speakers: ordered `(id, name)` pairs; ids are unique.
    ///   - lang: BCP 47 tag, default `en`.
    ///   - idPrefix: footnote id prefix, default none.
    ///   - speakerLinks: speaker id → relative URL of their page, default none.
    ///   - media: the page's media URL, default none.
    public init(
        speakers: [(id: String, name: String)] = [], lang: String = "en", idPrefix: String = "",
        speakerLinks: [String: String] = [:], media: String? = nil
    ) {
        self.media = media
        self.speakers = speakers
        self.lang = lang
        self.idPrefix = idPrefix
        self.speakerLinks = speakerLinks
    }

    /// True when the renderer's own words should be French (`fr`, `fr-CA`, `FR_fr`…).
    var isFrench: Bool {
        let primary = lang.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        return primary == "fr"
    }

    /// False for languages that write guillemets the other way round (`»Text«`), where the
    /// French spacing rule (HAZARDS.md B36) would put spaces in the wrong places.
    var spacesGuillemets: Bool {
        let primary = String(lang.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
        return !["de", "da", "cs", "sk", "sl", "hr", "hu", "pl"].contains(primary)
    }
}
