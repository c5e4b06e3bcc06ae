import Foundation

/// A gold annotation with the text it annotates: the unit the ``Scorer`` works on.
public struct GoldCase: Sendable {
    /// The document's name, `<name>` of `<name>.gold.json`, relative to the gold folder.
    public var name: String
    /// The annotation.
    public var gold: GoldDocument
    /// The raw bytes of the `.txt`.
    public var text: [UInt8]

    /// Every `<name>.gold.json` under `goldDirectory` (recursively, in path order) with its text:
    /// `<name>.txt` beside it, else `gold.document` in `seedDirectory` when given. Annotations
    /// whose text is found nowhere are returned in `skipped`.
    /// - Throws: file-system errors and `DecodingError` for a malformed gold file, naming the file.
    public static func load(goldDirectory: URL, seedDirectory: URL?) throws -> (cases: [GoldCase], skipped: [String]) {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(at: goldDirectory, includingPropertiesForKeys: nil) else {
            throw EvaluationError.unreadable(goldDirectory.path)
        }
        var goldFiles: [URL] = []
        for case let url as URL in enumerator where url.lastPathComponent.hasSuffix(".gold.json") {
            goldFiles.append(url)
        }
        goldFiles.sort { $0.path < $1.path }
        var cases: [GoldCase] = []
        var skipped: [String] = []
        let basePath = goldDirectory.standardizedFileURL.path
        for url in goldFiles {
            let relative = String(url.standardizedFileURL.path.dropFirst(basePath.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            let name = String(relative.dropLast(".gold.json".count))
            let gold: GoldDocument
            let data: Data
            do { data = try Data(contentsOf: url) } catch { throw EvaluationError.invalidGold(url.path, "the file cannot be read") }
            do {
                gold = try JSONDecoder().decode(GoldDocument.self, from: data)
            } catch {
                throw EvaluationError.invalidJSON(error, data: data, path: url.path)
            }
            let beside = url.deletingLastPathComponent().appendingPathComponent(String(url.lastPathComponent.dropLast(".gold.json".count)) + ".txt")
            var textURL: URL?
            if fileManager.fileExists(atPath: beside.path) {
                textURL = beside
            } else if let seedDirectory, fileManager.fileExists(atPath: seedDirectory.appendingPathComponent(gold.document).path) {
                textURL = seedDirectory.appendingPathComponent(gold.document)
            }
            guard let textURL else { skipped.append(name); continue }
            cases.append(GoldCase(name: name, gold: gold, text: [UInt8](try Data(contentsOf: textURL))))
        }
        return (cases, skipped)
    }
}
