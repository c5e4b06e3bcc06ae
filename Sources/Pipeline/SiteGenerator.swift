import Annotate
import Foundation
import Ingest
import Markdown
import Model
import Render
import Site
import Write

/// Runs the stages for a whole seeds folder: Ingest → Annotate → Markdown → Render → Site → Write.
///
/// A `.md` seed that is annotated Markdown (``Markdown/AnnotatedMarkdownReader/isAnnotatedMarkdown(_:)``:
/// Verbatim's own front matter, or `.quote` spans and `.turn` divs in its body) is read back
/// with ``Markdown/AnnotatedMarkdownReader`` and not annotated again, so that a hand
/// correction in it wins; every other seed goes through Ingest and Annotate.
///
/// Each seed goes through the first four stages on its own (in parallel, results kept in seed
/// order, so the output does not depend on the number of threads); a seed that fails is reported
/// and left out, and every other page is still generated. The site stage then builds the pages
/// and indexes, and the write stage puts only changed files on disk, each atomically.
public struct SiteGenerator: Sendable {
    private let options: GenerateOptions
    private let renderer: any MarkdownRenderer

    /// - Parameters:
    ///   - options: folders and flags from the command line.
    ///   - renderer: the Markdown renderer; cmark-gfm unless a test gives another.
    public init(options: GenerateOptions, renderer: any MarkdownRenderer = CmarkRenderer()) {
        self.options = options
        self.renderer = renderer
    }

    /// Generates (or, with `checkOnly`, checks) the site.
    /// - Throws: a ``Diagnostic`` only for what stops the whole site: an unreadable seeds folder,
    ///   broken templates or settings, an output folder that cannot be written.
    public func run() throws(Diagnostic) -> GenerateReport {
        let settings = try SiteSettings.load(from: options.seedsDirectory)
        // A missing templates folder stops the run before any seed is annotated.
        try TemplateSet.checkFolder(options.templatesDirectory)
        let seedPaths = try SeedCatalog.seedPaths(in: options.seedsDirectory, excluding: options.outputDirectory)
        // Canonical speakers from seeds/speakers.yml; a broken file is reported and the site is
        // still built without it.
        var directoryProblems: [Diagnostic] = []
        let directory: SpeakerDirectory
        do {
            directory = try SpeakerDirectory.load(seedsDirectory: options.seedsDirectory)
        } catch let error as SpeakerDirectory.LoadError {
            directory = .empty
            directoryProblems.append(Diagnostic(
                .error, file: options.seedsDirectory.appendingPathComponent("speakers.yml").relativePathForMessages,
                line: error.line, message: "\(error.reason); the site was built without it",
                hint: "list speakers as `id: {name: …, aliases: […], role: …}`"))
        } catch {
            directory = .empty
            directoryProblems.append(Diagnostic(
                .error, file: options.seedsDirectory.appendingPathComponent("speakers.yml").relativePathForMessages,
                message: "\(error); the site was built without it"))
        }
        let annotator: Annotator
        do {
            annotator = try Annotator(directory: directory)
        } catch {
            throw Diagnostic(.error, file: "Lexicons", message: "the annotator's lexicons cannot be loaded: \(error)")
        }

        // Ingest and annotate each seed; failures become diagnostics.
        let outcomes = ConcurrentMap.map(seedPaths) { path -> SeedOutcome in
            let url = options.seedsDirectory.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                return SeedOutcome(transcript: nil, diagnostics: [Diagnostic(.error, file: path, message: "the file cannot be read")])
            }
            do throws(Diagnostic) {
                if let text = Self.annotatedMarkdown(data, path: path) {
                    let result = try AnnotatedMarkdownReader.read(text, seedPath: path)
                    return SeedOutcome(transcript: result.transcript, diagnostics: result.warnings)
                }
                let sidecar = FileManager.default.contents(
                    atPath: options.seedsDirectory.appendingPathComponent(SeedReader.sidecarPath(of: path)).path)
                let result = try SeedReader.read(Array(data), seedPath: path, sidecar: sidecar.map(Array.init))
                var warnings = result.warnings
                // A reviewer's front-matter corrections win over the annotator's calls.
                let (transcript, unmatched) = AttributionCorrection.apply(
                    result.document.metadata.attributions, to: annotator.annotate(result.document), directory: directory)
                warnings += unmatched.map { correction in
                    Diagnostic(
                        .warning, file: path,
                        message: "the attribution correction for `\(correction.quotation)` matches no quotation; it was not applied",
                        hint: "name a quotation by its id (q-…) or by the first words of its text")
                }
                return SeedOutcome(transcript: transcript, diagnostics: warnings)
            } catch {
                return SeedOutcome(transcript: nil, diagnostics: [error])
            }
        }
        var diagnostics = outcomes.flatMap { $0.diagnostics }.map { diagnostic -> Diagnostic in
            var located = diagnostic
            if !located.file.hasPrefix("/") { located.file = options.seedsDirectory.appendingPathComponent(located.file).relativePathForMessages }
            return located
        }
        diagnostics = directoryProblems + diagnostics
        // One person, one speaker page across documents (issue 3), in seed-path order.
        let transcripts = SpeakerMerger.merge(outcomes.compactMap { $0.transcript }, directory: directory)

