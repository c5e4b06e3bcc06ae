import Foundation
import Model

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

    /// The `SOURCE_DATE_EPOCH` environment variable (``sourceDateEpoch(from:)``).
    /// - Throws: as ``sourceDateEpoch(from:)``.
    public static func sourceDateEpochFromEnvironment() throws(Diagnostic) -> Int? {
        try sourceDateEpoch(from: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
    }

    /// The latest `SOURCE_DATE_EPOCH` whose day has a four-digit year: 9999-12-31T23:59:59Z.
    public static let latestSourceDateEpoch = 253_402_300_799

    /// A `SOURCE_DATE_EPOCH` value read as the reproducible-builds.org specification says
    /// (https://reproducible-builds.org/specs/source-date-epoch/, "SOURCE_DATE_EPOCH"): an ASCII
    /// decimal integer of seconds since 1970-01-01T00:00:00Z, not negative; a malformed value is
    /// an error that stops the build ("the build process SHOULD exit with a non-zero error code"),
    /// never ignored. The dates Verbatim writes have four-digit years (RFC 3339, ISO 8601), so
    /// the value is at most ``latestSourceDateEpoch``.
    /// - Parameter value: the variable's value; nil or empty when unset (nil is returned).
    /// - Throws: a ``Model/Diagnostic`` naming `SOURCE_DATE_EPOCH` for any other value than
    ///   digits (`abc`, `-5`, `1.5`, ` 42`), or one past the year 9999.
    public static func sourceDateEpoch(from value: String?) throws(Diagnostic) -> Int? {
        guard let value, !value.isEmpty else { return nil }
        let shown = ControlCharacters.visible(value.count > 40 ? String(value.prefix(40)) + "…" : value)
        guard value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw Diagnostic(
                .error, file: "SOURCE_DATE_EPOCH",
                message: "the environment variable is `\(shown)`, not a number of seconds since 1970-01-01 (digits only), so nothing was generated",
                hint: "set it to a whole number such as the last commit's time, `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, or unset it")
        }
        guard let seconds = Int(value), seconds <= latestSourceDateEpoch else {
            throw Diagnostic(
                .error, file: "SOURCE_DATE_EPOCH",
                message: "the environment variable is `\(shown)`, a time after the year 9999, which no date Verbatim writes can hold, so nothing was generated",
                hint: "set it to a number of seconds since 1970-01-01 of at most \(latestSourceDateEpoch), such as `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`")
        }
        return seconds
    }
}
