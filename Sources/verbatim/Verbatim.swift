import ArgumentParser
import Foundation

/// The `verbatim` command: parses arguments once and hands a configuration to the pipeline.
///
/// Exit statuses: 0 on success (and for `--help`, `help` and `help COMMAND`), 1 when a seed or an
/// output file had an error (everything else was still done) or `--check` finds the site stale,
/// 2 for a usage error and for what stops the whole site (a broken `site.yml`, a missing
/// templates folder). Usage errors: an unknown option or subcommand (also `help bogus`), a
/// missing argument, a value the option does not take, a path given as an argument that does not
/// exist (`annotate /no/such.txt`, `evaluate /no/such/folder`: 2 for every command), and an
/// `evaluate` folder with no gold files in it. A usage error prints `Error: …` and the usage of
/// the command it concerns on standard error.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Build a static site of annotated transcripts from seed documents.",
        subcommands: [GenerateCommand.self, AnnotateCommand.self, EvaluateCommand.self]
    )

    /// The status a usage error exits with: 2, the shell's convention for misuse and the one
    /// `generate` uses for a broken `site.yml`, where the parser's own is 64 (`EX_USAGE`).
    static let usageError = ExitCode(2)

    /// The status to exit with for `code`, the parser's status for an error: its usage errors
    /// (``ArgumentParser/ExitCode/validationFailure``, 64) become ``usageError``; every other
    /// status (0 for `--help`, 1 for a failure) stays as it is.
    static func exitStatus(for code: ExitCode) -> ExitCode {
        code == .validationFailure ? usageError : code
    }

    /// Parses the arguments and runs the chosen subcommand, as the parser's own `main()` does,
    /// except that a usage error prints the parser's usual message (with the usage of the command
    /// that failed, also for an error its `run()` throws) to standard error and exits with
    /// ``usageError``, and that `help` with an unknown command is a usage error.
    static func main() {
        var command: any ParsableCommand
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            try checkHelpArguments(arguments)
            command = try parseAsRoot(arguments)
        } catch {
            exit(reporting: error, usageOf: nil)
        }
        do {
            try command.run()
        } catch {
            exit(reporting: error, usageOf: type(of: command))
        }
    }

    /// Throws a usage error when `arguments` are `help` followed by anything but one command's name
    /// (the parser would print the top-level help and exit 0).
    static func checkHelpArguments(_ arguments: [String]) throws {
        guard arguments.first == "help" else { return }
        let names = configuration.subcommands.map { $0._commandName }
        let words = arguments.dropFirst().filter { !$0.hasPrefix("-") }
        if let unknown = words.first(where: { !names.contains($0) }) ?? (words.count > 1 ? words.last : nil) {
            throw ValidationError("unknown command '\(unknown)' for help; the commands are \(names.joined(separator: ", "))")
        }
    }

    /// Prints `error` as the parser does and exits: with ``usageError`` and the usage of
    /// `subcommand` (the root's when nil) for a usage error, else with the error's own status.
    private static func exit(reporting error: any Error, usageOf subcommand: (any ParsableCommand.Type)?) -> Never {
        let code = exitCode(for: error)
        guard exitStatus(for: code) != code else { exit(withError: error) }
        var text = fullMessage(for: error)
        if let subcommand, subcommand != Verbatim.self {
            let name = subcommand._commandName
            text = "Error: \(message(for: error))\nUsage: \(usageString(for: subcommand))\n  See 'verbatim help \(name)' for more information."
        }
        FileHandle.standardError.write(Data((text + "\n").utf8))
        exit(withError: exitStatus(for: code))
    }
}
