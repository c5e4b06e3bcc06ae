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
