import ArgumentParser
import Foundation

/// The `verbatim` command: parses arguments once and hands a configuration to the pipeline.
///
/// Exit statuses: 0 on success (and for `--help`), 1 when a seed or an output file had an error
/// (everything else was still done) or `--check` finds the site stale, 2 for a usage error (an
/// unknown option or subcommand, a missing argument, a value the option does not take) and for
/// what stops the whole site (a broken `site.yml`, a missing templates folder).
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Build a static site of annotated transcripts from seed documents.",
        subcommands: [GenerateCommand.self, AnnotateCommand.self, EvaluateCommand.self]
    )

    /// The status a usage error exits with: 2, the shell's convention for misuse and the one
    /// `generate` uses for a bad `--base-url`, where the parser's own is 64 (`EX_USAGE`).
    static let usageError = ExitCode(2)

    /// The status to exit with for `code`, the parser's status for an error: its usage errors
    /// (``ArgumentParser/ExitCode/validationFailure``, 64) become ``usageError``; every other
    /// status (0 for `--help`, 1 for a failure) stays as it is.
    static func exitStatus(for code: ExitCode) -> ExitCode {
        code == .validationFailure ? usageError : code
    }

    /// Parses the arguments and runs the chosen subcommand, as the parser's own `main()` does,
    /// except that a usage error prints the parser's usual message to standard error and exits
    /// with ``usageError``.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard exitStatus(for: code) != code else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            exit(withError: exitStatus(for: code))
        }
    }
}
