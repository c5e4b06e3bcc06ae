import Foundation
import Model

/// Reads GOV.UK content items (the Content Store JSON of alphagov/govuk-content-schemas:
/// `title`, `base_path`, `locale`, `first_published_at`, `public_updated_at`, `details.body`
/// HTML, `links`).
///
/// - Body: `details.body` HTML (or its `text/html` alternative), read by ``HTMLBlockExtractor`` (block lines are 1: the HTML sits
///   inside a JSON string).
/// - Date: `details.delivered_on` for a speech (when it was given), else `first_published_at`,
///   else `public_updated_at`; the calendar date as written, no time-zone shift.
/// - Speakers: `links.speaker` or `links.people` (their `title`), honorifics and post-nominals
///   dropped for the name (`The Rt Hon David Cameron MP` → `David Cameron`).
/// - A speech (`schema_name` or `document_type` `speech`, with a speaker) is a single-speaker
///   transcript: the whole body is one turn of that speaker, labelled as GOV.UK writes the name.
///   Other items (news articles, press releases) are prose; their people are declared speakers.
/// - Source: `https://www.gov.uk` + `base_path`.
enum GovUKContentReader {
    /// Title words before a name, dropped for the speaker's name.
    static let honorificPrefixes = ["The Rt Hon ", "The Right Honourable ", "Rt Hon ", "The Hon ", "The Honourable "]
    /// Letters after a name, dropped for the speaker's name.
    static let postNominals: Set<String> = ["MP", "QC", "KC", "MEP", "MSP", "MS", "AM", "MLA", "OBE", "CBE", "MBE", "KBE", "DBE", "PC", "FRS"]

    /// Reads normalised `text`.
    /// - Throws: a ``Diagnostic`` when the JSON has no `details.body` nor `title`.
    static func read(_ text: String, file: String) throws(Diagnostic) -> ReaderOutput {
        let (object, readWarnings) = try JSONValueReader.object(text, path: file)
        let details = object["details"] as? [String: Any] ?? [:]
        guard let body = htmlBody(details["body"]) else {
            throw Diagnostic(.error, file: file, message: "the GOV.UK content item has no `details.body` HTML",
                hint: "use the content item of a page with a body (news article, speech)")
        }
        var output = ReaderOutput()
        output.warnings += readWarnings
        output.title = object["title"] as? String
        if output.title != nil { output.titleLine = JSONLocation.place(of: [.key("title")], in: Data(text.utf8))?.line }
        output.lang = (object["locale"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        if let path = object["base_path"] as? String { output.source = "https://www.gov.uk" + path }
        let kind = ((object["schema_name"] as? String) ?? "") + " " + ((object["document_type"] as? String) ?? "")
        let isSpeech = kind.contains("speech")
        // A date that is none (`2016-02-30T…`, a day its month does not have) is said at its
        // line, as the other readers say a refused date, and passed over for the next.
        let dates: [(name: String, value: Any?, path: [JSONLocation.Step])] =
            (isSpeech ? [("details.delivered_on", details["delivered_on"], [.key("details"), .key("delivered_on")])] : [])
            + ["first_published_at", "public_updated_at"].map { ($0, object[$0], [.key($0)]) }
        for (name, value, path) in dates {
            guard let written = value as? String, !written.isEmpty else { continue }
            let declared = DateFinder.declaredDate(written)
            if let problem = declared.problem {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: JSONLocation.place(of: path, in: Data(text.utf8))?.line,
                    message: "`\(name)` gives `\(written)`, which is no calendar date (\(problem)); it was not taken as the document's date",
                    hint: "correct the date in the content item, or give the date in a sidecar file's `date:` line"))
            } else if output.date == nil {
                output.date = declared.date
            }
        }

        let links = object["links"] as? [String: Any] ?? [:]
        let people = ((links["speaker"] as? [Any] ?? []) + (links["people"] as? [Any] ?? []))
            .compactMap { ($0 as? [String: Any])?["title"] as? String }
        var labels: [String] = []
        for person in people where !labels.contains(person) { labels.append(person) }
        output.speakers = labels.map { label in
            let name = personName(label)
            return Speaker(id: Slug.make(from: name), name: name, aliases: label == name ? [] : [label])
        }

        var extractor = HTMLBlockExtractor()
        extractor.useLines = false
        extractor.extract(MarkupParser.parse(body, mode: .html))
        var blocks = extractor.blocks
        if isSpeech, let label = labels.first, let speaker = output.speakers.first {
            let turn = Turn(index: 0, label: label, speakerID: speaker.id)
            blocks = blocks.map { block in
                var block = block
                block.turn = turn
                return block
            }
        }
        output.blocks = blocks
        return output
    }

    /// The HTML of a `body`: a string, or (newer content items) an array of
    /// `{content_type, content}` alternatives, of which the `text/html` one.
    static func htmlBody(_ value: Any?) -> String? {
        if let html = value as? String { return html }
        let alternatives = (value as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        return alternatives.first { $0["content_type"] as? String == "text/html" }?["content"] as? String
    }

    /// `label` without honorifics and post-nominal letters.
    static func personName(_ label: String) -> String {
        var name = Substring(label)
        for prefix in honorificPrefixes where name.hasPrefix(prefix) {
            name = name.dropFirst(prefix.count)
        }
        var words = name.split(separator: " ")
        while words.count > 1, let last = words.last, postNominals.contains(String(last)) { words.removeLast() }
        return words.joined(separator: " ")
    }
}
