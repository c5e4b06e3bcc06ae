import Model

/// `they` for a collective: a plural pronoun that opens a sentence right after one whose subject
/// is a group, a page or a campaign means that subject, not a name inside its complement.
extension DocumentAnnotation {
    /// Most words before a plural pronoun that still opens its sentence (`Today they …`, `On
    /// Monday they …`).
    static let collectiveLeadWords = 2

    /// The collective a plural pronoun (gender `plural`, `they`) opening a sentence stands for
    /// (`A Facebook page for the two reporters already has five thousand members. Today they are
    /// asking …`, `A campaign called Save the Pier … They say …`, `The residents' association met
    /// on Monday. They …`): the subject of the sentence right before, in this paragraph or, when
    /// the pronoun's sentence opens the paragraph, the last of the paragraph before. That subject
    /// opens with an article; its head, among its next four words, is a collective noun
    /// (``Lexicon/collectiveNouns``); a complement may follow, a preposition or a naming
    /// participle (`for`, `called`) and the capitalised names after it, and then a lowercase word
    /// that is no preposition (the predicate). The names of the complement are not what the
    /// pronoun means.
    /// - Parameters:
    ///   - token: the pronoun's token in `blockIndex`; at most ``collectiveLeadWords`` words,
    ///     none capitalised but the first, stand before it in `sentence`.
    /// - Returns: the subject as written, or nil.
    func collectiveSubject(pronoun token: Int, sentence: Range<Int>, blockIndex: Int) -> String? {
        let own = blocks[blockIndex].tokens
        guard token >= sentence.lowerBound, token - sentence.lowerBound <= Self.collectiveLeadWords,
              (sentence.lowerBound..<token).allSatisfy({ own[$0].isWord && own[$0].quotationIndex == nil && ($0 == sentence.lowerBound || !own[$0].isCapitalized) })
        else { return nil }
        guard let (block, previous) = sentenceBefore(sentence, blockIndex: blockIndex) else { return nil }
        let tokens = blocks[block].tokens
        let first = previous.lowerBound
        guard first < previous.upperBound, tokens[first].isWord,
              lexicon.indefiniteDeterminers.contains([tokens[first].lower]) || lexicon.definiteArticles.contains(tokens[first].lower) else { return nil }
        func isFunctionWord(_ k: Int) -> Bool {
            let word = tokens[k].lower
            return lexicon.prepositions.contains(word) || lexicon.coordinators.contains(word) || lexicon.determiners.contains(word)
                || lexicon.conjunctions.contains(word)
        }
        var head: Int?
        for k in (first + 1)..<min(previous.upperBound, first + 5) {
            if tokens[k].isWord, tokens[k].quotationIndex == nil, lexicon.collectiveNouns.contains(tokens[k].lower) {
                head = k
                break
            }
            // (`The residents' association`: a possessive apostrophe among the modifiers.)
            guard tokens[k].isWord && tokens[k].quotationIndex == nil && !isFunctionWord(k) || tokens[k].text == "'" || tokens[k].text == "’" else { return nil }
        }
        guard let head else { return nil }
        var last = head
        var k = head + 1
        if k < previous.upperBound, tokens[k].isWord,
           lexicon.complementWords.contains(tokens[k].lower) || ["called", "named"].contains(tokens[k].lower) {
            // `for Laura and Ann`, `called Save the Pier`, `called “Save the Pier”`: names, and
            // the words that join them.
            var j = k + 1
            var named: Int?
            while j < previous.upperBound, j - k <= 8 {
                let t = tokens[j]
                if t.quotationIndex != nil || t.isWord && t.isCapitalized { named = j }
                else if !(t.isWord && (lexicon.coordinators.contains(t.lower) || lexicon.determiners.contains(t.lower) || lexicon.genitiveWords.contains(t.lower)) || t.text == "&") { break }
                j += 1
            }
            guard let named else { return nil }
            last = named
            k = named + 1
            // (a quotation is one token per piece: step past the rest of it.)
            while k < previous.upperBound, tokens[k].quotationIndex != nil, tokens[k].quotationIndex == tokens[named].quotationIndex { k += 1 }
        }
        guard k < previous.upperBound, tokens[k].isWord, !tokens[k].isCapitalized, !isFunctionWord(k), tokens[k].quotationIndex == nil else { return nil }
        return blocks[block].text(tokens: first..<(last + 1))
    }
}

