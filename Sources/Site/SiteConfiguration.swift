import Foundation

/// What the Site stage needs besides the documents: where the templates are, the public URL
/// and the site's title and language.
public struct SiteConfiguration: Sendable {
    /// Folder holding `layout.mustache`, the page templates, `partials/` and `assets/`.
    public var templatesDirectory: URL
    /// Absolute `http`/`https` URL where the site is published, e.g.
    /// `https://example.org/archives/`; needed only for `feed.xml` and `sitemap.xml`, which are
    /// not generated when it is nil. A missing trailing `/` is added.
    public var baseURL: String?
    /// The site's name, shown in every page header and as the feed title.
    public var title: String
    /// BCP 47 language of the site: the language of its own words on every page (menus, counts,
    /// dates, footers; ``SiteLabels``, from `<templates>/labels/`) and the `<html lang>` of the
    /// home, speaker and search pages; transcript pages have their document's `<html lang>`.
    public var language: String
    /// Seconds since 1970-01-01 UTC to use as the feed's `<updated>` when no transcript has a
    /// date (reproducible-builds.org `SOURCE_DATE_EPOCH`); nil gives 1970-01-01.
    public var sourceDateEpoch: Int?

    /// A configuration; see each property for the meaning and defaults.
    public init(
        templatesDirectory: URL, baseURL: String? = nil, title: String, language: String = "en",
        sourceDateEpoch: Int? = nil
    ) {
        self.templatesDirectory = templatesDirectory
        self.baseURL = baseURL
        self.title = title
        self.language = language
        self.sourceDateEpoch = sourceDateEpoch
    }

    /// The `SOURCE_DATE_EPOCH` environment variable as an integer, or nil when unset or not a
    /// decimal integer.
    public static func sourceDateEpochFromEnvironment() -> Int? {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
    }
}
