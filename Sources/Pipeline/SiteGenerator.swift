import Annotate
import Foundation
import Ingest
import Markdown
import Model
import Render
import Site
import Write
import Yams

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
/// and indexes, and the write stage puts only changed files on disk, each atomically; a file
/// that cannot be written is reported and every other file is still written.
///
/// A seed that fails now but published pages before (found through the previous run's
/// `data/transcripts.json` and manifest; ``PreviousPublication``) does not take its article
/// offline: its files under `transcripts/<slug>/` are kept byte for byte, its slug stays its own,
/// and its previous entries stay in the home page, speaker pages, search, feed and data, read
/// back from its published `index.md`. Its error still makes the run fail, and a warning says
/// what was kept. Deleting the seed is what unpublishes the pages.
///
/// Permalinks stay put from run to run: a seed published before keeps its slug, and a speaker
/// published before keeps its page's id (``SpeakerPermalinks``), both read back from the
/// previous `data/transcripts.json`; only new pages whose names clash take the next free number.
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
    ///   broken templates, labels (`templates/labels/<lang>.json`) or settings, an output folder
    ///   that cannot be written. Its file is named relative to the working directory when it lies
    ///   below it (`templates/labels/fr.json:3:17`), as seed messages are.
    public func run() throws(Diagnostic) -> GenerateReport {
        do {
            return try generate()
        } catch {
            throw error.relativeToWorkingDirectory
        }
    }

    private func generate() throws(Diagnostic) -> GenerateReport {
        // A malformed SOURCE_DATE_EPOCH stops the run before anything is read or written.
        let sourceDateEpoch = try SiteConfiguration.sourceDateEpochFromEnvironment()
        let settings = try SiteSettings.load(
            from: options.seedsDirectory,
            baseURLOverridden: options.baseURL.map { BaseURL.problem(with: $0) == nil } ?? false)
        // A missing templates folder stops the run before any seed is annotated.
        try TemplateSet.checkFolder(options.templatesDirectory)
        let listing = try SeedCatalog.listing(of: options.seedsDirectory, excluding: options.outputDirectory)
        let seedPaths = listing.paths
        // A site of no transcript is never what a run is for; more likely the wrong folder (or an
        // empty mount), and writing it would remove every page published before.
        guard !seedPaths.isEmpty else {
            throw Diagnostic(
                .error, file: options.seedsDirectory.relativePathForMessages,
                message: "no seeds in the seeds folder, so nothing was generated (\(options.outputDirectory.relativePathForMessages)/ is left as it was)",
                hint: "put transcripts in it, or name another folder with --seeds")
        }
        // Canonical speakers from seeds/speakers.yml; a broken file is reported and the site is
        // still built without it.
        var directoryProblems: [Diagnostic] = []
        let directory: SpeakerDirectory
        var declaredLines: [String: Int] = [:]
        // A speakers file that cannot be read at all keeps the speaker pages published before, as
        // a seed that cannot be read keeps its pages.
        var keepPublishedSpeakerPages = false
        let speakersFile = options.seedsDirectory.appendingPathComponent("speakers.yml").relativePathForMessages
        do {
            let loaded = try Self.loadSpeakerDirectory(seedsDirectory: options.seedsDirectory)
            directory = loaded.directory
            declaredLines = loaded.idLines
            directoryProblems += loaded.readWarnings
            directoryProblems += loaded.skipped.map { problem in
                Diagnostic(
                    .warning, file: speakersFile, line: problem.line, column: problem.column, message: problem.reason,
                    hint: problem.hint ?? "list speakers as `id: {name: …, aliases: […], role: …}`; an id is one folder name")
            }
            directoryProblems += loaded.unknownKeys
        } catch let error as SpeakerDirectory.LoadError {
            directory = .empty
            keepPublishedSpeakerPages = FileManager.default.fileExists(atPath: options.seedsDirectory.appendingPathComponent("speakers.yml").path)
            directoryProblems.append(Diagnostic(
                .error, file: speakersFile,
                line: error.line, column: error.column, message: "\(error.reason); the site was built without it, keeping any pages published before",
                hint: error.hint ?? "list speakers as `id: {name: …, aliases: […], role: …}`"))
        } catch let error as Diagnostic {
            // In no encoding a settings file may be in (SettingsText.read): the speaker pages
            // published before are kept.
            directory = .empty
            keepPublishedSpeakerPages = true
            var unread = error
            unread.message += "; the site was built without it, keeping any pages published before"
            directoryProblems.append(unread)
        } catch {
            directory = .empty
            keepPublishedSpeakerPages = true
            directoryProblems.append(Diagnostic(
                .error, file: speakersFile,
                message: "\(error); the site was built without it, keeping any pages published before"))
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
                // A symbolic link whose target is gone, or a file the user may not read.
                let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)
                if target == nil, path.unicodeScalars.contains("\u{FFFD}") {
                    // A name written in another encoding (Latin-1 `caf\xe9.txt` from an old
                    // archive) is listed with U+FFFD in its place, a name no file has.
                    return SeedOutcome(transcript: nil, diagnostics: [Diagnostic(
                        .error, file: path, message: "the file's name is not valid UTF-8 (shown here with �), so it cannot be opened by it",
                        hint: "rename the file with a UTF-8 name (for instance without its accented letters)")])
                }
                return SeedOutcome(transcript: nil, diagnostics: [Diagnostic(
                    .error, file: path,
                    message: target.map { "the file is a symbolic link to \($0), which does not exist or cannot be read" } ?? "the file cannot be read",
                    hint: target == nil ? "check its permissions" : "fix or delete the link")])
            }
            do throws(Diagnostic) {
                if let markdown = try Self.annotatedMarkdown(data, path: path) {
                    let result = markdown.result
                    return SeedOutcome(
                        transcript: result.transcript, diagnostics: markdown.warnings + result.warnings, metadataLines: result.metadataLines)
                }
                let sidecar = FileManager.default.contents(
                    atPath: options.seedsDirectory.appendingPathComponent(SeedReader.sidecarPath(of: path)).path)
                let result = try SeedReader.read(Array(data), seedPath: path, sidecar: sidecar.map(Array.init))
                var warnings = result.warnings
                // A reviewer's front-matter corrections win over the annotator's calls.
                let corrected = AttributionCorrection.applyReporting(
                    result.document.metadata.attributions, to: annotator.annotate(result.document), directory: directory)
                // Each at its line in the front matter or the sidecar that writes it.
                warnings += corrected.warnings { quotation in
                    let place = result.metadataLines.attributions[quotation]
                    return (place?.file ?? path, place?.line)
                }
                return SeedOutcome(transcript: corrected.transcript, diagnostics: warnings, metadataLines: result.metadataLines)
            } catch {
                return SeedOutcome(transcript: nil, diagnostics: [error])
            }
        }
        let seedsWithErrors = outcomes.count(where: { $0.transcript == nil })
        let seedErrors = outcomes.reduce(0) { $0 + $1.diagnostics.errorCount }
        // Each seed's messages in the order of its lines (a correction's after the text's, else).
        var diagnostics = outcomes.flatMap { $0.diagnostics.inLineOrder }.map { diagnostic -> Diagnostic in
            var located = diagnostic
            if !located.file.hasPrefix("/") { located.file = options.seedsDirectory.appendingPathComponent(located.file).relativePathForMessages }
            return located
        }
        // Names left out because another name leads to the same file.
        let catalogNotes = listing.notes.map { note -> Diagnostic in
            var located = note
            located.file = options.seedsDirectory.appendingPathComponent(note.file).relativePathForMessages
            return located
        }
        diagnostics = settings.warnings + Self.missingLabels(for: settings, seedsDirectory: options.seedsDirectory, templatesDirectory: options.templatesDirectory)
            + directoryProblems + catalogNotes + diagnostics

        // A seed that published pages before and fails now keeps them as they were (its error
        // above still makes the run exit 1), and its previous entries stay in the site's lists.
        // (Also read when every seed was read: it holds the slugs pages were published under.)
        let previous = PreviousPublication(folder: options.outputDirectory, displayPath: options.outputDirectory.relativePathForMessages)
        if let problem = previous.problem { diagnostics.append(problem) }
        diagnostics += previous.entryProblems + previous.speakerProblems
        if let problem = previous.keptRecordProblem { diagnostics.append(problem) }
        var kept: [PreviousPublication.KeptDocument] = []
        // The transcripts kept because `speakers.yml` cannot be read: said once, after the loop.
        var keptForSpeakersFile: [String] = []
        var keptForSpeakersFileSeeds: Set<String> = []
        for (index, outcome) in outcomes.enumerated() where outcome.transcript == nil || keepPublishedSpeakerPages {
            guard let document = previous.kept(seedPath: seedPaths[index]) else { continue }
            if outcome.transcript != nil {
                // Read, but without `speakers.yml`, which cannot be read: its pages published
                // before hold the roles and aliases the file gave, so they are kept as they were
                // rather than written anew without them (when they can be listed as they were).
                guard document.transcript != nil else { continue }
                kept.append(document)
                keptForSpeakersFile.append("transcripts/\(document.slug)/")
                keptForSpeakersFileSeeds.insert(document.seedPath)
                continue
            }
            kept.append(document)
            diagnostics.append(Diagnostic(
                .warning, file: options.seedsDirectory.appendingPathComponent(seedPaths[index]).relativePathForMessages,
                message: "the pages published from this seed before (transcripts/\(document.slug)/) are kept as they were"
                    + (document.transcript == nil ? ", but no longer listed" : ", and stay listed as they were"),
                hint: "fix the error above and generate again; delete the seed to unpublish them"))
            // Its published `index.md` could not be read back: said at that file, so that it is
            // not taken for the seed (the pages stay; Verbatim's record keeps them next run too).
            if let unreadable = document.unreadable {
                diagnostics.append(Diagnostic(
                    .warning,
                    file: options.outputDirectory.appendingPathComponent(SitePath.markdown(document.slug)).relativePathForMessages,
                    line: unreadable.line, column: unreadable.column,
                    message: "this published file, from which the pages kept for "
                        + options.seedsDirectory.appendingPathComponent(seedPaths[index]).relativePathForMessages
                        + " are listed, cannot be read back (\(unreadable.reason)), so they are no longer listed on the home page, speaker pages, search, feed and data; they stay online as they were",
                    hint: "fix the seed's error and generate again, which writes this file anew; or restore it from version control"))
            }
        }
        if !keptForSpeakersFile.isEmpty {
            let count = keptForSpeakersFile.count
            diagnostics.append(Diagnostic(
                .warning, file: speakersFile,
                message: "the pages published before from \(count) seed\(count == 1 ? "" : "s") (" + keptForSpeakersFile.prefix(3).joined(separator: ", ")
                    + (count > 3 ? ", …" : "") + ") are kept as they were, and stay listed as they were, because this file cannot be read: written anew without it, they would lose the roles and aliases it gives",
                hint: "fix \(speakersFile) and generate again"))
        }
        let keptSlug = Dictionary(uniqueKeysWithValues: kept.map { ($0.seedPath, $0.slug) })
        // A kept document is read back from its published `index.md`, so a line found in it is
        // a line of that file, not of the seed the user edits: a message about it names that file.
        let keptMarkdown = Dictionary(uniqueKeysWithValues: kept.filter { $0.transcript != nil }.map { document in
            (document.seedPath, options.outputDirectory.appendingPathComponent(SitePath.markdown(document.slug)).relativePathForMessages)
        })
        let shownFile = { (path: String) -> String in
            keptMarkdown[path] ?? options.seedsDirectory.appendingPathComponent(path).relativePathForMessages
        }
        // Read back, a kept `index.md` gets the checks any annotated-Markdown seed gets, each
        // message at its line in that file.
        for document in kept where document.transcript != nil {
            diagnostics += document.warnings.map { warning in
                var located = warning
                if located.file == document.seedPath { located.file = shownFile(document.seedPath) }
                return located
            }
        }
        var read: [Transcript] = []
        for (index, outcome) in outcomes.enumerated() {
            if let transcript = kept.first(where: { $0.seedPath == seedPaths[index] })?.transcript {
                read.append(transcript)
            } else if let transcript = outcome.transcript {
                read.append(transcript)
            }
        }
        // No seed read and none kept: writing would remove every page published before.
        guard !read.isEmpty else {
            diagnostics.append(Diagnostic(
                .error, file: options.seedsDirectory.relativePathForMessages,
                message: "no seed could be read, so nothing was generated (\(options.outputDirectory.relativePathForMessages)/ is left as it was)",
                hint: "fix the errors above"))
            var report = GenerateReport(
                diagnostics: diagnostics, seedCount: seedPaths.count, transcriptCount: 0, kept: [],
                written: [], unchanged: 0, removed: [], changed: [], failed: [])
            report.seedsWithErrors = seedsWithErrors
            report.seedErrors = seedErrors
            return report
        }
        // One person, one speaker page across documents (issue 3), in seed-path order; a
        // speaker published before keeps its page's id (SpeakerPermalinks).
        let merged = SpeakerMerger.mergeReportingJoins(read, directory: directory)
        let stabilized = SpeakerPermalinks.stabilize(
            merged.transcripts, declared: Set(directory.speakers.map(\.id)),
            published: { previous.publishedSpeakerID(seedPath: $0.seedPath, name: $0.name, occurrence: $0.occurrence) })
        let linesBySeed = Dictionary(
            outcomes.indices.map { (seedPaths[$0], outcomes[$0].metadataLines) }, uniquingKeysWith: { first, _ in first })
        diagnostics += merged.joins.map { join in
            Self.sameIDWarning(join, transcripts: read, lines: linesBySeed, shown: shownFile)
        }
        // Every id one page folder, on every file system: an id a front matter or sidecar wrote
        // that is no folder name becomes its slug, and ids that differ only by case are one
        // speaker, each with a warning, so that one seed never stops the site (SpeakerIDCheck).
        let checked = SpeakerIDCheck.apply(
            stabilized, declared: directory.speakers, speakersFile: speakersFile, declaredLine: { declaredLines[$0] },
            shown: shownFile,
            declaredAt: { seedPath, id in linesBySeed[seedPath]?.speakers[id] })
        let transcripts = checked.transcripts
        diagnostics += (checked.warnings + Self.speakerSlugCollisions(in: transcripts)).map { diagnostic in
            var located = diagnostic
            located.file = shownFile(located.file)
            return located
        }

        // Slugs: hand-set or from the title, unique in date then seed-path order (HAZARDS B16); a kept
        // document holds the slug it was published under, and so does a seed published before
        // whose slug is still its base or a number of it: adding a seed (one that sorts earlier,
        // or one whose title gives `x-2`) never renumbers another seed's pages.
        let fresh = transcripts.indices.filter { keptSlug[transcripts[$0].seedPath] == nil }
        let bases = fresh.map { index in
            Slug.forDocument(slug: transcripts[index].metadata.slug, title: transcripts[index].metadata.title)
        }
        var held: [Int: String] = [:]
        var heldSlugs = Set(kept.map(\.slug))
        for (position, index) in fresh.enumerated() {
            guard let published = previous.publishedSlug(of: transcripts[index].seedPath),
                published == bases[position] || Slug.isNumbered(published, of: bases[position]),
                heldSlugs.insert(published).inserted
            else { continue }
            held[position] = published
        }
        // Seeds not published before are numbered oldest first (by date, then seed path; undated
        // ones last), the order a site publishes them in: a build into an empty output folder
        // then gives the slugs a build into the published one kept, when transcripts were added
        // as they happened, and a newer seed (whatever its file name) never takes `x` from an
        // older one.
        let unheld = fresh.indices.filter { held[$0] == nil }.sorted { left, right in
            let (a, b) = (transcripts[fresh[left]], transcripts[fresh[right]])
            let (dateA, dateB) = (a.metadata.date ?? "~", b.metadata.date ?? "~")
            return dateA != dateB ? dateA < dateB : a.seedPath < b.seedPath
        }
        let numbered = Slug.disambiguate(unheld.map { bases[$0] }, reserved: heldSlugs)
        var freshSlugs = bases
        for (position, slug) in held { freshSlugs[position] = slug }
        for (offset, position) in unheld.enumerated() { freshSlugs[position] = numbered[offset] }
        var chosen = transcripts.map { keptSlug[$0.seedPath] ?? "" }
        for (position, index) in fresh.enumerated() { chosen[index] = freshSlugs[position] }
        for (position, index) in fresh.enumerated() where freshSlugs[position] != bases[position] {
            let holder = chosen.firstIndex(of: bases[position]).map { transcripts[$0].seedPath }
            diagnostics.append(Self.slugClash(
                seedPath: transcripts[index].seedPath, handSet: transcripts[index].metadata.slug != nil,
                base: bases[position], published: freshSlugs[position], keptFromBefore: held[position] != nil,
                holder: holder, lines: linesBySeed[transcripts[index].seedPath] ?? MetadataLines(),
                seedsDirectory: options.seedsDirectory))
        }
        let slugs = chosen

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
        for (index, (_, warnings)) in documents.enumerated() where keptSlug[transcripts[index].seedPath] == nil {
            let file = options.seedsDirectory.appendingPathComponent(transcripts[index].seedPath).relativePathForMessages
            diagnostics += warnings.map { Diagnostic(.warning, file: file, message: $0) }
        }

        let baseURL = options.baseURL ?? settings.baseURL
        if baseURL == nil {
            // Named at site.yml only when there is one: else at the seeds folder, where it goes.
            let siteFile = options.seedsDirectory.appendingPathComponent("site.yml")
            let hasSiteFile = FileManager.default.fileExists(atPath: siteFile.path)
            diagnostics.append(Diagnostic(
                .warning, file: (hasSiteFile ? siteFile : options.seedsDirectory).relativePathForMessages,
                message: "no base URL, so feed.xml and sitemap.xml are not written",
                hint: hasSiteFile
                    ? "set `base_url: https://…/` in site.yml or pass --base-url"
                    : "create \(siteFile.relativePathForMessages) with `base_url: https://…/`, or pass --base-url"))
        }
        let configuration = SiteConfiguration(
            templatesDirectory: options.templatesDirectory, baseURL: baseURL,
            title: settings.title, language: settings.lang, sourceDateEpoch: sourceDateEpoch)
        let builder = try SiteBuilder(configuration: configuration)
        diagnostics += builder.labels.warnings.map(\.relativeToWorkingDirectory)
        var files = try builder.build(documents.map(\.0))
        if baseURL != nil, !files.contains(where: { $0.path == "feed.xml" }) {
            diagnostics.append(Diagnostic(
                .warning, file: options.seedsDirectory.relativePathForMessages,
                message: "no transcript has a date and SOURCE_DATE_EPOCH is not set, so feed.xml is not written: an Atom feed must say when it last changed (RFC 4287 §4.1.1, §4.2.15), and Verbatim never writes the build time",
                hint: "give the transcripts a `date:` (in their front matter or sidecar files), or set SOURCE_DATE_EPOCH"))
        }
        // A kept document's own files are the ones on disk, byte for byte.
        let keptFolders = kept.map { "transcripts/\($0.slug)/" }
        files.removeAll { file in keptFolders.contains { file.path.hasPrefix($0) } }
        files += kept.flatMap(\.files)
        // Those not in `data/transcripts.json` are found next run through Verbatim's record.
        if let record = previous.keptRecord(for: kept) { files.append(record) }
        if keepPublishedSpeakerPages {
            // Every speaker page published before is kept byte for byte, not rebuilt without the
            // file (which would drop the names, roles and aliases it gives); only the pages of
            // speakers new this run are written.
            var keptSpeakerFiles = previous.speakerPages()
            if !keptSpeakerFiles.isEmpty {
                let keptPaths = Set(keptSpeakerFiles.map(\.path))
                var rebuilt: [String: OutputFile] = [:]
                for file in files where keptPaths.contains(file.path) { rebuilt[file.path] = file }
                files.removeAll { keptPaths.contains($0.path) }
                // A kept page that links to a page this run no longer writes (the transcript of a
                // seed deleted since, or a speaker page itself dropped) would be a dead link: it
                // is written anew, without the file, or not at all when its speaker has no
                // quotation left; until no kept page has such a link. A kept speaker list that
                // does not list a speaker page this run writes (a speaker new this run) is
                // written anew too: every speaker page is listed. So is a kept list that lists a
                // speaker page written anew: its counts would be those of the page before.
                while true {
                    let paths = files.map(\.path) + keptSpeakerFiles.map(\.path)
                    let published = Set(paths)
                    let broken = keptSpeakerFiles.map { PreviousPublication.missingLinkTargets(ofFile: $0, published: published) }
                    let outOfStep: [(unlisted: [String], rewritten: [String])] = keptSpeakerFiles.map { file in
                        file.path == SitePath.speakers && rebuilt[file.path] != nil
                            ? PreviousPublication.speakerPagesOutOfStep(with: file, paths: paths, written: files.map(\.path)) : ([], [])
                    }
                    let unlisted = outOfStep.map(\.unlisted)
                    let rewritten = outOfStep.map(\.rewritten)
                    guard broken.contains(where: { !$0.isEmpty }) || unlisted.contains(where: { !$0.isEmpty })
                        || rewritten.contains(where: { !$0.isEmpty }) else { break }
                    for (file, missing) in zip(keptSpeakerFiles, broken) where !missing.isEmpty {
                        let fresh = rebuilt[file.path]
                        if let fresh { files.append(fresh) }
                        diagnostics.append(Diagnostic(
                            .warning, file: speakersFile,
                            message: "the speaker page \(file.path) published before links to "
                                + missing.prefix(3).joined(separator: ", ") + (missing.count > 3 ? ", …" : "")
                                + ", which this run no longer writes (its seed was removed, or its speaker is gone), so it is not kept: "
                                + (fresh == nil ? "it is removed, as no transcript quotes its speaker now" : "it is written anew, without the names, roles and aliases of this file"),
                            hint: "fix the error above and generate again"))
                    }
                    // A list out of step with this run's speaker pages: why, in the words of the warning.
                    for (index, file) in keptSpeakerFiles.enumerated() where broken[index].isEmpty && !(unlisted[index].isEmpty && rewritten[index].isEmpty) {
                        let pages = unlisted[index].isEmpty ? rewritten[index] : unlisted[index]
                        let named = pages.prefix(3).joined(separator: ", ") + (pages.count > 3 ? ", …" : "")
                        let why = unlisted[index].isEmpty
                            ? "counts the quotations of \(named), written anew this run with other counts"
                            : "does not list \(named), the page\(pages.count == 1 ? "" : "s") of \(pages.count == 1 ? "a speaker" : "speakers") new this run"
                        if let fresh = rebuilt[file.path] { files.append(fresh) }
                        diagnostics.append(Diagnostic(
                            .warning, file: speakersFile,
                            message: "the speaker list \(file.path) published before \(why), so it is not kept: it is written anew, without the names, roles and aliases of this file",
                            hint: "fix the error above and generate again"))
                    }
                    keptSpeakerFiles = keptSpeakerFiles.indices.filter { broken[$0].isEmpty && unlisted[$0].isEmpty && rewritten[$0].isEmpty }.map { keptSpeakerFiles[$0] }
                }
                files += keptSpeakerFiles
                if !keptSpeakerFiles.isEmpty { diagnostics.append(Diagnostic(
                    .warning, file: speakersFile,
                    message: "the speaker pages published before (\(keptSpeakerFiles.count) file\(keptSpeakerFiles.count == 1 ? "" : "s") under speakers/) are kept as they were; only pages of speakers new this run are written",
                    hint: "fix the error above and generate again")) }
            }
        }
        // (Only when pages were kept: most runs keep none, and need no set of every path.)
        let published = kept.isEmpty ? [] : Set(files.map(\.path))
        for document in kept {
            let missing = PreviousPublication.missingLinkTargets(of: document, published: published)
            guard !missing.isEmpty else { continue }
            diagnostics.append(Diagnostic(
                .warning, file: options.seedsDirectory.appendingPathComponent(document.seedPath).relativePathForMessages,
                message: "its kept pages link to \(missing.count == 1 ? "a page" : "\(missing.count) pages") this run no longer writes ("
                    + missing.prefix(3).joined(separator: ", ") + (missing.count > 3 ? ", …" : "") + ")",
                hint: "a speaker was renamed or merged since they were generated; fix the seed's error so they are generated again"))
        }

        var report = GenerateReport(
            diagnostics: diagnostics, seedCount: seedPaths.count, transcriptCount: transcripts.count - kept.filter { $0.transcript != nil }.count,
            kept: kept.map(\.seedPath).filter { !keptForSpeakersFileSeeds.contains($0) },
            written: [], unchanged: 0, removed: [], changed: [], failed: [])
        report.seedsWithErrors = seedsWithErrors
        report.seedErrors = seedErrors
        report.keptForSpeakersFile = kept.map(\.seedPath).filter { keptForSpeakersFileSeeds.contains($0) }
        report.previousPermalinksLost = previous.problem != nil || !previous.entryProblems.isEmpty
        if options.checkOnly {
            let check = try SiteWriter.check(files, in: options.outputDirectory)
            report.changed = (check.written + check.removed).sorted()
            report.skipped = check.skipped
            report.diagnostics += check.warnings.map(\.relativeToWorkingDirectory)
        } else {
            let written = try SiteWriter.write(files, to: options.outputDirectory)
            report.written = written.written
            report.unchanged = written.unchanged.count
            report.removed = written.removed
            report.failed = written.failed
            report.skipped = written.skipped
            report.diagnostics += (written.warnings + written.failures).map(\.relativeToWorkingDirectory)
        }
        return report
    }
}

