import Annotate
import Foundation
import Ingest
import Model

/// Runs Ingest and the ``Annotate/Annotator`` over a gold corpus and scores the result per
/// language and overall, strict (80 %) and lenient (30 %).
public struct Evaluation: Sendable {
    /// Scores of one language (or `all`).
    public struct Row: Sendable {
        /// `fr`, `en` or `all`.
        public var language: String
        /// Number of documents.
        public var documents: Int
        /// Counts at 80 % coverage.
        public var strict: Scorer.Counts
        /// Counts at 30 % coverage.
        public var lenient: Scorer.Counts
    }

    /// Rows in language order, then `all`.
    public var rows: [Row]
    /// `--verbose` lines: document name, kind, text and detail (strict matching).
    public var findings: [(document: String, finding: Scorer.Finding)]
    /// Gold files skipped because their text was not found.
    public var skipped: [String]
    /// Documents the Ingest stage could not read, read by the plain-text fallback instead.
    public var fallbacks: [String]

    /// Evaluates every gold case.
    /// - Parameter speakerMentions: gold speakers are mentions (``JSONLinesGoldReader``), see ``Scorer``.
    public static func run(_ cases: [GoldCase], skipped: [String], annotator: Annotator, speakerMentions: Bool = false) -> Evaluation {
        var perLanguage: [String: (documents: Int, strict: Scorer.Counts, lenient: Scorer.Counts)] = [:]
        var findings: [(String, Scorer.Finding)] = []
        var fallbacks: [String] = []
        for gold in cases {
            let (document, usedFallback) = read(gold)
            if usedFallback { fallbacks.append(gold.name) }
            let transcript = annotator.annotate(document)
            let (strict, strictFindings) = Scorer.score(transcript, gold: gold.gold, threshold: 0.8, speakerMentions: speakerMentions)
            let (lenient, _) = Scorer.score(transcript, gold: gold.gold, threshold: 0.3, speakerMentions: speakerMentions)
            var entry = perLanguage[gold.gold.lang] ?? (0, Scorer.Counts(), Scorer.Counts())
            entry.documents += 1
            entry.strict = entry.strict + strict
            entry.lenient = entry.lenient + lenient
            perLanguage[gold.gold.lang] = entry
            findings += strictFindings.map { (gold.name, $0) }
        }
        var rows: [Row] = []
        var total = Row(language: "all", documents: 0, strict: Scorer.Counts(), lenient: Scorer.Counts())
        for language in perLanguage.keys.sorted() {
            let entry = perLanguage[language]!
            rows.append(Row(language: language, documents: entry.documents, strict: entry.strict, lenient: entry.lenient))
            total.documents += entry.documents
            total.strict = total.strict + entry.strict
            total.lenient = total.lenient + entry.lenient
        }
        rows.append(total)
        return Evaluation(rows: rows, findings: findings, skipped: skipped, fallbacks: fallbacks)
    }

    /// The document as Ingest reads it, with the gold's language (the gold is the reference for
    /// it); the plain-text reader when Ingest throws.
    static func read(_ gold: GoldCase) -> (SourceDocument, Bool) {
        var document: SourceDocument
        var fallback = false
        do {
            document = try SeedReader.read(gold.text, seedPath: gold.gold.document).document
        } catch {
            document = PlainTextDocumentReader.read(gold.text, seedPath: gold.gold.document, lang: gold.gold.lang,
                                                    hasTitleLine: gold.gold.source != "seed")
            fallback = true
        }
        document.metadata.lang = gold.gold.lang
        return (document, fallback)
    }

    /// The scores as a plain table, one row per language and `all`.
    public func table() -> String {
        func percent(_ value: Double) -> String { String(format: "%5.1f", value * 100) }
        var lines = ["lang  docs  gold |  pred   TP   P80   R80  F1-80 attr80 |  pred   TP   P30   R30  F1-30 attr30"]
        for row in rows {
            let s = row.strict, l = row.lenient
            let name = row.language.padding(toLength: 4, withPad: " ", startingAt: 0)
            lines.append(String(format: "%@ %5d %5d | %5d %4d", name, row.documents, s.gold, s.predicted, s.truePositives)
                + " \(percent(s.precision)) \(percent(s.recall))  \(percent(s.f1))  \(percent(s.attribution)) |"
                + String(format: " %5d %4d", l.predicted, l.truePositives)
                + " \(percent(l.precision)) \(percent(l.recall))  \(percent(l.f1))  \(percent(l.attribution))")
        }
        return lines.joined(separator: "\n")
    }

    /// Every miss, false positive and wrong speaker, one per line, prefixed with the document name.
    public func findingLines() -> [String] {
        findings.map { document, finding in
            let text = finding.text.count > 90 ? String(finding.text.prefix(87)) + "..." : finding.text
            return "\(document): \(finding.kind): «\(text)» (\(finding.detail))"
        }
    }
}
