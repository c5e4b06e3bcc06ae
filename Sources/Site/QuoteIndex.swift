import Model

/// `data/quotes.json` (DESIGN.md, "Data contract"): every direct and reported quotation of the
/// site, in ``SiteCatalog/quotations`` order (transcript slug, then position).
///
/// Each entry, keys in this order: `id`, `transcript` (slug), `speaker` (id or null),
/// `speaker_name` (or null), `text` (without its marks), `kind` (`direct` | `reported`),
/// `cue` (speech verb or null), `rule`, `confidence` (0…1, at most 2 decimals), `mention`
/// (the words that named the speaker, or null).
public enum QuoteIndex {
    /// The whole file as a JSON array.
    public static func json(_ catalog: SiteCatalog) -> JSONValue {
        .array(catalog.quotations.map { entry in
            let quotation = entry.quotation
            let attribution = quotation.attribution
            let confidence = min(1, max(0, attribution.confidence.isFinite ? attribution.confidence : 0))
            return .object([
                ("id", .string(quotation.id)),
                ("transcript", .string(entry.document.slug)),
                ("speaker", .optional(quotation.speakerID)),
                ("speaker_name", .optional(speakerName(of: quotation, in: entry.document, catalog: catalog))),
                ("text", .string(quotation.text)),
                ("kind", .string(quotation.kind.rawValue)),
                ("cue", .optional(attribution.cue)),
                ("rule", .string(attribution.rule)),
                ("confidence", .fixed(confidence, maximumFractionDigits: 2)),
                ("mention", .optional(attribution.mention)),
            ])
        })
    }

    /// The name of a quotation's speaker: the site-wide name of the speaker id (one id, one
    /// name across the data, as on the speaker page), else the name the quotation's own
    /// transcript gives, else nil when the quotation is unattributed. How the transcript named
    /// the speaker stays in `mention`.
    public static func speakerName(of quotation: Quotation, in document: SiteDocument, catalog: SiteCatalog) -> String? {
        guard let id = quotation.speakerID else { return nil }
        if let speaker = catalog.speaker(id: id) { return speaker.name }
        return document.transcript.speaker(id: id)?.name ?? id
    }
}