extension SiteGenerator {
    /// One warning for each speaker whose page had to be numbered because another speaker's
    /// name gives the same slug (`C` and `C#` → `speakers/c/` and `speakers/c-2/`; HAZARDS B16),
    /// named after the seed where the numbered speaker first appears. Speakers who bear the same
    /// name but were kept apart (`un témoin` in two documents) are not collisions of names and
    /// get none.
    /// - Parameter transcripts: the merged transcripts, in seed-path order.
    /// - Returns: warnings whose `file` is the seed path and `line` the first line where the
    ///   speaker speaks or is quoted there (``firstLine(of:in:)``), in the order the speakers
    ///   first appear.
    static func speakerSlugCollisions(in transcripts: [Transcript]) -> [Diagnostic] {
        var firstSeen: [(speaker: Speaker, transcript: Transcript)] = []
        var nameByID: [String: String] = [:]
        for transcript in transcripts {
            for speaker in transcript.speakers where nameByID[speaker.id] == nil {
                nameByID[speaker.id] = speaker.name
                firstSeen.append((speaker, transcript))
            }
        }
        return firstSeen.compactMap { speaker, transcript in
            let base = Slug.make(from: speaker.name)
            guard Slug.isNumbered(speaker.id, of: base),
                let other = nameByID[base], other != speaker.name
            else { return nil }
            return Diagnostic(
                .warning, file: transcript.seedPath, line: firstLine(of: speaker.id, in: transcript),
                message: "speaker `\(speaker.name)` has the same slug as `\(other)` (`\(base)`); their pages are speakers/\(base)/ and speakers/\(speaker.id)/",
                hint: "declare them in speakers.yml with ids of your choice")
        }
    }

