import Foundation
import Model
import Yams

/// The metadata block at the top of a seed, in either of two forms:
///
/// - YAML front matter between a first line `---` and a closing `---` (or `...`), as in
///   Jekyll, Hugo and Pandoc: `title`, `date`, `lang`, `source`, `slug`, `tags`, `speakers`,
///   `media` (the URL of the recording).
///   `speakers` is a list of names, or a list / mapping of `{name, aliases, role}`.
/// - Header lines `Key: value` before the first blank line (or the first line that is not one,
///   after two or more), as e-mail and many transcript
///   exports write them, with keys `Title`, `Date`, `Lang`/`Language`, `Source`, `Slug`,
///   `Tags`, `Speakers` (names separated by `;` or `,`) and `Media`.
struct FrontMatter: Sendable {
    var title: String?
    var date: String?
    var lang: String?
    var source: String?
    var slug: String?
    /// 1-based lines of the `title` and `slug` keys, when the block sets them.
    var titleLine: Int?
    var slugLine: Int?
    /// 1-based line of the `lang:` (or `language:`) key, when set.
    var langLine: Int?
    /// 1-based line of the `date:` key, when set.
    var dateLine: Int?
    var tags: [String] = []
    var speakers: [Speaker] = []
    /// The 1-based line of each speaker id the YAML block writes (``Model/Speaker/idLines(fromYAML:offset:)``).
    var speakerLines: [String: Int] = [:]
    var media: String?
    /// `attributions:` — quotation id or text start → speaker id or name, `null` for nobody.
    var attributions: [AttributionCorrection] = []
    /// The 1-based line of each correction, by its quotation as written.
    var attributionLines: [String: Int] = [:]
    /// Number of lines the block takes, including its delimiters (0 when there is none).
    var lineCount = 0
    /// True when the block is header lines (`Date: …`), not YAML front matter between `---`
    /// lines: a message about a value names it as a header line.
    var isHeaderLines = false
    /// Keys Verbatim does not read (a typo such as `speakr:`) and values of the wrong shape
    /// (`speakers: 5`), each a warning at its line; the rest of the metadata is still used.
    var warnings: [Diagnostic] = []

    /// The keys YAML front matter may hold: ``Model/FrontMatterKeys/known`` (the one list every
    /// front-matter reader uses), compared without regard to case.
    static let knownKeys: Set<String> = FrontMatterKeys.known
    /// The keys of one speaker given as a mapping (``Model/FrontMatterKeys/speakerKeys``).
    static let speakerKeys: Set<String> = FrontMatterKeys.speakerKeys

    /// Whether `line` is a fence of YAML front matter, as YAML reads a document's markers (YAML
    /// 1.2 §9.1.4, §9.1.5): `---` (or, `closing`, `...`, the document end) at the very start of
    /// the line, then nothing but spaces or tabs (and the CR of a CRLF line end, in text not yet
    /// normalised). An indented `---` is not one. The one test of the front matter's reader and
    /// of the check for control characters in it, so that both see the same block.
    static func isFence(_ line: Substring, closing: Bool) -> Bool {
        guard line.hasPrefix("---") || closing && line.hasPrefix("...") else { return false }
        return line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    /// The line of `lines` (the first being the opening fence) that closes the front matter, and
    /// whether it is indented: the first fence after the opening one (``isFence(_:closing:)``),
    /// or, when an indented one (`  ---`, spaces or tabs before it) comes first, that one. An
    /// indented `---` is no fence to YAML, so the block would run on to the next `---` further
    /// down (a separator of the text, whose lines would be read as YAML and lost) or never close;
    /// it is read as the closing line the user meant, and ``extract(from:file:lineShift:sidecarOf:)``
    /// warns at it. Nil when no line closes the block.
    ///
    /// Inside a block scalar (`description: |` or `>`, YAML 1.2 §8.1) an indented `---` or `...`
    /// is a line of the value, not a closing line: from a line that opens one, every line that
    /// is blank or indented deeper than it belongs to the value.
    static func closingFence<Lines: Collection<Substring>>(in lines: Lines) -> (index: Int, indented: Bool)? where Lines.Index == Int {
        var blockScalarIndent: Int?
        for index in lines.indices.dropFirst() {
            let line = lines[index]
            if isFence(line, closing: true) { return (index, false) }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            if let keyIndent = blockScalarIndent {
                if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) || indent > keyIndent { continue }
                blockScalarIndent = nil
            }
            if indent > 0, isFence(line.dropFirst(indent), closing: true) { return (index, true) }
            if opensBlockScalar(line) { blockScalarIndent = indent }
        }
        return nil
    }

