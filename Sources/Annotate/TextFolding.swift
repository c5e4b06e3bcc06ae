import Foundation

/// Case and accent folding used to compare names and role phrases
/// (`Président` = `president`, `L’État` = `l'etat`).
enum TextFolding {
    /// Lowercased, diacritics removed, curly apostrophes made straight.
    static func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
    }
}
