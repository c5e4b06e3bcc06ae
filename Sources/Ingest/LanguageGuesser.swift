/// Guesses a document's language from its function words and a few spelling habits, for seeds
/// that do not say (front matter `lang`). Only the languages Verbatim has lexicons for are
/// candidates.
///
/// Evidence, each worth one point for its language:
/// - a function word (``functionWords``), frequent in its language and rare in the others; words
///   that are common in two of them (`on`, `a`, `son`, `plus`) count for none, and a short word
///   in capitals (`UN`, `IN`) is taken for an acronym;
/// - a French elision (`l'État`, `d'un`, `qu'il`, `aujourd'hui`), whose word after the
///   apostrophe is then looked up too;
/// - an English contraction or possessive (`don't`, `it's`, `we're`, `Macron's`), whose stem is
///   looked up too;
/// - a French opening guillemet (`« Bonjour`, `«Bonjour`), one that follows a space or starts
///   the text (German `»Text«` closes with `«` after a word, and does not count).
///
/// So that a short text is not decided by chance, a tie (or a text with no evidence) goes to
/// French only when it has at least two words spelt with letters peculiar to French (`é`, `è`,
/// `à`, `ç`, `ù`, `œ`, …), which names in an English text (`François`, `Élysée`) never outweigh
/// one English function word; otherwise to English.
enum LanguageGuesser {
    /// Function words per language (BCP 47 tag → words), each frequent and rare in the others.
    static let functionWords: [(tag: String, words: Set<String>)] = [
        ("fr", [
            "le", "la", "les", "de", "des", "du", "au", "aux", "un", "une", "est", "et", "dans", "que", "qui", "pour",
            "avec", "sur", "pas", "sont", "ce", "cette", "ces", "il", "ils", "elle", "elles", "nous", "vous", "je",
            "ne", "se", "mais", "ou", "où", "à", "en", "été", "très", "déjà", "leur", "leurs", "aussi", "sans",
            "selon", "lors", "ça", "parce", "aujourd'hui",
        ]),
        ("en", [
            "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "are", "this", "be", "it", "he",
            "she", "we", "have", "said", "has", "will", "would", "they", "their", "from", "which", "not", "but",
            "at", "by", "who", "been", "were", "you", "our",
        ]),
        ("de", [
            "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "ein", "eine",
            "dem", "sie", "er", "wir", "auch", "wird",
        ]),
    ]

    /// French words elided before a vowel, as written before the apostrophe (`l'`, `qu'`).
    static let frenchElisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    ]

    /// English endings after an apostrophe: contractions (`n't` is matched on the word before)
    /// and the possessive `'s`.
    static let englishEndings: Set<String> = ["s", "t", "re", "ve", "ll", "m", "d"]

    /// Letters that French spells with and English and German do not (besides borrowed names).
    static let frenchLetters: Set<Character> = ["é", "è", "ê", "à", "â", "ç", "ù", "û", "î", "ï", "ô", "œ", "ë"]

    /// The tag of the language with the most evidence in `text` (see the type's comment); `en`
    /// when there is none. Deterministic: equal evidence is settled by the rule above, not by
    /// the order of ``functionWords``.
    static func guess(_ text: String) -> String {
        var counts = Array(repeating: 0, count: functionWords.count)
        let french = functionWords.firstIndex { $0.tag == "fr" }!
        let english = functionWords.firstIndex { $0.tag == "en" }!
        var frenchSpelling = 0

        func count(_ word: Substring) {
            guard !word.isEmpty else { return }
            // `UN`, `IN`, `ON`: acronyms and shouted labels, not function words.
            if word.count <= 3, word.count >= 2, word.allSatisfy(\.isUppercase) { return }
            let lower = word.lowercased()
            for (index, language) in functionWords.enumerated() where language.words.contains(lower) {
                counts[index] += 1
            }
        }

        for token in text.split(whereSeparator: { !Self.isLetter($0) && !Self.isApostrophe($0) }) {
            var trimmed = token
            while let first = trimmed.first, Self.isApostrophe(first) { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, Self.isApostrophe(last) { trimmed = trimmed.dropLast() }
            // An ASCII word has none of the French letters.
            if !trimmed.utf8.allSatisfy({ $0 < 0x80 }), trimmed.lowercased().contains(where: frenchLetters.contains) { frenchSpelling += 1 }
            // A word with no apostrophe at all (most words) is one word: no elision, no contraction.
            guard trimmed.unicodeScalars.contains(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{2BC}" }) else {
                count(trimmed)
                continue
            }
            let normalised = String(trimmed.map { Self.isApostrophe($0) ? "'" : $0 })
            if functionWords[french].words.contains(normalised.lowercased()), normalised.contains("'") {
                counts[french] += 1
                continue
            }
            let parts = normalised.split(separator: "'", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                parts.forEach(count)
                continue
            }
            let head = parts[0].lowercased(), tail = parts[1].lowercased()
            if frenchElisions.contains(head), parts[1].first?.isLetter == true, !englishEndings.contains(tail) {
                counts[french] += 1
                count(parts[1])
            } else if englishEndings.contains(tail) {
                counts[english] += 1
                count(head.hasSuffix("n") && tail == "t" ? parts[0].dropLast() : parts[0])
            } else {
                parts.forEach(count)
            }
        }
        counts[french] += openingGuillemets(in: text)

        let best = counts.max() ?? 0
        let leaders = counts.indices.filter { counts[$0] == best }
        if best > 0, leaders.count == 1 { return functionWords[leaders[0]].tag }
        if (best == 0 || leaders.contains(french)) && frenchSpelling >= 2 { return "fr" }
        if best > 0, !leaders.contains(english) { return functionWords[leaders[0]].tag }
        return "en"
    }

    /// `'`, `’`, `ʼ`: the apostrophes a word can hold.
    static func isApostrophe(_ character: Character) -> Bool {
        // An ASCII character is told by its byte, without comparing strings.
        if let ascii = character.asciiValue { return ascii == UInt8(ascii: "'") }
        return character == "\u{2019}" || character == "\u{2BC}"
    }

    /// `Character.isLetter`, with ASCII characters told by their byte.
    static func isLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(ascii)
        }
        return character.isLetter
    }

    /// The `«` that open a French quotation: at the start of the text or after white space or
    /// an opening bracket, and followed (after any space) by a letter or digit.
    static func openingGuillemets(in text: String) -> Int {
        guard text.unicodeScalars.contains("«") else { return 0 }
        let characters = Array(text)
        var found = 0
        for (index, character) in characters.enumerated() where character == "«" {
            if index > 0 {
                let before = characters[index - 1]
                guard before.isWhitespace || before == "(" || before == "[" || before == "—" || before == "–" else { continue }
            }
            var next = index + 1
            while next < characters.count, characters[next].isWhitespace { next += 1 }
            if next < characters.count, characters[next].isLetter || characters[next].isNumber { found += 1 }
        }
        return found
    }
}
