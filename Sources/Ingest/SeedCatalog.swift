import Foundation
import Model

/// Lists the seed files of a seeds folder, in a stable order.
///
/// A seed is any regular file below the folder, except: hidden files and folders (`.name`);
/// the files that describe the folder rather than hold a transcript (`README.md`, `SOURCES.md`,
/// `LICENSE*`, `speakers.yml`, `site.yml`); editor backups (`name~`, `.bak`, `.swp`, `.orig`,
/// `.tmp`); images, audio and video kept beside the transcripts (``companionExtensions``); YAML
/// files (site settings, speakers, and sidecar metadata such as `x.vtt.yml`, with a note for one
/// that belongs to no seed: ``orphanSidecarNote(_:seeds:)``); and the output
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
        /// read, and one per sidecar file that belongs to no seed (``orphanSidecarNote(_:seeds:)``);
        /// `file` is the path relative to the folder. Sorted by it.
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
        /// The YAML files below the folder that are not its settings: sidecars, each of a seed.
        var sidecars: [String] = []

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
                if relative.isEmpty, reservedNames.contains(name.lowercased()) { continue }
                // `x.vtt.yml` is the sidecar metadata of `x.vtt`, not a seed.
                if ext == "yml" || ext == "yaml" {
                    sidecars.append(path)
                    continue
                }
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
        let paths = found.map(\.path).filter { !dropped.contains($0) }
        let seeds = Set(found.map(\.path))
        notes += sidecars.compactMap { orphanSidecarNote($0, seeds: seeds) }
        notes.sort { Array($0.file.utf8).lexicographicallyPrecedes(Array($1.file.utf8)) }
        return Listing(paths: paths, notes: notes)
    }

    /// A warning about the YAML file at `path` (relative to the seeds folder) when no seed reads
    /// it as its sidecar (``SeedReader/sidecarPath(of:)``: the seed's path with `.yml` added),
    /// so that its metadata would be lost without a word: a sidecar whose seed was renamed,
    /// moved or deleted, one named `.yaml`, or one whose name drops the seed's extension
    /// (`talk.yml` for `talk.vtt`). It names the seed the file would belong to, or the seed
    /// beside it it was probably meant for (same name once `.yml`/`.yaml` and the seed's
    /// extension are left aside), and what to do. Nil for the sidecar of a listed seed.
    /// - Parameter seeds: every listed seed path (links to one file included).
    static func orphanSidecarNote(_ path: String, seeds: Set<String>) -> Diagnostic? {
        let stem = (path as NSString).deletingPathExtension
        if path.hasSuffix(".yml"), seeds.contains(stem) { return nil }
        let isYAMLExtension = !path.hasSuffix(".yml")
        if isYAMLExtension, seeds.contains(stem) {
            return Diagnostic(
                .warning, file: path,
                message: "this file is named like the sidecar of \(stem), but a sidecar's name ends in `.yml`, so it was not read",
                hint: "rename it \(SeedReader.sidecarPath(of: stem))")
        }
        // `talk.yml` beside `talk.vtt`: the seed it was meant for, the first in sorted order.
        let meant = seeds.filter { ($0 as NSString).deletingPathExtension == stem && $0 != stem }
            .min { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        if let meant {
            return Diagnostic(
                .warning, file: path,
                message: "no seed is named \(stem), so this sidecar file was not read (a sidecar is named after its seed with `.yml` added)",
                hint: "if it holds the metadata of \(meant), rename it \(SeedReader.sidecarPath(of: meant))")
        }
        return Diagnostic(
            .warning, file: path,
            message: "no seed is named \(stem), so this sidecar file was not read (a sidecar is named after its seed with `.yml` added)",
            hint: "rename it after its seed (the seed's name with `.yml` added), or delete it if its seed is gone")
    }
}
