import Foundation
import Model
import Testing
import Write

@Suite struct SiteWriterTests {
    let manager = FileManager.default

    func temporaryFolder() -> URL {
        manager.temporaryDirectory.appendingPathComponent("verbatim-write-\(UUID().uuidString)")
    }

    func read(_ folder: URL, _ path: String) -> String? {
        manager.contents(atPath: folder.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under `folder`, relative, sorted.
    func listing(_ folder: URL) -> [String] {
        var paths: [String] = []
        let enumerator = manager.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { paths.append(path) }
        }
        return paths.sorted()
    }

    func modificationDate(_ folder: URL, _ path: String) throws -> Date? {
        try manager.attributesOfItem(atPath: folder.appendingPathComponent(path).path)[.modificationDate] as? Date
    }

    let files = [
        OutputFile(path: "index.html", text: "<h1>Home</h1>\n"),
        OutputFile(path: "transcripts/a/index.html", text: "A\n"),
        OutputFile(path: "transcripts/b/index.html", text: "B\n"),
        OutputFile(path: "data/quotes.json", text: "[]\n"),
    ]

    @Test func firstWriteCreatesEveryFileAndASortedManifest() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        let report = try SiteWriter.write(files, to: folder)
        #expect(report.written == files.map(\.path).sorted())
        #expect(report.unchanged.isEmpty && report.removed.isEmpty)
        for file in files {
            #expect(read(folder, file.path) == String(decoding: file.contents, as: UTF8.self))
        }
        #expect(read(folder, SiteWriter.manifestName) == files.map(\.path).sorted().map { $0 + "\n" }.joined())
        // No temporary file is left behind.
        #expect(listing(folder) == (files.map(\.path) + [SiteWriter.manifestName]).sorted())
    }

