import Model

/// `data/transcripts.json` (DESIGN.md, "Data contract"): one entry per transcript, sorted by
/// slug.
///
/// Each entry, keys in this order: `slug`, `title`, `date` (`YYYY-MM-DD` as given, or null),
/// `lang`, `source` (or null), `path` (`transcripts/<slug>/index.html`, relative to the output
/// folder), `seed` (the seed's path relative to the seeds folder), `speakers`: in the
/// transcript's order, `{ id, name, quotes, turns, words }` where `quotes` counts the speaker's
/// direct quotations, `turns` their turns (``TurnGroup``s with their id; 0 in a prose report) and
/// `words` the white-space separated words they speak: in a transcript with turns, the words of
/// the paragraphs, block quotations and headings of their turns (stage directions and notes are
/// nobody's words); in prose, the words of their direct quotations. A word is a run of
/// non-white-space characters with a letter or digit in it (``wordCount(_:)``).
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
                ("speakers", .array(transcript.speakers.map { [speech = speech(in: transcript), direct = quotationCounts(in: transcript) { $0.kind == .direct }] speaker in
                    let counts = speech[speaker.id] ?? (0, 0)
                    return .object([
                        ("id", .string(speaker.id)),
                        ("name", .string(speaker.name)),
                        ("quotes", .int(direct[speaker.id] ?? 0)),
                        ("turns", .int(counts.turns)),
                        ("words", .int(counts.words)),
                    ])
                })),
            ])
        })
    }

    /// Quotations that pass `include`, per speaker id, counted in one pass over the transcript.
    static func quotationCounts(in transcript: Transcript, where include: (Quotation) -> Bool) -> [String: Int] {
        var counts: [String: Int] = [:]
        for quotation in transcript.quotations where include(quotation) {
            if let id = quotation.speakerID { counts[id, default: 0] += 1 }
        }
        return counts
    }

    /// How many turns a speaker has in `transcript` and how many words they speak (see above).
    public static func speech(of speakerID: String, in transcript: Transcript) -> (turns: Int, words: Int) {
        speech(in: transcript)[speakerID] ?? (0, 0)
    }

    /// ``speech(of:in:)`` for every speaker of `transcript` at once, in one pass over its turns
    /// (or, for a prose report, its direct quotations): speaker id → (turns, words).
    public static func speech(in transcript: Transcript) -> [String: (turns: Int, words: Int)] {
        var result: [String: (turns: Int, words: Int)] = [:]
        let groups = TurnGroup.groups(of: transcript)
        guard !groups.isEmpty else {
            for quotation in transcript.quotations where quotation.kind == .direct {
                guard let id = quotation.speakerID else { continue }
                result[id, default: (0, 0)].words += wordCount(quotation.text)
            }
            return result
        }
        for group in groups {
            guard let id = group.turn.speakerID else { continue }
            result[id, default: (0, 0)].turns += 1
            for index in group.blocks {
                let block = transcript.blocks[index]
                guard block.kind == .paragraph || block.kind == .blockQuote || block.kind == .heading else { continue }
                result[id, default: (0, 0)].words += wordCount(block.text)
            }
        }
        return result
    }

    /// The number of words in `text`: runs of non-white-space characters holding at least one
    /// letter or digit, so that a free-standing `«`, `—` or `&` is not a word.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var counted = false
        for scalar in text.unicodeScalars {
            let isSpace: Bool
            let isLetterOrDigit: Bool
            if scalar.isASCII {
                let value = scalar.value
                isSpace = value == 0x20 || (0x09...0x0D).contains(value)
                isLetterOrDigit = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            } else {
                let properties = scalar.properties
                isSpace = properties.isWhitespace
                isLetterOrDigit = properties.isAlphabetic || properties.numericType != nil
            }
            if isSpace {
                counted = false
                continue
            }
            if isLetterOrDigit, !counted {
                count += 1
                counted = true
            }
        }
        return count
    }
}
