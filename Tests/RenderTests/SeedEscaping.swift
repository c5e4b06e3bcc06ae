/// What the Markdown stage does to seed text, reduced to its strictest form for these tests:
/// every ASCII punctuation character gets a backslash (CommonMark spec §2.4), so nothing in
/// the seed can become markup.
func seedEscaped(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
        if scalar.isASCII, scalar.properties.generalCategory.isPunctuationOrSymbol {
            output.append("\\")
        }
        output.unicodeScalars.append(scalar)
    }
    return output
}

private extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

/// U+202F NARROW NO-BREAK SPACE, written out in expectations.
let nnbsp = "\u{202F}"

/// The speakers of the test documents.
let testSpeakers: [(id: String, name: String)] = [
    (id: "nursultan-nazarbayev", name: "Nursultan Nazarbayev"),
    (id: "sayed-ali-khamenei", name: "Sayed Ali Khamenei"),
]