    /// Whether `line` ends with a block scalar's header (YAML 1.2 §8.1.1): `|` or `>`, then an
    /// optional chomping (`-`, `+`) and indentation (`1`–`9`) indicator in either order, then
    /// spaces and an optional comment, after `key:` or a sequence entry's `-`.
    static func opensBlockScalar(_ line: Substring) -> Bool {
        var rest = line
        if let hash = rest.range(of: " #") { rest = rest[..<hash.lowerBound] }
        rest = rest.trimmingTrailingSpaces()
        while let last = rest.last, last == "-" || last == "+" || ("1"..."9").contains(last) {
            rest = rest.dropLast()
        }
        guard let indicator = rest.last, indicator == "|" || indicator == ">" else { return false }
        let before = rest.dropLast()
        guard let previous = before.last, previous == " " || previous == "\t" || previous == ":" else { return false }
        let lead = before.trimmingTrailingSpaces()
        return lead.hasSuffix(":") || lead.last == "-" && lead.drop { $0 == " " || $0 == "\t" } == "-"
    }

    /// The closing line of front matter opened by an indented `---` (`  ---`, spaces or tabs
    /// before it; YAML reads no fence there) as its first line of `lines`: the closing line
    /// (``closingFence(in:)``) when one follows and a line between starts a key front matter
    /// knows at the start of the line (``knownKeys``, any case: `title:`, `Lang:`); nil
    /// otherwise (an indented `---` over text is the text's own). The one test of the reader
    /// (``extract(from:file:lineShift:sidecarOf:)``) and of the check for control characters,
    /// so that both see the same block.
    static func indentedOpeningClose<Lines: Collection<Substring>>(in lines: Lines) -> (index: Int, indented: Bool)? where Lines.Index == Int {
        guard let first = lines.first else { return nil }
        let indent = first.prefix { $0 == " " || $0 == "\t" }.count
        guard indent > 0, isFence(first.dropFirst(indent), closing: false), let close = closingFence(in: lines) else { return nil }
        let hasKnownKey = lines[(lines.startIndex + 1)..<close.index].contains { line in
            guard let colon = line.firstIndex(of: ":") else { return false }
            return knownKeys.contains(line[..<colon].trimmingCharacters(in: [" "]).lowercased()) && line.first?.isLetter == true
        }
        return hasKnownKey ? close : nil
    }

    /// The front matter of `lines` (a seed's, not a sidecar's) whose first line is an indented
    /// `---` (``indentedOpeningClose(in:)``), which without this would be published as the
    /// transcript's first paragraph, its title the metadata lines. It is read as front matter,
    /// with a warning at line 1 saying the `---` must start the line; nil when the first line
    /// opens no such block.
    /// - Throws: as ``extract(from:file:lineShift:sidecarOf:)`` for a block that is front matter.
    private static func indentedOpening(of lines: [Substring], file: String, lineShift: Int) throws(Diagnostic) -> FrontMatter? {
        guard let close = indentedOpeningClose(in: lines) else { return nil }
        let yaml = lines[1..<close.index].joined(separator: "\n")
        var matter = try parseYAML(yaml, file: file, lineShift: lineShift, sidecarOf: nil)
        matter.lineCount = close.index + 1
        matter.warnings.insert(Diagnostic(
            .warning, file: file, line: 1, column: 1,
            message: "the opening `---` of the front matter is indented; it was read as the start of the front matter",
            hint: "an opening `---` must start the first line: remove the spaces or tabs before it"), at: 0)
        if close.indented { matter.warnings.append(indentedClosingWarning(lines[close.index], line: close.index + 1, file: file)) }
        return matter
    }