    /// The warning for two differently named speakers that two seeds declare under the same
    /// hand-chosen id (``Annotate/SpeakerMerger/IDJoin``), made one speaker page: at the later
    /// seed's line for the id (its front matter or sidecar, else its first turn or quotation of
    /// the speaker), naming the earlier seed's place and both names.
    /// - Parameters:
    ///   - transcripts: the transcripts the merger was given (the join's indices point into them).
    ///   - lines: where each seed (by seed path) writes its speaker ids.
    ///   - shown: how a file (a seed path, or a sidecar's) is named in the message: the seed as
    ///     the user names it, or the published `index.md` a kept document was read back from.
    static func sameIDWarning(
        _ join: SpeakerMerger.IDJoin, transcripts: [Transcript], lines: [String: MetadataLines], shown file: (String) -> String
    ) -> Diagnostic {
        func place(_ t: Int) -> MetadataLines.Place {
            let transcript = transcripts[t]
            return lines[transcript.seedPath]?.speakers[join.id]
                ?? MetadataLines.Place(file: transcript.seedPath, line: firstLine(of: join.id, in: transcript) ?? 0)
        }
        func shown(_ place: MetadataLines.Place) -> String {
            file(place.file) + (place.line > 0 ? ":\(place.line)" : "")
        }
        let here = place(join.transcript), first = place(join.firstTranscript)
        let id = ControlCharacters.visible(join.id)
        return Diagnostic(
            .warning, file: file(here.file), line: here.line > 0 ? here.line : nil,
            message: "speaker id '\(id)' is '\(join.name)' here and '\(join.firstName)' in \(shown(first)); they are one speaker, speakers/\(id)/, named '\(join.firstName)' there",
            hint: "if they are two people, give one of them another id; if one, write the name one way (or list it in speakers.yml)")
    }

