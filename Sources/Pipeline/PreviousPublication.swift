import Foundation
import Markdown
import Model
import Site
import Write

/// What an earlier run published in the output folder, so that a seed that fails to read now
/// does not take its article offline.
///
/// A seed's pages are found through the previous `data/transcripts.json` (its `seed` and `slug`),
/// and only when the folder's manifest lists them, so that nothing Verbatim did not write is ever
/// taken for a page. The files of that document are every manifest path under
/// `transcripts/<slug>/` (its page, `index.md` and exports), with the bytes they have on disk.
struct PreviousPublication {
    /// One document kept from the earlier run.
    struct KeptDocument {
        /// Seed path relative to the seeds folder.
        var seedPath: String
        /// The slug it was published under.
        var slug: String
        /// Its files (`transcripts/<slug>/…`) as they are on disk.
        var files: [OutputFile]
        /// Its transcript read back from its published `index.md`, so that the site's lists keep
        /// their entries for it; nil when that file is missing or cannot be read.
        var transcript: Transcript?
    }

    /// Slug of each seed path in the previous `data/transcripts.json`.
    private let slugBySeed: [String: String]
    /// Paths in the previous manifest.
    private let paths: [String]
    private let folder: URL

    /// Why the previous `data/transcripts.json` could not be read, when the manifest lists it but
    /// it is missing, not valid JSON, or not the list of `{seed, slug, …}` objects Verbatim
    /// writes: a warning at the file (with line and column for a syntax error), since slugs
    /// held from it (``publishedSlug(of:)``) are then lost and pages that share a title may be
    /// renumbered. Nil when the file was read, or there is none to read.
    let problem: Diagnostic?

    /// Reads the manifest and `data/transcripts.json` of `folder`; an output folder that has
    /// neither (first run, or a site from another tool) keeps nothing.
    /// - Parameter displayPath: the output folder as messages name it (`public`).
    init(folder: URL, displayPath: String? = nil) {
        self.folder = folder
        paths = SiteWriter.manifest(in: folder) ?? []
        var slugBySeed: [String: String] = [:]
        var problem: Diagnostic?
        if paths.contains("data/transcripts.json") {
            let file = (displayPath ?? folder.path) + "/data/transcripts.json"
            func fail(_ reason: String, line: Int? = nil, column: Int? = nil) {
                problem = Diagnostic(
                    .warning, file: file, line: line, column: column,
                    message: "the previous slugs could not be read (\(reason)); permalinks of pages that share a title may change",
                    hint: "restore the file from version control, or delete it to number afresh")
            }
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("data/transcripts.json").path) {
                do {
                    let object = try JSONSerialization.jsonObject(with: data)
                    if let entries = object as? [Any] {
                        var bad: [Int] = []
                        for (index, item) in entries.enumerated() {
                            guard let entry = item as? [String: Any], let seed = entry["seed"] as? String,
                                let slug = entry["slug"] as? String, SitePath.isValidSegment(slug)
                            else {
                                bad.append(index)
                                continue
                            }
                            slugBySeed[seed] = slug
                        }
                        if let first = bad.first {
                            fail("\(bad.count == 1 ? "entry" : "\(bad.count) entries, the first") [\(first)] has no `seed` and `slug` strings, or a slug that is not a path segment; those were left out")
                        }
                    } else {
                        fail("it is not a list of transcripts")
                    }
                } catch {
                    let json = JSONProblem(error, in: data)
                    fail("not valid JSON: \(json.summary)", line: json.line, column: json.column)
                }
            } else {
                fail("the file is missing or cannot be read")
            }
        }
        self.slugBySeed = slugBySeed
        self.problem = problem
    }

    /// The slug `seedPath` was published under last time, if it was.
    func publishedSlug(of seedPath: String) -> String? {
        slugBySeed[seedPath]
    }

    /// The document published from `seedPath` last time, with its files as they are on disk;
    /// nil when none was, or none of its files is left.
    func kept(seedPath: String) -> KeptDocument? {
        guard let slug = slugBySeed[seedPath] else { return nil }
        let prefix = "transcripts/\(slug)/"
        var files: [OutputFile] = []
        for path in paths.sorted() where path.hasPrefix(prefix) {
            let url = folder.appendingPathComponent(path)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeRegular,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            files.append(OutputFile(path: path, contents: Array(data)))
        }
        guard !files.isEmpty else { return nil }
        let markdown = files.first { $0.path == SitePath.markdown(slug) }
            .flatMap { String(bytes: $0.contents, encoding: .utf8) }
        let transcript = markdown.flatMap { text in
            (try? AnnotatedMarkdownReader.read(text, seedPath: seedPath))?.transcript
        }
        return KeptDocument(seedPath: seedPath, slug: slug, files: files, transcript: transcript)
    }

    /// The site folders whose pages Verbatim generates and a kept page links into.
    static let generatedFolders = ["speakers/", "transcripts/"]

    /// The pages a kept document's HTML links to (relative `href`s into ``generatedFolders``,
    /// resolved against each page's folder, `…/` read as `…/index.html`, any `#fragment`
    /// dropped) that are not among `published`, the paths this run writes: pages of speakers that
    /// a `speakers.yml` change renamed or merged since the page was generated, say. Sorted, each
    /// once, e.g. `["speakers/jeanne-roche/index.html"]`.
    static func missingLinkTargets(of document: KeptDocument, published: Set<String>) -> [String] {
        var missing: Set<String> = []
        for file in document.files where file.path.hasSuffix(".html") {
            let text = String(decoding: file.contents, as: UTF8.self)
            let folder = file.path.split(separator: "/").dropLast().map(String.init)
            for target in hrefs(in: text) {
                guard let path = resolve(target, from: folder),
                    generatedFolders.contains(where: path.hasPrefix), !published.contains(path)
                else { continue }
                missing.insert(path)
            }
        }
        return missing.sorted()
    }

    /// The values of the `href="…"` attributes in `html`, as written (Verbatim's templates quote
    /// them with `"` and write no `&` in site paths).
    private static func hrefs(in html: String) -> [Substring] {
        var found: [Substring] = []
        var rest = html[...]
        while let start = rest.range(of: #"href=""#) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            found.append(rest[..<end])
            rest = rest[end...]
        }
        return found
    }

    /// A relative link resolved against `folder` (path segments) to a path in the site; nil for
    /// an absolute or external link (`/x`, `https:`, `mailto:`), a fragment alone, or one that
    /// climbs out of the site.
    private static func resolve(_ link: Substring, from folder: [String]) -> String? {
        let target = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard !target.isEmpty, !target.hasPrefix("/"), !target.contains(":") else { return nil }
        var segments = folder
        for segment in target.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            case ".", "": continue
            default: segments.append(String(segment))
            }
        }
        var path = segments.joined(separator: "/")
        if target.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        return path
    }
}
