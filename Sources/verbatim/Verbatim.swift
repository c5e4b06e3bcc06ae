import ArgumentParser

/// The `verbatim` command: parses arguments once and hands a configuration to the pipeline.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Build a static site of annotated transcripts from seed documents.",
        subcommands: [GenerateCommand.self, AnnotateCommand.self, EvaluateCommand.self]
    )
}