    /// The 1-based seed line of the first block of `transcript` where the speaker `id` has a
    /// turn or a quotation; nil when it has neither (a speaker its front matter only declares).
    static func firstLine(of id: String, in transcript: Transcript) -> Int? {
        let turn = transcript.blocks.firstIndex { $0.turn?.speakerID == id }
        let quoted = transcript.quotations.lazy.filter { $0.speakerID == id }.compactMap { $0.spans.first?.block }.min()
        return [turn, quoted].compactMap { $0 }.min().flatMap { transcript.blocks.indices.contains($0) ? transcript.blocks[$0].line : nil }
    }

    /// The warning for a seed published under another slug than its own (`base`) because
    /// another seed (`holder`, when one holds it this run) has it (HAZARDS B16), at the line of
    /// its hand-set `slug:` when it has one, else at its title's line (``Model/MetadataLines``),
    /// and saying what to do: choose a `slug:` in its front matter, or in its sidecar file for a
    /// format with no front matter. A place in the sidecar is named in the message, as the
    /// warning is about the seed (its file).
    /// - Parameters:
    ///   - keptFromBefore: the seed keeps a numbered slug it was first published under.
    ///   - seedsDirectory: the folder seed paths are relative to, for the file names printed.
    static func slugClash(
        seedPath: String, handSet: Bool, base: String, published: String, keptFromBefore: Bool, holder: String?,
        lines: MetadataLines, seedsDirectory: URL
    ) -> Diagnostic {
        func shown(_ path: String) -> String { seedsDirectory.appendingPathComponent(path).relativePathForMessages }
        let place = handSet ? lines.slug : lines.title
        let what = handSet ? "its `slug:`" : "its title"
        let elsewhere = place.flatMap { $0.file == seedPath ? nil : " (\(what), \(shown($0.file)):\($0.line))" } ?? ""
        let by = holder.map { "by \(shown($0))" } ?? "by another seed"
        let frontMatterFile = lines.frontMatterFile ?? seedPath
        let whereToSet = frontMatterFile == seedPath ? "in its front matter" : "in \(shown(frontMatterFile)) beside it"
        return Diagnostic(
            .warning, file: shown(seedPath), line: place.flatMap { $0.file == seedPath ? $0.line : nil },
            message: keptFromBefore
                ? "slug `\(base)`\(elsewhere) was taken \(by) when this one was first published; it keeps `\(published)`, so its links stay"
                : "slug `\(base)`\(elsewhere) is already taken \(by); this one is published as `\(published)`",
            hint: handSet
                ? "choose another `slug:` \(whereToSet)"
                : "set `slug:` \(whereToSet) to choose another")
    }

