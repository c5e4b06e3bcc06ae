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
    /// - an apposition right after the name headed by a noun of a place
    ///   (``Lexicon/placeAppositionNouns``: `Victoria, the island's main harbour, …`, `Lormes, un
    ///   village de 300 habitants`).
    /// A possessive use (`Kendrick's book`) is a person's and no evidence. A one-word name whose
    /// only gender is a given name's (`Victoria`, `Florence`, `Odile`), with nothing else the text
    /// gave it, is a place's by the first two kinds of use alone: a town may bear a woman's name.
    mutating func isNonPersonName(_ index: Int) -> Bool {
        if hasPlaceRole(index) { return true }
        let givenNameOnly = isGivenNameOnly(index)
        guard registry.isBareName(index) || givenNameOnly else { return false }
        let entity = registry.entities[index]
        let words = entity.nameWords
        guard let last = words.last else { return false }
        // `A City of Marrinup Coast spokeswoman said …`, `the chief executive of X`: a person the
        // text described by a title or a person's noun stood for it.
        if entity.aliases.contains(where: { alias in
            Lexicon.tokenWords(alias).contains { lexicon.isTitle($0) || lexicon.personNouns[$0] != nil }
        }) { return false }
        if givenNameOnly { return capitalisedUses(of: words).nonPersonUse }
        if words.count >= 2, lexicon.nonPersonNameEnds.contains(last) { return true }
        if words.count == 1, lexicon.demonymToCountry[last] != nil { return true }
        let uses = capitalisedUses(of: words)
        return uses.nonPersonUse || words.count == 1 && opensSentencesOnly(last, uses: uses)
    }

    /// Whether the role a one-word named entity holds is an apposition that says it is a place (a
    /// determiner that is no complement word, then lowercase words whose last before a complement is a word of
    /// ``Lexicon/placeAppositionNouns``: `Kelmsby, the island's main harbour, is silting up`),
    /// and nothing else the text gave (an age, a label, a gender of its own) makes it a person.
    func hasPlaceRole(_ index: Int) -> Bool {
        let entity = registry.entities[index]
        guard entity.isNamed, entity.nameWords.count == 1, !entity.isLabelled, entity.declaredID == nil, !entity.isOrganisation, entity.statedAge == nil,
              entity.gender.isEmpty || entity.genderFromRole, let role = entity.role else { return false }
        let words = Lexicon.tokenWords(role)
        guard let first = words.first, !lexicon.complementWords.contains(first), lexicon.determiners.contains(first) || first == "l'" else { return false }
        let span = words.dropFirst().prefix { !lexicon.complementWords.contains($0) && !lexicon.prepositions.contains($0) }
        guard (1...Self.maximumPlaceAppositionWords).contains(span.count), let head = span.last else { return false }
        return lexicon.placeAppositionNouns.contains(head.trimmingCharacters(in: .punctuationCharacters))
    }

    /// Whether a named entity is one word whose only gender is the one a list of given names gives
    /// it (``Entity/givenNameGender``): no gender the text gave (a pronoun, an honorific), no role,
    /// age, label or organisation. Such a name may be a place's (`Victoria`, `Florence`).
    func isGivenNameOnly(_ index: Int) -> Bool {
        let entity = registry.entities[index]
        return entity.isNamed && entity.nameWords.count == 1 && !entity.isOrganisation && entity.gender.isEmpty
            && !entity.givenNameGender.isEmpty && entity.role == nil && entity.statedAge == nil && !entity.isLabelled
    }

    /// Whether a named entity can be no speaker, so that no rule makes it one and no quotation
    /// carries over to it (DESIGN.md, "Attribution": speakers are persons and organisations):
    /// - a name of two words or more ending in a publication's word
    ///   (``Lexicon/publicationNameEnds``: `The Ardle Gazette`, `Funéraire Hebdo`), a paper the
    ///   text quotes from or speaks to (`Speaking to the Sunday Courier, the dad-of-three added: …`);
    /// - a time modifier and time nouns only (`Last Tuesday the city passed …`): a time adverbial
    ///   (one word is a name: `“…,” Early said.`);
    /// - a bare one-word name (``SpeakerRegistry/isBareName(_:)``) that the text writes only at
    ///   the head of a sentence, and that is a common noun or is also written in lowercase
    ///   (`Signs put up by the council now read: …`, `Joint par téléphone, …`).
    /// A declared or labelled speaker is always one. Places and groups are not tested as
    /// ``isNonPersonName(_:)`` tests them: an organisation written after `at` or `chez` speaks.
    mutating func isNoSpeakerName(_ index: Int) -> Bool {
        let entity = registry.entities[index]
        guard entity.isNamed, !entity.isLabelled, entity.declaredID == nil, let last = entity.nameWords.last else { return false }
        let words = entity.nameWords
        if isPublicationName(index) { return true }
        if words.count >= 2, lexicon.timeModifiers.contains(words[0]),
           words.dropFirst().allSatisfy({ lexicon.timeNouns.contains($0) || lexicon.capitalisedTimeNouns.contains($0) }) { return true }
        // (A plural noun opening a sentence, `Signs`, may have taken the gender `they` gives.)
        guard words.count == 1, !entity.isOrganisation, entity.role == nil, entity.statedAge == nil,
              !["m", "f"].contains(entity.likelyGender) else { return false }
        return opensSentencesOnly(last, uses: capitalisedUses(of: words))
    }

    /// Whether a named entity is a paper's: a name of two words or more ending in a word of
    /// ``Lexicon/publicationNameEnds`` (`The Ardle Gazette`, `Funéraire Hebdo`).
    func isPublicationName(_ index: Int) -> Bool {
        let words = registry.entities[index].nameWords
        return words.count >= 2 && words.last.map(lexicon.publicationNameEnds.contains) == true
    }

    /// Whether a mention written `written` that resolved to `entity` names that entity alone: a
    /// name of two words or more always does (`the Gazette’s report`), a one-word name when the
    /// mention ends with it or opens with it before a preposition or a determiner (`Joint par
    /// téléphone`, `Seule consolation`). Otherwise the one word opens a description (`Cockle
    /// gatherers at …`, `Government whips`), which may speak.
    func isNameAlone(_ written: String, entity: Int) -> Bool {
        let name = registry.entities[entity].nameWords
        guard name.count == 1 else { return true }
        let said = Lexicon.tokenWords(written).map(TextFolding.fold)
        if said.last == name[0] { return true }
        guard said.first == name[0], said.count > 1 else { return false }
        return lexicon.prepositions.contains(said[1]) || lexicon.determiners.contains(said[1])
    }

    /// How the text writes a name (``capitalisedUses(of:)``).
    struct NameUses {
        /// One capitalised use is no person's (``isNonPersonUse(at:in:)``).
        var nonPersonUse: Bool
        /// Every capitalised use (up to a use that is no person's) opens its sentence.
        var onlyAtSentenceHead: Bool
        /// The name is written capitalised at least once.
        var capitalised: Bool
        /// A one-word name is also written in lowercase (before a use that is no person's).
        var lowercase: Bool
    }

    /// How the text writes the name of folded words `words` (``NameUses``). The blocks' tokens do
    /// not change once tokenized, so the document is scanned once per name and the answer kept in
    /// ``nameUsesCache``: carry-over and the rules ask about the same entity again and again.
    private mutating func capitalisedUses(of words: [String]) -> NameUses {
        if let uses = nameUsesCache[words] { return uses }
        let uses = scanCapitalisedUses(of: words)
        nameUsesCache[words] = uses
        return uses
    }

    /// ``capitalisedUses(of:)`` read from the whole document.
    private func scanCapitalisedUses(of words: [String]) -> NameUses {
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
                if isNonPersonUse(at: i, in: tokens) || isPlaceApposition(after: i + words.count, in: tokens) {
                    return NameUses(nonPersonUse: true, onlyAtSentenceHead: onlyAtSentenceHead, capitalised: true, lowercase: seenLowercase)
                }
                if !isSentenceHead(i, in: tokens) { onlyAtSentenceHead = false }
            }
        }
        return NameUses(nonPersonUse: false, onlyAtSentenceHead: onlyAtSentenceHead, capitalised: seenCapitalised, lowercase: seenLowercase)
    }

    /// Whether the one-word name `word`, written as `uses` says, is a capital that only opens a
    /// sentence: written capitalised only there, and a common noun, also written in lowercase,
    /// or holding a character no name holds.
    private func opensSentencesOnly(_ word: String, uses: NameUses) -> Bool {
        uses.capitalised && uses.onlyAtSentenceHead
            && (uses.lowercase || lexicon.isCommonNoun(word) || word.contains(where: { !$0.isLetter && $0 != "-" && $0 != "'" }))
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

    /// Whether an apposition opens at token `end`, right after a name, whose head is a noun of a
    /// place (``Lexicon/placeAppositionNouns``): a comma, a determiner that is no complement word
    /// (not `de`: `Ana Roy, de l'université de …` is where she works), then up to
    /// ``maximumPlaceAppositionWords`` lowercase words, the last of them before a complement, a
    /// preposition or a punctuation mark being the head (`Victoria, the island's main harbour,`,
    /// `Lormes, un village de 300 habitants`; not `Jo, the village's doctor`).
    private func isPlaceApposition(after end: Int, in tokens: [Token]) -> Bool {
        guard end + 2 < tokens.count, tokens[end].text == ",", tokens[end + 1].isWord, !lexicon.complementWords.contains(tokens[end + 1].lower),
              lexicon.determiners.contains(tokens[end + 1].lower) || tokens[end + 1].lower == "l'" else { return false }
        var head: Token?
        var k = end + 2
        while k < tokens.count, k - end - 2 < Self.maximumPlaceAppositionWords, tokens[k].isWord, !tokens[k].isCapitalized,
              !lexicon.complementWords.contains(tokens[k].lower), !lexicon.prepositions.contains(tokens[k].lower) {
            head = tokens[k]
            k += 1
        }
        guard let head, k < tokens.count, !tokens[k].isWord || lexicon.complementWords.contains(tokens[k].lower) || lexicon.prepositions.contains(tokens[k].lower) else { return false }
        return lexicon.placeAppositionNouns.contains(head.lower)
    }

    /// The most lowercase words an apposition naming a place holds before its head's complement.
    static let maximumPlaceAppositionWords = 5

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
