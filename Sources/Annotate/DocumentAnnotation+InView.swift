import Model

/// The last rule of the chain (DESIGN.md, "Attribution", rule 4, carry-over to the most recent
/// salient one): a direct quotation that no rule gave a speaker, and whose sentence names no one
/// as saying it, goes to the person or organisation in view before it, the subject of the
/// nearest sentence before it that names one (rule `in-view`): `Le maire X a convoqué la presse
/// lundi. ¶ « … »`, `In its report, the agency notes “…”`, `The Sheriff's Office is asking
/// drivers to use “…”`.
extension DocumentAnnotation {
    /// The confidence of an `in-view` attribution: below carry-over's (0.5), since no cue or
    /// subject ties the words to the one mentioned.
    static let inViewConfidence = 0.4

    /// The person or organisation in view before the quotation at token `q` of
    /// `sentence` in block `blockIndex`: in the same paragraph, else in the paragraph before when
    /// the quotation opens its own. A mention is a name (``SpeakerMentionFinder/namedRuns(in:of:)``,
    /// or one name word of someone named in full before or of an organisation, `Brekke`, in a
    /// language that does not capitalise every noun), or a definite role phrase or description the
    /// registry resolves to someone known (`the agency`, `la mairie`, `le carillonneur flamand`).
    ///
    /// Not a mention: words inside a quotation; a name or phrase after a preposition (`a letter
    /// to Ms Roy`, `named after Ann Lee`, `in Tasmania`), except an agent or source (`by`, `par`,
    /// `according to`, `selon`) or the author of a speech or written noun (`le communiqué de la
    /// mairie`); the addressee right after a speech verb (`told WBKY`); a place or building named
    /// after someone (``SpeakerRegistry/isNamesake(_:)``).
    /// Nothing is in view in a language that capitalises every noun (the lexicon's
    /// `capitalisedNouns`, German): there a capitalised noun is no sign of a name, and on the German
    /// Wikinews set the rule moved 17 quotations from one wrong speaker to another and took 5
    /// from no one for 8 it made right. Nor for a quotation in a heading-like block
    /// (``isHeadingLike(_:)``) or an interviewer's question (``isQuestionParagraph(_:)``), nor past such a question; nor for one
    /// whose sentence has a singular subject pronoun before it (`Après, il limogea « … »`: whom
    /// the pronoun means is no matter of mentions), or whose cue `cue` is a passive with no agent
    /// (`being told that “…”`, `ils seront déclarés « … »`: the speaker is left unsaid).
    /// - Returns: the entity and the mention as written, or nil.
    mutating func mentionInView(before q: Int, sentence: Range<Int>, cue: String?, blockIndex: Int) -> (entity: Int, written: String)? {
        guard !lexicon.capitalisedNouns,
              document.blocks[blockIndex].kind == .paragraph, document.blocks[blockIndex].turn == nil,
              !isHeadingLike(blockIndex), !isQuestionParagraph(blockIndex),
              !hasSingularPronounSubject(before: q, sentence: sentence, block: blocks[blockIndex]),
              !isPassiveCue(cue, sentence: sentence, block: blocks[blockIndex]) else { return nil }
        let tokens = blocks[blockIndex].tokens
        var part = sentence.lowerBound..<q
        while true {
            if part.upperBound == q || !opensWithPronounSubject(part, block: blocks[blockIndex]),
               let found = firstMention(in: part, blockIndex: blockIndex) { return found }
            guard part.lowerBound > 0 else { break }
            part = rules.sentenceBounds(of: part.lowerBound - 1, in: tokens)
        }
        guard Self.inViewReach > 0, tokens[0..<q].allSatisfy({ !$0.isWord }), blockIndex > 0,
              document.blocks[blockIndex - 1].kind == .paragraph, document.blocks[blockIndex - 1].turn == nil,
              !isQuestionParagraph(blockIndex - 1) else { return nil }
        let previous = blocks[blockIndex - 1].tokens
        guard !previous.isEmpty else { return nil }
        part = rules.sentenceBounds(of: previous.count - 1, in: previous)
        while true {
            if !opensWithPronounSubject(part, block: blocks[blockIndex - 1]),
               let found = firstMention(in: part, blockIndex: blockIndex - 1) { return found }
            guard part.lowerBound > 0 else { return nil }
            part = rules.sentenceBounds(of: part.lowerBound - 1, in: previous)
        }
    }

