import Foundation
import Model

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Write stage: puts the site's files on disk, touching only what changed.
///
/// - Each file is written to a temporary file in its own folder, then renamed over the target
///   (POSIX `rename(2)` is atomic), so a reader never sees half a file.
/// - A file whose bytes are already identical is left alone (its modification time stays).
/// - Files listed in the previous manifest (``manifestName``, one path a line, sorted) but no
///   longer produced are deleted, then any folder left empty by that. Files Verbatim did not
///   write are never deleted.
/// - Writing into a non-empty folder that has no manifest is refused if it holds any file
///   Verbatim would not write, so that a mistyped output path cannot mix a site into other files.
///   Temporary files of Verbatim's own pattern (``isTemporaryName(_:)``), left by a first run that
///   was killed before it wrote the manifest, do not count: they are removed and the run goes on.
/// - A file that cannot be written or removed (a folder stands in its place, a read-only folder,
///   a full disk) loses nothing else: it is reported in ``WriteReport/failures`` with its path,
///   what went wrong and what to do, and every other file is still written. The manifest keeps
///   listing a path Verbatim wrote before, so that a later run still replaces or removes it.
/// - Nothing is written or removed through a symbolic link out of the output folder: a file
///   whose way from the output folder goes through a folder that is a symbolic link whose real
///   path is outside the output folder's real path is left alone, in ``WriteReport/skipped``, with
///   one warning per link in ``WriteReport/warnings``. The output folder itself may be a link.
public enum SiteWriter {
    /// Name of the manifest in the output folder.
    public static let manifestName = ".verbatim-manifest"

    /// Writes `files` under `folder` (created if missing) and records them in the manifest.
    /// - Returns: which paths were written, left unchanged and removed, and the files that could
    ///   not be written or removed (``WriteReport/failures``; every other file was still written).
    /// - Throws: a ``Diagnostic`` for an invalid or repeated path (see ``validate(_:)``), a
    ///   non-empty output folder without a manifest, or an output folder that cannot be created:
    ///   what stops every file, before any is written.
    public static func write(_ files: [OutputFile], to folder: URL) throws(Diagnostic) -> WriteReport {
        try validate(files)
        let manager = FileManager.default
        let previous = manifest(in: folder)
        if previous == nil { try checkForeignFiles(in: folder, expected: Set(files.map(\.path))) }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(.error, file: folder.path, message: "cannot create output folder: \(error.localizedDescription)")
        }

        var report = WriteReport()
        var links = LinkGuard(folder: folder)
        func mayTouch(_ path: String) -> Bool { links.mayTouch(path, report: &report) }
        // Temporary files left by a run that was killed mid-write are ours: remove them.
        for path in leftoverTemporaries(in: folder) where links.linkOut(on: path) == nil {
            try? manager.removeItem(at: folder.appendingPathComponent(path))
            report.removed.append(path)
            removeEmptyFolders(above: path, in: folder)
        }
        // Stale files go first, so that a path that changes from file to folder (or back) is free.
        let produced = Set(files.map(\.path))
        for path in (previous ?? []).sorted() where !produced.contains(path) {
            let target = folder.appendingPathComponent(path)
            guard mayTouch(path), isRegularFile(target) else { continue }
            do {
                try manager.removeItem(at: target)
            } catch {
                // Still ours: listed again in the manifest, so that the next run removes it.
                report.failed.append(path)
                report.failures.append(Diagnostic(
                    .error, file: target.path, message: "cannot remove stale file: \(error.localizedDescription)",
                    hint: "check the permissions of its folder, or delete it by hand"))
                continue
            }
            report.removed.append(path)
            removeEmptyFolders(above: path, in: folder)
        }

