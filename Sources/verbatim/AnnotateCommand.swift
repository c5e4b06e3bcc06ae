import Annotate
import ArgumentParser
import Foundation
import Ingest
import Markdown
import Model

/// `verbatim annotate FILE`: prints one seed as annotated Markdown (or its quotations as JSON),
/// so a user can check a document or take the output as a seed to correct. A path that does not
/// exist is a usage error (exit 2); a file that exists but cannot be read or used exits 1.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Print one seed as annotated Markdown, or its quotations as JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Argument(help: "The seed file.")
    var file: String

    @Option(name: .long, help: "Output format: markdown or json.")
    var format: Format = .markdown

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw ValidationError("\(file): no such file (`verbatim annotate` takes one seed file)")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("\(file): error: the file cannot be read (check the path; `verbatim annotate` takes one seed file)")
            throw ExitCode(1)
        }
        let transcript: Transcript
        do {
            // The seed path is the file's name (it goes into the output's `seed:`); messages name
            // the file by the path the user typed.
            let name = (file as NSString).lastPathComponent
            let result = try SeedReader.read(Array(data), seedPath: name)
            var warnings = result.warnings.map { warning in
                var located = warning
                if located.file == name { located.file = file }
                return located
            }
            let corrected = AttributionCorrection.applyReporting(
                result.document.metadata.attributions, to: try Annotator().annotate(result.document))
            // Each at the line of the front matter or sidecar that writes it, as `generate` says it.
            warnings += corrected.warnings(at: { quotation in
                guard let place = result.metadataLines.attributions[quotation] else { return (file, nil) }
                return (place.file == name ? file : place.file, place.line)
            })
            // In the order of the file's lines, a flood of one warning cut short, as `generate` gives them.
            for line in warnings.printedLines() { printError(line) }
            transcript = corrected.transcript
        } catch let error as Diagnostic {
            var located = error
            located.file = file
            printError(located.description)
            throw ExitCode(1)
        }
        switch format {
        case .markdown:
            print(AnnotatedMarkdownWriter.document(for: transcript, slug: Slug.forDocument(slug: transcript.metadata.slug, title: transcript.metadata.title)), terminator: "")
        case .json:
            print(QuotationJSON.encode(transcript))
        }
    }
}

/// The quotations of one transcript as a JSON array, in the shape of `data/quotes.json`
/// without the transcript field.
enum QuotationJSON {
    static func encode(_ transcript: Transcript) -> String {
        let items: [[String: Any]] = transcript.quotations.map { quotation in
            [
                "id": quotation.id,
                "kind": quotation.kind.rawValue,
                "text": quotation.text,
                "speaker": quotation.speakerID as Any? ?? NSNull(),
                "speaker_name": quotation.speakerID.flatMap { transcript.speaker(id: $0)?.name } as Any? ?? NSNull(),
                "cue": quotation.attribution.cue as Any? ?? NSNull(),
                "rule": quotation.attribution.rule,
                "mention": quotation.attribution.mention as Any? ?? NSNull(),
                "confidence": (quotation.attribution.confidence * 100).rounded() / 100,
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
