import Model

/// Reported (indirect) speech (DESIGN.md, "Annotated Markdown", `{.reported}`): words given as
/// someone's without quotation marks.
///
/// Two kinds of sentence, both from the lexicon only:
/// - a speech verb followed by a complementizer, at most three words apart (`X a déclaré que …`,
///   `X said that …`, `X told reporters that …`), or, for a verb that may drop it
///   (``Lexicon/complementizerDroppingVerbs``), by a clause (`X said the talks had failed`): the
///   speech runs from after the complementizer to the end of the sentence, the verb's subject
///   speaks (rule `reported-that`);
/// - an attribution preposition at the head or the tail of a sentence (`Selon X, …`, `…,
///   according to X.`): the rest of the sentence, the preposition's object speaks (rule
///   `according-to`); a role phrase must name an entity already met or hold a title or an
///   organisation noun (`selon la fédération`), so that `pour la première fois, …` names no one.
///
/// The span stops before a colon or semicolon and before a second speech verb joined by a comma
/// or a coordinator (`X a déclaré que …, et ajouté : « … »`). A span that is nothing but a
/// quotation is left to the direct quotation; a span never crosses a quotation that runs into
/// another paragraph. One reported span per sentence at most.
extension DocumentAnnotation {
    /// One reported span: scalar range inside a block, its speaker entity and the explanation.
    struct ReportedSpeech {
        var block: Int
        var range: Range<Int>
        var entity: Int?
        var attribution: Attribution
    }

    /// Words between a speech verb and its complementizer (`told reporters that`).
    static let reportedGap = 3
    /// Fewest tokens a reported span holds.
    static let reportedMinimumTokens = 3

    mutating func findReportedSpeech(in sentence: Range<Int>, blockIndex: Int) {
        if let found = reportedThat(in: sentence, blockIndex: blockIndex) ?? reportedAccordingTo(in: sentence, blockIndex: blockIndex) {
            reported.append(found)
            // The subject of `X a déclaré que` is salient; the object of `selon X` only when it
            // opens the sentence.
            // The speaker of `X said the plan had failed.` goes on speaking in a quotation with no
            // cue of its own right after (news style).
            if found.attribution.rule == "reported-that", let entity = found.entity {
                registry.markSalient(entity, position: narrative[blockIndex])
                lastSpeaker = (entity, blockIndex)
                if let written = found.attribution.mention { registry.noteSpeakerNamedInFull(entity, written: written) }
            } else if let entity = found.entity, rules.opensAttributionPreposition(at: sentence.lowerBound, bounds: sentence, blocks[blockIndex].tokens) {
                // `Selon la préfecture, 430 personnes ont dormi dehors. « … », précise-t-elle`: a
                // source that opens the sentence is in view for the next pronoun.
                registry.markSalient(entity, position: narrative[blockIndex])
            } else if let entity = found.entity, !registry.entities[entity].isOrganisation, registry.entities[entity].gender == "plural" {
                // `…, selon les enquêteurs. Ils évoquent « … »`: a group that closes the sentence
                // as its source is in view for the next pronoun, but does not take a quotation
                // with no cue of its own (`…, selon les pompiers. « … »` goes on as before).
                registry.markSalient(entity, position: narrative[blockIndex])
            } else if let entity = found.entity, !registry.entities[entity].isOrganisation {
                // `Une consigne qui n'est pas toujours respectée, selon une riveraine. « Hier, j'ai
                // vu … »`: the person who closes the sentence as its source goes on speaking in a
                // quotation with no cue of its own right after, as the speaker of `X said the plan
                // had failed.` does; not the speaker of the quotation before. (Not an organisation:
                // `…, selon la préfecture.` is a figure's source, and its `elle` no one's pronoun;
                // nor a group, `…, selon les pompiers.`, `…, according to witnesses.`.)
                registry.markSalient(entity, position: narrative[blockIndex])
                lastSpeaker = (entity, blockIndex)
                subjectSinceSpeaker = nil
            }
        }
    }

