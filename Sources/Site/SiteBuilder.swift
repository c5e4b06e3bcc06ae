import Foundation
import Model

/// The Site stage: turns annotated documents into the pages and indexes of the site, in memory.
///
/// Output layout (DESIGN.md, "The site"), all paths relative to the output folder:
/// `index.html`, `transcripts/<slug>/index.html`, `transcripts/<slug>/index.md`,
/// `speakers/index.html`, `speakers/<id>/index.html`, `search/index.html`,
/// `search/search-index.js`, `data/transcripts.json`, `data/quotes.json`, `assets/…` (copied from
/// `<templates>/assets/`), and `feed.xml` and `sitemap.xml` when a base URL is configured (the
/// feed only when it has a date to state: ``AtomFeed``).
/// The same input always gives the same bytes: every list has a total order and no build time
/// is written (HAZARDS.md B14).
public struct SiteBuilder: Sendable {
    /// The configuration, with its base URL normalised to end in `/`.
    public let configuration: SiteConfiguration
    private let templates: TemplateSet
    private let assets: StaticAssets
    /// The site's words in the configured language (``SiteLabels``).
    public let labels: SiteLabels

    /// Loads and checks every template and reads every asset.
    /// - Throws: a ``Diagnostic`` naming the template (and line) for a missing template or
    ///   partial, a syntax error or an unknown variable (a typo Mustache would render as
    ///   empty), an unreadable asset, or a base URL that ``BaseURL`` refuses (not absolute
    ///   `http`/`https`, no host, a query or fragment).
    public init(configuration: SiteConfiguration) throws(Diagnostic) {
        var configuration = configuration
        if let base = configuration.baseURL {
            if let problem = BaseURL.problem(with: base) {
                throw Diagnostic(
                    .error, file: "configuration", message: "base URL '\(base)' is not a base URL: \(problem)",
                    hint: BaseURL.example)
            }
            if !base.hasSuffix("/") { configuration.baseURL = base + "/" }
        }
        self.configuration = configuration
        labels = try SiteLabels(
            language: configuration.language, folder: configuration.templatesDirectory.appendingPathComponent("labels"))
        templates = try TemplateSet(
            folder: configuration.templatesDirectory, knownVariables: PageContext.variableNames,
            knownLabels: SiteLabels.keys)
        assets = try StaticAssets(folder: configuration.templatesDirectory.appendingPathComponent("assets"))
    }

    /// Builds every file of the site.
    /// - Parameter documents: the transcripts, in any order; slugs must be unique.
    /// - Returns: the files sorted by path, each path once.
    /// - Throws: a ``Diagnostic`` naming the seed for a slug or speaker id that is not a single
    ///   path segment, or a slug used twice. (The pipeline makes every speaker id a folder name
    ///   first, with a warning, so for a speaker id this is a last resort against a programming
    ///   error, not a message a seed can cause.)
    public func build(_ documents: [SiteDocument]) throws(Diagnostic) -> [OutputFile] {
        var slugs: [String: String] = [:]
        for document in documents {
            let seed = document.transcript.seedPath
            guard SitePath.isValidSegment(document.slug) else {
                throw Diagnostic(.error, file: seed, message: "slug '\(document.slug)' cannot be a folder name")
            }
            if let other = slugs[document.slug] {
                throw Diagnostic(
                    .error, file: seed, message: "slug '\(document.slug)' is already used by \(other)",
                    hint: "give one of them its own slug in front matter")
            }
            slugs[document.slug] = seed
            for quotation in document.transcript.quotations {
                if let id = quotation.speakerID, SiteCatalog.isSpoken(quotation), !SitePath.isValidSegment(id) {
                    throw Diagnostic(.error, file: seed, message: "speaker id '\(id)' cannot be a folder name")
                }
            }
            for block in document.transcript.blocks {
                if let id = block.turn?.speakerID, !SitePath.isValidSegment(id) {
                    throw Diagnostic(.error, file: seed, line: block.line, message: "speaker id '\(id)' cannot be a folder name")
                }
            }
        }

        let catalog = SiteCatalog(documents: documents)
        let feed = configuration.baseURL.flatMap { base in
            AtomFeed.xml(catalog, baseURL: base, title: configuration.title, sourceDateEpoch: configuration.sourceDateEpoch)
        }
        let site = PageContext.Site(
            title: configuration.title, language: configuration.language, hasFeed: feed != nil,
            labels: labels)
        let speakerPages = Set(catalog.speakers.map { SitePath.speaker($0.id) })
        var files: [OutputFile] = []
        var pages: [(path: String, lastModified: CalendarDate?)] = []

        func page(_ path: String, _ template: String, _ context: [String: Any], lastModified: CalendarDate? = nil) {
            files.append(OutputFile(path: path, text: templates.renderPage(template, context: context)))
            pages.append((path, lastModified))
        }

        page(SitePath.home, "index", PageContext.home(catalog, site: site, speakerPages: speakerPages))
        // Transcript and speaker pages, most of the stage's work, are rendered in parallel; their
        // files are collected in input order, so the output does not depend on the number of threads.
        let transcriptFiles = ConcurrentMap.map(catalog.bySlug) { document -> [OutputFile] in
            let context = PageContext.transcript(document, in: catalog, site: site, speakerPages: speakerPages)
            var documentFiles = [
                OutputFile(path: SitePath.transcript(document.slug), text: templates.renderPage("transcript", context: context)),
                OutputFile(path: SitePath.markdown(document.slug), text: document.markdown),
                OutputFile(path: SitePath.tei(document.slug), text: TEIExport.xml(document.transcript)),
            ]
            if let vtt = WebVTTExport.vtt(document.transcript) {
                documentFiles.append(OutputFile(path: SitePath.vtt(document.slug), text: vtt))
            }
            return documentFiles
        }
        for (document, documentFiles) in zip(catalog.bySlug, transcriptFiles) {
            files += documentFiles
            pages.append((SitePath.transcript(document.slug), SiteCatalog.date(of: document)))
        }
        page(SitePath.speakers, "speakers", PageContext.speakerList(catalog, site: site))
        let speakerFiles = ConcurrentMap.map(catalog.speakers) { speaker in
            OutputFile(
                path: SitePath.speaker(speaker.id),
                text: templates.renderPage("speaker", context: PageContext.speaker(speaker, site: site)))
        }
        for file in speakerFiles {
            files.append(file)
            pages.append((file.path, nil))
        }
        page(SitePath.search, "search", PageContext.search(site: site))
        files.append(OutputFile(path: SitePath.searchIndex, text: SearchIndex.script(catalog, labels: labels)))
        files.append(OutputFile(path: "data/transcripts.json", text: TranscriptIndex.json(catalog).text))
        files.append(OutputFile(path: "data/quotes.json", text: QuoteIndex.json(catalog).text))
        if let feed { files.append(OutputFile(path: "feed.xml", text: feed)) }
        if let base = configuration.baseURL {
            files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(pages: pages, baseURL: base)))
        }
        files += assets.files

        files.sort { $0.path < $1.path }
        for (previous, next) in zip(files, files.dropFirst()) where previous.path == next.path {
            throw Diagnostic(
                .error, file: configuration.templatesDirectory.path,
                message: "two outputs would be written to '\(next.path)'")
        }
        return files
    }
}