    /// A seed that is annotated Markdown, read (``Markdown/AnnotatedMarkdownReader/readIfAnnotated(_:seedPath:)``:
    /// its text decoded as every seed's is, ``Ingest/SeedReader/decodedText(of:seedPath:)``, and
    /// normalised once), with the warnings about what decoding repaired: a `.md` or `.markdown`
    /// file that ``Markdown/AnnotatedMarkdownReader/isAnnotatedMarkdown(_:)`` recognises; nil for
    /// every other seed (which Ingest reads, and reports when its bytes are not text).
    /// - Throws: the reader's ``Model/Diagnostic`` when the file is annotated Markdown that cannot be read.
    static func annotatedMarkdown(
        _ data: Data, path: String
    ) throws(Diagnostic) -> (result: AnnotatedMarkdownReader.Result, warnings: [Diagnostic])? {
        let lowered = path.lowercased()
        guard lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown"),
              let decoded = try? SeedReader.decodedText(of: Array(data), seedPath: path),
              let result = try AnnotatedMarkdownReader.readIfAnnotated(decoded.text, seedPath: path)
        else { return nil }
        return (result, decoded.warnings)
    }
}

/// The result of the first stages for one seed.
private struct SeedOutcome: Sendable {
    var transcript: Transcript?
    var diagnostics: [Diagnostic]
    /// Where the seed writes its title and hand-set slug.
    var metadataLines = MetadataLines()
}


