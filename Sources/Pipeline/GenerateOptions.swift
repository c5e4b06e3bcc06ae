import Foundation

/// What `verbatim generate` was asked to do, as one value handed from the command line to the
/// pipeline.
public struct GenerateOptions: Sendable {
    /// Folder of seed documents (default `seeds`).
    public var seedsDirectory: URL
    /// Folder of Mustache templates and assets (default `templates`).
    public var templatesDirectory: URL
    /// Folder the site is written to (default `public`).
    public var outputDirectory: URL
    /// Absolute URL the site will be served from, for the feed and sitemap; overrides
    /// `base_url` in `seeds/site.yml`. Nil: use the site file's, or write no feed and sitemap.
    public var baseURL: String?
    /// When true, write nothing and report which files would change.
    public var checkOnly: Bool

    public init(seedsDirectory: URL, templatesDirectory: URL, outputDirectory: URL, baseURL: String? = nil, checkOnly: Bool = false) {
        self.seedsDirectory = seedsDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.checkOnly = checkOnly
    }
}
