import Foundation
import Model

/// Scores predicted direct quotations against a gold annotation (`corpus/gold/README.md`,
/// "Scoring").
///
/// - A prediction matches a gold quotation when the longest common run of characters covers at
///   least `threshold` of the gold text (0.8 strict, 0.3 lenient). Pairs are taken greedily by
///   best fit (coverage of the gold text plus coverage of the prediction), then longest run, then
///   direct non-nested gold before other kinds; each gold quotation and each prediction is matched at most once.
/// - Matching a `direct`, non-nested gold quotation is a true positive; matching a `mention` is a
///   false positive; matching a `headline`, an `uncertain` or a nested one counts neither way; a
///   prediction that matches nothing is a false positive.
/// - A prediction over several paragraphs is scored per paragraph, because the gold splits such
///   quotations per paragraph (README, "Two special cases").
/// - A prediction with an incise taken out (two spans in one paragraph) is scored as the whole
///   marked stretch, or as its two parts when each part and a gold quotation cover each other to
///   `threshold`: annotators either keep `« A, a-t-il dit. B »` as one entry or split it around
///   an incise that closes a sentence.
/// - Attribution: a true positive agrees when the predicted speaker's name or one of its aliases
///   that is a name agrees with the gold speaker's name or an alias (``SpeakerNameMatch``); both
///   nil also agree. A description the annotator gave a named speaker as an alias (`l'élue`)
///   does not count: two people can share one (``SpeakerNameMatch/scoredNames(name:aliases:)``);
///   nor does a surname shared by two people whose full names differ (`Marine Le Pen` is not
///   `Jean-Marie Le Pen` through `Le Pen`, ``SpeakerNameMatch/namesTwoPeople(_:_:)``).
public enum Scorer {
    /// Counts for one document or a sum of documents.
    public struct Counts: Sendable, Hashable {
        /// Gold direct, non-nested quotations.
        public var gold = 0
        /// Predictions that count (all but those matching headline, uncertain or nested gold).
        public var predicted = 0
        /// Predictions matching gold direct quotations.
        public var truePositives = 0
        /// True positives whose speaker agrees.
        public var attributed = 0

        /// All counts zero.
        public init() {}

        /// TP / predicted, 0 when nothing was predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        /// TP / gold, 0 when there is no gold.
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        /// Share of true positives with the right speaker.
        public var attribution: Double { truePositives == 0 ? 0 : Double(attributed) / Double(truePositives) }

        static func + (a: Counts, b: Counts) -> Counts {
            var sum = Counts()
            sum.gold = a.gold + b.gold
            sum.predicted = a.predicted + b.predicted
            sum.truePositives = a.truePositives + b.truePositives
            sum.attributed = a.attributed + b.attributed
            return sum
        }
    }

    /// One line of `--verbose` output.
    public struct Finding: Sendable, Hashable {
        /// `miss`, `false positive` or `wrong speaker`.
        public var kind: String
        /// The quoted text (shortened for display by the report).
        public var text: String
        /// Detail: gold and predicted speaker, or the gold kind matched.
        public var detail: String
    }

    /// One scoring unit of the prediction.
    struct Unit {
        var text: [Unicode.Scalar]
        var speakerNames: [String]?
        var display: String
        /// The texts on either side of an incise taken out, scored instead of `text` when the gold
        /// splits the quotation there.
        var parts: [String] = []
    }

