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

    /// Reads the manifest and `data/transcripts.json` of `folder`; an output folder that has
    /// neither (first run, or a site from another tool) keeps nothing.
    init(folder: URL) {
        self.folder = folder
        paths = SiteWriter.manifest(in: folder) ?? []
        var slugBySeed: [String: String] = [:]
        if paths.contains("data/transcripts.json"),
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent("data/transcripts.json").path),
            let entries = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        {
            for entry in entries {
                guard let seed = entry["seed"] as? String, let slug = entry["slug"] as? String,
                    SitePath.isValidSegment(slug)
                else { continue }
                slugBySeed[seed] = slug
            }
        }
        self.slugBySeed = slugBySeed
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
}
