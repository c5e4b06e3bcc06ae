import Foundation
import Ingest
import Testing

@Test func seedCatalogSkipsBackupsMediaReservedFilesAndTheOutputFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-catalog-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = [
        "b.txt", "a.txt", "a.txt~", "notes.bak", ".draft.txt.swp", "photo.PNG", "episode.mp3", "README.md", "site.yml",
        ".hidden/x.txt", "sub/c.vtt", "public/index.html", "public/data/quotes.json", "Zed.md",
    ]
    for file in files {
        let url = folder.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: url)
    }
    let paths = try SeedCatalog.seedPaths(in: folder, excluding: folder.appendingPathComponent("public"))
    // Sorted by UTF-8 bytes: upper case before lower case.
    #expect(paths == ["Zed.md", "a.txt", "b.txt", "sub/c.vtt"])
    #expect(try SeedCatalog.seedPaths(in: folder).contains("public/index.html"))
}

@Test func missingSeedsFolderIsAClearError() {
    #expect {
        try SeedCatalog.seedPaths(in: URL(fileURLWithPath: "/nonexistent/seeds"))
    } throws: { error in
        "\(error)" == "/nonexistent/seeds: error: the seeds folder does not exist (create it, or name another one with --seeds)"
    }
}

/// Symbolic links are followed: the seeds folder itself, a linked file (listed under the link's
/// path), a linked folder; a folder reached twice (or a link back up) is read once; a link that
/// leads nowhere is listed, so that reading it reports it.
@Test func seedCatalogFollowsSymbolicLinks() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-links-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    for file in ["real/a.txt", "other/b.txt", "other/deep/c.txt"] {
        let url = root.appendingPathComponent(file)
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: url)
    }
    let real = root.appendingPathComponent("real")
    try manager.createSymbolicLink(atPath: real.appendingPathComponent("linked.txt").path, withDestinationPath: "../other/b.txt")
    try manager.createSymbolicLink(atPath: real.appendingPathComponent("more").path, withDestinationPath: "../other")
    try manager.createSymbolicLink(atPath: real.appendingPathComponent("again").path, withDestinationPath: "../other")
    try manager.createSymbolicLink(atPath: real.appendingPathComponent("up").path, withDestinationPath: ".")
    try manager.createSymbolicLink(atPath: real.appendingPathComponent("gone.txt").path, withDestinationPath: "../nowhere.txt")
    // A link that leads nowhere under a name that is never a seed is ignored like a file.
    try manager.createSymbolicLink(atPath: real.appendingPathComponent("gone.png").path, withDestinationPath: "../nowhere.png")
    try manager.createSymbolicLink(atPath: real.appendingPathComponent("gone.vtt.yml").path, withDestinationPath: "../nowhere.yml")
    let seeds = root.appendingPathComponent("seeds")
    try manager.createSymbolicLink(atPath: seeds.path, withDestinationPath: "real")

    // `linked.txt` leads to the file `again/b.txt` is: read once, under the first name.
    let expected = ["a.txt", "again/b.txt", "again/deep/c.txt", "gone.txt"]
    #expect(try SeedCatalog.seedPaths(in: seeds) == expected)
    #expect(try SeedCatalog.seedPaths(in: real) == expected)
    // `gone.vtt.yml` belongs to no seed (there is no `gone.vtt`): noted, as any orphan sidecar.
    #expect(try SeedCatalog.listing(of: seeds).notes.map(\.file) == ["gone.vtt.yml", "linked.txt"])
}

/// Two links to one file, or a link beside the file itself, publish it once: under the file's own
/// path when it lies in the seeds folder, else under the first link in sorted order; each other
/// name gets a warning that says which name is read. The answer does not depend on which name
/// the file system lists first.
@Test func aFileReachedThroughSeveralNamesIsReadOnce() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-twice-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    let seeds = root.appendingPathComponent("seeds")
    try manager.createDirectory(at: seeds.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try manager.createDirectory(at: root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
    try Data("outside".utf8).write(to: root.appendingPathComponent("elsewhere/report.txt"))
    try Data("inside".utf8).write(to: seeds.appendingPathComponent("sub/real.txt"))
    try Data("alone".utf8).write(to: seeds.appendingPathComponent("alone.txt"))
    for name in ["b-link.txt", "a-link.txt"] {
        try manager.createSymbolicLink(atPath: seeds.appendingPathComponent(name).path, withDestinationPath: "../elsewhere/report.txt")
    }
    // Links to a file inside the folder that sort before it: the file's own path still wins.
    try manager.createSymbolicLink(atPath: seeds.appendingPathComponent("0-first.txt").path, withDestinationPath: "sub/real.txt")
    try manager.createSymbolicLink(atPath: seeds.appendingPathComponent("sub/0-twin.txt").path, withDestinationPath: "real.txt")

    let listing = try SeedCatalog.listing(of: seeds)
    #expect(listing.paths == ["a-link.txt", "alone.txt", "sub/real.txt"])
    #expect(listing.notes.map(\.file) == ["0-first.txt", "b-link.txt", "sub/0-twin.txt"])
    #expect(listing.notes.allSatisfy { $0.severity == .warning && $0.hint != nil })
    let note = try #require(listing.notes.first { $0.file == "b-link.txt" })
    #expect(note.message.hasPrefix("this is the same file as a-link.txt (both lead to "))
    #expect(note.message.hasSuffix("elsewhere/report.txt); it is read once, as a-link.txt"))
    #expect(listing.notes.first?.message.hasSuffix("it is read once, as sub/real.txt") == true)
    // A file inside the seeds folder is named from it.
    #expect(listing.notes.first?.message == "this is the same file as sub/real.txt (both lead to sub/real.txt); it is read once, as sub/real.txt")
}

/// Hard links to one file (one device and inode under two names) are one seed too, as symbolic
/// links are: read under the first name in sorted order, the other named in a warning; a
/// symbolic link to either name joins the same group and never wins over a real name.
@Test func hardLinksToOneFileAreReadOnce() throws {
    let seeds = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-hard-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: seeds) }
    let manager = FileManager.default
    try manager.createDirectory(at: seeds, withIntermediateDirectories: true)
    try Data("Title: M\n\nText.\n".utf8).write(to: seeds.appendingPathComponent("m.txt"))
    try Data("other".utf8).write(to: seeds.appendingPathComponent("other.txt"))
    try manager.linkItem(atPath: seeds.appendingPathComponent("m.txt").path, toPath: seeds.appendingPathComponent("hard.txt").path)
    try manager.createSymbolicLink(atPath: seeds.appendingPathComponent("0-link.txt").path, withDestinationPath: "m.txt")

    let listing = try SeedCatalog.listing(of: seeds)
    #expect(listing.paths == ["hard.txt", "other.txt"])
    #expect(listing.notes.map(\.file) == ["0-link.txt", "m.txt"])
    let note = try #require(listing.notes.first { $0.file == "m.txt" })
    #expect(note.severity == .warning)
    // Both names are given relative to the seeds folder, not as two long absolute paths.
    #expect(note.message == "this is the same file as hard.txt (hard links: hard.txt and m.txt are one file); it is read once, as hard.txt", "\(note.message)")
    // A symbolic link to the other hard link says so, not "hard links" alone.
    let link = try #require(listing.notes.first { $0.file == "0-link.txt" })
    #expect(link.message == "this is the same file as hard.txt (a symbolic link to m.txt, a hard link of hard.txt); it is read once, as hard.txt", "\(link.message)")
}
