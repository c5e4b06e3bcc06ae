import ArgumentParser
import Foundation
import Model
import Pipeline

/// `verbatim generate`: builds the site from the seeds folder, or checks that it is up to date.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Annotate every seed and write the static site.",
        discussion: """
            Reads every seed in the seeds folder, finds its quotations and speakers, and writes the \
            site: a page per transcript and per speaker, indexes, search, feed and data files. Only \
            files whose bytes change are written, each atomically. A seed that cannot be read is \
            reported (file:line: error: …); the pages it published before are kept as they were, the \
            rest of the site is still generated, and the command then exits with status 1. So does a \
            file that cannot be written: it is reported and every other file is still written. A \
            usage error (unknown option, missing value, a --base-url that is not an http or https \
            URL) exits with status 2.
            """)

    @Option(name: .long, help: "Folder of seed documents.")
    var seeds = "seeds"

    @Option(name: .long, help: "Folder of Mustache templates and assets.")
    var templates = "templates"

    @Option(name: .long, help: "Folder to write the site to.")
    var output = "public"

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is served from (for feed.xml and sitemap.xml).")
    var baseURL: String?

    @Flag(name: .long, help: "Write nothing; exit 1 and list the files that would change when the output is not up to date.")
    var check = false

    /// Refuses a `--base-url` that is not an absolute `http` or `https` URL
    /// (``Model/BaseURL/problem(with:)``) before anything is read: a usage error, printed as
    /// `Error: --base-url 'ftp://x' is not a base URL: … (…)` with the usage of `generate`, exit 2.
    func validate() throws {
        if let baseURL, let problem = BaseURL.problem(with: baseURL) {
            throw ValidationError("--base-url \(BaseURL.quoted(baseURL)) is not a base URL: \(problem) (\(BaseURL.example))")
        }
    }

    func run() throws {
        let options = GenerateOptions(
            seedsDirectory: URL(fileURLWithPath: seeds, isDirectory: true),
            templatesDirectory: URL(fileURLWithPath: templates, isDirectory: true),
            outputDirectory: URL(fileURLWithPath: output, isDirectory: true),
            baseURL: baseURL, checkOnly: check)
        let report: GenerateReport
        do {
            report = try SiteGenerator(options: options).run()
        } catch {
            printError(error.description)
            for further in error.more { printError(further.description) }
            throw ExitCode(2)
        }
        for line in report.printedMessages { printError(line) }
        if check {
            if report.changed.isEmpty {
                print(report.upToDateSummary(output: output))
            } else {
                print("\(output)/ is not up to date; \(report.changed.count) \(report.changed.count == 1 ? "file" : "files") would change:")
                for path in report.changed { print("  \(path)") }
                print(report.checkAdvice(output: output))
                throw ExitCode(1)
            }
        } else {
            print(report.summary(output: output))
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
