import Foundation
import Ingest
import Model
import Yams

/// Site-wide settings from `seeds/site.yml` (all optional):
/// ```yaml
/// title: Verbatim
/// base_url: https://example.org/archives/
/// lang: fr        # language of the site's own words (menus, headings, dates): en or fr
/// ```
struct SiteSettings: Sendable {
    var title = "Verbatim"
    var baseURL: String?
    var lang = "en"
    /// The line of `lang:` in `site.yml`, when it was read from there.
    var langLine: Int?
    /// Warnings about settings that were not used (a `lang` that is not a language tag), about
    /// how the file's bytes were read (invalid UTF-8, Windows-1252) and about control characters
    /// removed from it (``Ingest/SettingsText``).
    var warnings: [Diagnostic] = []

    /// The keys `site.yml` may hold, lowercased.
    static let knownKeys: Set<String> = ["title", "base_url", "lang"]

    /// Reads `site.yml` in `seedsDirectory`; a missing file gives the defaults. A `lang` that is
    /// not a BCP 47 tag (``Ingest/SeedReader/isLanguageTag(_:)``) is a warning at its line in
    /// ``warnings``, and the default stays. Keys are read without regard to case (`Title:` is
    /// `title:`, as in front matter); a key that is not one of ``knownKeys`` (a misspelt
    /// `tittle:`), and a key that repeats an earlier one in another case (the earlier is used),
    /// is a warning at its line naming the known keys or the earlier key.
    /// - Throws: a ``Diagnostic`` naming the file when it is in no encoding a seed may be in
    ///   (``Ingest/SettingsText/read(_:file:)``), not valid YAML or not a mapping (a
    ///   list, a line with no colon: `title My Site`), or naming
    ///   the line of a `base_url` that is not a base URL (``BaseURL``: absolute http(s), with a
    ///   host, no query or fragment).
    /// - Parameter baseURLOverridden: true when a valid `--base-url` replaces the file's
    ///   `base_url`, which is then only warned about when it is not a base URL.
    static func load(from seedsDirectory: URL, baseURLOverridden: Bool = false) throws(Diagnostic) -> SiteSettings {
        let url = seedsDirectory.appendingPathComponent("site.yml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return SiteSettings() }
        let file = url.relativePathForMessages
        // Decoded as a seed is: invalid UTF-8 or Windows-1252 is warned at its line, not used silently.
        let (text, readWarnings) = try SettingsText.read(data, file: file)
        let node: Node?
        do {
            node = try YAMLCompose.compose(yaml: text)
        } catch {
            let problem = YAMLProblem(error)
            throw Diagnostic(
                .error, file: file, line: problem.line, column: problem.column,
                message: "not valid YAML: \(problem.summary)",
                hint: problem.hint ?? "check the quoting and indentation of the settings lines")
        }
        var settings = SiteSettings()
        settings.warnings += readWarnings
        guard let node, !(node.scalar.map { $0.string.isEmpty && $0.style == .plain } ?? false) else { return settings }
        guard let written = node.mapping else {
            // A list, or lines with no `key: ` (`title My Site`), which YAML reads as one text:
            // no setting would be read, and the site would be published with the defaults.
            let line = node.mark?.line ?? 1
            throw Diagnostic(
                .error, file: file, line: line, column: node.mark?.column,
                message: "not a set of `key: value` settings but \(node.sequence != nil ? "a list" : "a single value"), so no setting could be read",
                hint: (node.scalar != nil ? YAMLProblem.missingColonAdvice(yaml: text, line: line) : nil)
                    ?? "write one setting a line as `key: value`, e.g. `title: My Site` (keys: \(knownKeys.sorted().joined(separator: ", ")))")
        }
        // Keys are read without regard to case, as front matter's and speakers.yml's are.
        var mapping: [String: Node] = [:]
        var keyNodes: [String: Node] = [:]
        for (keyNode, value) in written {
            guard let word = keyNode.string else { continue }
            let key = word.lowercased()
            guard knownKeys.contains(key) else {
                settings.warnings.append(Diagnostic(
                    .warning, file: file, line: keyNode.mark?.line, column: keyNode.mark?.column,
                    message: "unknown site setting '\(Diagnostic.echo(word))' (known keys: \(knownKeys.sorted().joined(separator: ", "))); it was ignored",
                    hint: "check its spelling"))
                continue
            }
            if let first = keyNodes[key] {
                settings.warnings.append(FrontMatterKeys.repeatedKeyWarning(
                    "site setting", word: word, first: first.string ?? key, firstLine: first.mark?.line,
                    file: file, line: keyNode.mark?.line, column: keyNode.mark?.column))
                continue
            }
            keyNodes[key] = keyNode
            mapping[key] = value
        }
        if let title = mapping["title"], title.scalar == nil {
            settings.warnings.append(Diagnostic(
                .warning, file: file, line: title.mark?.line, column: title.mark?.column,
                message: "site setting 'title' is not a single value (it is a \(title.sequence != nil ? "list" : "mapping")); it was ignored, and the site is titled '\(settings.title)'",
                hint: "write `title: …` on one line"))
        }
        if let title = mapping["title"]?.string?.foldedToOneLine, !title.isEmpty { settings.title = title }
        if let node = mapping["base_url"] {
            var problem: Diagnostic?
            if let base = node.string {
                if !base.isEmpty, let reason = BaseURL.problem(with: base) {
                    problem = Diagnostic(
                        .error, file: file, line: node.mark?.line, column: node.mark?.column,
                        message: "base_url \(BaseURL.quoted(Diagnostic.echo(base))) is not a base URL: \(reason)", hint: BaseURL.example)
                } else if !base.isEmpty {
                    settings.baseURL = base
                }
            } else if node.scalar == nil {
                problem = Diagnostic(
                    .error, file: file, line: node.mark?.line, column: node.mark?.column,
                    message: "base_url is not a string but a \(node.sequence != nil ? "list" : "mapping")",
                    hint: "write one URL, e.g. base_url: https://example.org/archives/")
            }
            if var problem {
                guard baseURLOverridden else { throw problem }
                problem.severity = .warning
                problem.message += "; --base-url is used instead"
                settings.warnings.append(problem)
            }
        }
        if let node = mapping["lang"], let lang = node.string, !lang.isEmpty {
            // It goes into `<html lang="…">`: only the shape of a language tag is taken.
            if SeedReader.isLanguageTag(lang) {
                settings.lang = lang
                settings.langLine = node.mark?.line
            } else {
                settings.warnings.append(Diagnostic(
                    .warning, file: file, line: node.mark?.line, column: node.mark?.column,
                    message: "lang '\(Diagnostic.echo(lang))' is not a language tag; the site is in \(settings.lang)",
                    hint: "write a BCP 47 tag such as fr, en or pt-BR"))
            }
        }
        return settings
    }
}
