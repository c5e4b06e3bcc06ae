/// Every written form of a language's speech verbs (`déclarer` → `déclare`, `déclaré`,
/// `déclarant` …; `say` → `said`, `says`) and of its naming verbs (`qualifier`, `call`).
///
/// Forms are generated from lemmas with the language's regular ``Lexicon/Inflection`` rules
/// (the longest matching `lemmaEnding` wins) and completed by the irregular forms listed in the
/// lexicon file. Matching is on lowercased words with the straight apostrophe.
public struct SpeechVerbLexicon: Sendable, Hashable {
    /// Single-word speech-verb forms.
    let speechForms: Set<String>
    /// Multi-word speech-verb forms as word sequences (`s'est dit` → `s'`, `est`, `dit`).
    let multiWordSpeechForms: [[String]]
    /// The first words of ``multiWordSpeechForms``: most words open none, which one lookup tells.
    let multiWordFirstWords: Set<String>
    /// Single-word naming-verb forms.
    let namingForms: Set<String>
    /// The lemmas of the speech verbs, lowercased, reflexive pronoun left out (`state`,
    /// `report`, `déclarer`): the uninflected forms, which may be nouns too (`State`).
    let lemmas: Set<String>

    /// A lemma and its regular forms (`juger` → `juge`, `jugé`, `jugeant` …): the longest
    /// matching `lemmaEnding` of `inflections` gives the endings.
    static func inflect(_ lemma: String, with inflections: [Lexicon.Inflection]) -> [String] {
        var forms = [lemma]
        let rule = inflections
            .filter { lemma.hasSuffix($0.lemmaEnding) }
            .max { $0.lemmaEnding.count < $1.lemmaEnding.count }
        if let rule {
            let stem = String(lemma.dropLast(rule.lemmaEnding.count))
            forms += rule.endings.map { stem + $0 }
        }
        return forms
    }

    init(data: Lexicon.SpeechVerbData, inflections: [Lexicon.Inflection]) {
        func inflect(_ lemma: String) -> [String] { Self.inflect(lemma, with: inflections) }
        func normalise(_ form: String) -> String {
            form.lowercased().replacingOccurrences(of: "’", with: "'")
        }
        var single: Set<String> = []
        var multi: [[String]] = []
        var bareLemmas: Set<String> = []
        func add(_ form: String) {
            var form = normalise(form)
            // Pronominal lemmas (`s'exclamer`) are listed without the reflexive pronoun too.
            if form.hasPrefix("s'") && !form.contains(" ") { form = String(form.dropFirst(2)) }
            // Elisions apart, as the tokenizer splits them (`s'est dite` → `s'`, `est`, `dite`).
            let words = form.contains(" ") ? Lexicon.tokenWords(form) : [form]
            if words.count == 1 { single.insert(words[0]) } else if !words.isEmpty { multi.append(words) }
        }
        for lemma in data.lemmas {
            let bare = lemma.hasPrefix("s'") ? String(lemma.dropFirst(2)) : lemma
            bareLemmas.insert(normalise(bare))
            for form in inflect(normalise(bare)) { add(form) }
        }
        for form in data.forms { add(form) }
        speechForms = single
        lemmas = bareLemmas
        multiWordSpeechForms = multi
        multiWordFirstWords = Set(multi.compactMap(\.first))
        var naming: Set<String> = []
        for lemma in data.naming { for form in inflect(normalise(lemma)) { naming.insert(form) } }
        for form in data.namingForms { naming.insert(normalise(form)) }
        namingForms = naming
    }

    /// True when `word` (lowercased) is a form of a speech verb.
    func isSpeechVerb(_ word: String) -> Bool { speechForms.contains(word) }

    /// The number of words of a multi-word speech-verb form (`points out`) starting with `words`'
    /// first element, or 0.
    func multiWordLength(_ words: some Collection<String>) -> Int {
        guard let first = words.first, multiWordFirstWords.contains(first) else { return 0 }
        for form in multiWordSpeechForms where words.count >= form.count && words.prefix(form.count).elementsEqual(form) {
            return form.count
        }
        return 0
    }

    /// True when `word` (lowercased) is a speech verb's lemma, its uninflected form (`state`).
    func isLemma(_ word: String) -> Bool { lemmas.contains(word) }

    /// True when `word` (lowercased) is a form of a naming verb (`qualifié`, `called`).
    func isNamingVerb(_ word: String) -> Bool { namingForms.contains(word) }
}
