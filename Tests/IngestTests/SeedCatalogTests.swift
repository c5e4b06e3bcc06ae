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