    /// The subject heading the sentence of a quotation inside it, which is in view before the
    /// last speaker is carried over (`L'association Libre passage, qui parle d'« un racket
    /// organisé », a reçu …`, `Son secrétaire général, Paul Mensa, affirme avoir signalé « … »`):
    /// a name at the head of the sentence or past an opening adverbial or prepositional phrase set
    /// off by a comma, with its determiner, an honorific or title, or a role in apposition before
    /// it; a phrase whose organisation noun (`L'association`, `The animal rights group`) comes
    /// before a capitalised name (the organisation, new or not); or a definite phrase that means
    /// an organisation or person known. After the subject comes a comma (an apposition, a relative
    /// clause) or a lowercase word that is no preposition (its verb). A new name must be an
    /// organisation's, a person's of known gender, or one in full, and no place's.
    ///
    /// Nothing when a quotation, a copula (`Le pont de X est devenu « … »`: the speaker unsaid) or
    /// a singular subject pronoun stands before the quotation in its sentence, nor when the first
    /// name there is not at the head: `On Friday, officers arrested Jordan Pike, citing "…"` names
    /// an object. The same places as ``mentionInView(before:sentence:cue:blockIndex:)`` give no
    /// one (German, a heading, an interviewer's question, a passive cue).
    /// - Returns: the entity and the mention as written, or nil.
    mutating func subjectHeadingSentence(before q: Int, sentence: Range<Int>, cue: String?, blockIndex: Int) -> (entity: Int, written: String)? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        let part = sentence.lowerBound..<q
        guard q > sentence.lowerBound + 1, !lexicon.capitalisedNouns,
              document.blocks[blockIndex].kind == .paragraph, document.blocks[blockIndex].turn == nil,
              !isHeadingLike(blockIndex), !isQuestionParagraph(blockIndex),
              !part.contains(where: { tokens[$0].quotationIndex != nil || tokens[$0].isWord && lexicon.copulas.contains(tokens[$0].lower) }),
              !hasSingularPronounSubject(before: q, sentence: sentence, block: block),
              !isPassiveCue(cue, sentence: sentence, block: block) else { return nil }
        var heads = [sentence.lowerBound]
        if let comma = part.first(where: { tokens[$0].text == "," }), comma + 1 < q,
           opensAfterAdverbial(comma + 1, sentenceStart: sentence.lowerBound, block: block)
            || opensAfterPrepositionalPhrase(comma + 1, sentenceStart: sentence.lowerBound, block: block) {
            heads.append(comma + 1)
        }
        for head in heads where tokens[head].isWord {
            if let found = mentionHeading(at: head, before: q, sentence: sentence, blockIndex: blockIndex) { return found }
        }
        return nil
    }

    /// The mention of someone who can speak that opens the clause at `head`, before the quotation
    /// at `q` (``subjectHeadingSentence(before:sentence:cue:blockIndex:)``), or nil.
    private mutating func mentionHeading(at head: Int, before q: Int, sentence: Range<Int>, blockIndex: Int) -> (entity: Int, written: String)? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        // (A preposition opening the clause opens no subject: `Selon l'officier`, `In Tasmania`.)
        guard !lexicon.prepositions.contains(tokens[head].lower) || lexicon.determiners.contains(tokens[head].lower) else { return nil }
        // Whatever ends the subject: a comma, or a lowercase word that is no preposition (its verb).
        func endsSubject(_ k: Int) -> Bool {
            guard k < q else { return false }
            if tokens[k].text == "," { return true }
            return tokens[k].isWord && !tokens[k].isCapitalized && !lexicon.prepositions.contains(tokens[k].lower) && !lexicon.genitiveWords.contains(tokens[k].lower)
        }
        // `L'ONG Rives claires Nord, qui …,`: a name with lowercase words that its organisation noun
        // announces is whole up to the comma (``SpeakerMentionFinder/announcedOrganisationName(endingAt:from:in:)``).
        if let comma = (head..<q).first(where: { !tokens[$0].isWord }), comma > head + 2, tokens[comma].text == ",",
           let announced = finder.announcedOrganisationName(endingAt: comma - 1, from: head, in: block), announced.start == head {
            let (entity, _) = resolve(announced.mention, at: head, sentence: sentence, blockIndex: blockIndex)
            if let entity, entity < registry.entities.count, !registry.isNamesake(entity) { return (entity, block.text(tokens: head..<comma)) }
        }
        if let named = finder.namedRuns(in: head..<q, of: block).first {
            let start = named.run.lowerBound
            let opening = mentionOpening(start, from: head, tokens)
            // `L'ONG X`, `The animal rights group X`: the organisation's noun and its modifiers before
            // the name (``SpeakerMentionFinder/organisationLead(before:from:in:)``).
            let organisationLead = opening > head && finder.organisationLead(before: start, from: head, in: tokens)?.article == head
            if opening == head || organisationLead, endsSubject(named.run.upperBound),
               !finder.isSaxonGenitive(tokens[named.run.upperBound - 1]), !finder.isPlaceName(named.run, tokens) {
                let saved = registry
                let known = registry.entities.count
                if let entity = resolveQuietly(named.mention), entity < registry.entities.count, !registry.isNamesake(entity) {
                    let found = registry.entities[entity]
                    if entity < known || organisationLead || found.isOrganisation || !found.likelyGender.isEmpty || found.nameWords.count >= 2 {
                        return (entity, organisationLead ? block.text(tokens: head..<named.run.upperBound) : named.mention.written)
                    }
                }
                registry = saved
            }
            // (A name past the head is no subject: the first mention there is an object.)
            if start > head, !organisationLead { return nil }
        }
        guard lexicon.determiners.contains(tokens[head].lower),
              let found = finder.phrase(after: head, limit: q, in: block), endsSubject(found.end) else { return nil }
        // `L'association Droit de rouler`, `The animal rights group Voice for Captive Elephants`: an
        // organisation's noun near the head and a name after it make an organisation, new or not;
        // a phrase with no name (`the company`) must mean one known.
        let lead = (head + 1)..<min(found.end, head + 5)
        if lead.contains(where: { lexicon.organisationNouns.contains(tokens[$0].lower) }),
           ((head + 1)..<found.end).contains(where: { tokens[$0].isWord && tokens[$0].isCapitalized && !lexicon.organisationNouns.contains(tokens[$0].lower) }) {
            let (entity, _) = resolve(found.mention, at: head, sentence: sentence, blockIndex: blockIndex)
            guard let entity, entity < registry.entities.count, !registry.isNamesake(entity) else { return nil }
            return (entity, found.mention.written)
        }
        guard case .phrase = found.mention, lexicon.definiteArticles.contains(tokens[head].lower) else { return nil }
        let saved = registry
        let known = registry.entities.count
        // (One that can speak: an organisation, or a person of known gender or role; `Le grotto`
        // means the restaurant named before, a place.)
        if let entity = resolveQuietly(found.mention), entity < known, !registry.isNamesake(entity),
           registry.entities[entity].isOrganisation || !registry.entities[entity].likelyGender.isEmpty || registry.entities[entity].role != nil {
            return (entity, found.mention.written)
        }
        registry = saved
        return nil
    }

    /// How many paragraphs before its own ``mentionInView(before:sentence:blockIndex:)`` looks
    /// into for a quotation that opens its paragraph (0: its own only).
    static let inViewReach = 1

    /// Whether the sentence `part` opens with a singular subject pronoun (`She thanked her coach,
    /// Mike Dunn.`): its subject is whom the pronoun means, and the people it names are objects,
    /// so none of them is in view.
    private func opensWithPronounSubject(_ part: Range<Int>, block: BlockText) -> Bool {
        guard let first = part.first(where: { block.tokens[$0].isWord }) else { return false }
        return hasSingularPronounSubject(before: first + 1, sentence: first..<part.upperBound, block: block)
    }

    /// The mention that opens `part` (within one sentence of block `blockIndex`) and resolves to
    /// someone known, as ``mentionInView(before:sentence:blockIndex:)`` means it: the first, since
    /// a sentence's subject comes before its objects (`Le tribunal a condamné Paul Martin.`,
    /// `Apple agreed to pay Jenna Fox.`: the court, Apple).
    private mutating func firstMention(in part: Range<Int>, blockIndex: Int) -> (entity: Int, written: String)? {
        guard !part.isEmpty else { return nil }
        let block = blocks[blockIndex]
        let tokens = block.tokens
        // Candidates: where the mention opens (with its determiner, honorific or title), what it
        // is, and whether it is one name word (which must mean someone named in full before, or
        // an organisation).
        var candidates: [(start: Int, mention: Mention, single: Bool)] = []
        var covered = Set<Int>()
        for named in finder.namedRuns(in: part, of: block) {
            candidates.append((mentionOpening(named.run.lowerBound, from: part.lowerBound, tokens), named.mention, false))
            covered.formUnion(named.run)
        }
        for k in part where !covered.contains(k) && finder.isNameWord(tokens[k]) && !lexicon.isFunctionWord(tokens[k].lower) {
            // One name word (`Brekke`): only someone named before (checked when resolving).
            let run = finder.nameRun(from: k, tokens, limit: part.upperBound)
            guard run.count == 1 else { continue }
            covered.formUnion(run)
            candidates.append((mentionOpening(k, from: part.lowerBound, tokens), .name(words: finder.nameWords(run, tokens), written: tokens[k].text, gender: "", role: nil), true))
        }
        for d in part where tokens[d].isWord && lexicon.definiteArticles.contains(tokens[d].lower) && !covered.contains(d + 1) {
            guard let found = finder.phrase(after: d, limit: part.upperBound, in: block), case .phrase = found.mention else { continue }
            candidates.append((d, found.mention, false))
        }
        for candidate in candidates.sorted(by: { $0.start < $1.start }) where isAdmissibleMention(at: candidate.start, from: part.lowerBound, tokens) {
            // (Resolved on a copy of the registry: a mention not taken leaves no alias nor entity behind.)
            let saved = registry
            let entity = resolveQuietly(candidate.mention)
            registry = saved
            guard let entity, entity < registry.entities.count, !registry.isNamesake(entity) else { continue }
            if candidate.single, !registry.entities[entity].isOrganisation,
               !registry.entities[entity].isNamed || registry.entities[entity].nameWords.count < 2 { continue }
            return (entity, candidate.mention.written)
        }
        return nil
    }

    /// Whether the speech verb `cue` (as written) stands in `sentence` right after a copula
    /// (``Lexicon/copulas``), over at most one adverb: a passive (`being told`, `ont été
    /// qualifiés`, `seront déclarés`). Nil is no passive.
    private func isPassiveCue(_ cue: String?, sentence: Range<Int>, block: BlockText) -> Bool {
        guard let cue else { return false }
        let tokens = block.tokens
        return sentence.contains { v in
            guard tokens[v].text == cue, v - 1 >= sentence.lowerBound else { return false }
            if tokens[v - 1].isWord, lexicon.copulas.contains(tokens[v - 1].lower) { return true }
            return v - 2 >= sentence.lowerBound && tokens[v - 1].isWord && lexicon.isAdverbLike(tokens[v - 1].lower)
                && tokens[v - 2].isWord && lexicon.copulas.contains(tokens[v - 2].lower)
        }
    }

    /// Where the mention whose head word is at `k` opens: back over honorifics, capitalised
    /// titles and determiners (`the`, `l'`; not one that is a preposition too, `de`, `du`), not
    /// before `lower`.
    private func mentionOpening(_ k: Int, from lower: Int, _ tokens: [Token]) -> Int {
        var start = k
        while start - 1 >= lower, tokens[start - 1].isWord,
              finder.isHonorific(tokens[start - 1]) || finder.isTitle(tokens[start - 1]) && tokens[start - 1].isCapitalized
                || lexicon.determiners.contains(tokens[start - 1].lower) && !lexicon.prepositions.contains(tokens[start - 1].lower) { start -= 1 }
        return start
    }

    /// Whether a mention opening at `start` can be the one in view: not after a preposition other
    /// than an agent or source one, nor after a genitive word unless a speech or written noun
    /// stands before it (its author), nor right after a speech verb that no quotation, comma or
    /// auxiliary precedes (its addressee: `told WBKY`). A mention opened by an article that is a
    /// preposition too (`du`, `des`, `au`) is after that preposition.
    private func isAdmissibleMention(at start: Int, from lower: Int, _ tokens: [Token]) -> Bool {
        let p = lexicon.prepositions.contains(tokens[start].lower) ? start : start - 1
        guard p >= lower, tokens[p].isWord else { return true }
        let word = tokens[p].lower
        if lexicon.prepositions.contains(word) {
            if lexicon.agentPrepositions.contains(word) { return true }
            // (An attribution preposition that ends at `p`: `according to`, `selon`.)
            if (lower...p).contains(where: { rules.attributionPrepositionLength(at: $0, bounds: $0..<(p + 1), tokens) == p + 1 - $0 }) { return true }
            if lexicon.genitiveWords.contains(word), p - 1 >= lower, tokens[p - 1].isWord,
               lexicon.speechNouns.contains(tokens[p - 1].lower) || lexicon.writtenTextNouns.contains(tokens[p - 1].lower) { return true }
            return false
        }
        if finder.isSpeechVerb(tokens[p]) {
            guard p - 1 >= lower else { return false }
            let before = tokens[p - 1]
            return before.quotationIndex != nil || before.text == "," || before.isWord && lexicon.auxiliaries.contains(before.lower)
        }
        return true
    }
}