extension DocumentAnnotation {
    /// Most tokens between the quotation that opens a sentence and an inverted plural pronoun
    /// after it (`« … », répètent-ils`, `"…," they shouted`).
    static let groupCueTokens = 4

    /// The group of people a plural pronoun means (`Dans les rues, les gendarmes passent de porte
    /// en porte. « Prenez vos papiers », répètent-ils au mégaphone.`, `The stewards walked the
    /// queue. "Keep moving," they shouted.`): the pronoun opens its sentence, or stands in the cue
    /// right after the quotation that opens it (at most ``groupCueTokens`` tokens on). The
    /// sentence right before, in this paragraph (or the last of the paragraph before when the
    /// pronoun's sentence opens its own), has as subject, at its head or past an opening phrase
    /// set off by a comma (`Dans les rues du quartier,`), a definite article, at most two
    /// lowercase modifiers and a plural noun for people (``SpeakerMentionFinder/isPluralPersonNoun(_:)``:
    /// `les gendarmes`, `the stewards`), then a lowercase word that is no preposition (its verb).
    /// A group of people is no collective (``collectiveSubject(pronoun:sentence:blockIndex:)``):
    /// nothing else names it.
    /// - Returns: the subject as written (article to noun), or nil.
    func groupSubject(pronoun token: Int, sentence: Range<Int>, blockIndex: Int) -> String? {
        let own = blocks[blockIndex].tokens
        guard token >= sentence.lowerBound, token < own.count,
              token == sentence.lowerBound
                || own[sentence.lowerBound].quotationIndex != nil && token - sentence.lowerBound <= Self.groupCueTokens
                && !((sentence.lowerBound + 1)..<token).contains(where: { own[$0].quotationIndex != nil })
        else { return nil }
        guard let (block, previous) = sentenceBefore(sentence, blockIndex: blockIndex) else { return nil }
        let tokens = blocks[block].tokens
        guard !previous.contains(where: { tokens[$0].quotationIndex != nil }) else { return nil }
        var start = previous.lowerBound
        if start < previous.upperBound, tokens[start].isWord, lexicon.prepositions.contains(tokens[start].lower),
           let comma = (start..<min(previous.upperBound, start + AttributionRules.window)).first(where: { tokens[$0].text == "," }) {
            start = comma + 1
        }
        guard start < previous.upperBound, tokens[start].isWord, lexicon.definiteArticles.contains(tokens[start].lower),
              lexicon.genderedDeterminers[tokens[start].lower].map({ $0 == "plural" }) ?? true else { return nil }
        var k = start + 1
        while k < min(previous.upperBound, start + 4), tokens[k].isWord, !tokens[k].isCapitalized, !lexicon.isFunctionWord(tokens[k].lower) {
            if finder.isPluralPersonNoun(tokens[k].lower) {
                guard k + 1 < previous.upperBound, tokens[k + 1].isWord, !tokens[k + 1].isCapitalized,
                      !lexicon.prepositions.contains(tokens[k + 1].lower), !lexicon.complementWords.contains(tokens[k + 1].lower) else { return nil }
                return blocks[block].text(tokens: start..<(k + 1))
            }
            k += 1
        }
        return nil
    }

    /// The sentence just before `sentence` of block `blockIndex`: in the same block, or the last
    /// sentence of the paragraph before when `sentence` opens its block.
    /// - Returns: that sentence's block index and token range, or nil when there is none (the
    ///   document's first sentence, or a block before that is no paragraph).
    func sentenceBefore(_ sentence: Range<Int>, blockIndex: Int) -> (block: Int, range: Range<Int>)? {
        var block = blockIndex
        var end = sentence.lowerBound
        if end == 0 {
            guard blockIndex > 0, document.blocks[blockIndex - 1].kind == .paragraph else { return nil }
            block = blockIndex - 1
            end = blocks[block].tokens.count
        }
        guard end > 0 else { return nil }
        return (block, rules.sentenceBounds(of: end - 1, in: blocks[block].tokens))
    }
}