    /// The content tokens of `start..<end` without the closing punctuation, if they make a span.
    private func reportedContent(_ start: Int, _ end: Int, block: BlockText) -> Range<Int>? {
        let tokens = block.tokens
        var end = end
        // The speech ends before a colon or semicolon, and before a second speech verb joined by a
        // comma or a coordinator (`…, et ajouté : « … »`, `…, adding that …`).
        scan: for k in start..<end {
            if tokens[k].text == ":" || tokens[k].text == ";" { end = k; break }
            guard finder.isSpeechVerb(tokens[k]) else { continue }
            var j = k - 1
            while j > start, tokens[j].isWord, lexicon.auxiliaries.contains(tokens[j].lower) || finder.isSkippable(tokens[j]) { j -= 1 }
            if j > start, tokens[j].text == "," || (tokens[j].isWord && lexicon.coordinators.contains(tokens[j].lower)) {
                end = j
                break scan
            }
        }
        while end > start, tokens[end - 1].kind == .punctuation { end -= 1 }
        var start = start
        while start < end, tokens[start].kind == .punctuation { start += 1 }
        guard end - start >= Self.reportedMinimumTokens else { return nil }
        for k in start..<end {
            if let index = tokens[k].quotationIndex, quotations[index].pieces.count > 1 { return nil }
        }
        // Nothing but a quotation and punctuation: direct speech already.
        let words = (start..<end).filter { tokens[$0].isWord }
        if words.count < 2 { return nil }
        return tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
    }