    @Test func identicalFilesAreNotTouched() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        _ = try SiteWriter.write(files, to: folder)
        let old = Date(timeIntervalSince1970: 946_684_800)
        for path in files.map(\.path) + [SiteWriter.manifestName] {
            try manager.setAttributes([.modificationDate: old], ofItemAtPath: folder.appendingPathComponent(path).path)
        }
        var next = files
        next[1] = OutputFile(path: "transcripts/a/index.html", text: "A, corrected\n")
        let report = try SiteWriter.write(next, to: folder)
        #expect(report.written == ["transcripts/a/index.html"])
        #expect(report.unchanged == ["data/quotes.json", "index.html", "transcripts/b/index.html"])
        for path in report.unchanged + [SiteWriter.manifestName] {
            #expect(try modificationDate(folder, path) == old, "\(path) was touched")
        }
        #expect(try modificationDate(folder, "transcripts/a/index.html") != old)
        #expect(read(folder, "transcripts/a/index.html") == "A, corrected\n")
    }

    @Test func staleListedFilesAreRemovedAndUnlistedFilesKept() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        _ = try SiteWriter.write(files, to: folder)
        try "mine\n".write(to: folder.appendingPathComponent("CNAME"), atomically: true, encoding: .utf8)
        try "mine too\n".write(to: folder.appendingPathComponent("transcripts/notes.txt"), atomically: true, encoding: .utf8)
        let next = files.filter { $0.path != "transcripts/b/index.html" && $0.path != "data/quotes.json" }
        let report = try SiteWriter.write(next, to: folder)
        #expect(report.removed == ["data/quotes.json", "transcripts/b/index.html"])
        #expect(report.written.isEmpty)
        #expect(!manager.fileExists(atPath: folder.appendingPathComponent("transcripts/b").path))
        #expect(!manager.fileExists(atPath: folder.appendingPathComponent("data").path))
        #expect(read(folder, "CNAME") == "mine\n")
        #expect(read(folder, "transcripts/notes.txt") == "mine too\n")
        #expect(read(folder, SiteWriter.manifestName) == next.map(\.path).sorted().map { $0 + "\n" }.joined())
    }

    @Test func changesListsExactlyTheDifferencesAndWritesNothing() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        #expect(try SiteWriter.changes(files, in: folder) == files.map(\.path).sorted())
        #expect(!manager.fileExists(atPath: folder.path))
        _ = try SiteWriter.write(files, to: folder)
        #expect(try SiteWriter.changes(files, in: folder).isEmpty)

        var next = files.filter { $0.path != "transcripts/b/index.html" }
        next[0] = OutputFile(path: "index.html", text: "<h1>Home, again</h1>\n")
        next.append(OutputFile(path: "speakers/index.html", text: "S\n"))
        let before = listing(folder)
        let changes = try SiteWriter.changes(next, in: folder)
        #expect(changes == ["index.html", "speakers/index.html", "transcripts/b/index.html"])
        #expect(listing(folder) == before)
        #expect(read(folder, "index.html") == "<h1>Home</h1>\n")
        let report = try SiteWriter.write(next, to: folder)
        #expect((report.written + report.removed).sorted() == changes)
    }

    @Test func refusesAFolderOfOtherFilesWithoutManifest() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        try "precious\n".write(to: folder.appendingPathComponent("thesis.tex"), atomically: true, encoding: .utf8)
        do {
            _ = try SiteWriter.write(files, to: folder)
            Issue.record("wrote into a foreign folder")
        } catch {
            #expect(error.message.contains("thesis.tex"))
        }
        #expect(listing(folder) == ["thesis.tex"])
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a//b.html", "a/./b.html", "", "a\\b", ".verbatim-manifest"])
    func refusesUnsafePaths(_ path: String) throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        do {
            _ = try SiteWriter.write([OutputFile(path: path, text: "x")], to: folder)
            Issue.record("accepted \(path)")
        } catch {
            #expect(error.file == path)
        }
        #expect(!manager.fileExists(atPath: folder.path))
    }

    @Test func refusesRepeatedPathsAndFileFolderClashes() {
        #expect(throws: Diagnostic.self) {
            try SiteWriter.validate([OutputFile(path: "a.html", text: "1"), OutputFile(path: "a.html", text: "2")])
        }
        #expect(throws: Diagnostic.self) {
            try SiteWriter.validate([OutputFile(path: "a", text: "1"), OutputFile(path: "a/b.html", text: "2")])
        }
    }

    @Test func aStaleFileMayBecomeAFolder() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        _ = try SiteWriter.write([OutputFile(path: "about", text: "old\n")], to: folder)
        let report = try SiteWriter.write([OutputFile(path: "about/index.html", text: "new\n")], to: folder)
        #expect(report.removed == ["about"])
        #expect(report.written == ["about/index.html"])
        #expect(read(folder, "about/index.html") == "new\n")
    }

    @Test func temporaryFilesOfAKilledRunAreReportedAndRemoved() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        _ = try SiteWriter.write(files, to: folder)
        let leftover = "transcripts/a/.index.html.verbatim-tmp-4242"
        try Data("half a fi".utf8).write(to: folder.appendingPathComponent(leftover))
        #expect(try SiteWriter.changes(files, in: folder) == [leftover])
        let report = try SiteWriter.write(files, to: folder)
        #expect(report.removed == [leftover])
        #expect(report.written.isEmpty)
        #expect(listing(folder) == (files.map(\.path) + [SiteWriter.manifestName]).sorted())
        #expect(try SiteWriter.changes(files, in: folder).isEmpty)
    }

    /// A first run killed before it wrote the manifest leaves temporary files (some in folders
    /// holding nothing else) and some finished files: the next run removes the temporaries and
    /// goes on instead of calling the folder foreign.
    @Test func aKilledFirstRunDoesNotMakeTheFolderForeign() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        let leftovers = [".index.html.verbatim-tmp-77", "transcripts/a/.index.html.verbatim-tmp-77", "transcripts/gone/.index.md.verbatim-tmp-77"]
        for path in leftovers + ["transcripts/a/index.html"] {
            try manager.createDirectory(at: folder.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("half a fi".utf8).write(to: folder.appendingPathComponent(path))
        }
        let report = try SiteWriter.write(files, to: folder)
        #expect(report.removed == leftovers)
        #expect(report.written == ["data/quotes.json", "index.html", "transcripts/a/index.html", "transcripts/b/index.html"])
        #expect(listing(folder) == (files.map(\.path) + [SiteWriter.manifestName]).sorted())
        #expect(!manager.fileExists(atPath: folder.appendingPathComponent("transcripts/gone").path))
        // A hidden file that only looks like one is still foreign.
        let other = temporaryFolder()
        defer { try? manager.removeItem(at: other) }
        try manager.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: other.appendingPathComponent(".notes.verbatim-tmp-draft"))
        #expect(throws: Diagnostic.self) { try SiteWriter.write(files, to: other) }
    }

    @Test func foreignFilesAreNamedInOneSentence() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["CNAME", "notes.txt", "robots.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        #expect {
            try SiteWriter.write(files, to: folder)
        } throws: { error in
            "\(error)" == "\(folder.path): error: the output folder is not empty and was not written by Verbatim: it holds 'CNAME' and 2 other files (choose an empty folder, or one Verbatim wrote before, which has a .verbatim-manifest file)"
        }
    }

    /// A file that cannot be written (a folder stands in its place) is reported with its path,
    /// what went wrong and what to do; every other file is still written, and the manifest does
    /// not claim a path Verbatim never wrote.
    @Test func aFileThatCannotBeWrittenIsReportedAndEveryOtherIsWritten() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        try manager.createDirectory(at: folder.appendingPathComponent("transcripts/a/index.html"), withIntermediateDirectories: true)
        let report = try SiteWriter.write(files, to: folder)
        #expect(report.failed == ["transcripts/a/index.html"])
        #expect(report.written == ["data/quotes.json", "index.html", "transcripts/b/index.html"])
        #expect(report.failures.map(\.description) == [
            "\(folder.appendingPathComponent("transcripts/a/index.html").path): error: a folder stands where 'transcripts/a/index.html' must be written; the file was not written (move that folder away, then run `verbatim generate` again)",
        ])
        for file in files where file.path != "transcripts/a/index.html" {
            #expect(read(folder, file.path) == String(decoding: file.contents, as: UTF8.self))
        }
        #expect(read(folder, SiteWriter.manifestName) == "data/quotes.json\nindex.html\ntranscripts/b/index.html\n")
        #expect(listing(folder) == [SiteWriter.manifestName, "data/quotes.json", "index.html", "transcripts/b/index.html"])
    }

    /// A file where a folder must go is named in the message, once however many files it stops
    /// (the site tester of the twenty-first session), and every other file is written.
    @Test func aFileWhereAFolderMustBeIsNamed() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        _ = try SiteWriter.write(files, to: folder)
        try manager.removeItem(at: folder.appendingPathComponent("transcripts"))
        try Data("x\n".utf8).write(to: folder.appendingPathComponent("transcripts"))
        let report = try SiteWriter.write(files.map { OutputFile(path: $0.path, text: "new\n") }, to: folder)
        #expect(report.failed == ["transcripts/a/index.html", "transcripts/b/index.html"])
        #expect(report.failures.map(\.description) == [
            "\(folder.appendingPathComponent("transcripts").path): error: a file stands where a folder must be, so 'transcripts/a/index.html' and 1 other file under it were not written (move that file away, then run `verbatim generate` again)",
        ])
        #expect(report.written == ["data/quotes.json", "index.html"])
        #expect(read(folder, "transcripts") == "x\n")
        #expect(read(folder, SiteWriter.manifestName) == files.map(\.path).sorted().map { $0 + "\n" }.joined())
    }

    /// Two files of an earlier run that can no longer be replaced (one where a folder now stands,
    /// one whose folder became a file) are reported; the other changed file is written, and the
    /// manifest keeps listing both failed paths, which are still Verbatim's.
    @Test func filesWrittenBeforeThatCannotBeReplacedStayInTheManifest() throws {
        let folder = temporaryFolder()
        defer { try? manager.removeItem(at: folder) }
        _ = try SiteWriter.write(files, to: folder)
        try manager.removeItem(at: folder.appendingPathComponent("transcripts/a/index.html"))
        try manager.createDirectory(at: folder.appendingPathComponent("transcripts/a/index.html"), withIntermediateDirectories: true)
        try manager.removeItem(at: folder.appendingPathComponent("data"))
        try Data("not a folder\n".utf8).write(to: folder.appendingPathComponent("data"))
        let next = files.map { OutputFile(path: $0.path, text: "new \($0.path)\n") }
        let report = try SiteWriter.write(next, to: folder)
        #expect(report.failed == ["data/quotes.json", "transcripts/a/index.html"])
        #expect(report.written == ["index.html", "transcripts/b/index.html"])
        #expect(report.failures.count == 2)
        #expect(report.failures.allSatisfy { $0.severity == .error && $0.hint != nil })
        #expect(report.failures.contains {
            $0.file == folder.appendingPathComponent("data").path
                && $0.message == "a file stands where a folder must be, so 'data/quotes.json' was not written"
        })
        #expect(read(folder, "index.html") == "new index.html\n")
        #expect(read(folder, "transcripts/b/index.html") == "new transcripts/b/index.html\n")
        #expect(read(folder, "data") == "not a folder\n")
        #expect(read(folder, SiteWriter.manifestName) == files.map(\.path).sorted().map { $0 + "\n" }.joined())
    }

    /// A manifest line that leads through a symbolic link out of the output folder
    /// (`out/linkdir -> ../vdir`, `linkdir/w.txt`) removes nothing behind the link; the link is
    /// warned about once.
    @Test func aStaleFileBehindASymbolicLinkOutOfTheFolderIsNotRemoved() throws {
        let root = temporaryFolder()
        defer { try? manager.removeItem(at: root) }
        let folder = root.appendingPathComponent("out")
        let outside = root.appendingPathComponent("vdir")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("victim\n".utf8).write(to: outside.appendingPathComponent("w.txt"))
        _ = try SiteWriter.write(files, to: folder)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("linkdir").path, withDestinationPath: "../vdir")
        let manifestURL = folder.appendingPathComponent(SiteWriter.manifestName)
        try Data((read(folder, SiteWriter.manifestName)! + "linkdir/w.txt\nlinkdir/x.txt\n").utf8).write(to: manifestURL)
        let report = try SiteWriter.write(files, to: folder)
        #expect(report.removed == [])
        #expect(report.skipped == ["linkdir/w.txt", "linkdir/x.txt"])
        #expect(report.failures.isEmpty)
        #expect(report.warnings.map(\.description) == [
            "\(folder.appendingPathComponent("linkdir").path): warning: is a symbolic link out of the output folder; Verbatim neither writes nor removes through it (replace the link by a folder, or choose another output folder)",
        ])
        #expect(manager.contents(atPath: outside.appendingPathComponent("w.txt").path) == Data("victim\n".utf8))
    }

    /// A folder of the site that is a symbolic link out of the output folder
    /// (`out/transcripts -> ../ext`) gets nothing written through it: the files under it are
    /// skipped with one warning, every other file is written, and the manifest does not claim them.
    @Test func nothingIsWrittenThroughASymbolicLinkOutOfTheFolder() throws {
        let root = temporaryFolder()
        defer { try? manager.removeItem(at: root) }
        let folder = root.appendingPathComponent("out")
        let outside = root.appendingPathComponent("ext")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try SiteWriter.write([OutputFile(path: "index.html", text: "old\n")], to: folder)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("transcripts").path, withDestinationPath: "../ext")
        let report = try SiteWriter.write(files, to: folder)
        #expect(report.skipped == ["transcripts/a/index.html", "transcripts/b/index.html"])
        #expect(report.written == ["data/quotes.json", "index.html"])
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.file == folder.appendingPathComponent("transcripts").path)
        #expect(try manager.contentsOfDirectory(atPath: outside.path) == [])
        #expect(read(folder, SiteWriter.manifestName) == "data/quotes.json\nindex.html\n")
    }

    /// The output folder itself may be a symbolic link, and a link inside it to one of its own
    /// folders is no way out.
    @Test func aSymbolicLinkedOutputFolderAndAnInsideLinkAreWrittenThrough() throws {
        let root = temporaryFolder()
        defer { try? manager.removeItem(at: root) }
        let real = root.appendingPathComponent("real")
        let folder = root.appendingPathComponent("out")
        try manager.createDirectory(at: real, withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder.path, withDestinationPath: "real")
        _ = try SiteWriter.write([OutputFile(path: "index.html", text: "x\n"), OutputFile(path: "data/q.json", text: "[]\n")], to: folder)
        try manager.createSymbolicLink(atPath: real.appendingPathComponent("transcripts").path, withDestinationPath: "data")
        let report = try SiteWriter.write([
            OutputFile(path: "index.html", text: "x\n"), OutputFile(path: "data/q.json", text: "[]\n"),
            OutputFile(path: "transcripts/a.html", text: "a\n"),
        ], to: folder)
        #expect(report.skipped == [])
        #expect(report.warnings.isEmpty)
        #expect(report.written == ["transcripts/a.html"])
        #expect(read(real, "data/a.html") == "a\n")
    }
}
