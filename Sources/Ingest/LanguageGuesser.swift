/// Guesses a document's language from its most frequent function words, for seeds that do not
/// say (front matter `lang`). Only the languages Verbatim has lexicons for are candidates.
enum LanguageGuesser {
    /// Function words per language (BCP 47 tag → words), each frequent and rare in the others.
    static let functionWords: [(tag: String, words: Set<String>)] = [
        ("fr", ["le", "la", "les", "des", "est", "et", "une", "dans", "que", "pour", "qui", "du", "au", "avec", "sur", "pas", "sont", "ce", "il", "elle", "nous"]),
        ("en", ["the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "this", "be", "it", "he", "she", "we", "have", "said"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "ein", "eine", "dem", "sie", "er", "wir", "auch", "wird"]),
    ]

    /// The tag of the language whose function words occur most often in `text`; `en` when none
    /// occurs. Ties go to the earlier language in ``functionWords``.
    static func guess(_ text: String) -> String {
        var counts = Array(repeating: 0, count: functionWords.count)
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            let lower = word.lowercased()
            for (index, language) in functionWords.enumerated() where language.words.contains(lower) {
                counts[index] += 1
            }
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }),
            counts[best] > 0
        else { return "en" }
        return functionWords[best].tag
    }
}
