import Model

/// Notices: the text of a sign, a note, a board or a post that someone put up (`A handwritten
/// sign on her gate now reads “…”`, `X has put up a new message on the marquee. It reads “…”`,
/// `un panneau installé par la mairie le dit : « … »`). The words are the notice's owner's, found
/// in the notice's own phrase (a possessive, an agent) or as the subject who put it up in the
/// sentence before; when the text names no owner, they are nobody's named, never the person
/// spoken of last.
extension DocumentAnnotation {
    /// What a notice introducing a quotation says about its owner.
    struct NoticeEvidence {
        /// The owner as written, with its first token, its sentence and its block; nil when the
        /// text gives none.
        var owner: (mention: Mention, start: Int, sentence: Range<Int>, block: Int)?
        /// The verb that introduces the text (`reads`), or nil after a colon.
        var verb: String?
        /// True when the notice's text is quoted words whatever its shape (a finite `reads`
        /// after a notice noun or a pronoun for one), so even a short or capitalised text is a
        /// quotation, not a slogan.
        var forcesDirect: Bool
    }

    /// Most tokens between a notice verb and the quotation (`reads, in full: “`).
    static let noticeVerbGap = 5
    /// Most tokens between a notice noun and its verb (`A handwritten sign on her front gate now reads`).
    static let noticeSubjectReach = 16