    /// The warning about a closing `---` or `...` with spaces or tabs before it, at its line.
    private static func indentedClosingWarning(_ fence: Substring, line: Int, file: String) -> Diagnostic {
        Diagnostic(
            .warning, file: file, line: line, column: 1,
            message: "the closing `\(fence.trimmingCharacters(in: .whitespaces))` of the front matter is indented; it was read as the end of the front matter",
            hint: "a closing `---` or `...` must start the line: remove the spaces or tabs before it")
    }

    private static let headerKeys: Set<String> = ["title", "date", "lang", "language", "source", "slug", "tags", "speakers", "media"]

    /// Splits `lines` into front matter and the remaining lines. `lineShift`: how many lines the
    /// caller moves this block's warnings up by (1 for a sidecar file, read with a `---` line
    /// added on top), so that a line named inside a message's text matches. `sidecarOf`: the
    /// seed whose sidecar file `lines` come from, nil for a seed's own front matter; an error
    /// then names the sidecar file as such.
    /// - Throws: a ``Diagnostic`` at the line of a YAML syntax error, when `---` is never closed,
    ///   or at line 1 for TOML front matter between `+++` lines, which is not read.
    static func extract(from lines: [Substring], file: String, lineShift: Int = 0, sidecarOf seed: String? = nil) throws(Diagnostic) -> FrontMatter {
        guard let first = lines.first else { return FrontMatter() }
        if seed == nil, let matter = try indentedOpening(of: lines, file: file, lineShift: lineShift) { return matter }
        if isFence(first, closing: false) {
            // A sidecar's lines are put between `---` lines by its reader: only a seed's own
            // front matter may close at an indented one.
            let found = seed == nil ? closingFence(in: lines) : lines.dropFirst().firstIndex(where: { isFence($0, closing: true) }).map { ($0, false) }
            guard let close = found?.0, let indented = found?.1 else {
                throw Diagnostic(
                    .error, file: file, line: 1, message: "front matter opened with `---` is never closed",
                    hint: "add a line `---` after the last metadata line")
            }
            let yaml = lines[1..<close].joined(separator: "\n")
            var matter = try parseYAML(yaml, file: file, lineShift: lineShift, sidecarOf: seed)
            matter.lineCount = close + 1
            if indented { matter.warnings.append(indentedClosingWarning(lines[close], line: close + 1, file: file)) }
            return matter
        }
        if first.trimmingTrailingSpaces() == "+++", lines.dropFirst().contains(where: { $0.trimmingTrailingSpaces() == "+++" }) {
            // Hugo's TOML front matter: read as text, it would be published as the transcript's
            // first lines, and its title and date lost.
            throw Diagnostic(
                .error, file: file, line: 1,
                message: "front matter between `+++` lines (TOML) is not read: Verbatim reads YAML front matter between `---` lines",
                hint: "write the metadata as YAML between `---` lines, one `key: value` a line, e.g. `title: …` for `title = \"…\"`")
        }
        return parseHeaderLines(lines, file: file)
    }

    /// Header lines, after any blank lines at the top of the file (an editor's stray first line).
    private static func parseHeaderLines(_ lines: [Substring], file: String) -> FrontMatter {
        var matter = FrontMatter()
        let blankLines = lines.prefix(while: { $0.allSatisfy(\.isWhitespace) }).count
        var count = 0
        for line in lines.dropFirst(blankLines) {
            if line.allSatisfy(\.isWhitespace) { break }
            // The header lines end at a blank line, or at the first line that is not one (the
            // text may start right under them).
            guard let colon = line.firstIndex(of: ":"), headerKeys.contains(line[..<colon].lowercased()) else {
                if count >= 2 { break }
                return FrontMatter()
            }
            let key = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            matter.set(key: key, value: value)
            count += 1
            let lineNumber = blankLines + count
            if key == "title" { matter.titleLine = lineNumber }
            if key == "slug" { matter.slugLine = lineNumber }
            if key == "lang" || key == "language" { matter.langLine = lineNumber }
            if key == "date" { matter.dateLine = lineNumber }
            if key == "media", let warning = MediaURL.warning(value, file: file, line: lineNumber) { matter.warnings.append(warning) }
            if key == "slug", let warning = Slug.handSetWarning(value, file: file, line: lineNumber) { matter.warnings.append(warning) }
        }
        // A single "Title: …" line could be prose; ask for at least two known keys.
        guard count >= 2 else { return FrontMatter() }
        matter.lineCount = blankLines + count
        matter.isHeaderLines = true
        return matter
    }

