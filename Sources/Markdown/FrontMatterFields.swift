import Model
import Yams

/// The YAML front matter of an annotated Markdown file (``AnnotatedMarkdownReader``), with
/// the fields ``AnnotatedMarkdownWriter/frontMatter(for:slug:)`` writes.
struct FrontMatterFields {
    var title: String
    var date: String?
    var lang: String
    var source: String?
    var slug: String?
    /// 1-based lines of the `title:` and `slug:` keys (nil for a slug not set).
    var titleLine = 2
    var slugLine: Int?
    var media: String?
    var tags: [String] = []
    var speakers: [Speaker] = []
    /// The file line of each `speakers:` entry's id as written (its key, or its `id:`).
    var speakerLines: [String: Int] = [:]
    /// Lines taken by the block, delimiters included.
    var lineCount: Int

    /// The keys this reader knows: ``Model/FrontMatterKeys/known``, the one list every
    /// front-matter reader uses, compared without regard to case (`Lang:`, `language:`). Any
    /// other key gets a warning (a typo such as `speakr:` would otherwise be lost without a word).
    static let knownKeys: Set<String> = FrontMatterKeys.known

    /// Reads the front matter at the top of `lines`.
    /// - Throws: a ``Model/Diagnostic`` when the first line is not `---`, the block is never
    ///   closed, is not valid YAML or not a mapping, or has no `title`.
    static func parse(lines: [Substring], file: String, warnings: inout [Diagnostic]) throws(Diagnostic) -> FrontMatterFields {
        guard lines.first?.trimmingSpaces() == "---" else {
            throw Diagnostic(
                .error, file: file, line: 1, message: "annotated Markdown must start with YAML front matter",
                hint: "put `---`, a `title:` line and `---` at the top")
        }
        guard let close = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingSpaces()) }) else {
            throw Diagnostic(
                .error, file: file, line: 1, message: "front matter opened with `---` is never closed",
                hint: "add a line `---` after the last metadata line")
        }
        let node: Node?
        do {
            node = try YAMLCompose.compose(yaml: lines[1..<close].joined(separator: "\n"))
        } catch {
            // The YAML text starts on the file's line 2, after `---`.
            let problem = YAMLProblem(error, firstLine: 2)
            throw Diagnostic(
                .error, file: file, line: problem.line ?? 2, column: problem.column,
                message: "front matter is not valid YAML: \(problem.summary)",
                hint: problem.hint ?? "check the quoting and indentation of the metadata lines")
        }
        guard let mapping = node?.mapping else {
            throw Diagnostic(.error, file: file, line: 2, message: "front matter must be a mapping of `key: value` lines")
        }
        // Keys by their canonical name (lowercased, `language` as `lang`); the first wins.
        var nodes: [String: Node] = [:]
        var keyLines: [String: Int] = [:]
        var keyWords: [String: String] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            // Yams marks are 1-based within the YAML text, which starts on the file's line 2.
            let line = keyNode.mark.map { $0.line + 1 }
            guard let canonical = FrontMatterKeys.canonical(key) else {
                warnings.append(Diagnostic(
                    .warning, file: file, line: line, message: FrontMatterKeys.unknownKeyMessage(key), hint: "check its spelling"))
                continue
            }
            if canonical == "attributions" {
                warnings.append(Diagnostic(
                    .warning, file: file, line: line,
                    message: "`attributions:` is not applied to annotated Markdown, whose spans already say who speaks; it was ignored",
                    hint: "set `who=` on the quotation's span instead (or put the corrections in the original seed's front matter)"))
            }
            if canonical == "speakers" {
                for fieldKey in FrontMatterKeys.unknownSpeakerKeys(in: value) {
                    warnings.append(Diagnostic(
                        .warning, file: file, line: fieldKey.mark.map { $0.line + 1 },
                        message: FrontMatterKeys.unknownSpeakerKeyMessage(fieldKey.string ?? ""), hint: "check its spelling"))
                }
            }
            if nodes[canonical] == nil {
                nodes[canonical] = value
                keyLines[canonical] = line
                keyWords[canonical] = key
            } else if key.lowercased() == keyWords[canonical]?.lowercased() {
                warnings.append(FrontMatterKeys.repeatedKeyWarning(
                    "front-matter key", word: key, first: keyWords[canonical] ?? canonical, firstLine: keyLines[canonical],
                    file: file, line: line))
            }
        }
        func string(_ key: String) -> String? {
            guard let value = nodes[key]?.string else { return nil }
            return value.isEmpty ? nil : value
        }
        guard let title = string("title")?.foldedToOneLine else {
            throw Diagnostic(.error, file: file, line: 2, message: "front matter has no `title`", hint: "add `title: \"…\"`")
        }
        var fields = FrontMatterFields(title: title, lang: string("lang") ?? "und", lineCount: close + 1)
        fields.titleLine = keyLines["title"] ?? 2
        if let lang = string("lang"), !LanguageTag.isWellFormed(lang) {
            // As a seed's front matter is read (Ingest's SeedReader), but with no text to guess from here.
            fields.lang = "und"
            warnings.append(Diagnostic(
                .warning, file: file, line: keyLines["lang"] ?? 2,
                message: "`\(lang)` is not a language tag; the language is recorded as `und`",
                hint: "write a BCP 47 tag such as fr, en or pt-BR"))
        }
        if string("lang") == nil {
            warnings.append(Diagnostic(
                .warning, file: file, line: 2, message: "front matter has no `lang`; the language is recorded as `und`",
                hint: "add a BCP 47 tag such as `lang: \"fr\"`"))
        }
        if let date = string("date") {
            if let problem = calendarDateProblem(date) {
                // Worded as a seed's front-matter date is (Ingest's DateFinder.declaredDate).
                warnings.append(Diagnostic(
                    .warning, file: file, line: keyLines["date"] ?? 2,
                    message: "front matter date `\(date)` is refused: \(problem); the date is unknown",
                    hint: DateHint.forRefused(date)))
            } else {
                fields.date = date
            }
        }
        fields.source = string("source")
        fields.slug = string("slug")
        if let slug = fields.slug {
            fields.slugLine = keyLines["slug"]
            // A `slug:` that is no slug is published as another address: said as in any seed's front matter.
            if let warning = Slug.handSetWarning(slug, file: file, line: fields.slugLine) { warnings.append(warning) }
        }
        fields.media = string("media")
        if let media = fields.media, let warning = MediaURL.warning(media, file: file, line: keyLines["media"]) { warnings.append(warning) }
        if let sequence = nodes["tags"]?.sequence {
            fields.tags = sequence.compactMap(\.string)
        } else if let tags = string("tags") {
            fields.tags = tags.split(separator: ",").map { String(Substring($0).trimmingWhitespace()) }.filter { !$0.isEmpty }
        }
        if let node = nodes["speakers"] {
            fields.speakers = Speaker.list(fromYAML: node)
            // Yams marks are 1-based within the YAML text, which starts on the file's line 2.
            fields.speakerLines = Speaker.idLines(fromYAML: node, offset: 1)
        }
        return fields
    }

    /// Why `text` is not a calendar date `YYYY-MM-DD` with a year 0001 or later, a month 01–12
    /// and a day that exists in that month (proleptic Gregorian leap years): `there is no year
    /// 0000 (…)`, `month 02 has no day 30`, `it is not a calendar date (YYYY-MM-DD)`; nil when it is one.
    static func calendarDateProblem(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return "it is not a calendar date (YYYY-MM-DD)" }
        if year == 0 { return "there is no year 0000 (years start at 0001)" }
        guard (1...GregorianDay.days(inMonth: month, year: year)).contains(day) else { return "month \(parts[1]) has no day \(parts[2])" }
        return nil
    }
}
