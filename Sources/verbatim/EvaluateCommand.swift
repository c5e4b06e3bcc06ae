import Annotate
import ArgumentParser
import Evaluate
import Foundation

/// `verbatim evaluate GOLD`: scores the annotator against a hand-annotated gold corpus
/// (`corpus/gold/README.md`, "Scoring") and prints a plain table.
///
/// Two formats: a folder of `<name>.txt` + `<name>.gold.json` (`--format gold`), or a JSON Lines
/// file of quotation annotations with speaker mentions (`--format de-jsonl`, or `jsonl` with
/// `--lang`; see ``JSONLinesGoldReader``). A `.jsonl` file, or a folder holding `documents.jsonl`
/// and no gold files, is read as JSON Lines without `--format`. A path that does not exist, a
/// file or folder with no gold files in it, and a `--seed-dir` that is not a readable folder are
/// usage errors (exit 2).
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score quotation extraction and attribution against a gold corpus."
    )

    @Argument(help: "Folder holding <name>.txt and <name>.gold.json files (searched recursively), or a .jsonl file / a folder with documents.jsonl.")
    var goldDirectory: String

    @Option(name: .customLong("seed-dir"), help: "Folder where gold files without a .txt beside them find their text (e.g. shared/seeds).")
    var seedDirectory: String?

    @Option(help: "gold | jsonl | <lang>-jsonl (e.g. de-jsonl). Detected from the path when left out.")
    var format: String?

    @Option(help: "Language of a JSON Lines corpus (BCP 47); else the <lang>- of --format or of the file's folder name.")
    var lang: String?

    @Flag(help: "Print every miss, false positive and wrong speaker with its document name.")
    var verbose = false

    func run() throws {
        let url = URL(fileURLWithPath: goldDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ValidationError(
                "\(goldDirectory): no such file or folder; give a folder of NAME.txt + NAME.gold.json files, or a .jsonl file")
        }
        if let seedDirectory { try Self.checkSeedDirectory(seedDirectory) }
        var jsonlURL: URL?
        let chosen = format ?? {
            if !isDirectory.boolValue { return url.pathExtension == "jsonl" ? "jsonl" : "gold" }
            let inner = url.appendingPathComponent("documents.jsonl")
            return FileManager.default.fileExists(atPath: inner.path) ? "jsonl" : "gold"
        }()
        let evaluation: Evaluation
        if chosen == "gold" {
            let noGold = ValidationError(
                "no gold files were found in \(goldDirectory): give a folder of NAME.txt + NAME.gold.json pairs, or a .jsonl file")
            guard isDirectory.boolValue else { throw noGold }
            let loaded = try GoldCase.load(goldDirectory: url, seedDirectory: seedDirectory.map { URL(fileURLWithPath: $0) })
            guard !loaded.cases.isEmpty || !loaded.skipped.isEmpty else { throw noGold }
            evaluation = Evaluation.run(loaded.cases, skipped: loaded.skipped, annotator: try Annotator())
        } else if chosen.hasSuffix("jsonl") {
            jsonlURL = isDirectory.boolValue ? url.appendingPathComponent("documents.jsonl") : url
            let folderName = (isDirectory.boolValue ? url : url.deletingLastPathComponent()).lastPathComponent
            let language = lang ?? (chosen.contains("-") ? String(chosen.split(separator: "-")[0]) : nil)
                ?? folderName.split(separator: "-").first.map(String.init).flatMap { $0.count == 2 ? $0 : nil }
            guard let language else { throw ValidationError("say the corpus language with --lang (e.g. --lang de)") }
            let cases = try JSONLinesGoldReader.load(jsonlURL!, lang: language)
            evaluation = Evaluation.run(cases, skipped: [], annotator: try Annotator(), speakerMentions: true)
        } else {
            throw ValidationError("unknown --format \(chosen): use gold, jsonl or <lang>-jsonl")
        }
        if verbose {
            for line in evaluation.findingLines() { print(line) }
            print("")
        }
        for name in evaluation.skipped { print("skipped \(name): text not found (use --seed-dir)") }
        if !evaluation.fallbacks.isEmpty {
            print("note: Ingest could not read \(evaluation.fallbacks.count) document(s); read as plain gold text instead")
        }
        print(evaluation.table())
    }

    /// Checks that `path`, the `--seed-dir` value, is a folder this process can list.
    /// - Throws: a `ValidationError` (exit status 2) naming the path, what is wrong with it and
    ///   what to give instead, when it does not exist, is a file, or cannot be read.
    static func checkSeedDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        let hint = "give the folder that holds the texts the gold files name (e.g. --seed-dir shared/seeds), or leave --seed-dir out"
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("--seed-dir \(path): no such folder; \(hint)")
        }
        guard isDirectory.boolValue else {
            throw ValidationError("--seed-dir \(path): is a file, not a folder; \(hint)")
        }
        guard FileManager.default.isReadableFile(atPath: path), (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil else {
            throw ValidationError("--seed-dir \(path): the folder cannot be read (check its permissions); \(hint)")
        }
    }
}