    /// The notice whose text is the quotation at `q`, if any.
    ///
    /// Two shapes: a finite notice verb (``Lexicon/noticeVerbs``, `reads`) at most
    /// ``noticeVerbGap`` tokens before the quotation, whose subject is a notice noun
    /// (``Lexicon/noticeNouns``) at most ``noticeSubjectReach`` tokens back, the pronoun `it` or
    /// `one` for a notice of the sentence before, or `which` after any noun; or (where the lexicon
    /// has no such verb, French) a notice noun subject of a sentence that ends in a colon right
    /// before the quotation (`Sur la grille, un panneau installé par la mairie le dit : « … »`).
    /// Banners and placards (``Lexicon/carrierNouns`` that are no notice nouns) carry slogans and
    /// are left to the classifier.
    ///
    /// The owner: the agent of a posting participle inside the notice's phrase (`put up by X`,
    /// `installé par X`); a possessive there (`her gate`, `its pinned post`, `whose petition
    /// page`, `de sa main`); for `it`, the subject of the sentence before when its verb puts the
    /// notice up (``Lexicon/postingVerbs``: `X has put up a board … It reads`). Else none.
    /// - Returns: the evidence, or nil when the quotation is no notice's text.
    func noticeEvidence(_ q: Int, sentence: Range<Int>, blockIndex: Int) -> NoticeEvidence? {
        let tokens = blocks[blockIndex].tokens
        guard q > sentence.lowerBound else { return nil }
        if let posted = postedNotice(q, sentence: sentence, blockIndex: blockIndex) { return posted }
        if lexicon.noticeVerbs.isEmpty {
            return colonNotice(q, sentence: sentence, blockIndex: blockIndex)
        }
        // (`a text message reading: “…”`: a colon may stand between the participle and the text.)
        let participle = q - 1 > sentence.lowerBound && tokens[q - 1].text == ":" ? q - 2 : q - 1
        if participle - 1 > sentence.lowerBound, tokens[participle].isWord, lexicon.noticeParticiples.contains(tokens[participle].lower),
           tokens[participle - 1].isWord, !tokens[participle - 1].isCapitalized, isSingularNotice(tokens[participle - 1].lower) {
            // `alongside a laminated note reading “…”`: the note's text, whose owner its phrase may
            // give, else whoever the sentence says put it up or sent it (`X sent the woman a text
            // message reading: “…”`, ``posterOfNotice(at:sentence:blockIndex:)``); whether it is a
            // quotation at all is the classifier's (`a sign reading ‘…’` on a caravan carries a slogan).
            let noun = participle - 1
            let phraseStart = (max(sentence.lowerBound, noun - 4)..<noun).last(where: { tokens[$0].isWord && (lexicon.determiners.contains(tokens[$0].lower) || isOwnerWord(tokens[$0].lower)) }) ?? noun
            return NoticeEvidence(owner: owner(in: phraseStart..<(noun + 1), sentence: sentence, blockIndex: blockIndex)
                                    ?? posterOfNotice(at: noun, sentence: sentence, blockIndex: blockIndex),
                                  verb: tokens[participle].text, forcesDirect: false)
        }
        // The verb: only commas, colons and lowercase words that are no determiner between it and the span.
        var v = q - 1
        while v >= sentence.lowerBound, q - v <= Self.noticeVerbGap {
            let token = tokens[v]
            if token.quotationIndex != nil { return nil }
            if token.isWord, lexicon.noticeVerbs.contains(token.lower) { break }
            guard token.text == "," || token.text == ":" || token.isWord && !token.isCapitalized && !lexicon.determiners.contains(token.lower) else { return nil }
            v -= 1
        }
        guard v >= sentence.lowerBound, q - v <= Self.noticeVerbGap, tokens[v].isWord, lexicon.noticeVerbs.contains(tokens[v].lower) else { return nil }
        let verb = tokens[v].text
        // The subject: past adverbs (`now`, `allegedly`).
        var s = v - 1
        while s >= sentence.lowerBound, tokens[s].isWord, !tokens[s].isCapitalized || s == sentence.lowerBound,
              lexicon.isAdverbLike(tokens[s].lower) { s -= 1 }
        guard s >= sentence.lowerBound else { return nil }
        let relativeReach = max(sentence.lowerBound, s - 6)
        let relativeNotice = (relativeReach..<s).first(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && isSingularNotice(tokens[$0].lower) })
        if tokens[s].isWord, tokens[s].lower == "which" || tokens[s].lower == "that" && relativeNotice != nil {
            // `the beer mat, which allegedly reads: “…”`, `a sign outside the shop that reads “…”`:
            // a written thing; its owner from its phrase, else whoever the sentence says put the
            // notice up (`He has also put up a hand-painted sign outside the restaurant that reads`).
            // (Only the noun phrase before `which`: `His lawyers rely on a napkin, which` is no one's napkin.)
            let phraseStart = (relativeReach..<s).last(where: { tokens[$0].isWord && (lexicon.determiners.contains(tokens[$0].lower) || isOwnerWord(tokens[$0].lower)) }) ?? s
            let found = owner(in: phraseStart..<s, sentence: sentence, blockIndex: blockIndex)
                ?? relativeNotice.flatMap { posterOfNotice(at: $0, sentence: sentence, blockIndex: blockIndex) }
            return NoticeEvidence(owner: found, verb: verb, forcesDirect: true)
        }
        let subjectStart = (sentence.lowerBound...s).last(where: { tokens[$0].text == "," || tokens[$0].text == ";" }).map { $0 + 1 } ?? sentence.lowerBound
        // (`It now reads`: a lowercase word or two may stand between.)
        let pronoun = tokens[subjectStart].isWord && ["it", "one"].contains(tokens[subjectStart].lower)
            && (s - subjectStart <= 2 && ((subjectStart + 1)..<(s + 1)).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !lexicon.determiners.contains(tokens[$0].lower) })
                || tokens[subjectStart].lower == "one" && tokens[subjectStart + 1].isWord && lexicon.prepositions.contains(tokens[subjectStart + 1].lower))
        if pronoun {
            // `It reads “…”`, `One on my walk to work reads:`: a notice of the sentence before.
            guard let (block, previous) = sentenceBefore(sentence, blockIndex: blockIndex) else { return nil }
            let earlier = blocks[block].tokens
            guard let noun = previous.first(where: { earlier[$0].isWord && earlier[$0].quotationIndex == nil && lexicon.noticeNouns.contains(earlier[$0].lower) }) else { return nil }
            // (`The campaign, which calls itself “…”, has put signs up`: the phrase before the first comma.)
            let firstComma = previous.first(where: { earlier[$0].text == "," })
            if let posting = previous.first(where: { $0 < noun && earlier[$0].isWord && lexicon.postingVerbs.contains(earlier[$0].lower) }),
               let subject = rules.sentenceSubject(in: previous.lowerBound..<posting, block: blocks[block])
                ?? firstComma.flatMap({ rules.sentenceSubject(in: previous.lowerBound..<$0, block: blocks[block]) }) {
                // `X has put up a new message on the marquee.`: whoever put it up.
                return NoticeEvidence(owner: (trimmed(subject.mention), subject.start, previous, block), verb: verb, forcesDirect: true)
            }
            return NoticeEvidence(owner: owner(in: previous.lowerBound..<previous.upperBound, sentence: previous, blockIndex: block, after: noun),
                                  verb: verb, forcesDirect: true)
        }
        let reach = max(subjectStart, v - Self.noticeSubjectReach)
        // (A singular notice: `The lawn signs read “…”` are a campaign's slogans; plural ones only
        // with whoever put them up in their phrase: `Signs put up by the council now read: “…”`.)
        guard let noun = (reach..<v).first(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && isSingularNotice(tokens[$0].lower) }) else {
            guard let plural = (reach..<v).first(where: { tokens[$0].isWord && lexicon.noticeNouns.contains(tokens[$0].lower) }),
                  let poster = postingAgent(in: plural..<v, sentence: sentence, blockIndex: blockIndex) else { return nil }
            return NoticeEvidence(owner: poster, verb: verb, forcesDirect: true)
        }
        // (`its pinned post`, `whose petition page`: a possessive right before the noun's modifiers.)
        let phraseStart = (reach..<noun).last(where: { tokens[$0].isWord && (lexicon.determiners.contains(tokens[$0].lower) || isOwnerWord(tokens[$0].lower)) }) ?? noun
        if phraseStart == noun, let genitive = saxonGenitiveOwner(before: noun, from: reach, sentence: sentence, blockIndex: blockIndex) {
            // `Priya Shah's shop sign now reads “…”`: the name in the Saxon genitive before the noun's modifiers.
            return NoticeEvidence(owner: genitive, verb: verb, forcesDirect: true)
        }
        if let found = owner(in: phraseStart..<v, sentence: sentence, blockIndex: blockIndex) {
            return NoticeEvidence(owner: found, verb: verb, forcesDirect: true)
        }
        // `A hand-painted sign in Ada Brook's window now reads “…”`: the name in the Saxon genitive
        // of the place the phrase puts the notice, right after a preposition.
        let placed = ((noun + 2)..<max(noun + 2, v)).first(where: { tokens[$0].isCapitalized && finder.isSaxonGenitive(tokens[$0])
            && (noun + 1..<$0).contains(where: { tokens[$0].isWord && lexicon.prepositions.contains(tokens[$0].lower) }) })
        return NoticeEvidence(owner: placed.flatMap { saxonGenitiveOwner(before: $0 + 1, from: noun + 1, sentence: sentence, blockIndex: blockIndex) }
                                ?? ownerOfJoinedClause(opening: subjectStart, notice: noun, verb: v, sentence: sentence, blockIndex: blockIndex),
                              verb: verb, forcesDirect: true)
    }

    /// The owner of a notice whose clause is joined after a comma by a coordinator or a relative
    /// pronoun (`, where a new sign reads`, `, and a card taped to the window reads`) to a clause
    /// whose subject is an organisation (`The Fellside Trust has asked walkers to keep to the path,
    /// where a new sign reads “…”`: ``Lexicon/organisationNouns``) or a name's own thing in the
    /// Saxon genitive (`Ada Brook's stall now lists every price, and a card … reads “…”`). Any
    /// other subject (a person, a pronoun, `Tourists`, `The theft`) gives none, and so does a
    /// name in the genitive that is no organisation (`Saturday's market`, `Jane Morrow's house`,
    /// `Harwick's mayor`): the notice's owner is not said. A notice the phrase places somewhere
    /// of its own (`a sign on the pub door`, `a card in the last shop window`) is not the
    /// subject's either.
    /// - Parameters:
    ///   - start: the first token of the notice's clause (the coordinator or relative pronoun).
    ///   - noun: the notice noun.
    ///   - verb: the notice's verb (`reads`).
    private func ownerOfJoinedClause(opening start: Int, notice noun: Int, verb: Int, sentence: Range<Int>, blockIndex: Int) -> (mention: Mention, start: Int, sentence: Range<Int>, block: Int)? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard start - 1 > sentence.lowerBound, start < noun, tokens[start - 1].text == ",", tokens[start].isWord,
              lexicon.coordinators.contains(tokens[start].lower) || lexicon.relativePronouns.contains(tokens[start].lower)
                || lexicon.placeRelativePronouns.contains(tokens[start].lower),
              !tokens[sentence.lowerBound..<start].contains(where: { $0.quotationIndex != nil }) else { return nil }
        let first = sentence.lowerBound..<(start - 1)
        // (`Ada Brook's stall now lists …`: a capitalised name in the Saxon genitive opening the sentence, then its noun.)
        if let genitive = first.prefix(5).first(where: { tokens[$0].isCapitalized && finder.isSaxonGenitive(tokens[$0]) }),
           (sentence.lowerBound..<genitive).allSatisfy({ finder.isNameWord(tokens[$0]) || tokens[$0].isWord && lexicon.determiners.contains(tokens[$0].lower) }),
           genitive + 1 < first.upperBound, tokens[genitive + 1].isWord, !tokens[genitive + 1].isCapitalized {
            guard let owner = saxonGenitiveOwner(before: genitive + 1, from: sentence.lowerBound, sentence: sentence, blockIndex: blockIndex),
                  case .name(let nameWords, _, _, _) = owner.mention,
                  nameWords.contains(where: { lexicon.organisationNouns.contains($0.lowercased()) })
                    || registry.entities.contains(where: { $0.isOrganisation && $0.nameWords == nameWords })
                    || isBusinessName(nameWords) && !isNounForAPerson(tokens[genitive + 1].lower)
            else { return nil }
            return owner
        }
        guard !tokens[(noun + 1)..<max(noun + 1, verb)].contains(where: { $0.isWord && lexicon.prepositions.contains($0.lower) }),
              let subject = rules.sentenceSubject(in: first, block: block) else { return nil }
        let words: [String]
        switch subject.mention {
        case .name(let nameWords, _, _, _): words = nameWords.map { $0.lowercased() }
        case .phrase(let text, _): words = Array(Lexicon.tokenWords(text).suffix(1))
        case .pronoun, .unresolvable: return nil
        }
        guard words.contains(where: { lexicon.organisationNouns.contains($0) }) else { return nil }
        return (trimmed(subject.mention), subject.start, sentence, blockIndex)
    }

    /// Whether `words`, a name in the Saxon genitive before a thing it keeps, read as a business's
    /// name (`Kittiwake Bakery’s counter`, `Kernow Crust’s board`): two words or more, the first
    /// no given name (`Jane Morrow’s house` is a person's), none a day (`Saturday’s market`). A
    /// single word is a place as often as not (`Harwick’s high street`).
    private func isBusinessName(_ words: [String]) -> Bool {
        words.count >= 2 && lexicon.givenNameGender(of: words).isEmpty
            && !words.contains(where: { lexicon.capitalisedTimeNouns.contains($0.lowercased()) })
    }

    /// Whether `lower` is a title or a noun for a person (`mayor`, `son`), not a group's or
    /// organisation's (`board`, which ``Lexicon/isPersonNoun(_:)`` counts too).
    private func isNounForAPerson(_ lower: String) -> Bool {
        lexicon.isTitle(lower) || lexicon.personNouns[lower] != nil || lexicon.speakerNouns.contains(lower) && !lexicon.organisationNouns.contains(lower)
    }

    /// The agent of a posting participle in `range` (`put up by the council`), as
    /// ``owner(in:sentence:blockIndex:after:)`` finds it, and nothing else that gives an owner.
    private func postingAgent(in range: Range<Int>, sentence: Range<Int>, blockIndex: Int) -> (mention: Mention, start: Int, sentence: Range<Int>, block: Int)? {
        let tokens = blocks[blockIndex].tokens
        guard range.contains(where: { tokens[$0].isWord && lexicon.postingVerbs.contains(tokens[$0].lower) }),
              let found = owner(in: range, sentence: sentence, blockIndex: blockIndex),
              range.contains(where: { $0 < found.start && tokens[$0].isWord && lexicon.agentPrepositions.contains(tokens[$0].lower) }) else { return nil }
        return found
    }

    /// Whoever the sentence says put up the notice whose noun is at `noun`: the subject of a
    /// posting verb (``Lexicon/postingVerbs``) before it (`The landlord has also put up a sign …`,
    /// `X sent the tenant a text message reading: “…”`), unless that is a pronoun; after an
    /// inserted source of the telling (`In May, she said, X sent …`), the name right before the verb.
    private func posterOfNotice(at noun: Int, sentence: Range<Int>, blockIndex: Int) -> (mention: Mention, start: Int, sentence: Range<Int>, block: Int)? {
        let tokens = blocks[blockIndex].tokens
        guard let posting = (sentence.lowerBound..<noun).first(where: { tokens[$0].isWord && lexicon.postingVerbs.contains(tokens[$0].lower) }) else { return nil }
        var subject = rules.sentenceSubject(in: sentence.lowerBound..<posting, block: blocks[blockIndex])
        if subject.map({ if case .pronoun = $0.mention { return true } else { return false } }) ?? true,
           let named = finder.phrase(before: posting, from: sentence.lowerBound, in: blocks[blockIndex]), case .name = named.mention {
            subject = named
        }
        // (A pronoun is left to the other rules: `He has put up a sign` after two men were named.)
        guard let subject else { return nil }
        if case .pronoun = subject.mention { return nil }
        return (trimmed(subject.mention), subject.start, sentence, blockIndex)
    }

    /// The written text (``Lexicon/writtenTextNouns``) that the sentence of the quotation at `q`
    /// gives as the source of its words: the head of the subject of the clause before it (`The
    /// letter ends: “…”`, `Le rapport rendu mardi a une conclusion sans appel : « … »`, `Le courrier,
    /// que nous avons consulté, le somme de « … »`, past an opening prepositional phrase: `Sur la
    /// vitrine, un carton écrit à la main résume : « … »`) or of an opening attribution
    /// preposition (`According to a draft note prepared by X, the route carries “…”`).
    ///
    /// The owner: a possessive or posting agent in the phrase (``owner(in:sentence:blockIndex:after:)``);
    /// an agent preposition right after the noun or after a lowercase participle (`a notice from
    /// X`, `The notices, issued by X,`, `envoyé par X`); a genitive and a capitalised name right
    /// after the noun (`Le règlement de l'ACRVC`); an adjective naming the issuing body (`L'arrêté
    /// municipal`, ``Lexicon/issuerAdjectives``). Else none: a report or a sign whose author the
    /// text does not give is no one's words.
    /// - Returns: the evidence (it forces no kind) and the range from the phrase's determiner to
    ///   its noun; nil when no written text heads the clause.
    func writtenSourceEvidence(_ q: Int, sentence: Range<Int>, blockIndex: Int) -> (notice: NoticeEvidence, phrase: ClosedRange<Int>)? {
        guard !lexicon.writtenTextNouns.isEmpty, q > sentence.lowerBound + 1 else { return nil }
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard !tokens[sentence.lowerBound..<q].contains(where: { $0.quotationIndex != nil }) else { return nil }
        var start = sentence.lowerBound
        var end = q
        if let length = rules.attributionPrepositionLength(at: start, bounds: sentence, tokens) {
            guard let comma = (start..<q).first(where: { tokens[$0].text == "," }) else { return nil }
            start += length
            end = comma
        } else if tokens[start].isWord, lexicon.prepositions.contains(tokens[start].lower), !lexicon.determiners.contains(tokens[start].lower),
                  let comma = (start..<q).first(where: { tokens[$0].text == "," }) {
            start = comma + 1
        }
        guard start + 1 < end, tokens[start].isWord,
              lexicon.determiners.contains(tokens[start].lower) || isOwnerWord(tokens[start].lower) else { return nil }
        // The head: the first written-text noun past lowercase modifiers (`The inspection report`, `un petit carton`).
        var noun = start + 1
        while noun < min(end, start + 4), tokens[noun].isWord, !tokens[noun].isCapitalized, !lexicon.writtenTextNouns.contains(tokens[noun].lower),
              !lexicon.prepositions.contains(tokens[noun].lower), !lexicon.determiners.contains(tokens[noun].lower),
              !lexicon.auxiliaries.contains(tokens[noun].lower), !finder.isSpeechVerb(tokens[noun]) { noun += 1 }
        // (`the report's author`, `the letter writer`: the written noun is no head.)
        // (A capitalised noun heads a name: `Le Registre mondial des records`, `The Charter Group`.)
        guard noun < end, tokens[noun].isWord, !tokens[noun].isCapitalized, lexicon.writtenTextNouns.contains(tokens[noun].lower), !finder.isSaxonGenitive(tokens[noun]),
              !(noun + 1 < end && tokens[noun + 1].isWord && lexicon.writtenTextNouns.contains(tokens[noun + 1].lower)),
              !(noun + 1 < end && tokens[noun + 1].isWord && lexicon.isPersonNoun(tokens[noun + 1].lower)) else { return nil }
        let phrase = start...noun
        // (`Her report notes “…”`, `Son courrier`: a possessive's owner is in view already, the other rules' to find;
        // so is a Saxon genitive's: `According to the task force's preliminary report, …`.)
        if isOwnerWord(tokens[start].lower) || ((start + 1)..<noun).contains(where: { finder.isSaxonGenitive(tokens[$0]) }) { return nil }
        if let found = owner(in: start..<(noun + 1), sentence: sentence, blockIndex: blockIndex) {
            return (NoticeEvidence(owner: found, verb: nil, forcesDirect: false), phrase)
        }
        // An agent: right after the noun, or after a lowercase participle (`issued by`, `envoyé par`), up to the next comma.
        if let agent = textAgent(after: noun, limit: end, pastParticiple: true, block: block) {
            return (NoticeEvidence(owner: (agent.mention, agent.start, sentence, blockIndex), verb: nil, forcesDirect: false), phrase)
        }
        // An adjective that names the issuing body (`L'arrêté municipal, affiché …, interdit`: ``issuerOfAdjective(after:limit:_:)``).
        if let body = issuerOfAdjective(after: noun, limit: end, tokens) {
            return (NoticeEvidence(owner: (body, noun + 1, sentence, blockIndex), verb: nil, forcesDirect: false), phrase)
        }
        // A genitive past the noun's adjectives (`Le règlement de l'ACRVC`, `Le rapport annuel de
        // l'Observatoire …`, `Un rapport de l'organisme publié en janvier`, `the annual report of
        // the regulator`): its phrase, up to a comma or a participle, is the owner when it names a
        // person or an organisation; anything else there (`le rapport de 2023`, `the report of the
        // inquiry`) leaves the quotation to the other rules.
        var genitive = noun + 1
        while genitive < min(end, noun + 4), tokens[genitive].isWord, !tokens[genitive].isCapitalized,
              !lexicon.genitiveWords.contains(tokens[genitive].lower), !lexicon.isFunctionWord(tokens[genitive].lower),
              !lexicon.postingVerbs.contains(tokens[genitive].lower), !finder.isSpeechVerb(tokens[genitive]) { genitive += 1 }
        let hasComplement = genitive + 1 < end && tokens[genitive].isWord && lexicon.genitiveWords.contains(tokens[genitive].lower)
        if hasComplement {
            let limit = ((genitive + 1)..<end).first(where: { k in
                // (An acronym is a whole name: a lowercase word after it is the verb, `Le règlement de l'ACRV prévoit`.)
                !tokens[k].isWord || tokens[k].quotationIndex != nil || !tokens[k].isCapitalized && finder.isAcronym(tokens[k - 1])
                    || k > genitive + 2 && !tokens[k].isCapitalized
                    && (lexicon.postingVerbs.contains(tokens[k].lower) || lexicon.auxiliaries.contains(tokens[k].lower) || finder.isSpeechVerb(tokens[k]))
            }) ?? end
            guard let named = finder.phrase(after: genitive + 1, limit: limit, in: block) else { return nil }
            // (An owner has a determiner or a capitalised name: `le rapport d'inspection`, `the letter
            // of 2023` say what the text is about or when, and give no owner.)
            var head = genitive + 1
            while head < limit, tokens[head].isWord, lexicon.determiners.contains(tokens[head].lower) || lexicon.elisions.contains(tokens[head].lower) { head += 1 }
            let capitalised = head < limit && tokens[head].isCapitalized
            switch named.mention {
            case .name where capitalised:
                return (NoticeEvidence(owner: (named.mention, genitive + 1, sentence, blockIndex), verb: nil, forcesDirect: false), phrase)
            case .phrase(let text, _) where (capitalised || head > genitive + 1 || lexicon.determiners.contains(tokens[genitive].lower)) && finder.namesSpeaker(text):
                return (NoticeEvidence(owner: (named.mention, genitive + 1, sentence, blockIndex), verb: nil, forcesDirect: false), phrase)
            case .phrase, .name:
                break
            default:
                return nil
            }
        }
        // (`… health officials said in a letter to staff. The letter calls …`, `La Cour a publié un
        // rapport. … Selon le rapport, …`: a definite phrase for a document issued before is its issuer's.)
        if !hasComplement, let issuer = documentIssuer(of: block.text(tokens: start..<(noun + 1))) {
            return (NoticeEvidence(owner: (issuer, start, sentence, blockIndex), verb: nil, forcesDirect: false), phrase)
        }
        return (NoticeEvidence(owner: nil, verb: nil, forcesDirect: false), phrase)
    }

    /// The name in the Saxon genitive that owns the noun at `noun` (`Priya Shah's shop sign`):
    /// past lowercase modifiers, a capitalised word ending in `'s` and the capitalised words
    /// before it, from `from` on.
    private func saxonGenitiveOwner(before noun: Int, from: Int, sentence: Range<Int>, blockIndex: Int) -> (mention: Mention, start: Int, sentence: Range<Int>, block: Int)? {
        let tokens = blocks[blockIndex].tokens
        var k = noun - 1
        while k >= from, tokens[k].isWord, !tokens[k].isCapitalized, !finder.isSaxonGenitive(tokens[k]), !lexicon.isFunctionWord(tokens[k].lower) { k -= 1 }
        guard k >= from, tokens[k].quotationIndex == nil, finder.isSaxonGenitive(tokens[k]), tokens[k].isCapitalized else { return nil }
        var first = k
        while first - 1 >= from, tokens[first - 1].isWord, tokens[first - 1].quotationIndex == nil, finder.isNameWord(tokens[first - 1]) { first -= 1 }
        return (SpeakerMentionFinder.genitiveOwnerName(tokens[first...k].map(\.text)), first, sentence, blockIndex)
    }

    /// Whether `word` is a notice noun in the singular (no other notice noun is `word` without its last letter).
    private func isSingularNotice(_ word: String) -> Bool {
        lexicon.noticeNouns.contains(word) && !lexicon.noticeNouns.contains(String(word.dropLast()))
    }

    /// Whether `word` is a possessive that gives a notice an owner (`her`, `sa`; `its`,
    /// ``Lexicon/impersonalPossessives``; `whose`, ``Lexicon/possessiveRelativePronouns``).
    private func isOwnerWord(_ word: String) -> Bool {
        lexicon.possessives[word] != nil || lexicon.impersonalPossessives.contains(word) || lexicon.possessiveRelativePronouns.contains(word)
    }

    /// Most words between a posting verb and the notice noun it puts up (``postedNotice(_:sentence:blockIndex:)``:
    /// `a posé | un petit | mot`, `put | up a hand-written | sign`).
    static let postedNoticeGap = 4

    /// `Des riverains ont collé une affiche sur un poteau : « … »`, `Les mairies affichent un petit
    /// mot : « … »`, `Neighbours taped a sign to the tree: "…"`: a sentence whose verb puts up a
    /// notice (``Lexicon/postingVerbs``, or a finite form, ``Lexicon/finitePostingVerbs``) with the
    /// notice noun (``Lexicon/noticeNouns``, after a determiner and at most two modifiers) for its
    /// object, and a colon right before the quotation (the words between only say where:
    /// no verb of saying, no quotation, no comma): the notice's text is the words of the verb's
    /// subject, when that subject can speak (``AttributionRules/colonSubjectSpeaks(_:)``). A
    /// notice received or read (`a reçu un message`) names no verb of posting and no owner here.
    /// - Returns: the evidence, or nil for any other shape.
    private func postedNotice(_ q: Int, sentence: Range<Int>, blockIndex: Int) -> NoticeEvidence? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard q - 1 > sentence.lowerBound, tokens[q - 1].text == ":",
              !tokens[sentence.lowerBound..<(q - 1)].contains(where: { $0.quotationIndex != nil }) else { return nil }
        func posts(_ token: Token) -> Bool {
            token.isWord && !token.isCapitalized && (lexicon.postingVerbs.contains(token.lower) || lexicon.finitePostingVerbs.contains(token.lower))
        }
        guard let verb = (sentence.lowerBound..<(q - 1)).first(where: { v in
            guard v > sentence.lowerBound, posts(tokens[v]) else { return false }
            // The object: a determiner, then the notice noun past at most two modifiers (a verb particle may come first: `put up`).
            var d = v + 1
            if d < q - 1, tokens[d].isWord, lexicon.verbParticles.contains(tokens[d].lower) { d += 1 }
            guard d < q - 1, tokens[d].isWord, lexicon.determiners.contains(tokens[d].lower),
                  let noun = ((d + 1)..<min(q - 1, d + 4)).first(where: { tokens[$0].isWord && lexicon.noticeNouns.contains(tokens[$0].lower) }),
                  noun - v <= Self.postedNoticeGap + 1,
                  ((d + 1)..<noun).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !lexicon.isFunctionWord(tokens[$0].lower) }) else { return false }
            return !((noun + 1)..<(q - 1)).contains(where: { !tokens[$0].isWord || finder.isSpeechVerb(tokens[$0]) })
        }) else { return nil }
        guard let subject = finder.phrase(before: verb, from: sentence.lowerBound, in: block) ?? rules.sentenceSubject(in: sentence.lowerBound..<verb, block: block),
              rules.colonSubjectSpeaks(subject.mention) else { return nil }
        return NoticeEvidence(owner: (trimmed(subject.mention), subject.start, sentence, blockIndex), verb: nil, forcesDirect: true)
    }

    /// The French shape: a notice noun as the subject of the sentence (past an opening
    /// prepositional phrase), the sentence ending in a colon right before the quotation.
    private func colonNotice(_ q: Int, sentence: Range<Int>, blockIndex: Int) -> NoticeEvidence? {
        let tokens = blocks[blockIndex].tokens
        guard q - 1 > sentence.lowerBound, tokens[q - 1].text == ":",
              !tokens[sentence.lowerBound..<(q - 1)].contains(where: { $0.quotationIndex != nil }) else { return nil }
        // The subject opens the sentence or follows a comma (`Sur la grille, un panneau`, `En fin
        // de matinée, devant le dépôt de X, une affiche`).
        let starts = [sentence.lowerBound] + (sentence.lowerBound..<(q - 1)).filter { tokens[$0].text == "," }.map { $0 + 1 }
        guard let start = starts.first(where: { start in
            guard start + 1 < q - 1, tokens[start].isWord, lexicon.determiners.contains(tokens[start].lower) else { return false }
            var noun = start + 1
            if noun + 1 < q, tokens[noun].isWord, !lexicon.noticeNouns.contains(tokens[noun].lower), !tokens[noun].isCapitalized { noun += 1 }
            return tokens[noun].isWord && isSingularNotice(tokens[noun].lower)
        }) else { return nil }
        if let found = owner(in: start..<(q - 1), sentence: sentence, blockIndex: blockIndex) {
            return NoticeEvidence(owner: found, verb: nil, forcesDirect: true)
        }
        // `Sur la page de la chorale, un message publié dimanche … : « … »`: the owner of the page,
        // board or shop the opening prepositional phrase names.
        // (Only for a notice someone posted: `une affiche résume l'humeur` in a shop's window is a slogan.)
        guard start > sentence.lowerBound, tokens[start - 1].text == ",",
              (start..<(q - 1)).contains(where: { tokens[$0].isWord && lexicon.postingVerbs.contains(tokens[$0].lower) }) else { return nil }
        let opening = (starts.last(where: { $0 < start - 1 }) ?? sentence.lowerBound)
        guard tokens[opening].isWord, lexicon.prepositions.contains(tokens[opening].lower),
              let genitive = ((opening + 1)..<min(start - 1, opening + 5)).first(where: { tokens[$0].isWord && lexicon.genitiveWords.contains(tokens[$0].lower) }),
              let place = ((opening + 1)..<genitive).last(where: { tokens[$0].isWord }), lexicon.noticeNouns.contains(tokens[place].lower),
              let found = finder.phrase(after: genitive + 1, limit: start - 1, in: blocks[blockIndex]) else { return nil }
        return NoticeEvidence(owner: (found.mention, genitive + 1, sentence, blockIndex), verb: nil, forcesDirect: true)
    }

    /// The name of two words or more that ends at token `last` (not the sentence's first word), if any.
    private func nameEnding(at last: Int, sentence: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard last > sentence.lowerBound, tokens[last].quotationIndex == nil, finder.isNameWord(tokens[last]) else { return nil }
        var first = last
        while first - 1 > sentence.lowerBound, tokens[first - 1].quotationIndex == nil, finder.isNameWord(tokens[first - 1]) { first -= 1 }
        let words = finder.nameWords(first..<(last + 1), tokens)
        guard words.count >= 2 else { return nil }
        let written = tokens[first...last].map(\.text).joined(separator: " ")
        return (.name(words: words, written: written, gender: "", role: nil), first)
    }

    /// A role phrase without the adverbs that close it (`The X Association now` gives `The X Association`;
    /// `The museum` stays whole).
    private func trimmed(_ mention: Mention) -> Mention {
        guard case .phrase(let text, let gender) = mention else { return mention }
        var words = text.split(separator: " ").map(String.init)
        // (Never down to its determiner: `The museum` stays whole.)
        while words.count > 1, let last = words.last, last == last.lowercased(), words[words.count - 2].first?.isUppercase == true,
              !lexicon.determiners.contains(words[words.count - 2].lowercased()) { words.removeLast() }
        return .phrase(words.joined(separator: " "), gender: gender)
    }

    /// The agent of the written text or notice whose noun is at `noun`: an agent preposition
    /// (``Lexicon/agentPrepositions``) right after the noun (`a letter from X`, `A handwritten
    /// notice from the caretaker, Bill Hoskins, reads`), then the phrase after it up to `limit`,
    /// when it names someone (``AttributionRules/isThing(_:)`` does not hold). With
    /// `pastParticiple`, the preposition may also follow a lowercase participle past the noun
    /// (`The notices, issued by X,`, `Une note envoyée par X`; not a receipt participle, whoever
    /// got hold of the text: `seen by this newspaper`, `obtenue par l'AFP`), and the phrase runs
    /// up to the next comma, colon or quotation only. Used by ``owner(in:sentence:blockIndex:after:)``
    /// and ``writtenSourceEvidence(_:sentence:blockIndex:)``.
    /// - Returns: the agent and its first token, or nil.
    private func textAgent(after noun: Int, limit: Int, pastParticiple: Bool, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        for k in (noun + 1)..<max(noun + 1, limit) where tokens[k].isWord && lexicon.agentPrepositions.contains(tokens[k].lower) {
            guard k == noun + 1 || pastParticiple && tokens[k - 1].isWord && !tokens[k - 1].isCapitalized && !lexicon.determiners.contains(tokens[k - 1].lower)
                    && !lexicon.prepositions.contains(tokens[k - 1].lower) && !lexicon.receiptParticiples.contains(tokens[k - 1].lower) else {
                if pastParticiple { continue } else { return nil }
            }
            let end = pastParticiple ? ((k + 1)..<limit).first(where: { tokens[$0].text == "," || tokens[$0].text == ":" || tokens[$0].quotationIndex != nil }) ?? limit : limit
            guard let agent = finder.phrase(after: k + 1, limit: end, in: block), !rules.isThing(agent.mention) else {
                if pastParticiple { continue } else { return nil }
            }
            return (agent.mention, k + 1)
        }
        return nil
    }

    /// The owner a notice's own phrase gives in `range`: the agent of a posting participle (`put
    /// up by X`, `installé par X`), else a possessive (`her gate`, `its pinned post`, `de sa main`:
    /// the person named last before it in the sentence, else the pronoun's referent; `whose`: the
    /// phrase before its comma; `its`: the subject of the sentence before).
    private func owner(in range: Range<Int>, sentence: Range<Int>, blockIndex: Int, after noun: Int? = nil) -> (mention: Mention, start: Int, sentence: Range<Int>, block: Int)? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        for k in range where k + 1 < range.upperBound && tokens[k].isWord && lexicon.postingVerbs.contains(tokens[k].lower) {
            // (`posted on it by the club`, `put up by X`: a few words may stand before the agent.)
            guard let by = ((k + 1)..<min(range.upperBound, k + 5)).first(where: { tokens[$0].isWord && lexicon.agentPrepositions.contains(tokens[$0].lower) }),
                  !((k + 1)..<by).contains(where: { !tokens[$0].isWord || tokens[$0].isCapitalized }) else { continue }
            // (The agent ends before the main verb: `installé par la mairie le rappelle`.)
            var limit = range.upperBound
            if let verb = ((by + 2)..<max(by + 2, range.upperBound)).first(where: { tokens[$0].isWord && finder.isSpeechVerb(tokens[$0]) }) {
                limit = lexicon.clitics.contains(tokens[verb - 1].lower) ? verb - 1 : verb
            }
            guard by < range.upperBound, tokens[by].isWord, lexicon.agentPrepositions.contains(tokens[by].lower),
                  let agent = finder.phrase(after: by + 1, limit: limit, in: block) else { continue }
            return (agent.mention, by + 1, sentence, blockIndex)
        }
        for k in range where k + 1 < range.upperBound && (lexicon.noticeNouns.contains(tokens[k].lower) || lexicon.writtenTextNouns.contains(tokens[k].lower)) {
            // `A handwritten notice from the caretaker, Bill Hoskins, reads`, `a letter from X`: the agent right after the noun.
            if let agent = textAgent(after: k, limit: range.upperBound, pastParticiple: false, block: block) {
                return (agent.mention, agent.start, sentence, blockIndex)
            }
        }
        for k in range where tokens[k].isWord && tokens[k].quotationIndex == nil && isOwnerWord(tokens[k].lower) && (noun == nil || k > noun! - 3) {
            let word = tokens[k].lower
            if lexicon.possessiveRelativePronouns.contains(word) {
                guard k - 1 > sentence.lowerBound, tokens[k - 1].text == ",", let name = nameEnding(at: k - 2, sentence: sentence, block: block) else { return nil }
                return (name.mention, name.start, sentence, blockIndex)
            }
            if lexicon.impersonalPossessives.contains(word) {
                // (The name the sentence before is about, else its subject.)
                guard let (earlierBlock, previous) = sentenceBefore(rules.sentenceBounds(of: k, in: tokens), blockIndex: blockIndex) else { return nil }
                let earlier = blocks[earlierBlock]
                if let first = previous.first(where: { $0 > previous.lowerBound && earlier.tokens[$0].quotationIndex == nil && finder.isNameWord(earlier.tokens[$0]) }) {
                    var last = first
                    while last + 1 < previous.upperBound, earlier.tokens[last + 1].quotationIndex == nil, finder.isNameWord(earlier.tokens[last + 1]) { last += 1 }
                    if let name = nameEnding(at: last, sentence: previous, block: earlier) { return (name.mention, name.start, previous, earlierBlock) }
                }
                // (`The museum, which draws 6,000 visitors a summer, has closed.`: the phrase before
                // the first comma when a relative clause stands between it and its verb.)
                let relative = previous.first(where: { earlier.tokens[$0].text == "," })
                    .flatMap { comma in comma + 1 < previous.upperBound && finder.opensRelativeClause(at: comma + 1, earlier.tokens) ? comma : nil }
                if let relative, let phrase = finder.phrase(after: previous.lowerBound, limit: relative, in: earlier), phrase.end == relative {
                    return (trimmed(phrase.mention), previous.lowerBound, previous, earlierBlock)
                }
                guard let subject = rules.sentenceSubject(in: previous, block: earlier) else { return nil }
                return (trimmed(subject.mention), subject.start, previous, earlierBlock)
            }
            let gender = lexicon.possessives[word] ?? ""
            if gender == "plural" { return nil }
            if let last = (sentence.lowerBound..<k).last(where: { $0 > sentence.lowerBound && tokens[$0].quotationIndex == nil && finder.isNameWord(tokens[$0]) }),
               let name = nameEnding(at: last, sentence: sentence, block: block) {
                // `devant le dépôt de Moussa X, une affiche écrite de sa main`: the name just before.
                return (name.mention, name.start, sentence, blockIndex)
            }
            return (.pronoun(tokens[k].text, gender: gender), k, sentence, blockIndex)
        }
        return nil
    }
}