extension SiteGenerator {
    /// The site's `speakers.yml`, read from disk, cleaned and parsed once per run: its keys read
    /// without regard to case as front matter's are (`Name:` is `name:`;
    /// ``Model/FrontMatterKeys/canonicalizingSpeakerKeys(in:root:)``, which keeps every line and
    /// column, so errors still point into the file; the file is parsed again only when a key
    /// was rewritten), and its unknown speaker keys found in the same parse.
    /// - Returns: the good entries, and why each bad entry was left out
    ///   (``Annotate/SpeakerDirectory/read(_:path:)``); ``Annotate/SpeakerDirectory/empty`` when
    ///   the seeds folder has no `speakers.yml`; the warnings about how its bytes were read and
    ///   the control characters removed from them (``Ingest/SettingsText/read(_:file:)``, as for
    ///   `site.yml` and sidecars), and one warning for each unknown speaker
    ///   key (``unknownSpeakerKeys(in:file:)``) and each id that differs from an earlier one only
    ///   by case (``mergingCaseDuplicates(_:root:file:)``: one speaker), and for each value of the
    ///   wrong shape (``wrongShapeSpeakerValues(in:file:)``); and the 1-based line of each id
    ///   the file writes (``speakerIDLines(in:)``), for messages that name it.
    /// - Throws: ``Annotate/SpeakerDirectory/LoadError`` as ``Annotate/SpeakerDirectory/load(seedsDirectory:)``
    ///   does for a file that cannot be read or is not valid YAML, and at the first bad entry's
    ///   line when every entry is skipped (nothing of the file can be used); a ``Model/Diagnostic`` at the
    ///   first bad byte when it is in no encoding a seed may be in (``Ingest/SettingsText/read(_:file:)``:
    ///   UTF-32, or bytes Windows-1252 leaves undefined in a file not mostly UTF-8).
    static func loadSpeakerDirectory(seedsDirectory: URL) throws -> (
        directory: SpeakerDirectory, skipped: [SpeakerDirectory.LoadError], readWarnings: [Diagnostic], unknownKeys: [Diagnostic],
        idLines: [String: Int]
    ) {
        let url = seedsDirectory.appendingPathComponent("speakers.yml")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw SpeakerDirectory.LoadError(
                path: url.path, line: nil, reason: "speakers.yml is a folder, not a file",
                hint: "remove the folder, or make speakers.yml a file listing speakers as `id: {name: …, aliases: […], role: …}`")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            // Missing, not a file or unreadable: the directory's own answer.
            return (try SpeakerDirectory.load(seedsDirectory: seedsDirectory), [], [], [], [:])
        }
        // Decoded as `site.yml` and sidecars are (SettingsText.read): invalid UTF-8, Windows-1252
        // and UTF-16 are read with a warning at their line; UTF-32 and bytes Windows-1252 leaves
        // undefined are an error there.
        let (text, readWarnings) = try SettingsText.read(data, file: url.relativePathForMessages)
        // Empty, or not valid YAML: the directory's own answer (which says where the error is).
        let composed: Node?
        do { composed = try YAMLCompose.compose(yaml: text) } catch {
            // Not valid YAML: the directory's own answer (which says where the error is).
            let read = try SpeakerDirectory.read(text, path: url.path)
            return (read.directory, read.skipped, readWarnings, [], [:])
        }
        if let problem = speakersShapeProblem(composed, path: url.path) { throw problem }
        guard let root = composed else { return (.empty, [], readWarnings, [], [:]) }
        let canonical = FrontMatterKeys.canonicalizingSpeakerKeys(in: text, root: root)
        let read = canonical == text ? try SpeakerDirectory.read(root, path: url.path) : try SpeakerDirectory.read(canonical, path: url.path)
        // Every entry skipped (a bad id, a typo'd `name` key): nothing of the file can be used,
        // as when it lists no speakers, so it is broken, not half read.
        if read.directory.speakers.isEmpty, let first = read.skipped.first {
            let more = read.skipped.count - 1
            throw SpeakerDirectory.LoadError(
                path: url.path, line: first.line, column: first.column,
                reason: "no entry of the file can be used: \(first.reason)" + (more > 0 ? " (and \(more) more, each at its line: \(read.skipped.dropFirst().compactMap { $0.line }.map(String.init).joined(separator: ", ")))" : ""),
                hint: first.hint ?? "list speakers as `id: {name: …, aliases: […], role: …}`; an id is one folder name")
        }
        let (directory, caseDuplicates) = mergingCaseDuplicates(read.directory, root: root, file: url.relativePathForMessages)
        let wrongShapes = wrongShapeSpeakerValues(in: root, file: url.relativePathForMessages)
        let unknown = (unknownSpeakerKeys(in: root, file: url) + caseVariantSpeakerKeys(in: root, file: url))
            .sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        return (directory, read.skipped, readWarnings, unknown + wrongShapes + caseDuplicates, speakerIDLines(in: root))
    }

    /// Why `speakers.yml` (composed as `root`), valid YAML, is still not a list of
    /// speakers, so that reading it would declare none or move ids the site was published under:
    /// an empty file (or only comments, or an empty `{}`, `[]` or `speakers:`), a single value,
    /// or a list whose entries are names alone (`- Ann Lee`, each id then made from the name, not
    /// the one written before). At the line of the value, or line 1 for an empty file. Nil for a
    /// mapping of speakers or a list of `{id: …, name: …}` entries.
    static func speakersShapeProblem(_ root: Node?, path: String) -> SpeakerDirectory.LoadError? {
        let shape = "list speakers as `id: {name: …, aliases: […], role: …}`"
        guard let node = speakerList(in: root), !(node.scalar.map { $0.string.isEmpty || ($0.style == .plain && ["~", "null", "Null", "NULL"].contains($0.string)) } ?? false),
            node.mapping?.isEmpty != true, node.sequence?.isEmpty != true
        else {
            return SpeakerDirectory.LoadError(
                path: path, line: root == nil ? 1 : speakerList(in: root)?.mark?.line ?? 1,
                reason: "the file declares no speakers (it is empty, or holds only comments)",
                hint: shape + ", or delete the file if the site declares none")
        }
        if let scalar = node.scalar {
            return SpeakerDirectory.LoadError(
                path: path, line: node.mark?.line,
                reason: "the file is a single value (`\(scalar.string.prefix(40))`), not a mapping of speakers", hint: shape)
        }
        if let name = node.sequence?.first(where: { $0.scalar != nil }) {
            return SpeakerDirectory.LoadError(
                path: path, line: name.mark?.line,
                reason: "the file lists a name alone (`\((name.string ?? "").prefix(40))`), with no speaker id: ids made from names would move the speaker pages published under the ids written before",
                hint: shape)
        }
        return nil
    }

    /// A warning when `site.yml` sets a language whose words the templates do not have
    /// (no `labels/<lang>.json` nor `labels/<language>.json`, say `lang: de`): the site's own
    /// words are then English. None for English, or when `lang` is not set.
    static func missingLabels(for settings: SiteSettings, seedsDirectory: URL, templatesDirectory: URL) -> [Diagnostic] {
        guard let line = settings.langLine else { return [] }
        let names = SiteLabels.fileNames(for: settings.lang)
        guard !names.contains("en") else { return [] }
        let labels = templatesDirectory.appendingPathComponent("labels")
        guard !names.contains(where: { FileManager.default.fileExists(atPath: labels.appendingPathComponent($0 + ".json").path) }) else {
            return []
        }
        return [Diagnostic(
            .warning, file: seedsDirectory.appendingPathComponent("site.yml").relativePathForMessages, line: line,
            message: "no labels for lang '\(settings.lang)' in \(labels.relativePathForMessages)/, so the site's own words (menus, headings, dates) are in English",
            hint: "add \(labels.relativePathForMessages)/\(names.last ?? settings.lang).json with the words of that language")]
    }

    /// A warning for each speaker key in `speakers.yml` (`file`, composed as `node`) that another
    /// key of the same speaker stands for in another case (`Name:` beside `name:`,
    /// ``Model/FrontMatterKeys/caseVariantSpeakerKeys(in:)``), at its line, naming the one read
    /// instead and its line, and the known keys: one of the two values was lost without a word.
    static func caseVariantSpeakerKeys(in node: Node, file: URL) -> [Diagnostic] {
        FrontMatterKeys.caseVariantSpeakerKeys(in: node).map { pair in
            let ignored = pair.ignored.string ?? "", used = pair.used.string ?? ""
            return Diagnostic(
                .warning, file: file.relativePathForMessages, line: pair.ignored.mark?.line,
                message: "speaker key '\(ignored)' differs from '\(used)' (line \(pair.used.mark?.line ?? 0)) only by case, and keys are read without regard to case; '\(used)' is used and this one was ignored (known keys: \(FrontMatterKeys.speakerKeys.sorted().joined(separator: ", ")))",
                hint: "keep one of them")
        }
    }

    /// A warning for each speaker key in `speakers.yml` (`file`, composed as `node`) that is not
    /// one it reads (`name`, `aliases`, `role`, `id`: ``Model/FrontMatterKeys/speakerKeys``, in
    /// any case, as front matter reads them), e.g. a misspelt `aliasses:`, whose aliases would
    /// otherwise be lost without a word.
    static func unknownSpeakerKeys(in node: Node, file: URL) -> [Diagnostic] {
        FrontMatterKeys.unknownSpeakerKeys(in: node).map { key in
            Diagnostic(
                .warning, file: file.relativePathForMessages, line: key.mark?.line,
                message: FrontMatterKeys.unknownSpeakerKeyMessage(key.string ?? ""), hint: "check its spelling")
        }
    }
}