    /// Scores one transcript against its gold at one threshold.
    /// - Returns: the counts and the findings (misses, false positives, wrong speakers).
    /// - Parameter speakerMentions: also count the words that named the speaker at the
    ///   attribution site (``Model/Attribution/mention``, e.g. `er`) as a predicted name, for gold
    ///   corpora whose speakers are mentions rather than entities.
    public static func score(_ transcript: Transcript, gold: GoldDocument, threshold: Double, speakerMentions: Bool = false) -> (Counts, [Finding]) {
        let golds = gold.quotations.map { Array($0.text.unicodeScalars) }
        let units = predictionUnits(transcript, speakerMentions: speakerMentions).flatMap { unit -> [Unit] in
            // `« A, a-t-elle dit. B »` where the gold has `A` and `B`: each part goes to its own entry.
            let parts = unit.parts.map { Array($0.unicodeScalars) }
            let claimed = parts.map { part in
                golds.indices.first { g in
                    let needed = Int((threshold * Double(max(golds[g].count, part.count))).rounded(.up))
                    return !golds[g].isEmpty && !part.isEmpty && TextOverlap.longestCommonRun(part, golds[g], atLeast: needed) >= needed
                }
            }
            guard parts.count > 1, !claimed.contains(nil), Set(claimed).count == parts.count else { return [unit] }
            return unit.parts.map { Unit(text: Array($0.unicodeScalars), speakerNames: unit.speakerNames, display: $0) }
        }
        var pairs: [(unit: Int, gold: Int, coverage: Double, run: Int, fit: Double)] = []
        for (u, unit) in units.enumerated() {
            for (g, goldText) in golds.enumerated() where !goldText.isEmpty {
                let needed = Int((threshold * Double(goldText.count)).rounded(.up))
                let run = TextOverlap.longestCommonRun(unit.text, goldText, atLeast: needed)
                let coverage = Double(run) / Double(goldText.count)
                if coverage >= threshold { pairs.append((u, g, coverage, run, coverage + Double(run) / Double(max(1, unit.text.count)))) }
            }
        }
        // Best fit first: coverage of the gold text plus coverage of the prediction, so that a long
        // prediction containing a short nested mention still goes to the long gold quotation it is.
        pairs.sort {
            if $0.fit != $1.fit { return $0.fit > $1.fit }
            if $0.run != $1.run { return $0.run > $1.run }
            // Equal texts (a headline word quoted again in the body): the scored kind first.
            let a = scoredKind(gold.quotations[$0.gold]), b = scoredKind(gold.quotations[$1.gold])
            if a != b { return a }
            return $0.gold != $1.gold ? $0.gold < $1.gold : $0.unit < $1.unit
        }
        var unitMatch = [Int?](repeating: nil, count: units.count)
        var goldMatched = [Bool](repeating: false, count: golds.count)
        for pair in pairs where unitMatch[pair.unit] == nil && !goldMatched[pair.gold] {
            unitMatch[pair.unit] = pair.gold
            goldMatched[pair.gold] = true
        }
        var counts = Counts()
        var findings: [Finding] = []
        let scored = gold.quotations.indices.filter { gold.quotations[$0].kind == "direct" && !gold.quotations[$0].nested }
        counts.gold = scored.count
        for (u, unit) in units.enumerated() {
            guard let g = unitMatch[u] else {
                counts.predicted += 1
                findings.append(Finding(kind: "false positive", text: unit.display, detail: "matches no gold quotation"))
                continue
            }
            let target = gold.quotations[g]
            if target.kind == "mention" {
                counts.predicted += 1
                findings.append(Finding(kind: "false positive", text: unit.display, detail: "gold says mention"))
                continue
            }
            guard target.kind == "direct", !target.nested else { continue }
            counts.predicted += 1
            counts.truePositives += 1
            let goldNames = target.speaker.map { name in [name] + (gold.speakers.first { $0.name == name }?.aliases ?? []) }
            let agrees: Bool
            switch (unit.speakerNames, goldNames) {
            case (nil, nil): agrees = true
            case (let p?, let g?):
                agrees = speakerMentions ? SpeakerNameMatch.agreesWithMention(predicted: p, gold: g) : SpeakerNameMatch.agrees(predicted: p, gold: g)
            default: agrees = false
            }
            if agrees {
                counts.attributed += 1
            } else {
                findings.append(Finding(kind: "wrong speaker", text: unit.display,
                                        detail: "gold \(target.speaker ?? "nil"), predicted \(unit.speakerNames?.first ?? "nil")"))
            }
        }
        for g in scored where !goldMatched[g] {
            findings.append(Finding(kind: "miss", text: gold.quotations[g].text, detail: "gold speaker \(gold.quotations[g].speaker ?? "nil")"))
        }
        return (counts, findings)
    }

    static func scoredKind(_ quotation: GoldDocument.Quotation) -> Bool {
        quotation.kind == "direct" && !quotation.nested
    }

    /// The transcript's direct quotations as scoring units, one per paragraph they run over.
    static func predictionUnits(_ transcript: Transcript, speakerMentions: Bool = false) -> [Unit] {
        var units: [Unit] = []
        for quotation in transcript.quotations where quotation.kind == .direct {
            let speaker = quotation.speakerID.flatMap { transcript.speaker(id: $0) }
            var names = speaker.map { SpeakerNameMatch.scoredNames(name: $0.name, aliases: $0.aliases) }
            if speakerMentions, names != nil, let mention = quotation.attribution.mention { names?.append(mention) }
            let blocks = Set(quotation.spans.map(\.block))
            if blocks.count <= 1 {
                // An incise taken out (`« …, a-t-il ajouté, … »`) leaves two spans in one block; the
                // gold copies everything between the marks, so the unit is the whole marked stretch.
                if quotation.spans.count > 1, let first = quotation.spans.first, let last = quotation.spans.last,
                   first.range.lowerBound < last.range.upperBound {
                    let bytes = Array(transcript.blocks[first.block].text.utf8)[first.range.lowerBound..<last.range.upperBound]
                    let text = stripMarks(String(decoding: bytes, as: UTF8.self))
                    let parts = quotation.spans.map { stripMarks(String(decoding: Array(transcript.blocks[$0.block].text.utf8)[$0.range], as: UTF8.self)) }
                    units.append(Unit(text: Array(text.unicodeScalars), speakerNames: names, display: text, parts: parts))
                    continue
                }
                units.append(Unit(text: Array(quotation.text.unicodeScalars), speakerNames: names, display: quotation.text))
                continue
            }
            for span in quotation.spans {
                let bytes = Array(transcript.blocks[span.block].text.utf8)[span.range]
                let text = stripMarks(String(decoding: bytes, as: UTF8.self))
                units.append(Unit(text: Array(text.unicodeScalars), speakerNames: names, display: text))
            }
        }
        return units
    }

    /// The text of a span without the quotation marks and spaces at its ends.
    static func stripMarks(_ text: String) -> String {
        let marks: Set<Character> = ["«", "»", "“", "”", "\"", "‘", "’", "'", "「", "」", "„", " ", "\u{A0}", "\u{202F}", "\n"]
        var result = Substring(text)
        while let first = result.first, marks.contains(first) { result = result.dropFirst() }
        while let last = result.last, marks.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
