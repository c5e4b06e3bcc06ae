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

    /// The warning for a key written `word` (at `line`, `column` of `file`) that repeats the key
    /// written `first` (at `firstLine`) in another case, or, for `lang` and `language`, under its
    /// other name: keys are read without regard to case, so only the first one is used, and the
    /// value of this one would be lost without a word. `what` names the kind of key (`site
    /// setting`, `front-matter key`). One wording for `site.yml`, front matter and sidecar files.
    public static func repeatedKeyWarning(
        _ what: String, word: String, first: String, firstLine: Int?, file: String, line: Int?, column: Int? = nil
    ) -> Diagnostic {
        let how = word.lowercased() == first.lowercased()
            ? "in another case, and keys are read without regard to case"
            : "under another name (`language` is read as `lang`)"
        return Diagnostic(
            .warning, file: file, line: line, column: column,
            message: "\(what) '\(word)' repeats '\(first)' (line \(firstLine ?? 0)) \(how); the first one is used and this one was ignored",
            hint: "keep one of them")
    }

    /// The warning text for an unknown front-matter key, listing the known ones.
    public static func unknownKeyMessage(_ key: String) -> String {
        "unknown front-matter key '\(Diagnostic.echo(key))' (known keys: \(known.sorted().joined(separator: ", "))); it was ignored"
    }

    /// The speaker key `key` stands for (``speakerKeys``, compared without regard to case:
    /// `Name:` is `name:`), lowercased; nil for a key Verbatim does not read. Front matter and
    /// `speakers.yml` match speaker keys with this one function.
    public static func speakerKey(_ key: String) -> String? {
        let lowered = key.lowercased()
        return speakerKeys.contains(lowered) ? lowered : nil
    }

    /// The keys of speaker mappings in `node` (a `speakers` value, or a whole `speakers.yml`: a
    /// list of speakers or a mapping id → speaker) that are not ``speakerKeys`` (compared without
    /// regard to case, ``speakerKey(_:)``), each with its key node for the place; e.g. a misspelt
    /// `aliasses:`. A `speakers.yml` of one key `speakers` (any case) is read as its value.
    public static func unknownSpeakerKeys(in node: Node) -> [Node] {
        speakerFieldKeys(in: node).fields.filter { key in key.string.map { speakerKey($0) == nil } ?? false }
    }

    /// The speaker keys of `node` (as ``unknownSpeakerKeys(in:)`` reads it) that another key of
    /// the same speaker mapping stands for in another case (`Name:` beside `name:`), each with
    /// the key that is read instead (``canonicalizingSpeakerKeys(in:root:)``: the one written as
    /// ``speakerKey(_:)`` gives it when there is one, else the first), in document order.
    public static func caseVariantSpeakerKeys(in node: Node) -> [(ignored: Node, used: Node)] {
        var found: [(ignored: Node, used: Node)] = []
        for keys in speakerFieldKeys(in: node).mappings {
            var groups: [String: [Node]] = [:]
            var order: [String] = []
            for key in keys {
                guard let word = key.string, let canonical = speakerKey(word) else { continue }
                if groups[canonical] == nil { order.append(canonical) }
                groups[canonical, default: []].append(key)
            }
            for canonical in order {
                let group = groups[canonical]!
                guard group.count > 1 else { continue }
                let usedIndex = group.firstIndex { $0.string == canonical } ?? 0
                for (index, key) in group.enumerated() where index != usedIndex { found.append((key, group[usedIndex])) }
            }
        }
        return found.sorted { ($0.ignored.mark?.line ?? 0, $0.ignored.mark?.column ?? 0) < ($1.ignored.mark?.line ?? 0, $1.ignored.mark?.column ?? 0) }
    }

    /// The key nodes of `node` read as speakers (see ``unknownSpeakerKeys(in:)``): the top-level
    /// `speakers` key when the whole value sits under it, and every field key of every speaker
    /// mapping, grouped by mapping in document order.
    private static func speakerFieldKeys(in node: Node) -> (wrapper: Node?, fields: [Node], mappings: [[Node]]) {
        var node = node
        var wrapper: Node?
        if let mapping = node.mapping, mapping.count == 1, let key = mapping.keys.first,
            key.string.flatMap(canonical) == "speakers", let inner = mapping.values.first
        {
            wrapper = key
            node = inner
        }
        let entries: [Node] = node.sequence.map(Array.init) ?? node.mapping.map({ Array($0.values) }) ?? []
        let mappings = entries.map { entry in (entry.mapping ?? [:]).map(\.key) }
        return (wrapper, mappings.flatMap { $0 }, mappings)
    }

    /// The YAML text of a `speakers.yml` with its speaker keys written as ``speakerKey(_:)`` reads
    /// them (`Name:` → `name:`, `ALIASES:` → `aliases:`, a top-level `Speakers:` → `speakers:`),
    /// for a reader that compares keys as written (Annotate's `SpeakerDirectory`), so that the
    /// file is read without regard to case as front matter is. Only the keys change, each to a
    /// word of the same length in place, so every line and column stays where it was and the
    /// reader's messages still point into the file. Where a mapping holds one key twice in
    /// different cases (`Name:` and `name:`), only the first is rewritten, and only when no
    /// later one is already written that way (the first one wins, as in front matter). Text
    /// that is not valid YAML is returned as it is (its reader reports the error).
    public static func canonicalizingSpeakerKeys(in text: String) -> String {
        guard let root = try? Yams.compose(yaml: text) else { return text }
        return canonicalizingSpeakerKeys(in: text, root: root)
    }

    /// As ``canonicalizingSpeakerKeys(in:)``, with `root` the YAML of `text` already composed
    /// (so that a caller who parsed the file for its own checks need not parse it again);
    /// `text` itself when no key needs rewriting.
    public static func canonicalizingSpeakerKeys(in text: String, root: Node) -> String {
        let found = speakerFieldKeys(in: root)
        var rewrites: [(key: Node, to: String)] = []
        if let wrapper = found.wrapper, let word = wrapper.string, word != "speakers" { rewrites.append((wrapper, "speakers")) }
        for keys in found.mappings {
            var seen: Set<String> = []
            for key in keys {
                guard let word = key.string, let canonical = speakerKey(word), seen.insert(canonical).inserted,
                    word != canonical, !keys.contains(where: { $0.string == canonical })
                else { continue }
                rewrites.append((key, canonical))
            }
        }
        guard !rewrites.isEmpty else { return text }
        // Where each line starts, in Unicode scalars, with the line ends libYAML counts (so that
        // its 1-based line and column, in scalars, find the key).
        var scalars = Array(text.unicodeScalars)
        var lineStarts = [0]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            if scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lineStarts.append(index + 1)
            }
            index += 1
        }
        for (key, canonical) in rewrites {
            guard let mark = key.mark, let word = key.string, mark.line >= 1, mark.line <= lineStarts.count else { continue }
            var start = lineStarts[mark.line - 1] + mark.column - 1
            if start < scalars.count, scalars[start] == "\"" || scalars[start] == "'" { start += 1 }
            let written = Array(word.unicodeScalars), replacement = Array(canonical.unicodeScalars)
            // A key written with escapes, or a case mapping that changes the length, is left as
            // it is rather than risk moving the text.
            guard written.count == replacement.count, start + written.count <= scalars.count,
                Array(scalars[start..<(start + written.count)]) == written
            else { continue }
            scalars.replaceSubrange(start..<(start + written.count), with: replacement)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// The warning text for an unknown speaker key.
    public static func unknownSpeakerKeyMessage(_ key: String) -> String {
        "unknown speaker key '\(Diagnostic.echo(key))' (known keys: \(speakerKeys.sorted().joined(separator: ", "))); it was ignored"
    }
}