        let ours = Set(previous ?? [])
        var listed = produced
        // Files in the way of a folder (by their full path): the index of their error in
        // `report.failures`, the first path they stopped and how many they stopped.
        var inTheWay: [String: (index: Int, first: String, count: Int)] = [:]
        for file in files.sorted(by: { $0.path < $1.path }) {
            guard mayTouch(file.path) else {
                if !ours.contains(file.path) { listed.remove(file.path) }
                continue
            }
            let target = folder.appendingPathComponent(file.path)
            if holds(target, file.contents) {
                report.unchanged.append(file.path)
                continue
            }
            do throws(ReplaceFailure) {
                try replace(target, with: file.contents, displayPath: file.path)
            } catch let failure {
                report.failed.append(file.path)
                let error = failure.diagnostic
                // One file in the way of a folder stops every file under it: one error names it.
                if case .fileInTheWay = failure {
                    if let earlier = inTheWay[error.file] {
                        inTheWay[error.file] = (earlier.index, earlier.first, earlier.count + 1)
                        if !ours.contains(file.path) { listed.remove(file.path) }
                        continue
                    }
                    inTheWay[error.file] = (report.failures.count, file.path, 1)
                }
                report.failures.append(error)
                // A path Verbatim never wrote is not claimed, so that a later run never deletes
                // what stands there.
                if !ours.contains(file.path) { listed.remove(file.path) }
                continue
            }
            report.written.append(file.path)
        }
        for (_, stopped) in inTheWay where stopped.count > 1 {
            let others = stopped.count - 1
            report.failures[stopped.index].message = "\(Self.fileInTheWay), so '\(stopped.first)' and \(others) other file\(others == 1 ? "" : "s") under it were not written"
        }
        report.failed.sort()
        report.skipped.sort()
        listed.formUnion(report.failed.filter { ours.contains($0) })

