import Foundation

/// Reads a quotation-attribution corpus in the JSON Lines format of Petersen-Frey & Biemann,
/// "Dataset of Quotation Attribution in German News Articles" (LREC-COLING 2024), as stored in
/// `corpus/quotes/de-wikinews-quotation-attribution/documents.jsonl` (its `SOURCE.md` gives the
/// fields): one document a line, `{id, documentName, originalText, annotations: [{type, quote,
/// speaker, cue, isNested, …}]}`, span offsets in Unicode scalars.
///
/// Each document becomes a ``GoldCase``: its text is the title (from `documentName`), a blank
/// line, then `originalText`, so Ingest reads it like a gold `.txt`. Its gold quotations are the
/// `Direct` annotations (quote text without its outer marks; one entry per quote span, the
/// speakers of duplicate annotations of one span as aliases), scored as `direct`; the other types
/// (`Indirect`, `Reported`, `FreeIndirect` …) are kept as kind `reported`, which counts neither
/// way. Speakers are mentions as annotated (`Er`, `Der Innenminister Frankreichs, Nicolas
/// Sarkozy`): score them with ``Scorer`` `speakerMentions: true`.
public enum JSONLinesGoldReader {
    struct Record: Decodable {
        struct Span: Decodable { var charBegin: Int; var charEnd: Int }
        struct Role: Decodable { var text: String; var spans: [Span] }
        struct Annotation: Decodable {
            var type: String
            var quote: Role?
            var speaker: Role?
            var cue: Role?
        }
        var id: String
        var documentName: String
        var originalText: String
        var annotations: [Annotation]
    }

    /// Reads every line of `url`.
    /// - Parameter lang: the documents' language (BCP 47), e.g. `de`.
    /// - Throws: ``EvaluationError/invalidGold(_:_:)`` naming the file and line of a malformed record.
    public static func load(_ url: URL, lang: String) throws -> [GoldCase] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw EvaluationError.unreadable(url.path) }
        var cases: [GoldCase] = []
        // Blank lines are kept in the split, so that a record's number is its line in the file.
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) {
            let record: Record
            do { record = try JSONDecoder().decode(Record.self, from: Data(line)) } catch {
                throw EvaluationError.invalidJSON(error, data: Data(line), path: url.path, line: number + 1)
            }
            cases.append(goldCase(record, lang: lang))
        }
        return cases
    }

    static func goldCase(_ record: Record, lang: String) -> GoldCase {
        var title = record.documentName
        if let dash = title.range(of: " - ") { title = String(title[dash.upperBound...]) }
        let body = record.originalText.replacingOccurrences(of: "\r\n", with: "\n")
        let text = title + "\n\n" + body
        var quotations: [GoldDocument.Quotation] = []
        var speakers: [GoldDocument.Speaker] = []
        var bySpan: [String: Int] = [:]
        for annotation in record.annotations {
            guard let quote = annotation.quote, !quote.spans.isEmpty else { continue }
            let key = quote.spans.map { "\($0.charBegin)-\($0.charEnd)" }.joined(separator: ",") + annotation.type
            let isDirect = annotation.type == "Direct"
            let mention = annotation.speaker.map(\.text).flatMap { $0.isEmpty ? nil : $0 }
            if let existing = bySpan[key] {
                if let mention, let name = quotations[existing].speaker,
                   let s = speakers.firstIndex(where: { $0.name == name }), !speakers[s].aliases.contains(mention) {
                    speakers[s].aliases.append(mention)
                } else if let mention, quotations[existing].speaker == nil {
                    quotations[existing].speaker = mention
                    if !speakers.contains(where: { $0.name == mention }) { speakers.append(GoldDocument.Speaker(name: mention, aliases: [])) }
                }
                continue
            }
            let pieces = quote.spans.map { stripMarks(slice(record.originalText, $0.charBegin, $0.charEnd)) }
            let quoted = pieces.filter { !$0.isEmpty }.joined(separator: " ")
            guard !quoted.isEmpty else { continue }
            if let mention, isDirect, !speakers.contains(where: { $0.name == mention }) {
                speakers.append(GoldDocument.Speaker(name: mention, aliases: []))
            }
            bySpan[key] = quotations.count
            quotations.append(GoldDocument.Quotation(kind: isDirect ? "direct" : "reported", text: quoted,
                                                     speaker: isDirect ? mention : nil, nested: false, note: annotation.type))
        }
        let gold = GoldDocument(document: "\(record.id).txt", lang: lang, source: "jsonl", speakers: speakers, quotations: quotations)
        return GoldCase(name: "\(lang)/\(record.id)", gold: gold, text: Array(text.utf8))
    }

    /// The text between two Unicode-scalar offsets (the corpus's offsets).
    static func slice(_ text: String, _ begin: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard begin >= 0, end <= scalars.count, begin < end else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[begin..<end])
        return String(result)
    }

    /// A quote's text without the marks and spaces at its ends (`„Gesindel“` → `Gesindel`).
    static func stripMarks(_ text: String) -> String {
        let marks: Set<Character> = ["«", "»", "“", "”", "„", "\"", "‚", "‘", "’", "'", "‹", "›", " ", "\u{A0}", "\u{202F}", "\n"]
        var result = Substring(text)
        while let first = result.first, marks.contains(first) { result = result.dropFirst() }
        while let last = result.last, marks.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
