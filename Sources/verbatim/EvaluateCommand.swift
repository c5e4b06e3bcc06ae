import Annotate
import ArgumentParser
import Evaluate
import Foundation

/// `verbatim evaluate GOLD_DIR`: scores the annotator against a hand-annotated gold corpus
/// (`corpus/gold/README.md`, "Scoring") and prints a plain table.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score quotation extraction and attribution against a gold corpus."
    )

    @Argument(help: "Folder holding <name>.txt and <name>.gold.json files (searched recursively).")
    var goldDirectory: String

    @Option(name: .customLong("seed-dir"), help: "Folder where gold files without a .txt beside them find their text (e.g. shared/seeds).")
    var seedDirectory: String?

    @Flag(help: "Print every miss, false positive and wrong speaker with its document name.")
    var verbose = false

    func run() throws {
        let loaded = try GoldCase.load(
            goldDirectory: URL(fileURLWithPath: goldDirectory),
            seedDirectory: seedDirectory.map { URL(fileURLWithPath: $0) }
        )
        let evaluation = Evaluation.run(loaded.cases, skipped: loaded.skipped, annotator: try Annotator())
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
}
