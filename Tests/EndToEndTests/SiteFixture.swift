import Foundation
import Model
import Pipeline

/// A small site described in one place, as Hugo's txtar tests do: seed files by name, generated
/// with the repository's own `templates/` into a temporary folder.
struct SiteFixture {
    /// The repository root, found from this file's path: the tests exercise the repo's own
    /// `templates/` and `seeds/`, which are the product, not test fixtures.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL
    var seeds: URL { root.appendingPathComponent("seeds") }
    var output: URL { root.appendingPathComponent("public") }

    /// Creates a temporary folder holding `seeds/` with the given files (name → bytes).
    init(seeds files: [String: [UInt8]]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        for (name, bytes) in files {
            let url = root.appendingPathComponent("seeds").appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }

    init(seeds files: [String: String]) throws {
        try self.init(seeds: files.mapValues { Array($0.utf8) })
    }

    /// Runs the pipeline into `output` (or only checks, with `check`).
    @discardableResult
    func generate(into output: URL? = nil, check: Bool = false, baseURL: String? = nil) throws -> GenerateReport {
        let options = GenerateOptions(
            seedsDirectory: seeds,
            templatesDirectory: Self.repositoryRoot.appendingPathComponent("templates"),
            outputDirectory: output ?? self.output, baseURL: baseURL, checkOnly: check)
        return try SiteGenerator(options: options).run()
    }

    /// The text of a generated file.
    func file(_ path: String, in output: URL? = nil) throws -> String {
        String(decoding: try Data(contentsOf: (output ?? self.output).appendingPathComponent(path)), as: UTF8.self)
    }

    /// The parsed JSON of a generated file.
    func json(_ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(path)))
    }

    /// Every file under `folder`, relative paths sorted, with their bytes.
    static func snapshot(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Occurrences of `needle` in `haystack`.
func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}
