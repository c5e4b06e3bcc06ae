import Yams

/// The keys YAML front matter may hold, one list for every reader of it (a `.txt` or Markdown
/// seed's front matter in Ingest, annotated Markdown read back in Markdown): keys are compared
/// without regard to case (`Lang:` is `lang:`), and `language` is another name for `lang`.
///
/// Known keys: `title`, `date`, `lang` (`language`), `source`, `slug`, `tags`, `speakers`,
/// `media`, `attributions` (hand corrections of who speaks), and `seed`, which the annotated
/// Markdown Verbatim writes carries. A speaker given as a mapping may hold ``speakerKeys``.
public enum FrontMatterKeys {
    /// Every known key, lowercased.
    public static let known: Set<String> = [
        "title", "date", "lang", "language", "source", "slug", "tags", "speakers", "media", "attributions", "seed",
    ]

    /// The keys of one speaker given as a mapping (`{name, aliases, role}`, and `id` in a list),
    /// in front matter and in `speakers.yml`.
    public static let speakerKeys: Set<String> = ["name", "aliases", "role", "id"]

    /// The key `key` stands for: lowercased, `language` read as `lang`; nil for a key Verbatim
    /// does not read.
    public static func canonical(_ key: String) -> String? {
        let lowered = key.lowercased()
        guard known.contains(lowered) else { return nil }
        return lowered == "language" ? "lang" : lowered
    }

    /// The warning text for an unknown front-matter key, listing the known ones.
    public static func unknownKeyMessage(_ key: String) -> String {
        "unknown front-matter key '\(key)' (known keys: \(known.sorted().joined(separator: ", "))); it was ignored"
    }

    /// The keys of speaker mappings in `node` (a `speakers` value, or a whole `speakers.yml`: a
    /// list of speakers or a mapping id → speaker) that are not ``speakerKeys`` (compared without
    /// regard to case unless `ignoringCase` is false), each with its key node for the place; e.g.
    /// a misspelt `aliasses:`. A `speakers.yml` of one key `speakers` is read as its value.
    public static func unknownSpeakerKeys(in node: Node, ignoringCase: Bool = true) -> [Node] {
        var node = node
        if let mapping = node.mapping, mapping.count == 1, mapping.keys.first?.string == "speakers", let inner = mapping.values.first {
            node = inner
        }
        let entries: [Node] = node.sequence.map(Array.init) ?? node.mapping.map({ Array($0.values) }) ?? []
        var unknown: [Node] = []
        for entry in entries {
            for (fieldKey, _) in entry.mapping ?? [:] {
                guard let field = fieldKey.string, !speakerKeys.contains(ignoringCase ? field.lowercased() : field) else { continue }
                unknown.append(fieldKey)
            }
        }
        return unknown
    }

    /// The warning text for an unknown speaker key.
    public static func unknownSpeakerKeyMessage(_ key: String) -> String {
        "unknown speaker key '\(key)' (known keys: \(speakerKeys.sorted().joined(separator: ", "))); it was ignored"
    }
}
