import Annotate
import Foundation
import Model

/// Builds source documents for tests the way Ingest reads a plain seed: blocks split on blank
/// lines, `> ` paragraphs as block quotations without the marker.
enum TestDocuments {
    static func make(_ text: String, lang: String = "fr", title: String = "Test") -> SourceDocument {
        var blocks: [Block] = []
        var line = 1
        for paragraph in text.components(separatedBy: "\n\n") {
            defer { line += paragraph.split(separator: "\n", omittingEmptySubsequences: false).count + 1 }
            let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            if trimmed.hasPrefix("> ") {
                blocks.append(Block(kind: .blockQuote, text: String(trimmed.dropFirst(2)), line: line))
            } else {
                blocks.append(Block(kind: .paragraph, text: trimmed, line: line))
            }
        }
        return SourceDocument(seedPath: "test.txt", metadata: DocumentMetadata(title: title, lang: lang), blocks: blocks)
    }

    /// The speaker name of each direct quotation of `transcript`, in order (nil when unattributed).
    static func directSpeakerNames(_ transcript: Transcript) -> [String?] {
        transcript.quotations.filter { $0.kind == .direct }.map { quotation in quotation.speakerID.flatMap { transcript.speaker(id: $0)?.name } }
    }

    /// `text` annotated by `annotator` as a plain seed in `lang`, with its direct quotations in order.
    static func directQuotations(_ text: String, lang: String, annotator: Annotator) -> (Transcript, [Quotation]) {
        let transcript = annotator.annotate(make(text, lang: lang))
        return (transcript, transcript.quotations.filter { $0.kind == .direct })
    }

    /// Text, kind and speaker name of each quotation of `transcript` that is not reported speech,
    /// in order (the speaker nil when unattributed).
    static func quotationsWithSpeakers(_ transcript: Transcript) -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        transcript.quotations.filter { $0.kind != .reported }.map { q in
            (q.text, q.kind, q.speakerID.flatMap { transcript.speaker(id: $0)?.name })
        }
    }

    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }
}

import Testing
