/// The subject of a sentence whatever its verb: the person a later pronoun or cue-less
/// quotation most likely means.
extension DocumentAnnotation {
    /// The person named as the subject of the main clause in `range`, whatever verb follows
    /// (no verb list): at the head of the range, or past an opening adverbial or prepositional
    /// phrase set off by a comma, a name (`Paul Roy`, `Mrs Roy`, `Inès`) or a role with a name
    /// apposed to it (`Le premier adjoint, Paul Roy,`), then any appositions set off by commas
    /// (an age, a stressed pronoun, a description: `, 24 ans, étudiante,`, `, lui,`, `, 87,`,
    /// `, cousin du maire,`), then a lowercase word that starts the predicate: no determiner,
    /// preposition, conjunction or relative pronoun (`Devant la gare, Inès, 24 ans, étudiante,
    /// utilise …`, `Mrs Roy has agreed …`, `Paul Roy met Ana Lee`: Paul Roy). A place, an
    /// organisation or a name of unknown gender with no age, stressed pronoun or apposed noun
    /// for a person (``Lexicon/personNouns``: `, aide-soignante,`) after it is no one: `The Brindle Trust reopened the hall` gives nobody.
    /// - Returns: the person's entity, or nil.
    mutating func salientSubject(in range: Range<Int>, blockIndex: Int) -> Int? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard let first = range.first else { return nil }
        var starts = [first]
        if let comma = range.first(where: { tokens[$0].text == "," }), comma + 1 < range.upperBound,
           opensAfterAdverbial(comma + 1, sentenceStart: first, block: block) || opensAfterPrepositionalPhrase(comma + 1, sentenceStart: first, block: block) {
            starts.append(comma + 1)
        }
        for start in starts {
            guard tokens[start].quotationIndex == nil, tokens[start].isWord else { continue }
            var mention: Mention?
            var end = start
            if let apposed = rules.nameApposedToOpeningRole(at: start, in: range, block: block),
               let close = (apposed.start..<range.upperBound).first(where: { tokens[$0].text == "," }) {
                mention = apposed.mention
                end = close
            } else {
                // `Mrs Roy`, `le maire Paul Roy`: an honorific or a determiner and a title before the name.
                var name = start
                if name < range.upperBound, tokens[name].isWord, lexicon.determiners.contains(tokens[name].lower) { name += 1 }
                while name < range.upperBound, name - start < 3, finder.isHonorific(tokens[name]) || finder.isTitle(tokens[name]) && !tokens[name].isCapitalized { name += 1 }
                guard name < range.upperBound, finder.isNameWord(tokens[name]), !finder.opensTimeAdverbial(at: name, tokens),
                      !finder.opensParticipleClause(at: name, tokens), !finder.isDetachedAdjective(at: name, tokens) else { continue }
                let run = finder.nameRun(from: finder.nameAfterOpeningRole(at: name, tokens) ?? name, tokens, limit: range.upperBound)
                guard !run.isEmpty, !finder.isPlaceName(run, tokens), !finder.isSaxonGenitive(tokens[run.upperBound - 1]) else { continue }
                mention = finder.classify(start..<run.upperBound, in: block)
                end = run.upperBound
            }
            guard case .name(_, _, let gender, _)? = mention, let mention else { continue }
            // Appositions, each from one comma to the next: `, 24 ans, étudiante en BTS,`, `, lui,`,
            // `, cousin du maire,`, `, 31, a night nurse,`, `, who runs the café,`.
            var person = !gender.isEmpty
            var stressed: String?
            while end < range.upperBound, tokens[end].text == ",",
                  let close = ((end + 1)..<min(range.upperBound, end + SpeakerMentionFinder.maximumPhraseLength)).first(where: { tokens[$0].text == "," }),
                  close > end + 1, !tokens[(end + 1)..<close].contains(where: { $0.quotationIndex != nil }),
                  isAppositionOpener(at: end + 1, before: close, tokens) {
                if finder.isAge(tokens[(end + 1)..<close]) { person = true }
                // `À l'arrêt Gare du Nord, Ysaline, aide-soignante, attendait`: an apposition headed
                // by a noun for a person's occupation or situation (not an organisation's) makes one.
                if tokens[end + 1].isWord, !tokens[end + 1].isCapitalized, lexicon.personNouns[tokens[end + 1].lower] != nil { person = true }
                if close == end + 2, let g = lexicon.disjunctivePronouns[tokens[end + 1].lower] { person = true; stressed = g }
                end = close
            }
            if end < range.upperBound, tokens[end].text == "," { end += 1 }
            guard end < range.upperBound, person else { continue }
            let verb = tokens[end]
            guard verb.isWord, !verb.isCapitalized, verb.quotationIndex == nil, !lexicon.determiners.contains(verb.lower),
                  !lexicon.prepositions.contains(verb.lower), !lexicon.conjunctions.contains(verb.lower),
                  !lexicon.relativePronouns.contains(verb.lower), !verb.isInvertedPronoun else { continue }
            guard let entity = resolveQuietly(mention), !registry.entities[entity].isOrganisation else { continue }
            // `Margot Vey, libraire, lui, ferme plus tôt`: a stressed pronoun of the other gender than
            // the name's known one makes no subject (the name wins; the pronoun is someone else's).
            if let stressed, stressed == "m" || stressed == "f", !registry.entities[entity].likelyGender.isEmpty,
               registry.entities[entity].likelyGender != stressed { continue }
            if let stressed, stressed == "m" || stressed == "f" { registry.learnGender(stressed, of: entity) }
            return entity
        }
        return nil
    }

    /// Whether a name `mention` found at token `start`, which opens its sentence, is only a
    /// capitalised word with no evidence of being a name (`Work has already started.`, `Trucks
    /// have begun arriving.`, `Most customers are students.`): one word, right at `start` (no
    /// honorific, title or determiner before it), with no gender or role, no common given name,
    /// the name word of no one known, and written capitalised nowhere in the text but at the
    /// opening of a sentence. `Okafor has already started.` after `Jo Okafor` and `Tamsin has
    /// agreed.` are names.
    mutating func isBareOpeningWord(_ mention: Mention, at start: Int, block: BlockText) -> Bool {
        guard case .name(let words, _, let gender, let role) = mention, words.count == 1, let word = words.first,
              gender.isEmpty, role == nil, block.tokens[start].text == word,
              lexicon.givenNameGender(of: words).isEmpty else { return false }
        let folded = TextFolding.fold(word)
        // (A word of the full name of someone known: `Okafor` after `Jo Okafor`.)
        if registry.entities.contains(where: { $0.nameWords.count >= 2 && $0.nameWords.contains(folded) }) { return false }
        // (`BlueKite`: a capital inside the word makes a name.)
        if word.dropFirst().contains(where: \.isUppercase) { return false }
        // (`… met Trucks at the depot`, `…, Trucks said`: written capitalised inside a sentence, it is a name.)
        return !wordsInsideSentences().contains(word)
    }

    /// Every word of the document as written right after a word or a `,`, `;`, `(` or dash outside
    /// quotations: inside a sentence, not at its opening. Found once per document, on first use
    /// (``isBareOpeningWord(_:at:block:)`` asks it for each lone opening word).
    private mutating func wordsInsideSentences() -> Set<String> {
        if let words = wordsInsideSentencesCache { return words }
        var words: Set<String> = []
        for block in blocks {
            let tokens = block.tokens
            for k in tokens.indices.dropFirst() where tokens[k].isWord && tokens[k - 1].quotationIndex == nil
                && (tokens[k - 1].isWord || [",", ";", "(", "-", "–", "—"].contains(tokens[k - 1].text)) {
                words.insert(tokens[k].text)
            }
        }
        wordsInsideSentencesCache = words
        return words
    }

    /// Whether the phrase from `start` up to the comma at `close` is an apposition to the name
    /// before it: an age (`31`, `24 ans`) or a phrase opened by a lowercase determiner, stressed
    /// pronoun, relative pronoun, noun for a person or title (`a night nurse`, `lui`, `qui tient
    /// le café`, `cousin du maire`, `étudiante en BTS`), or any other lowercase word that is no
    /// function word (`nicknamed …`); not a predicate opened by an auxiliary (`, a dit hier,`).
    private func isAppositionOpener(at start: Int, before close: Int, _ tokens: [Token]) -> Bool {
        if finder.isAge(tokens[start..<close]) { return true }
        let opener = tokens[start]
        guard opener.isWord else { return false }
        if finder.isTitle(opener) || lexicon.isPersonNoun(opener.lower) { return true }
        guard !opener.isCapitalized else { return false }
        return lexicon.determiners.contains(opener.lower) || lexicon.disjunctivePronouns[opener.lower] != nil
            || lexicon.relativePronouns.contains(opener.lower)
            || !lexicon.isFunctionWord(opener.lower) && !lexicon.auxiliaries.contains(opener.lower)
    }
}
