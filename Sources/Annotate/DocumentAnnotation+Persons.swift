import Foundation

extension DocumentAnnotation {
    /// Whether a named entity is a bare name (``SpeakerRegistry/isBareName(_:)``: no gender,
    /// role, age or label marks it as a person) that the text uses as no person does: what a
    /// reader skips when looking for the antecedent of `she` or `il`. One use is enough:
    /// - right after a word of ``Lexicon/nonPersonMarkers`` (a preposition of place, an article, a
    ///   publication's noun: `a comprehensive in Fenwold`, `near St Kenna`, `Speaking to the
    ///   Sunday Courier`, `à Saint-Aubin`, `depuis l'Asie`, `chez Alpes Sauvetage`), an
    ///   organisation or work noun (`le collectif Calanquette Vivante`, `the charity Leddon Clean
    ///   Water`), or `of`/`de` after a noun of a place (`the village of Ashby`, `l'université de
    ///   Saint-Aubin`); the capitalised words written before the name are passed over first, so
    ///   `my copy of The Kitchen Garden Year` is a use after `The`; a title or honorific among
    ///   them (`Dr`, `President`) makes that use a person's;
    /// - a name of two words or more ending in a word of ``Lexicon/nonPersonNameEnds`` (`Ardle
    ///   Gazette`, `Funéraire Hebdo`, `Hurley Makers' Guild`);
    /// - a one-word name that is a demonym (`Australian`);
    /// - a one-word name that the text writes only at the head of a sentence, and that is a
    ///   common noun or is also written in lowercase (`Signs put up by the council …`, `Seule
    ///   consolation : …`, `Joint par téléphone, il …`): a capital that only opens a sentence.
    /// A possessive use (`Kendrick's book`) is a person's and no evidence.
    func isNonPersonName(_ index: Int) -> Bool {
        guard registry.isBareName(index) else { return false }
        let entity = registry.entities[index]
        let words = entity.nameWords
        guard let last = words.last else { return false }
        // `A City of Marrinup Coast spokeswoman said …`, `the chief executive of X`: a person the
        // text described by a title or a person's noun stood for it.
        if entity.aliases.contains(where: { alias in
            Lexicon.tokenWords(alias).contains { lexicon.isTitle($0) || lexicon.personNouns[$0] != nil }
        }) { return false }
        if words.count >= 2, lexicon.nonPersonNameEnds.contains(last) { return true }
        if words.count == 1, lexicon.demonymToCountry[last] != nil { return true }
        var onlyAtSentenceHead = true
        var seenCapitalised = false
        var seenLowercase = false
        for block in blocks {
            let tokens = block.tokens
            var i = 0
            while i + words.count <= tokens.count {
                defer { i += 1 }
                guard tokens[i].isWord, TextFolding.fold(tokens[i].text) == words[0] else { continue }
                if !tokens[i].isCapitalized {
                    if words.count == 1 { seenLowercase = true }
                    continue
                }
                guard (1..<words.count).allSatisfy({ tokens[i + $0].isWord && TextFolding.fold(tokens[i + $0].text) == words[$0] }) else { continue }
                seenCapitalised = true
                if isNonPersonUse(at: i, in: tokens) { return true }
                if !isSentenceHead(i, in: tokens) { onlyAtSentenceHead = false }
            }
        }
        if words.count == 1, seenCapitalised, onlyAtSentenceHead,
           seenLowercase || lexicon.isCommonNoun(last) || last.contains(where: { !$0.isLetter && $0 != "-" && $0 != "'" }) {
            return true
        }
        return false
    }

    /// Whether the token at `index` opens its sentence: the first word, after nothing but
    /// punctuation (a dash, a bracket) since the sentence began.
    private func isSentenceHead(_ index: Int, in tokens: [Token]) -> Bool {
        var k = index - 1
        while k >= 0, tokens[k].sentence == tokens[index].sentence {
            if tokens[k].isWord || tokens[k].quotationIndex != nil { return false }
            k -= 1
        }
        return true
    }

    /// Whether the name starting at `index` is used as no person's (see ``isNonPersonName(_:)``).
    private func isNonPersonUse(at index: Int, in tokens: [Token]) -> Bool {
        // Pass over the capitalised words before the name in its sentence: an article written with
        // a capital inside a sentence opens a title (`a copy of which is with The Daily Lantern`,
        // `my copy of The Kitchen Garden Year`, `que Le Courrier du Val a pu consulter`). Words
        // passed over may be a role or an organisation in apposition (`the Head of the OECD Ann
        // Roy`): no word before them then counts.
        var start = index
        while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized, tokens[start - 1].sentence == tokens[index].sentence,
              !isSentenceHead(start, in: tokens) {
            let word = tokens[start - 1].lower
            if lexicon.titles.contains(word) || lexicon.honorifics[word] != nil || lexicon.honorifics[word + "."] != nil { return false }
            start -= 1
            if lexicon.definiteArticles.contains(word) {
                // `L'association Les Amis du Parc, elle, …`: in French the organisation's own `elle`.
                if isOrganisationThatPronounsName(before: start, in: tokens) { return false }
                return !isSentenceHead(start, in: tokens)
            }
        }
        guard start == index, start > 0, tokens[start - 1].isWord else { return false }
        if isOrganisationThatPronounsName(before: start, in: tokens) { return false }
        let previous = tokens[start - 1].lower
        if lexicon.organisationNouns.contains(previous) || lexicon.workNouns.contains(previous) { return true }
        if lexicon.nonPersonMarkers.contains(where: { marker in
            marker.count <= start && marker.enumerated().allSatisfy { offset, word in
                let token = tokens[start - marker.count + offset]
                return token.isWord && token.lower == word
            }
        }) { return true }
        if start > 1, lexicon.genitiveWords.contains(previous), tokens[start - 2].isWord {
            let noun = tokens[start - 2].lower
            return lexicon.namesakeNouns.contains(noun) || lexicon.placeNouns.contains(noun) || lexicon.geographicNouns.contains(noun)
        }
        return false
    }

    /// Whether an organisation noun introduces the name written from `start`, right before it or
    /// before an article (`l'association Les Amis du Parc`, `le collectif la Voix du Quai`), in a
    /// language whose gendered personal pronouns stand for organisations
    /// (``Lexicon/genderedPronounsNameOrganisations``): then `elle` may mean it, and the name is
    /// no place's or publication's.
    private func isOrganisationThatPronounsName(before start: Int, in tokens: [Token]) -> Bool {
        guard lexicon.genderedPronounsNameOrganisations, start > 0, tokens[start - 1].isWord else { return false }
        var noun = start - 1
        if lexicon.definiteArticles.contains(tokens[noun].lower) {
            guard noun > 0, tokens[noun - 1].isWord else { return false }
            noun -= 1
        }
        return lexicon.organisationNouns.contains(tokens[noun].lower)
    }
}