extension Diagnostic {
    /// The same message with an absolute ``file`` named as ``Foundation/URL/relativePathForMessages``
    /// names it (relative to the working directory when it lies below it); a relative or symbolic
    /// name (`seeds/a.txt`, `Lexicons`) is kept as it is.
    var relativeToWorkingDirectory: Diagnostic {
        var located = self
        located.more = more.map(\.relativeToWorkingDirectory)
        guard file.hasPrefix("/") else { return located }
        located.file = URL(fileURLWithPath: file).relativePathForMessages
        return located
    }
}

extension URL {
    /// The path as the user gave it when it was given relative to the working directory
    /// (`seeds/a.txt`, `../tpl/labels/fr.json`); else relative to the working directory when it
    /// lies below it, else the full path.
    var relativePathForMessages: String {
        if baseURL != nil, !relativePath.isEmpty, !relativePath.hasPrefix("/") { return relativePath }
        let path = standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}

extension SiteGenerator {
    /// `directory` with each speaker whose id differs from an earlier one's only by case
    /// (`Ann-Lee`, then `ann-lee`: one page folder on macOS and Windows) made one speaker with
    /// the earlier: its name and aliases become the earlier's aliases (its role fills an empty
    /// one), with a warning at its id's line naming the earlier's.
    /// - Parameters:
    ///   - root: the file's YAML as composed, for the lines of the ids.
    ///   - file: the file as named in messages.
    static func mergingCaseDuplicates(_ directory: SpeakerDirectory, root: Node?, file: String) -> (SpeakerDirectory, [Diagnostic]) {
        var kept: [Speaker] = []
        var byLowercased: [String: Int] = [:]
        var warnings: [Diagnostic] = []
        var lines: [String: Int]?
        for speaker in directory.speakers {
            guard let index = byLowercased[speaker.id.lowercased()] else {
                byLowercased[speaker.id.lowercased()] = kept.count
                kept.append(speaker)
                continue
            }
            if lines == nil { lines = speakerIDLines(in: root) }
            let first = kept[index]
            kept[index].absorb(names: [speaker.name] + speaker.aliases, role: speaker.role)
            warnings.append(Diagnostic(
                .warning, file: file, line: lines?[speaker.id],
                message: SpeakerID.caseClash(speaker.id, first: first.id, place: lines?[first.id].map { "line \($0)" })
                    + "; they are one speaker, '\(first.id)', and '\(speaker.name)' is one of its aliases",
                hint: "keep one entry, or give the second an id of its own"))
        }
        return (warnings.isEmpty ? directory : SpeakerDirectory(speakers: kept), warnings)
    }