    private mutating func set(key: String, value: String) {
        switch key {
        case "title": title = value.foldedToOneLine
        case "date": date = value
        case "lang", "language": lang = value
        case "source": source = value
        case "slug": slug = value
        case "media": media = value
        case "tags": tags = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case "speakers":
            let separator: Character = value.contains(";") ? ";" : ","
            speakers = value.split(separator: separator)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
                .map { Speaker(id: Slug.make(from: $0), name: $0) }
        default: break
        }
    }

    private static func parseYAML(_ yaml: String, file: String, lineShift: Int, sidecarOf seed: String?) throws(Diagnostic) -> FrontMatter {
        // What the block is, for an error: a seed's front matter, or the sidecar file of a seed.
        let block = seed.map { "this sidecar file (the metadata of \($0))" } ?? "front matter"
        let node: Node?
        do {
            node = try YAMLCompose.compose(yaml: yaml)
        } catch {
            // The YAML text starts on the file's line 2, after `---`; a line named inside the
            // advice (a key written twice) is counted as the caller will show the error's.
            let problem = YAMLProblem(error, firstLine: 2 - lineShift)
            throw Diagnostic(
                .error, file: file, line: problem.line.map { $0 + lineShift } ?? 2, column: problem.column,
                message: "\(block) is not valid YAML: \(problem.summary)",
                hint: problem.hint ?? "check the quoting and indentation of the metadata lines")
        }
        var matter = FrontMatter()
        guard let mapping = node?.mapping else {
            if node == nil { return matter }
            throw Diagnostic(
                .error, file: file, line: 2, message: "\(block) must be a mapping of `key: value` lines",
                hint: node?.scalar != nil ? YAMLProblem.missingColonAdvice(yaml: yaml, line: 1)
                    ?? "write one `key: value` line per field, such as `title: …` and `date: YYYY-MM-DD`"
                    : "write one `key: value` line per field, such as `title: …` and `date: YYYY-MM-DD`")
        }
        // Yams marks are 1-based within the YAML text, which starts on the file's line 2.
        func line(of node: Node) -> Int? { node.mark.map { $0.line + 1 } }
        func warn(_ node: Node, _ message: String, _ hint: String) {
            matter.warnings.append(Diagnostic(.warning, file: file, line: line(of: node), message: message, hint: hint))
        }
        // Keys are read without regard to case: the first one is used.
        var firstKeys: [String: Node] = [:]
        let yamlLines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for (keyNode, value) in mapping {
            guard let key = keyNode.string?.lowercased() else { continue }
            guard knownKeys.contains(key) else {
                warn(keyNode, FrontMatterKeys.unknownKeyMessage(keyNode.string ?? key), "check its spelling")
                continue
            }
            if let first = firstKeys[key] {
                matter.warnings.append(FrontMatterKeys.repeatedKeyWarning(
                    "front-matter key", word: keyNode.string ?? key, first: first.string ?? key,
                    firstLine: line(of: first).map { $0 - lineShift }, file: file, line: line(of: keyNode)))
                continue
            }
            firstKeys[key] = keyNode
            if let warning = lostWordsWarning(keyNode, value, lines: yamlLines, file: file, line: line(of: keyNode)) {
                matter.warnings.append(warning)
            }
            switch key {
            case "tags" where value.sequence == nil && value.string == nil,
                 "attributions" where value.mapping == nil:
                warn(value, "front-matter key '\(key)' is not \(key == "tags" ? "a list" : "a mapping"); it was ignored",
                     key == "tags" ? "write `tags: [a, b]`" : "write one `quotation: speaker` line per correction under it")
                continue
            case "speakers" where value.sequence == nil && value.mapping == nil:
                warn(value, "front-matter key 'speakers' is not a list of speakers; it was ignored",
                     "write `speakers: [Name, Other Name]`, or one `id: {name: …, aliases: […], role: …}` line per speaker")
                continue
            case "speakers":
                for fieldKey in FrontMatterKeys.unknownSpeakerKeys(in: value) {
                    warn(fieldKey, FrontMatterKeys.unknownSpeakerKeyMessage(fieldKey.string ?? ""), "check its spelling")
                }
            case _ where value.string == nil && !["tags", "speakers", "attributions"].contains(key):
                warn(value, "front-matter key '\(key)' is not a single value; it was ignored", "write `\(key): …` on one line")
                continue
            default:
                break
            }
            switch key {
            case "tags":
                if let sequence = value.sequence {
                    matter.tags = sequence.compactMap(\.string)
                } else if let string = value.string {
                    matter.set(key: key, value: string)
                }
            case "speakers":
                matter.speakers = Speaker.list(fromYAML: value)
                matter.speakerLines = Speaker.idLines(fromYAML: value, offset: 1)
            case "attributions":
                matter.attributions = (value.mapping ?? [:]).compactMap { key, target in
                    guard let quotation = key.string, !quotation.isEmpty else { return nil }
                    let speaker = target.string.flatMap { ["", "~", "null", "nil"].contains($0.lowercased()) ? nil : $0 }
                    return AttributionCorrection(quotation: quotation, speaker: speaker)
                }
                for (key, _) in value.mapping ?? [:] {
                    guard let quotation = key.string, !quotation.isEmpty, matter.attributionLines[quotation] == nil else { continue }
                    matter.attributionLines[quotation] = line(of: key)
                }
            default:
                if let string = value.string, headerKeys.contains(key) { matter.set(key: key, value: string) }
                if key == "title" { matter.titleLine = line(of: keyNode) }
                if key == "slug" { matter.slugLine = line(of: keyNode) }
                if key == "lang" || key == "language" { matter.langLine = line(of: keyNode) }
                if key == "date" { matter.dateLine = line(of: keyNode) }
                if key == "media", let string = value.string, let warning = MediaURL.warning(string, file: file, line: line(of: value)) {
                    matter.warnings.append(warning)
                }
                if key == "slug", let string = value.string, let warning = Slug.handSetWarning(string, file: file, line: line(of: value)) {
                    matter.warnings.append(warning)
                }
            }
        }
        return matter
    }
}

