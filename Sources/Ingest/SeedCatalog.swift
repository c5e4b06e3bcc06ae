import Foundation
import Model

/// Lists the seed files of a seeds folder, in a stable order.
///
/// A seed is any regular file below the folder, except: hidden files and folders (`.name`);
/// the files that describe the folder rather than hold a transcript (`README.md`, `SOURCES.md`,
/// `LICENSE*`, `speakers.yml`, `site.yml`); editor backups (`name~`, `.bak`, `.swp`, `.orig`,
/// `.tmp`); images, audio and video kept beside the transcripts (``companionExtensions``); YAML
/// files (site settings, speakers, and sidecar metadata such as `x.vtt.yml`); and the output
/// folder when it lies inside the seeds folder. Symbolic links are followed, the seeds folder's
/// own included (a folder reached twice through links is read once, and so is a file: see
/// ``listing(of:excluding:)``); a link that leads nowhere is listed, so that reading it reports it.
/// Paths are relative to the folder with `/` separators (a linked file keeps the link's path),
/// sorted by their UTF-8 bytes, so the order does not depend on the file system.
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

    /// What listing a seeds folder gives: the seeds, and notes about files left out.
    public struct Listing: Sendable, Equatable {
        /// Seed paths relative to the folder, sorted by their UTF-8 bytes.
        public var paths: [String]
        /// One warning per name left out because another name leads to the same file (two
        /// symbolic links to one file, or a link beside the file itself), naming the path that is
        /// read; `file` is the path relative to the folder.
        public var notes: [Diagnostic]
    }

    /// `device:inode` of the file at `path` (links followed), or nil when it cannot be read.
    static func identity(of path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value,
            let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value
        else { return nil }
        return "\(device):\(inode)"
    }

    /// The seed paths under `folder`, relative and sorted (``listing(of:excluding:)`` without
    /// its notes).
    /// - Parameter excluded: a folder whose files are never seeds (the output folder), if any.
    /// - Throws: a ``Diagnostic`` when the folder does not exist or cannot be read.
    public static func seedPaths(in folder: URL, excluding excluded: URL? = nil) throws(Diagnostic) -> [String] {
        try listing(of: folder, excluding: excluded).paths
    }

    /// The seeds under `folder`, each real file once.
    ///
    /// When several names lead to one file (symbolic links, or hard links: the same device and
    /// inode), the file is read once, under one name chosen the same way on every run: the first
    /// name in sorted order that is the file itself rather than a symbolic link, else the first
    /// of the names in sorted order. Each other name gets a note.
    /// - Parameter excluded: a folder whose files are never seeds (the output folder), if any.
    /// - Throws: a ``Diagnostic`` when the folder does not exist or cannot be read.
    public static func listing(of folder: URL, excluding excluded: URL? = nil) throws(Diagnostic) -> Listing {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(
                .error, file: folder.path, message: "the seeds folder does not exist",
                hint: "create it, or name another one with --seeds")
        }
        let manager = FileManager.default
        // The top is listed once: this listing both checks that the folder can be read and
        // starts the walk.
        guard manager.isReadableFile(atPath: folder.path), let topNames = try? manager.contentsOfDirectory(atPath: folder.path) else {
            throw Diagnostic(.error, file: folder.path, message: "the seeds folder cannot be read")
        }
        let excludedPaths = excluded.map { [$0.standardizedFileURL.path, $0.resolvingSymlinksInPath().path] } ?? []
        var visited: Set<String> = []
        /// Each seed path with the real file it leads to and that file's identity (device and
        /// inode); both nil for a link that leads nowhere.
        var found: [(path: String, real: String?, identity: String?)] = []

        /// Adds the seeds below `directory` (at `relative` from the seeds folder), links followed;
        /// `listed` is the directory's listing when it was already taken.
        func walk(_ directory: URL, relative: String, listed: [String]? = nil) {
            guard visited.insert(directory.resolvingSymlinksInPath().path).inserted,
                let names = listed ?? (try? manager.contentsOfDirectory(atPath: directory.path))
            else { return }
            // Sorted, so that a folder reached through two links is always read under the same path.
            for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
                let url = directory.appendingPathComponent(name)
                let path = relative.isEmpty ? name : relative + "/" + name
                let resolved = url.resolvingSymlinksInPath().path
                if excludedPaths.contains(where: { url.standardizedFileURL.path == $0 || resolved == $0 }) { continue }
                var isDirectory: ObjCBool = false
                // `fileExists` follows links: false only for a link that leads nowhere.
                let exists = manager.fileExists(atPath: url.path, isDirectory: &isDirectory)
                if exists, isDirectory.boolValue {
                    walk(url, relative: path)
                    continue
                }
                let ext = url.pathExtension.lowercased()
                if name.hasSuffix("~") || backupExtensions.contains(ext) || companionExtensions.contains(ext) { continue }
                // `x.vtt.yml` is the sidecar metadata of `x.vtt`, not a seed.
                if ext == "yml" || ext == "yaml" { continue }
                if relative.isEmpty, reservedNames.contains(name.lowercased()) { continue }
                // A link that leads nowhere is listed, so that reading it reports it.
                guard !exists || (try? URL(fileURLWithPath: resolved).resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                found.append((path, exists ? resolved : nil, exists ? identity(of: resolved) : nil))
            }
        }
        walk(folder, relative: "", listed: topNames)
        found.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }

        // One name per real file: names are grouped by the file's identity (device and inode),
        // so that hard links are caught as well as symbolic ones.
        let root = folder.resolvingSymlinksInPath().path + "/"
        var names: [String: [(path: String, real: String)]] = [:]
        var order: [String] = []
        for entry in found {
            guard let real = entry.real else { continue }
            let key = entry.identity ?? real
            if names[key] == nil { order.append(key) }
            names[key, default: []].append((entry.path, real))
        }
        var dropped: Set<String> = []
        var notes: [Diagnostic] = []
        for key in order {
            guard let entries = names[key], entries.count > 1 else { continue }
            // A name that is the file itself (not a symbolic link), the first such in sorted order.
            let chosen = entries.first { root + $0.path == $0.real } ?? entries[0]
            for entry in entries where entry.path != chosen.path {
                dropped.insert(entry.path)
                // A symbolic link to another hard link of the file says both steps. Files in
                // the seeds folder are named from it, as the seed paths are (`hard.txt`, not
                // `/home/…/seeds/hard.txt`); a link's target outside it keeps its full path.
                func shown(_ real: String) -> String { real.hasPrefix(root) ? String(real.dropFirst(root.count)) : real }
                let how = entry.real == chosen.real
                    ? "both lead to \(shown(entry.real))"
                    : root + entry.path != entry.real
                        ? "a symbolic link to \(shown(entry.real)), a hard link of \(shown(chosen.real))"
                        : "hard links: \(shown(chosen.real)) and \(shown(entry.real)) are one file"
                notes.append(Diagnostic(
                    .warning, file: entry.path,
                    message: "this is the same file as \(chosen.path) (\(how)); it is read once, as \(chosen.path)",
                    hint: "delete this link, or copy the file if two pages are wanted"))
            }
        }
        notes.sort { Array($0.file.utf8).lexicographicallyPrecedes(Array($1.file.utf8)) }
        return Listing(paths: found.map(\.path).filter { !dropped.contains($0) }, notes: notes)
    }
}
