@testable import Annotate
import Foundation
import Testing

/// The quick paths of ``TextFolding`` (ASCII text lowercased, text with no `’` left as it is)
/// give what Foundation's folding gives.
@Suite struct TextFoldingTests {
    /// Foundation's folding, as ``TextFolding/fold(_:)`` did it for every text.
    static func foundationFold(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
    }

    @Test func asciiFoldsAsFoundationFolds() {
        let everyASCII = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        for text in everyASCII + [everyASCII.joined(), "Nursultan Nazarbayev", "L'ETAT", "O'Neill-Smith", "\r\n", ""] {
            #expect(TextFolding.fold(text) == Self.foundationFold(text), "\(text.debugDescription)")
        }
    }

    @Test func otherTextFoldsAsFoundationFolds() {
        for text in ["Président", "L’État", "Élodie", "Ærøskøbing", "ŒUVRE", "straße", "Ａｂｃ", "’’", "e\u{301}", "’\u{301}x"] {
            #expect(TextFolding.fold(text) == Self.foundationFold(text), "\(text.debugDescription)")
        }
    }

    @Test func straightApostrophes() {
        #expect(TextFolding.straightApostrophes("l’État d’abord") == "l'État d'abord")
        #expect(TextFolding.straightApostrophes("l'État") == "l'État")
    }
}