extension FrontMatter {
    /// A warning for a plain value (not in quotes) on its key's line that YAML reads with words
    /// left out: ` #` followed by a word starts a comment (`title: Episode #12: The vote` is
    /// read as `Episode`); a value starting with `&` names an anchor and one starting with `!` a
    /// tag (`title: &intro Real title`, read as `Real title`). A comment written `# …`, with a
    /// space after `#`, is taken as meant. Nil when none of these is met.
    /// - Parameter lines: the front matter's YAML split at line ends, once for all its keys.
    static func lostWordsWarning(_ keyNode: Node, _ value: Node, lines: [Substring], file: String, line: Int?) -> Diagnostic? {
        guard let scalar = value.scalar, scalar.style == .plain, let mark = keyNode.mark, let keyName = keyNode.string else { return nil }
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let written = lines[mark.line - 1].trimmingCharacters(in: ["\r"])
        let indent = String(written.prefix { $0 == " " })
        let afterKey = written.dropFirst(indent.count + keyName.count).drop { $0 == " " }
        guard afterKey.first == ":" else { return nil }
        let rest = String(afterKey.dropFirst().drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard let first = rest.first else { return nil }
        let quoted = YAMLProblem.quoted(rest, preferring: "\"")
        let hint = "if it is all text, put the value in quotes: \(Diagnostic.echo(indent + keyName + ": " + quoted))"
        if (first == "&" || first == "!") && !rest.hasPrefix("!!") {
            let what = first == "&" ? "names an anchor" : "gives a tag"
            return Diagnostic(
                .warning, file: file, line: line,
                message: "the value of '\(Diagnostic.echo(keyName))' starts with `\(first)`, which in YAML \(what): `\(rest.prefix { $0 != " " })` was left out and the value read as `\(scalar.string)`",
                hint: hint)
        }
        if let hash = rest.range(of: " #"), hash.upperBound < rest.endIndex, !rest[hash.upperBound].isWhitespace {
            return Diagnostic(
                .warning, file: file, line: line,
                message: "` #` starts a comment in YAML, so the value of '\(Diagnostic.echo(keyName))' was read as `\(scalar.string)` and `\(rest[rest.index(after: hash.lowerBound)...])` was left out",
                hint: hint)
        }
        return nil
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