    private mutating func reportedThat(in sentence: Range<Int>, blockIndex: Int) -> ReportedSpeech? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        // The first verb with a complementizer decides; later ones are not tried (linear).
        for v in sentence where finder.isSpeechVerbUse(at: v, tokens) && !finder.isNamingVerb(tokens[v]) {
            // A comma may stand before the complementizer (`versicherte, dass …`).
            var c = v + 1 < sentence.upperBound && tokens[v + 1].text == "," ? v + 2 : v + 1
            while c < sentence.upperBound, c - v <= Self.reportedGap, tokens[c].isWord,
                  !lexicon.complementizers.contains(tokens[c].lower), !finder.isSpeechVerb(tokens[c]) { c += 1 }
            var contentStart = c + 1
            if !(c < sentence.upperBound && finder.opensReportedClause(at: c, tokens)) {
                // `X said the plan had failed`: with no complementizer, a clause (a determiner or a
                // pronoun, then a finite auxiliary within six words) right after a verb that may drop it.
                // A subject pronoun right after the verb (`said he owed`) opens a clause by itself.
                // An addressee or a short adverbial may come first (`told us the minister was`).
                guard lexicon.complementizerDroppingVerbs.contains(tokens[v].lower), v + 1 < sentence.upperBound, tokens[v + 1].isWord else { continue }
                if lexicon.pronouns[tokens[v + 1].lower] != nil && !lexicon.possessives.keys.contains(tokens[v + 1].lower)
                    || (lexicon.determiners.contains(tokens[v + 1].lower) || lexicon.unresolvablePronouns.contains(tokens[v + 1].lower))
                    && ((v + 2)..<min(sentence.upperBound, v + 8)).contains(where: { tokens[$0].isWord && lexicon.auxiliaries.contains(tokens[$0].lower) && !lexicon.adverbs.contains(tokens[$0].lower) }) {
                    // (`told the court the evidence was thin`, `told us the …`: the clause after an
                    // addressee, not the addressee.)
                    contentStart = rules.clauseAfterAddressee(of: v, before: sentence.upperBound, tokens) ?? v + 1
                } else if let clause = rules.droppedComplementizerClause(after: v, before: sentence.upperBound, tokens) {
                    contentStart = clause
                } else { continue }
            }
            guard let range = reportedContent(contentStart, sentence.upperBound, block: block) else { return nil }
            var subject = finder.phrase(before: v, from: sentence.lowerBound, in: block)
            if subject == nil {
                // The sentence's subject speaks only when the verb is its own (after a comma, a
                // coordinator or an auxiliary), not a participle after a noun (`drugs added into
                // new rules that …`).
                if v > sentence.lowerBound, tokens[v - 1].isWord, !finder.isSkippable(tokens[v - 1]),
                   !lexicon.coordinators.contains(tokens[v - 1].lower), !lexicon.auxiliaries.contains(tokens[v - 1].lower) { return nil }
                subject = rules.sentenceSubject(in: sentence.lowerBound..<v, block: block)
            }
            guard let subject else { return nil }
            if case .unresolvable = subject.mention { return nil }
            // (`Dans son communiqué, la présidence indique que …`: a definite subject speaks, whatever its noun.)
            let (entity, factor) = resolve(subject.mention, at: subject.start, sentence: sentence, blockIndex: blockIndex,
                                           person: rules.isSpeakingSubject(subject, bounds: sentence, block: block))
            let attribution = entity == nil
                ? Attribution(rule: "none", cue: tokens[v].text, mention: subject.mention.written, confidence: 0)
                : Attribution(rule: "reported-that", cue: tokens[v].text, mention: subject.mention.written, confidence: 0.75 * factor)
            return ReportedSpeech(block: blockIndex, range: range, entity: entity, attribution: attribution)
        }
        return nil
    }

    private mutating func reportedAccordingTo(in sentence: Range<Int>, blockIndex: Int) -> ReportedSpeech? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        func matches(_ preposition: [String], at start: Int) -> Bool {
            start >= sentence.lowerBound && start + preposition.count <= sentence.upperBound
                && preposition.indices.allSatisfy { tokens[start + $0].isWord && tokens[start + $0].lower == preposition[$0] }
        }
        for preposition in lexicon.attributionPrepositions where !lexicon.headOnlyAttributionPrepositions.contains(preposition) {
            // Head: `Selon X, …` (after an opening coordinator: `Mais selon X, …`).
            var head = sentence.lowerBound
            if head < sentence.upperBound, lexicon.coordinators.contains(tokens[head].lower) { head += 1 }
            if matches(preposition, at: head), let phrase = finder.phrase(after: head + preposition.count, limit: sentence.upperBound, in: block),
               phrase.end < sentence.upperBound, tokens[phrase.end].text == ",",
               let range = reportedContent(phrase.end + 1, sentence.upperBound, block: block) {
                return according(preposition: tokens[head..<(head + preposition.count)], phrase.mention, at: head + preposition.count,
                                 range: range, sentence: sentence, blockIndex: blockIndex)
            }
            // Tail: `…, according to X.` Only the last `, preposition` can end the sentence, so
            // only it is tried (linear in the sentence, however many commas it has).
            if let start = sentence.reversed().first(where: { tokens[$0].text == "," && matches(preposition, at: $0 + 1) }) {
                let after = start + 1 + preposition.count
                if let phrase = finder.phrase(after: after, limit: sentence.upperBound, in: block),
                   !(phrase.end..<sentence.upperBound).contains(where: { tokens[$0].isWord }),
                   let range = reportedContent(sentence.lowerBound, start, block: block) {
                    return according(preposition: tokens[(start + 1)..<after], phrase.mention, at: after,
                                     range: range, sentence: sentence, blockIndex: blockIndex)
                }
            }
        }
        return nil
    }

    private mutating func according(preposition: ArraySlice<Token>, _ mention: Mention, at token: Int, range: Range<Int>,
                                    sentence: Range<Int>, blockIndex: Int) -> ReportedSpeech? {
        let entity: Int?
        var factor = 1.0
        switch mention {
        case .name:
            (entity, factor) = resolve(mention, at: token, sentence: sentence, blockIndex: blockIndex)
        case .phrase(let text, _):
            let hasTitle = rules.describesSpeaker(text)
            if let known = resolveQuietly(mention) {
                entity = known
            } else if hasTitle {
                (entity, factor) = resolve(mention, at: token, sentence: sentence, blockIndex: blockIndex)
            } else {
                return nil
            }
        case .pronoun:
            (entity, factor) = resolve(mention, at: token, sentence: sentence, blockIndex: blockIndex)
        case .unresolvable:
            return nil
        }
        let cue = preposition.map(\.text).joined(separator: " ")
        let attribution = entity == nil
            ? Attribution(rule: "none", cue: cue, mention: mention.written, confidence: 0)
            : Attribution(rule: "according-to", cue: cue, mention: mention.written, confidence: 0.7 * factor)
        return ReportedSpeech(block: blockIndex, range: range, entity: entity, attribution: attribution)
    }
}