    /// The node of `speakers.yml` (composed as `root`) that lists the speakers: the root, or the
    /// value of its one key `speakers:`; nil for an empty file.
    static func speakerList(in root: Node?) -> Node? {
        guard let root else { return nil }
        if let mapping = root.mapping, mapping.count == 1, mapping.keys.first?.string == "speakers", let inner = mapping.values.first {
            return inner
        }
        return root
    }

    /// The 1-based line of each speaker id `speakers.yml` writes (a mapping's key, an entry's
    /// `id:`, else the entry, whose id is its name's slug), the first line for an id written twice.
    static func speakerIDLines(in root: Node?) -> [String: Int] {
        guard let node = speakerList(in: root) else { return [:] }
        var lines: [String: Int] = [:]
        func note(_ id: String?, _ mark: Mark?) {
            guard let id, let line = mark?.line, lines[id] == nil else { return }
            lines[id] = line
        }
        if let mapping = node.mapping {
            for key in mapping.keys { note(key.string, key.mark) }
        } else if let sequence = node.sequence {
            for item in sequence {
                if let name = item.string {
                    note(Slug.make(from: name), item.mark)
                } else if let fields = item.mapping {
                    let field = { (wanted: String) in fields.first { $0.key.string?.lowercased() == wanted }?.value }
                    if let id = field("id"), let written = id.string, !written.isEmpty {
                        note(written, id.mark)
                    } else if let name = field("name")?.string {
                        note(Slug.make(from: name), item.mark)
                    }
                }
            }
        }
        return lines
    }
}

extension SiteGenerator {
    /// A warning for each speaker value of `speakers.yml` (`file`, composed as `root`) whose shape
    /// is not the one its key takes, and which would otherwise be lost or misread without a word:
    /// a `name` that is an unquoted number (`name: 42`, read as the name `42`), an `aliases` that
    /// is a mapping, an alias or a `role` that is not a single value (each ignored). Keys are read
    /// without regard to case, as ``Annotate/SpeakerDirectory`` reads them. Each at its line.
    static func wrongShapeSpeakerValues(in root: Node?, file: String) -> [Diagnostic] {
        guard let node = speakerList(in: root) else { return [] }
        var entries: [(id: String?, fields: Node.Mapping)] = []
        if let mapping = node.mapping {
            for (key, value) in mapping { if let fields = value.mapping { entries.append((key.string, fields)) } }
        } else if let sequence = node.sequence {
            for item in sequence { if let fields = item.mapping { entries.append((nil, fields)) } }
        }
        var warnings: [Diagnostic] = []
        for (id, fields) in entries {
            var named: [String: Node] = [:]
            for (key, value) in fields { if let key = key.string?.lowercased(), named[key] == nil { named[key] = value } }
            let speaker = id ?? named["id"]?.string ?? named["name"]?.string ?? "entry"
            func warn(_ node: Node, _ message: String, _ hint: String) {
                warnings.append(Diagnostic(.warning, file: file, line: node.mark?.line, message: message, hint: hint))
            }
            if let name = named["name"], let scalar = name.scalar, scalar.style == .plain,
               Double(scalar.string) != nil, scalar.string.contains(where: \.isNumber) {
                warn(name, "the `name` of speaker `\(speaker)` is a number, \(scalar.string); it was read as the name '\(scalar.string)'",
                     "write the speaker's name, or quote it if the number is the name: `name: \"\(scalar.string)\"`")
            }
            if let aliases = named["aliases"] {
                if aliases.mapping != nil {
                    warn(aliases, "the `aliases` of speaker `\(speaker)` are a mapping, not a list of names; they were ignored",
                         "write `aliases: [A. Name, Another Name]`")
                } else if let list = aliases.sequence {
                    for alias in list where alias.scalar == nil {
                        warn(alias, "an alias of speaker `\(speaker)` is not a single name; it was ignored", "write each alias as one name")
                    }
                }
            }
            if let role = named["role"], role.scalar == nil {
                warn(role, "the `role` of speaker `\(speaker)` is not a single value; it was ignored", "write `role: …` on one line")
            }
        }
        return warnings
    }
}