        // Slugs: hand-set or from the title, unique in seed-path order (HAZARDS B16).
        let bases = transcripts.map { $0.metadata.slug.map(Slug.make(from:)) ?? Slug.make(from: $0.metadata.title) }
        let slugs = Slug.disambiguate(bases)
        for (index, transcript) in transcripts.enumerated() {
            let base = bases[index]
            if slugs[index] != base {
                diagnostics.append(Diagnostic(
                    .warning, file: options.seedsDirectory.appendingPathComponent(transcript.seedPath).relativePathForMessages,
                    message: "slug `\(base)` is already taken by another seed; this one is published as `\(slugs[index])`",
                    hint: "set `slug:` in its front matter to choose another"))
            }
        }

        let renderer = self.renderer
        let documents = ConcurrentMap.map(Array(transcripts.indices)) { index -> (SiteDocument, [String]) in
            let transcript = transcripts[index]
            let slug = slugs[index]
            // Turn speakers link to their pages (every turn speaker has one: SiteCatalog).
            var links: [String: String] = [:]
            for id in transcript.blocks.compactMap(\.turn?.speakerID) where links[id] == nil {
                links[id] = SitePath.link(from: SitePath.transcript(slug), to: SitePath.speaker(id))
            }
            let context = RenderContext(
                speakers: transcript.speakers.map { (id: $0.id, name: $0.name) }, lang: transcript.metadata.lang,
                idPrefix: slug + "-", speakerLinks: links,
                media: transcript.metadata.media.flatMap { MediaKind.isPlayable($0) ? $0 : nil })
            let fragment = renderer.render(AnnotatedMarkdownWriter.body(for: transcript), context: context)
            let document = SiteDocument(
                transcript: transcript, slug: slug,
                markdown: AnnotatedMarkdownWriter.document(for: transcript, slug: slug), bodyHTML: fragment.html)
            return (document, fragment.warnings)
        }
        for (index, (_, warnings)) in documents.enumerated() {
            let file = options.seedsDirectory.appendingPathComponent(transcripts[index].seedPath).relativePathForMessages
            diagnostics += warnings.map { Diagnostic(.warning, file: file, message: $0) }
        }

        let baseURL = options.baseURL ?? settings.baseURL
        if baseURL == nil {
            diagnostics.append(Diagnostic(
                .warning, file: options.seedsDirectory.appendingPathComponent("site.yml").relativePathForMessages,
                message: "no base URL, so feed.xml and sitemap.xml are not written",
                hint: "set `base_url: https://…/` in site.yml or pass --base-url"))
        }
        let configuration = SiteConfiguration(
            templatesDirectory: options.templatesDirectory, baseURL: baseURL,
            title: settings.title, language: settings.lang, sourceDateEpoch: SiteConfiguration.sourceDateEpochFromEnvironment())
        let files = try SiteBuilder(configuration: configuration).build(documents.map(\.0))

        var report = GenerateReport(
            diagnostics: diagnostics, seedCount: seedPaths.count, transcriptCount: transcripts.count, written: [],
            unchanged: 0, removed: [], changed: [])
        if options.checkOnly {
            report.changed = try SiteWriter.changes(files, in: options.outputDirectory)
        } else {
            let written = try SiteWriter.write(files, to: options.outputDirectory)
            report.written = written.written
            report.unchanged = written.unchanged.count
            report.removed = written.removed
        }
        return report
    }
}

extension SiteGenerator {
    /// The text of a seed that is annotated Markdown: a `.md` or `.markdown` file, valid UTF-8,
    /// that ``Markdown/AnnotatedMarkdownReader/isAnnotatedMarkdown(_:)`` recognises; nil for
    /// every other seed (which Ingest reads, and reports when its bytes are not text).
    static func annotatedMarkdown(_ data: Data, path: String) -> String? {
        let lowered = path.lowercased()
        guard lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown"),
              let text = String(data: data, encoding: .utf8), AnnotatedMarkdownReader.isAnnotatedMarkdown(text)
        else { return nil }
        return text
    }
}

/// The result of the first stages for one seed.
private struct SeedOutcome: Sendable {
    var transcript: Transcript?
    var diagnostics: [Diagnostic]
}

extension URL {
    /// The path relative to the working directory when it lies below it, else the full path.
    var relativePathForMessages: String {
        let path = standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
