import Annotate
import Foundation

/// Whether a predicted speaker is the gold speaker, by name (`corpus/gold/README.md`,
/// "Scoring"): case and accents folded, and a name whose last words are the other's last words
/// (an elided article, `l'`, counting as a word of its own) agrees (`Le Pen` and `Jean-Marie Le Pen`); so does an unnamed description that opens the other
/// at a word boundary (``describesSameOne(_:_:)``).
enum SpeakerNameMatch {
    static func fold(_ name: String) -> [String] {
        name.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
            .flatMap { word -> [String] in
                // `l'administration communale de X` ends with the words of `administration
                // communale de X`: an elided article is a word of its own.
                word.hasPrefix("l'") && word.count > 2 ? ["l'", String(word.dropFirst(2))] : [String(word)]
            }
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

    /// The names a predicted speaker is scored by: its name, and those of its aliases that are
    /// names. A description it was given as an alias (`l'élue`, `the coach`, `le négociateur
    /// palestinien`) can describe someone else too, so it makes no named speaker right: the
    /// wrong councillor who took the alias `l'élue` is not the gold councillor listed with the
    /// same alias. A speaker that is itself a description (left unresolved) keeps every alias.
    static func scoredNames(name: String, aliases: [String]) -> [String] {
        if isDescription(name) { return [name] + aliases }
        return [name] + aliases.filter { !isDescription($0) }
    }

    /// Whether a name or alias is an unnamed description rather than a name: it opens with a
    /// determiner written in lowercase, or with an indefinite article in either case (`l'élue`,
    /// `the mayor`, `Une riveraine`), as ``describesSameOne(_:_:)`` reads them. A capitalised
    /// definite article may open a name (`Le Pen`, `The Herald`), so such a phrase counts as one.
    static func isDescription(_ name: String) -> Bool {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let opener = fold(trimmed).first else { return false }
        return descriptionOpeners.contains(opener) && (indefiniteOpeners.contains(opener) || trimmed.first?.isLowercase == true)
    }

    /// True when any predicted name agrees with any gold name, unless the two speakers' own
    /// names (the first of each list) are two people's (``namesTwoPeople(_:_:)``).
    static func agrees(predicted: [String], gold: [String]) -> Bool {
        if let name = predicted.first, let goldName = gold.first, namesTwoPeople(name, goldName) { return false }
        let goldNames = gold.map { ($0, fold($0)) }.filter { !$0.1.isEmpty }
        for (text, name) in predicted.map({ ($0, fold($0)) }) where !name.isEmpty {
            for (otherText, other) in goldNames {
                let (short, long, longText) = name.count <= other.count ? (name, other, otherText) : (other, name, text)
                guard long.suffix(short.count).elementsEqual(short) else { continue }
                if short.count == long.count || short.count > 1 || isPersonalName(longText) { return true }
            }
        }
        for name in predicted {
            for other in gold where describesSameOne(name, other) { return true }
        }
        return false
    }

    /// Whether two personal names are two people who share a surname (`Marine Le Pen` and
    /// `Jean-Marie Le Pen`): both read as personal names (``isPersonalName(_:)``), both keep two
    /// words or more once the articles, titles and honorifics that open them are dropped
    /// (``definiteArticles``, ``titleWords``),
    /// their last words agree, neither ends with the other's words (`Garda Siobhán Moran`,
    /// `The Nuclear Safety Directorate`) and their first words differ, neither being the
    /// other's initial.
    /// Then a shared alias (`Le Pen`) does not make one right for the other. A title is no given
    /// name (`Councillor Amy Kay` is `Amy Kay`), a middle name is no other person (`George W. Bush`
    /// is `George Bush`), and a surname alone names either (`Mr Dorrit`, `Alma Dorrit`).
    static func namesTwoPeople(_ a: String, _ b: String) -> Bool {
        guard isPersonalName(a), isPersonalName(b) else { return false }
        func given(_ name: String) -> [String] {
            var words = fold(name)
            while let first = words.first, definiteArticles.contains(first) || titleWords.contains(first)
                    || titleWords.contains(first.trimmingCharacters(in: .punctuationCharacters)) {
                words.removeFirst()
            }
            return words
        }
        let (wordsA, wordsB) = (given(a), given(b))
        guard wordsA.count >= 2, wordsB.count >= 2, wordsA.last == wordsB.last,
              !wordsA.ends(with: wordsB), !wordsB.ends(with: wordsA),
              let firstA = wordsA.first, let firstB = wordsB.first, firstA != firstB else { return false }
        func isInitial(_ word: String, of other: String) -> Bool {
            let letters = word.filter { $0 != "." }
            return (word.hasSuffix(".") || letters.count == 1) && other.hasPrefix(letters)
        }
        return !isInitial(firstA, of: firstB) && !isInitial(firstB, of: firstA)
    }

    /// Definite articles that may open a name (`The First Nation`, `la Dre Thibodeau`).
    static let definiteArticles: Set<String> = ["the", "le", "la", "les", "l'", "der", "die", "das"]

    /// The titles and honorifics of every bundled lexicon, folded as ``fold(_:)`` folds
    /// (`councillor`, `ministre`, `mr`, `m.`): words that may open a personal name.
    static let titleWords: Set<String> = {
        guard let lexicons = try? LexiconSet.bundled() else { return [] }
        return Set(lexicons.lexicons.values.flatMap { $0.nameTitleWords }.flatMap(fold))
    }()

    /// Lowercase particles of personal names (`Jean-Marie Le Pen`, `Ursula von der Leyen`,
    /// `Charles de Gaulle`, `Ludwig van Beethoven`).
    static let nameParticles: Set<String> = ["de", "du", "des", "d'", "la", "le", "van", "von", "der", "den", "da", "di", "del", "ter", "ten", "bin", "ibn", "al", "el"]

    /// Whether a name reads as a person's: every word capitalised but name particles. One word
    /// agrees with the last word of a longer name only then (`Pen` and `Jean-Marie Le Pen`), not
    /// with the last word of a description or an organisation's name (`Euna` and `Facebook page
    /// for Laura and Euna`, `Culture` and `ministère de la Culture`). A capitalised organisation
    /// name reads as a personal one (`Watch` still agrees with `Human Rights Watch`).
    static func isPersonalName(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).allSatisfy { word in
            word.first?.isUppercase == true || nameParticles.contains(word.lowercased())
                || word.lowercased().hasPrefix("d'") || word.lowercased().hasPrefix("d’")
        }
    }

