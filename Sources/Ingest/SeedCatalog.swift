import Foundation
import Model

/// Lists the seed files of a seeds folder, in a stable order.
///
/// A seed is any regular file below the folder, except: hidden files and folders (`.name`);
/// the files that describe the folder rather than hold a transcript (`README.md`, `SOURCES.md`,
/// `LICENSE*`, `speakers.yml`, `site.yml`); editor backups (`name~`, `.bak`, `.swp`, `.orig`,
/// `.tmp`); images, audio and video kept beside the transcripts (``companionExtensions``); YAML
/// files (site settings, speakers, and sidecar metadata such as `x.vtt.yml`); and the output
/// folder when it lies inside the seeds folder. Paths are relative to the folder with
/// `/` separators, sorted by their UTF-8 bytes, so the order does not depend on the file system.
public enum SeedCatalog {
    /// File names at the top of the seeds folder that are never seeds.
    public static let reservedNames: Set<String> = [
        "readme.md", "sources.md", "license", "license.md", "license.txt", "speakers.yml", "speakers.yaml",
        "site.yml", "site.yaml",
    ]

    /// Extensions of files that sit beside transcripts without being one (media, pictures).
    public static let companionExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "ico",
        "mp3", "m4a", "aac", "wav", "ogg", "oga", "opus", "flac", "mp4", "m4v", "mov", "webm", "mkv",
    ]

    /// Extensions of editor backups and temporary files.
    public static let backupExtensions: Set<String> = ["bak", "swp", "swo", "orig", "tmp", "rej"]

    /// The seed paths under `folder`, relative and sorted.
    /// - Parameter excluded: a folder whose files are never seeds (the output folder), if any.
    /// - Throws: a ``Diagnostic`` when the folder does not exist or cannot be read.
    public static func seedPaths(in folder: URL, excluding excluded: URL? = nil) throws(Diagnostic) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(
                .error, file: folder.path, message: "the seeds folder does not exist",
                hint: "create it, or name another one with --seeds")
        }
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw Diagnostic(.error, file: folder.path, message: "the seeds folder cannot be read")
        }
        let base = folder.standardizedFileURL.path
        let excludedPrefix = excluded.map { $0.standardizedFileURL.path + "/" }
        var paths: [String] = []
        for case let url as URL in enumerator {
            if let excludedPrefix, (url.standardizedFileURL.path + "/").hasPrefix(excludedPrefix) {
                enumerator.skipDescendants()
                continue
            }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let name = url.lastPathComponent
            let ext = url.pathExtension.lowercased()
            if name.hasSuffix("~") || backupExtensions.contains(ext) || companionExtensions.contains(ext) { continue }
            // `x.vtt.yml` is the sidecar metadata of `x.vtt`, not a seed.
            if ext == "yml" || ext == "yaml" { continue }
            var relative = url.standardizedFileURL.path
            if relative.hasPrefix(base) { relative.removeFirst(base.count) }
            while relative.hasPrefix("/") { relative.removeFirst() }
            if !relative.contains("/"), reservedNames.contains(relative.lowercased()) { continue }
            paths.append(relative)
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
