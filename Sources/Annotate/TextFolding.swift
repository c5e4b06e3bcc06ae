import Foundation

/// Case and accent folding used to compare names and role phrases
/// (`Président` = `president`, `L’État` = `l'etat`).
enum TextFolding {
    /// Lowercased, diacritics removed, curly apostrophes made straight.
    static func fold(_ text: String) -> String {
        // ASCII text has no diacritics and no curly apostrophe: folding it is lowercasing it,
        // without a round trip through Foundation (most words of a name).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return straightApostrophes(text)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
    }

    /// `text` with every `’` made `'`; the text itself when it holds none (the usual case,
    /// answered without Foundation).
    static func straightApostrophes(_ text: String) -> String {
        text.unicodeScalars.contains("’") ? text.replacingOccurrences(of: "’", with: "'") : text
    }
}
