import Foundation
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

    /// Reads `site.yml` in `seedsDirectory`; a missing file gives the defaults.
    /// - Throws: a ``Diagnostic`` naming the file when it is not a valid YAML mapping.
    static func load(from seedsDirectory: URL) throws(Diagnostic) -> SiteSettings {
        let url = seedsDirectory.appendingPathComponent("site.yml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return SiteSettings() }
        let file = url.path
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
        } catch {
            throw Diagnostic(.error, file: file, message: "not valid YAML: \(error)")
        }
        var settings = SiteSettings()
        guard let mapping = node?.mapping else { return settings }
        if let title = mapping["title"]?.string, !title.isEmpty { settings.title = title }
        if let base = mapping["base_url"]?.string, !base.isEmpty { settings.baseURL = base }
        if let lang = mapping["lang"]?.string, !lang.isEmpty { settings.lang = lang }
        return settings
    }
}
