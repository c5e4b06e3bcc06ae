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
    /// Warnings about settings that were not used (a `lang` that is not a language tag) and about
    /// control characters removed from the file (``Ingest/SettingsText``).
    var warnings: [Diagnostic] = []

    /// Reads `site.yml` in `seedsDirectory`; a missing file gives the defaults. A `lang` that is
    /// not a BCP 47 tag (``Ingest/SeedReader/isLanguageTag(_:)``) is a warning at its line in
    /// ``warnings``, and the default stays.
    /// - Throws: a ``Diagnostic`` naming the file when it is not a valid YAML mapping, or naming
    ///   the line of a `base_url` that is not a base URL (``BaseURL``: absolute http(s), with a
    ///   host, no query or fragment).
    /// - Parameter baseURLOverridden: true when a valid `--base-url` replaces the file's
    ///   `base_url`, which is then only warned about when it is not a base URL.
    static func load(from seedsDirectory: URL, baseURLOverridden: Bool = false) throws(Diagnostic) -> SiteSettings {
        let url = seedsDirectory.appendingPathComponent("site.yml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return SiteSettings() }
        let file = url.relativePathForMessages
        let (text, controlWarning) = SettingsText.read(data, file: file)
        let node: Node?
        do {
            node = try YAMLCompose.compose(yaml: text)
        } catch {
            let problem = YAMLProblem(error)
            throw Diagnostic(
                .error, file: file, line: problem.line, column: problem.column,
                message: "not valid YAML: \(problem.summary)",
                hint: "check the quoting and indentation of the settings lines")
        }
        var settings = SiteSettings()
        if let controlWarning { settings.warnings.append(controlWarning) }
        guard let mapping = node?.mapping else { return settings }
        if let title = mapping["title"]?.string?.foldedToOneLine, !title.isEmpty { settings.title = title }
        if let node = mapping["base_url"] {
            var problem: Diagnostic?
            if let base = node.string {
                if !base.isEmpty, let reason = BaseURL.problem(with: base) {
                    problem = Diagnostic(
                        .error, file: file, line: node.mark?.line, column: node.mark?.column,
                        message: "base_url \(BaseURL.quoted(base)) is not a base URL: \(reason)", hint: BaseURL.example)
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
                    message: "lang '\(lang)' is not a language tag; the site is in \(settings.lang)",
                    hint: "write a BCP 47 tag such as fr, en or pt-BR"))
            }
        }
        return settings
    }
}