    /// Lowercase determiners and possessives (English, French, German) that open an unnamed
    /// description (`a volunteer firefighter`, `her daughter`, `un coureur amateur`).
    static let descriptionOpeners: Set<String> = [
        "a", "an", "one", "the", "his", "her", "their", "its", "our", "my", "your",
        "un", "une", "le", "la", "les", "l'", "des", "son", "sa", "ses", "leur", "leurs", "cet", "cette", "ce",
        "ein", "eine", "einer", "der", "die", "das", "sein", "seine", "ihr", "ihre",
    ]

    /// Indefinite articles (English, French, German), and English `one` used as one (`One A&E
    /// consultant, who asked not to be named`). No name opens with one, so a description that
    /// opens a sentence (`Une ancienne élève, …, se souvient`) keeps its capital and is still a
    /// description.
    static let indefiniteOpeners: Set<String> = ["a", "an", "one", "un", "une", "ein", "eine", "einer"]

    /// Whether two unnamed descriptions name the same one, as annotators list such a speaker
    /// with more or less of the phrase that describes them: the shorter is the start of the longer
    /// at a word boundary (punctuation dropped, case and accents folded), has at least two words,
    /// and opens with a determiner written in lowercase or with an indefinite article in either
    /// case (`a volunteer firefighter` and `A volunteer firefighter who helped with the rescue`;
    /// `her daughter` and `her daughter, a third-grader`; `Une ancienne élève` and `Une ancienne
    /// élève, devenue institutrice`). A name never agrees this way (`The Herald` is not `The
    /// Herald Tribune`, `Anna` is not `Anna Roy`): its first word is capitalised and no
    /// indefinite article, or no determiner.
    static func describesSameOne(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> [String] {
            fold(text).map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
        }
        let (wordsA, wordsB) = (words(a), words(b))
        let (shortText, short, long) = wordsA.count <= wordsB.count ? (a, wordsA, wordsB) : (b, wordsB, wordsA)
        guard short.count >= 2, short.count < long.count, let opener = short.first, descriptionOpeners.contains(opener),
              indefiniteOpeners.contains(opener) || shortText.trimmingCharacters(in: .whitespaces).first?.isLowercase == true
        else { return false }
        return long.prefix(short.count).elementsEqual(short)
    }
}

private extension Array where Element == String {
    /// Whether the array's last elements are `suffix`, in order.
    func ends(with suffix: [String]) -> Bool {
        suffix.count <= count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
