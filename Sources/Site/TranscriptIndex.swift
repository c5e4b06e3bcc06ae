import Model

/// `data/transcripts.json` (DESIGN.md, "Data contract"): one entry per transcript, sorted by
/// slug.
///
/// Each entry, keys in this order: `slug`, `title`, `date` (`YYYY-MM-DD` as given, or null),
/// `lang`, `source` (or null), `path` (`transcripts/<slug>/index.html`, relative to the output
/// folder), `seed` (the seed's path relative to the seeds folder), `speakers`: in the
/// transcript's order, `{ id, name, quotes, turns, words }` where `quotes` counts the speaker's
/// direct quotations, `turns` is 0 (speaker turns are not modelled yet) and `words` counts the
/// white-space separated words of their direct quotations.
public enum TranscriptIndex {
    /// The whole file as a JSON array.
    public static func json(_ catalog: SiteCatalog) -> JSONValue {
        .array(catalog.bySlug.map { document in
            let transcript = document.transcript
            let metadata = transcript.metadata
            return .object([
                ("slug", .string(document.slug)),
                ("title", .string(metadata.title)),
                ("date", .optional(metadata.date)),
                ("lang", .string(metadata.lang)),
                ("source", .optional(metadata.source)),
                ("path", .string(SitePath.transcript(document.slug))),
                ("seed", .string(transcript.seedPath)),
                ("speakers", .array(transcript.speakers.map { speaker in
                    let direct = transcript.quotations.filter { $0.kind == .direct && $0.speakerID == speaker.id }
                    return .object([
                        ("id", .string(speaker.id)),
                        ("name", .string(speaker.name)),
                        ("quotes", .int(direct.count)),
                        ("turns", .int(0)),
                        ("words", .int(direct.reduce(0) { $0 + wordCount($1.text) })),
                    ])
                })),
            ])
        })
    }

    /// The number of runs of non-white-space characters in `text`.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
