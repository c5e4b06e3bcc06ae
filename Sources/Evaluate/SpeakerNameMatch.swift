import Foundation

/// Whether a predicted speaker is the gold speaker, by name (`corpus/gold/README.md`,
/// "Scoring"): case and accents folded, and a name whose last words are the other's last words
/// agrees (`Le Pen` and `Jean-Marie Le Pen`).
enum SpeakerNameMatch {
    static func fold(_ name: String) -> [String] {
        name.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
            .map(String.init)
    }

    /// Gold speakers given as mentions (`Wolfgang Hürter, Aufsichtsvorsitzender von SWB`,
    /// `Kristina Schröder (CDU)`): a predicted name agrees when its words occur as a run inside the
    /// mention's words (punctuation dropped), or the mention's inside the name's, as a span-overlap
    /// scorer would count them; otherwise ``agrees(predicted:gold:)``.
    static func agreesWithMention(predicted: [String], gold: [String]) -> Bool {
        if agrees(predicted: predicted, gold: gold) { return true }
        func words(_ text: String) -> [String] {
            fold(text).map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
        }
        func contains(_ long: [String], _ short: [String]) -> Bool {
            guard !short.isEmpty, short.count <= long.count else { return false }
            for start in 0...(long.count - short.count) where long[start..<(start + short.count)].elementsEqual(short) { return true }
            return false
        }
        for name in predicted.map(words) {
            for mention in gold.map(words) where contains(mention, name) || contains(name, mention) { return true }
        }
        return false
    }

    /// True when any predicted name agrees with any gold name.
    static func agrees(predicted: [String], gold: [String]) -> Bool {
        let goldWords = gold.map(fold).filter { !$0.isEmpty }
        for name in predicted.map(fold) where !name.isEmpty {
            for other in goldWords {
                let (short, long) = name.count <= other.count ? (name, other) : (other, name)
                if long.suffix(short.count).elementsEqual(short) { return true }
            }
        }
        return false
    }
}