        let manifestText = listed.sorted().map { $0 + "\n" }.joined()
        let manifestURL = folder.appendingPathComponent(manifestName)
        if manager.contents(atPath: manifestURL.path) != Data(manifestText.utf8) {
            do throws(ReplaceFailure) {
                try replace(manifestURL, with: Array(manifestText.utf8), displayPath: manifestName)
            } catch {
                report.failed.append(manifestName)
                report.failures.append(error.diagnostic)
            }
        }
        return report
    }

    /// The paths that ``write(_:to:)`` would create, change or remove, sorted; writes nothing.
    /// - Throws: a ``Diagnostic`` for an invalid or repeated path.
    public static func changes(_ files: [OutputFile], in folder: URL) throws(Diagnostic) -> [String] {
        let report = try check(files, in: folder)
        return (report.written + report.removed).sorted()
    }

    /// What ``write(_:to:)`` would do, without writing anything: ``WriteReport/written`` lists the
    /// files it would create or change, ``WriteReport/removed`` those it would remove (stale files
    /// and temporary files left by a killed run), ``WriteReport/unchanged`` the rest. Files behind
    /// a symbolic link out of the output folder are in ``WriteReport/skipped``, with one warning per
    /// link, as ``write(_:to:)`` skips them: they never count as changes, so `verbatim generate
    /// --check` agrees with what `generate` does. Used by `verbatim generate --check`.
    /// - Throws: a ``Diagnostic`` for an invalid or repeated path.
    public static func check(_ files: [OutputFile], in folder: URL) throws(Diagnostic) -> WriteReport {
        try validate(files)
        var report = WriteReport()
        var links = LinkGuard(folder: folder)
        for file in files.sorted(by: { $0.path < $1.path }) where links.mayTouch(file.path, report: &report) {
            if holds(folder.appendingPathComponent(file.path), file.contents) {
                report.unchanged.append(file.path)
            } else {
                report.written.append(file.path)
            }
        }
        let produced = Set(files.map(\.path))
        var removed: Set<String> = []
        for path in (manifest(in: folder) ?? []).sorted() where !produced.contains(path) {
            if links.mayTouch(path, report: &report), isRegularFile(folder.appendingPathComponent(path)) { removed.insert(path) }
        }
        for path in leftoverTemporaries(in: folder) where links.linkOut(on: path) == nil { removed.insert(path) }
        report.removed = removed.sorted()
        report.skipped.sort()
        return report
    }

    /// Checks that every path is relative, uses `/` separators, has no empty, `.` or `..`
    /// segment, no `\` and no NUL, is not the manifest, appears once, and is not also a folder
    /// of another path (`a` and `a/b`).
    /// - Throws: a ``Diagnostic`` naming the first bad path.
    public static func validate(_ files: [OutputFile]) throws(Diagnostic) {
        var seen: Set<String> = []
        for file in files {
            guard isValidPath(file.path) else {
                throw Diagnostic(
                    .error, file: file.path, message: "output path is not a plain relative path",
                    hint: "paths must not be absolute or contain '..', '.', empty segments or '\\'")
            }
            guard file.path != manifestName else {
                throw Diagnostic(.error, file: file.path, message: "output path is reserved for Verbatim's manifest")
            }
            guard seen.insert(file.path).inserted else {
                throw Diagnostic(.error, file: file.path, message: "output path is produced twice")
            }
        }
        for path in seen {
            var prefix = ""
            for segment in path.split(separator: "/").dropLast() {
                prefix += prefix.isEmpty ? String(segment) : "/" + segment
                if seen.contains(prefix) {
                    throw Diagnostic(.error, file: prefix, message: "output path is both a file and the folder of '\(path)'")
                }
            }
        }
    }

    /// The paths listed in the folder's manifest (invalid lines ignored): the files Verbatim
    /// wrote there last time. Nil when the folder has no manifest.
    public static func manifest(in folder: URL) -> [String]? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifestName).path) else {
            return nil
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter {
            isValidPath($0) && $0 != manifestName
        }
    }

    // MARK: - Private

    /// Finds the folders, on the way from the output folder to a file, that are symbolic links
    /// whose real path is outside the output folder's real path (each folder looked at once).
    struct LinkGuard {
        let folder: URL
        /// The output folder's real path (links resolved), or its path when it cannot be resolved.
        let realFolder: String
        /// Folder (relative path) → whether it is a link out of the output folder.
        var isLinkOut: [String: Bool] = [:]
        /// The links already warned about.
        var warned: Set<String> = []

        init(folder: URL) {
            self.folder = folder
            realFolder = SiteWriter.realPath(folder.path) ?? folder.standardizedFileURL.path
        }

        /// Whether `path` may be written or removed; when it lies behind a symbolic link out of
        /// the output folder, it is added to the report's ``WriteReport/skipped`` instead, with a
        /// warning naming the link the first time that link is met.
        mutating func mayTouch(_ path: String, report: inout WriteReport) -> Bool {
            guard let link = linkOut(on: path) else { return true }
            report.skipped.append(path)
            if warned.insert(link).inserted {
                report.warnings.append(Diagnostic(
                    .warning, file: folder.appendingPathComponent(link).path,
                    message: "is a symbolic link out of the output folder; Verbatim neither writes nor removes through it",
                    hint: "replace the link by a folder, or choose another output folder"))
            }
            return false
        }

        /// The first folder of `path` (its file name excluded) that is a symbolic link out of the
        /// output folder, as a relative path; nil when there is none.
        mutating func linkOut(on path: String) -> String? {
            var prefix = ""
            for segment in path.split(separator: "/").dropLast() {
                prefix += prefix.isEmpty ? String(segment) : "/" + segment
                if let known = isLinkOut[prefix] {
                    if known { return prefix }
                    continue
                }
                let url = folder.appendingPathComponent(prefix)
                var out = false
                if SiteWriter.isSymbolicLink(url) {
                    if let real = SiteWriter.realPath(url.path) {
                        out = !(real == realFolder || real.hasPrefix(realFolder.hasSuffix("/") ? realFolder : realFolder + "/"))
                    } else {
                        out = true  // a dangling link or a loop: where it leads is unknown
                    }
                }
                isLinkOut[prefix] = out
                if out { return prefix }
            }
            return nil
        }
    }

    /// `path` with every symbolic link resolved (`realpath(3)`); nil when it cannot be resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Marks the temporary files ``replace(_:with:displayPath:)`` writes before renaming them.
    static let temporaryMarker = ".verbatim-tmp-"

    /// Temporary files under `folder` that a killed run left behind (hidden files whose name
    /// holds ``temporaryMarker``), as sorted relative paths.
    static func leftoverTemporaries(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator {
            if isTemporaryName((path as NSString).lastPathComponent), isRegularFile(folder.appendingPathComponent(path)) {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    /// Whether `name` is that of a temporary file ``replace(_:with:displayPath:)`` writes:
    /// `.NAME.verbatim-tmp-PID`, a hidden name holding ``temporaryMarker`` then digits only.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.range(of: temporaryMarker, options: .backwards) else { return false }
        let pid = name[marker.upperBound...]
        return !pid.isEmpty && pid.allSatisfy(\.isASCII) && pid.allSatisfy(\.isNumber)
    }

    static func isValidPath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    private static func checkForeignFiles(in folder: URL, expected: Set<String>) throws(Diagnostic) {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return }
        var foreign: [String] = []
        for case let path as String in enumerator {
            if isRegularFile(folder.appendingPathComponent(path)) || isSymbolicLink(folder.appendingPathComponent(path)) {
                // A killed run's temporary file is Verbatim's own; write(_:to:) removes it.
                if isTemporaryName((path as NSString).lastPathComponent), isRegularFile(folder.appendingPathComponent(path)) {
                    continue
                }
                if !expected.contains(path) { foreign.append(path) }
            }
        }
        let sorted = foreign.sorted()
        if let first = sorted.first {
            let others = sorted.count - 1
            let holds = others == 0 ? "'\(first)'" : "'\(first)' and \(others) other file\(others == 1 ? "" : "s")"
            throw Diagnostic(
                .error, file: folder.path,
                message: "the output folder is not empty and was not written by Verbatim: it holds \(holds)",
                hint: "choose an empty folder, or one Verbatim wrote before, which has a \(manifestName) file")
        }
    }

    /// The start of the error about a file standing where a folder must be; ``write(_:to:)``
    /// gives one such error per file in the way, however many files it stopped.
    static let fileInTheWay = "a file stands where a folder must be"

    /// Why ``replace(_:with:displayPath:)`` could not write a file: a file stands where one of
    /// its folders must be (``write(_:to:)`` names it once for every file it stops), or anything
    /// else; each with its error.
    private enum ReplaceFailure: Error {
        case fileInTheWay(Diagnostic)
        case other(Diagnostic)

        var diagnostic: Diagnostic {
            switch self {
            case .fileInTheWay(let diagnostic), .other(let diagnostic): diagnostic
            }
        }
    }

    /// Writes `bytes` to a temporary file next to `target`, then renames it over `target`.
    private static func replace(_ target: URL, with bytes: [UInt8], displayPath: String) throws(ReplaceFailure) {
        let manager = FileManager.default
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .other(Diagnostic(
                .error, file: target.path, message: "a folder stands where '\(displayPath)' must be written; the file was not written",
                hint: "move that folder away, then run `verbatim generate` again"))
        }
        // A file where one of its folders must be: name that file, not the error that follows.
        let segments = displayPath.split(separator: "/").dropLast()
        for count in segments.indices.map({ $0 + 1 }) {
            let folderPath = segments.prefix(count).joined(separator: "/")
            let folderURL = URL(fileURLWithPath: String(target.path.dropLast(displayPath.count)) + folderPath)
            guard manager.fileExists(atPath: folderURL.path, isDirectory: &isDirectory) else { break }
            if !isDirectory.boolValue {
                throw .fileInTheWay(Diagnostic(
                    .error, file: folderURL.path,
                    message: "\(fileInTheWay), so '\(displayPath)' was not written",
                    hint: "move that file away, then run `verbatim generate` again"))
            }
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent)\(temporaryMarker)\(getpid())")
        do {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
        } catch {
            try? manager.removeItem(at: temporary)
            throw .other(Diagnostic(
                .error, file: target.path, message: "cannot write file: \(error.localizedDescription)",
                hint: "check that its folder is writable and the disk has room, then run `verbatim generate` again"))
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw .other(Diagnostic(
                .error, file: target.path, message: "cannot replace file: \(reason)",
                hint: "check that its folder is writable, then run `verbatim generate` again"))
        }
    }

    /// Removes the folders of `path`, deepest first, while they are empty; never `folder` itself.
    private static func removeEmptyFolders(above path: String, in folder: URL) {
        var segments = path.split(separator: "/").dropLast()
        let manager = FileManager.default
        while !segments.isEmpty {
            let directory = folder.appendingPathComponent(segments.joined(separator: "/"))
            guard let contents = try? manager.contentsOfDirectory(atPath: directory.path), contents.isEmpty else {
                return
            }
            do { try manager.removeItem(at: directory) } catch { return }
            segments = segments.dropLast()
        }
    }

    /// Whether `url` is a regular file whose bytes are `contents`. The size is compared first, so
    /// that a file of another size (a previous file blown up to gigabytes) is never read.
    private static func holds(_ url: URL, _ contents: some Collection<UInt8>) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            (attributes[.size] as? NSNumber)?.intValue == contents.count,
            let existing = FileManager.default.contents(atPath: url.path)
        else { return false }
        return existing.elementsEqual(contents)
    }

    private static func isRegularFile(_ url: URL) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return false }
        return attributes[.type] as? FileAttributeType == .typeRegular
    }

    /// Whether `url` is itself a symbolic link (the link is not followed).
    public static func isSymbolicLink(_ url: URL) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return false }
        return attributes[.type] as? FileAttributeType == .typeSymbolicLink
    }
}
