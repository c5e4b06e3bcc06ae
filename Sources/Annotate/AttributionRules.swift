/// The attribution rules of DESIGN.md, "Attribution", applied to one quotation token of a block:
///
/// 2. `cue-after`: a cue after the quotation, with inversion (`», a-t-il dit`, `soupire la maire`,
///    `,” she said`, `", X told reporters`).
/// 3. `colon-before` / `cue-before`: speaker, cue (and colon) before it (`X a déclaré : « … »`,
///    `X said: "…"`, `a promis de « … »`); `participle`: a participle or coordinated cue
///    (`…, ajoutant : « … »`, `et ajouté :`, `adding, "…"`) goes to the subject of the sentence.
/// 4. `according-to`: `selon X`, `d'après X`, `according to X` in the same sentence.
/// 5. `subject-before`: with none of these, a subject right before the opening mark, the verb
///    inside the quotation (`Dans un communiqué, l'agence « salue … »`, `la préfecture a « pris acte … »`).
///
/// Carry-over (rule 4 of DESIGN.md) is applied by the ``Annotator``, which knows the previous speaker.
struct AttributionRules {
    let lexicon: Lexicon
    var finder: SpeakerMentionFinder

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        finder = SpeakerMentionFinder(lexicon: lexicon)
    }

    /// The first and one-past-last token of the sentence holding token `index`.
    func sentenceBounds(of index: Int, in tokens: [Token]) -> Range<Int> {
        let sentence = tokens[index].sentence
        var lower = index, upper = index + 1
        while lower > 0, tokens[lower - 1].sentence == sentence { lower -= 1 }
        while upper < tokens.count, tokens[upper].sentence == sentence { upper += 1 }
        return lower..<upper
    }

    /// How far (in tokens) the rules look from a quotation for a cue, a subject or `selon X`,
    /// so that hostile input with thousands of quotations in one sentence stays linear.
    static let window = 60

    /// Evidence for the quotation at token `q` of the sentence `bounds`, trying the rules in order.
    func evidence(forQuotationAt q: Int, sentence bounds: Range<Int>, in block: BlockText) -> AttributionEvidence? {
        if let after = cueAfter(q, bounds: bounds, block: block) {
            // `She came to it, she says, “sideways” – after a nurse asked her …`: an incise set off
            // by commas right before a quotation that no comma closes is its cue, not a verb further on.
            if opensAfterIncise(q, bounds: bounds, block: block), let before = cueBefore(q, bounds: bounds, block: block), before.mention != nil { return before }
            return textSource(of: after, bounds: bounds, block: block)
        }
        if let signed = signature(q, block: block) { return signed }
        if let words = ownWords(q, bounds: bounds, block: block) { return words }
        if let agent = agentAfterQuotation(q, bounds: bounds, block: block) { return agent }
        let before = cueBefore(q, bounds: bounds, block: block)
        // `Pour cette dernière, le travail de Paule Rocher relève « … »`, `According to the
        // curator, the paintings of Joan Mercer reveal "…"`: a thing someone made or owns says
        // nothing; the one the sentence cites (`selon X`, `according to X`) speaks.
        if let mention = before?.mention, namesAThingOfSomeone(mention),
           let cited = accordingTo(q, bounds: bounds, block: block), cited.mention != nil {
            return textSource(of: cited, bounds: bounds, block: block)
        }
        var found = before ?? accordingTo(q, bounds: bounds, block: block) ?? expectation(q, bounds: bounds, block: block)
        // `X a lancé une campagne contre ces produits, dont plusieurs contiennent, selon lui, des
        // doses « … »`, `said the fire, according to the police, was “…”`: a source preposition
        // between a distant speech verb and the span gives the source of the span's words.
        if let before = found, before.rule == "cue-before", !before.adjacent, let source = accordingTo(q, bounds: bounds, block: block),
           source.mention != nil, let k = source.mentionToken, k < q, block.tokens[k..<q].filter(\.isWord).count < before.distance {
            found = source
        }
        if found?.mention == nil, let subject = subjectBeforeOpening(q, bounds: bounds, block: block) ?? quotedPredicate(q, bounds: bounds, block: block) { return subject }
        if found?.mention == nil, let owner = relativeClauseOwner(q, bounds: bounds, block: block) { return owner }
        return found.map { textSource(of: $0, bounds: bounds, block: block) }
    }

    /// `le prix, jugé « carrément insultant » par l'association des pêcheurs`, `qualifié de « … »
    /// par le collectif`, `the plan, described as "reckless" by the Harbour Trust`, `branded
    /// "insulting" by the union`: a participle of saying or naming right before the quotation
    /// at `q` (a naming particle or genitive word between at most), and right after it an agent
    /// preposition (``Lexicon/agentPrepositions``) and a phrase that can speak (``speaks(_:)``):
    /// the agent's words, not those of the sentence's subject.
    /// - Returns: nil when no such agent follows, or the verb has a subject right before it (a
    ///   name or pronoun: `X a jugé « … » par principe` is X's).
    func agentAfterQuotation(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        let by = q + 1
        guard by + 1 < bounds.upperBound, tokens[by].isWord, lexicon.agentPrepositions.contains(tokens[by].lower) else { return nil }
        var v = q - 1
        while v > bounds.lowerBound, q - v <= 2, tokens[v].isWord,
              lexicon.namingParticles.contains(tokens[v].lower) || lexicon.genitiveWords.contains(tokens[v].lower) { v -= 1 }
        guard v >= bounds.lowerBound, tokens[v].isWord, !tokens[v].isCapitalized,
              finder.isSpeechVerb(tokens[v]) || finder.isNamingVerb(tokens[v]) || finder.isSpeechVerbUse(at: v, tokens) else { return nil }
        if v - 1 >= bounds.lowerBound, tokens[v - 1].isWord, tokens[v - 1].isCapitalized || lexicon.pronouns[tokens[v - 1].lower] != nil { return nil }
        guard let agent = finder.phrase(after: by + 1, limit: bounds.upperBound, in: block), speaks(agent.mention) else { return nil }
        return AttributionEvidence(rule: "cue-before", cue: tokens[v].text, mention: agent.mention, mentionToken: by + 1,
                                   adjacent: true, naming: false, confidence: 0.8)
    }

    /// Whether a mention is a thing of someone's: a determiner, a lowercase noun and a genitive
    /// word (`le travail de Paule Rocher`, `l'œuvre de X`, `the paintings of X`), the noun none
    /// that may stand for people, a group, an office, a relative, a document, a speech or what
    /// carries words (``Lexicon/isPersonNoun(_:)``, ``Lexicon/collectiveNouns``,
    /// ``Lexicon/officeNouns``, ``Lexicon/kinNouns``, ``Lexicon/documentNouns``,
    /// ``Lexicon/speechNouns``, ``Lexicon/carrierNouns``, ``Lexicon/authorNouns``): `la famille de
    /// X`, `le rapport de X` and `the office of X` may speak.
    func namesAThingOfSomeone(_ mention: Mention) -> Bool {
        let words = Lexicon.tokenWords(mention.written)
        guard words.count >= 4, lexicon.determiners.contains(words[0]) || lexicon.definiteArticles.contains(words[0]),
              lexicon.genitiveWords.contains(words[2]) else { return false }
        let noun = words[1]
        // (The noun as written is lowercase: `the Friends of X` is a name.)
        let cased = TextFolding.straightApostrophes(mention.written).split(separator: " ").flatMap { word -> [Substring] in
            guard let apostrophe = word.firstIndex(of: "'"), word.index(after: apostrophe) < word.endIndex else { return [word] }
            return [word[...apostrophe], word[word.index(after: apostrophe)...]]
        }
        guard cased.count == words.count, cased[1].first?.isLowercase == true else { return false }
        return !lexicon.isPersonNoun(noun) && !lexicon.collectiveNouns.contains(noun) && !lexicon.officeNouns.contains(noun)
            && lexicon.kinNouns[noun] == nil && !lexicon.documentNouns.contains(noun) && !lexicon.speechNouns.contains(noun)
            && !lexicon.carrierNouns.contains(noun) && !lexicon.authorNouns.contains(noun) && !lexicon.isTitle(noun)
    }

    /// Whether the quotation at `q` follows an incise of a pronoun and a speech verb set off by
    /// commas (`She came to it, she says, “sideways” – after …`, `Il y est venu, dit-il, « par
    /// hasard »`) and is closed by no comma, inside or outside its marks (`, she says, “…,” he
    /// added` is another speaker's cue after it).
    func opensAfterIncise(_ q: Int, bounds: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard q - 4 >= bounds.lowerBound, tokens[q - 1].text == ",", tokens[q - 4].text == ",", tokens[q - 3].isWord, tokens[q - 2].isWord else { return false }
        let pronounFirst = finder.isSpeechVerb(tokens[q - 2]) && lexicon.pronouns[tokens[q - 3].lower] != nil
        let inverted = tokens[q - 2].isInvertedPronoun && finder.isSpeechVerb(tokens[q - 3])
        guard pronounFirst || inverted else { return false }
        let quoted = tokens[q].range
        let innerComma = quoted.count >= 3 && block.scalars[quoted.upperBound - 2] == ","
        return !innerComma && !(q + 1 < tokens.count && tokens[q + 1].text == ",")
    }

    /// `„…“, heißt es in einer Erklärung der Partei`, `In dem Antrag heißt es: „…“`: with a cue
    /// and an impersonal subject (an unresolvable pronoun) or none, a phrase in the sentence opened by a source
    /// preposition (``Lexicon/sourcePrepositions``) and headed by a speech noun says where the
    /// words stand: its author speaks (`der Partei`), else the text itself (`dem Antrag`).
    /// - Returns: `evidence` with that mention, or `evidence` unchanged.
    func textSource(of evidence: AttributionEvidence, bounds: Range<Int>, block: BlockText) -> AttributionEvidence {
        let tokens = block.tokens
        if case .name? = evidence.mention, let m = evidence.mentionToken,
           let k = (m..<bounds.upperBound).first(where: { tokens[$0].isWord && lexicon.unresolvablePronouns.contains(tokens[$0].lower) && !lexicon.determiners.contains(tokens[$0].lower) }),
           k > m, tokens[k - 1].text == ",", let side = sideSpeaker(before: k, bounds: bounds, block: block), case .phrase = side.mention, side.start <= m {
            // `Du côté des services de l'État, on rappelle que … « … »`: a name inside the side
            // phrase before the impersonal subject is whose unit it is; the side speaks.
            var found = evidence
            found.mention = side.mention
            found.mentionToken = side.start
            return found
        }
        switch evidence.mention {
        case nil, .unresolvable?: break
        default: return evidence
        }
        if case .unresolvable? = evidence.mention, let k = evidence.mentionToken,
           let side = sideSpeaker(before: k, bounds: bounds, block: block) ?? earlierSide(of: k, bounds: bounds, block: block) {
            var found = evidence
            found.mention = side.mention
            found.mentionToken = side.start
            found.confidence = 0.7
            return found
        }
        guard !lexicon.sourcePrepositions.isEmpty, evidence.cue != nil else { return evidence }
        for start in bounds where start + 1 < bounds.upperBound && tokens[start].isWord && lexicon.sourcePrepositions.contains(tokens[start].lower) {
            guard let phrase = finder.phrase(after: start + 1, limit: bounds.upperBound, in: block), case .phrase(let text, _) = phrase.mention,
                  Lexicon.tokenWords(text).contains(where: lexicon.isSpeechNoun) else { continue }
            var found = evidence
            if let author = finder.authorOfSpeechNoun(in: (start + 1)..<phrase.end, of: block, first: true) {
                found.mention = author.mention
                found.mentionToken = author.start
            } else if evidence.mention == nil, let issuer = issuerOfSourcePhrase(at: start, end: phrase.end, bounds: bounds, block: block) {
                // `Dans un communiqué publié mercredi, le syndicat a appelé …`, `L'association X, qui
                // milite …, dénonce dans un communiqué …`: the text names no author; the clause's subject issued it.
                found.mention = issuer.mention
                found.mentionToken = issuer.start
            } else {
                found.mention = phrase.mention
                found.mentionToken = start + 1
            }
            found.confidence = 0.7
            return found
        }
        return evidence
    }

    /// The subject of the clause in which a source phrase (``Lexicon/sourcePrepositions``) headed
    /// by a speech noun with no author stands, when the other rules found none: the phrase right
    /// after the comma that closes a source phrase opening the sentence (`Dans un communiqué publié
    /// mercredi, le Syndicat des taxis de Brelac (STB) a appelé …`, `In a letter released on
    /// Monday, the club thanked …`), or the phrase that opens the sentence before a relative
    /// clause set off by commas (`L'association X, qui milite pour …, dénonce dans un communiqué
    /// une « … »`). The preposition is at token `start`, its phrase ends before `end`.
    /// - Returns: the subject and its first token when it is a name, a phrase that ``speaks(_:)``
    ///   or a personal pronoun of known gender; else nil (the text itself is then the mention).
    func issuerOfSourcePhrase(at start: Int, end: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var found: (mention: Mention, start: Int)?
        if start == bounds.lowerBound {
            guard let comma = (end..<bounds.upperBound).first(where: { tokens[$0].text == "," || tokens[$0].quotationIndex != nil }),
                  tokens[comma].text == ",", comma + 1 < bounds.upperBound, tokens[comma + 1].isWord,
                  let phrase = finder.phrase(after: comma + 1, limit: min(bounds.upperBound, comma + 1 + Self.window), in: block) else { return nil }
            // (The subject right after the comma: `…, le syndicat`, `…, il`; not a phrase further on.)
            var first = comma + 1
            while first < phrase.end, tokens[first].isWord, lexicon.determiners.contains(tokens[first].lower) { first += 1 }
            guard first < phrase.end, tokens[first].isWord, !lexicon.prepositions.contains(tokens[comma + 1].lower) else { return nil }
            found = (phrase.mention, comma + 1)
        } else {
            guard tokens[bounds.lowerBound].isWord, !lexicon.prepositions.contains(tokens[bounds.lowerBound].lower),
                  let comma = (bounds.lowerBound..<start).first(where: { !tokens[$0].isWord }), tokens[comma].text == ",",
                  comma + 1 < start, tokens[comma + 1].isWord, lexicon.relativePronouns.contains(tokens[comma + 1].lower),
                  let phrase = finder.phrase(after: bounds.lowerBound, limit: comma, in: block), phrase.end == comma else { return nil }
            found = (phrase.mention, bounds.lowerBound)
        }
        guard let subject = found, colonSubjectSpeaks(subject.mention) else { return nil }
        if case .phrase(let text, _) = subject.mention, Lexicon.tokenWords(text).contains(where: lexicon.isSpeechNoun) { return nil }
        return subject
    }

    /// `Du côté de l'entreprise exploitante, Vendrelle Énergie, on se félicite …`, `Chez Transmar,
    /// on juge …`: a sentence opening with a side phrase (``Lexicon/sidePhrases``), then an
    /// organisation or group and a comma right before the impersonal subject at `k`, says whose
    /// side speaks: a name in that stretch, else a phrase that names a speaker (`Chez les
    /// riverains, on …`). A preposition of ``Lexicon/organisationSidePhrases`` frames a side only
    /// before an organisation or office noun (`Au Syndicat des guides, on parle de …`, not `Au
    /// Brésil, on …`), and also right after the subject, to the sentence's end (`« … »,
    /// précise-t-on dans l'entourage du recteur`).
    func sideSpeaker(before k: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        let start = bounds.lowerBound
        guard k < bounds.upperBound else { return nil }
        func opens(_ phrase: [String], at i: Int) -> Bool {
            i + phrase.count < bounds.upperBound
                && (0..<phrase.count).allSatisfy({ tokens[i + $0].isWord && TextFolding.straightApostrophes(tokens[i + $0].lower) == phrase[$0] })
        }
        func framesOrganisation(_ segment: Range<Int>) -> Bool {
            segment.contains(where: { tokens[$0].isWord && (lexicon.organisationNouns.contains(tokens[$0].lower) || lexicon.officeNouns.contains(tokens[$0].lower)) })
        }
        // `… et l'on assure …` after `Chez Orvalis, on se dit …`: a second impersonal subject
        // joined by a conjunction speaks for the side the first one did.
        let elided = k > start && ["l'", "l’"].contains(tokens[k - 1].lower)
        let joinedAt = elided ? k - 2 : k - 1
        if joinedAt > start, tokens[joinedAt].isWord, lexicon.coordinators.contains(tokens[joinedAt].lower),
           let first = (start..<joinedAt).last(where: { tokens[$0].isWord && tokens[$0].lower == tokens[k].lower }) {
            return sideSpeaker(before: first, bounds: bounds, block: block)
        }
        // `Une demande transmise au conseil régional, où l'on assure « … »`, `… chez Orvalis, où
        // l'on juge …`: an impersonal subject of a relative clause opened by a pronoun of place
        // (``Lexicon/placeRelativePronouns``) right after the organisation a side phrase reaches
        // speaks for it (`au Brésil, où l'on dit …` names no organisation and no one).
        if joinedAt - 1 > start, tokens[joinedAt].isWord, lexicon.placeRelativePronouns.contains(tokens[joinedAt].lower), tokens[joinedAt - 1].text == "," {
            let end = joinedAt - 1
            for i in stride(from: end - 2, through: start, by: -1) {
                if let phrase = lexicon.organisationSidePhrases.first(where: { opens($0, at: i) && i + $0.count < end }) {
                    let segment = (i + phrase.count)..<end
                    guard framesOrganisation(segment) || segment.count == 1 && finder.isAcronym(tokens[segment.lowerBound]) else { return nil }
                    return organisationSide(segment, preposition: i, block: block)
                }
                if let phrase = lexicon.sidePhrases.first(where: { opens($0, at: i) && i + $0.count < end }) {
                    return sideMention(in: (i + phrase.count)..<end, block: block)
                }
                // (The side phrase opens the stretch the relative clause follows: no verb between.)
                if finder.isSpeechVerb(tokens[i]) || !tokens[i].isWord && tokens[i].text != "-" && tokens[i].text != "'" && tokens[i].text != "’" { break }
            }
        }
        if k - 2 > start, tokens[k - 1].text == "," {
            for (phrase, organisation) in lexicon.sidePhrases.map({ ($0, false) }) + lexicon.organisationSidePhrases.map({ ($0, true) })
            where start + phrase.count < k - 1 && opens(phrase, at: start) {
                // `Du côté de l'enseigne X, qui exploite deux magasins dans la commune, on …`: a
                // relative clause after a comma describes the side; its words name no side.
                let open = start + phrase.count
                let relative = (open + 1..<(k - 1)).first { tokens[$0 - 1].text == "," && finder.opensRelativeClause(at: $0, tokens) }
                let segment = open..<((relative.map { $0 - 1 }) ?? (k - 1))
                // `Du côté de la Société des eaux de Lormont (SEL), on …`: the acronym in brackets
                // closing the stretch names the organisation just named (its definition makes it an alias).
                if segment.count > 3, let acronym = finder.bracketedAcronym(at: segment.upperBound - 3, tokens) {
                    return (.name(words: [tokens[acronym].text], written: tokens[acronym].text, gender: "", role: nil), acronym)
                }
                if organisation {
                    // `Au cabinet de la ministre, Line Dorval, on …`: a name in apposition to the
                    // office's holder is no side of its own; the office before the comma speaks.
                    let office = segment.lowerBound..<(segment.first { tokens[$0].text == "," } ?? segment.upperBound)
                    if framesOrganisation(office), let side = organisationSide(office, preposition: start, block: block) { return side }
                    continue
                }
                if let side = sideMention(in: segment, block: block) { return side }
            }
        }
        // `précise-t-on dans l'entourage du préfet`, `indique-t-on au cabinet du maire`, and an
        // acronym alone (`ajoute-t-on au SRE`), which names an organisation.
        // (`fait-on valoir chez X`: over the infinitive of a two-word verb.)
        var after = k + 1
        if after + 1 < bounds.upperBound, tokens[after].isWord, !tokens[after].isCapitalized, !lexicon.isFunctionWord(tokens[after].lower),
           !(lexicon.organisationSidePhrases + lexicon.sidePhrases).contains(where: { opens($0, at: after) }) { after += 1 }
        for phrase in lexicon.organisationSidePhrases where opens(phrase, at: after) {
            let open = after + phrase.count
            let end = (open..<bounds.upperBound).first(where: { !tokens[$0].isWord }) ?? bounds.upperBound
            let segment = open..<end
            // (`précise-t-on au collège`: a building that is also an institution
            // (``Lexicon/institutionNouns``) right after the preposition is the side whose people
            // speak, with the name it may have; `dit-on au village` names no one.)
            if tokens[open].isWord, !tokens[open].isCapitalized, lexicon.institutionNouns.contains(tokens[open].lower),
               !framesOrganisation(segment), segment.dropFirst().allSatisfy({ tokens[$0].isCapitalized || lexicon.nameInternalWords.contains(tokens[$0].lower) }) {
                return (.phrase(block.text(tokens: segment), gender: ""), open)
            }
            guard !segment.isEmpty, framesOrganisation(segment) || segment.count == 1 && finder.isAcronym(tokens[open]) else { continue }
            if let side = organisationSide(segment, preposition: after, block: block) { return side }
        }
        // `fait-on valoir chez Brunel Frères`, `explique-t-on du côté de la Régie des quais`: a
        // side phrase right after the subject, then a name, to the sentence's end or a punctuation.
        for phrase in lexicon.sidePhrases where opens(phrase, at: after) {
            let open = after + phrase.count
            let end = (open..<bounds.upperBound).first(where: { !tokens[$0].isWord }) ?? bounds.upperBound
            guard open < end else { continue }
            if let name = finder.names(in: open..<end, of: block).first { return (name, open) }
            // `précise-t-on chez Autoroutes du Massif.`: a stretch of capitalised words written apart
            // (name-internal words between) is the side's name, even one closed by a noun of a
            // natural place, which alone names no one. One word, or words joined by hyphens, is a
            // side only after an article (`assure-t-on du côté des Hospices, où …`); else it may be
            // a place or a given name (`confie-t-on du côté de Brassac-les-Mines, où …`, `lâche-t-on
            // chez Lucien, le café d'en face`): no side then.
            let written = block.text(tokens: open..<end)
            let afterArticle = phrase.last.map { lexicon.definiteArticles.contains($0) } ?? false
            if tokens[open].isCapitalized, tokens[end - 1].isCapitalized, written.contains(" ") || afterArticle,
               (open..<end).allSatisfy({ tokens[$0].isCapitalized || lexicon.nameInternalWords.contains(tokens[$0].lower) }) {
                let words = (open..<end).map { tokens[$0].text }
                return (.name(words: words, written: written, gender: "", role: nil), open)
            }
        }
        return nil
    }

    /// `Au ministère des Routes, on suit la situation « … », assure-t-on`, `À la chambre des
    /// métiers, on se veut rassurant. « … », assure-t-on.`: an impersonal subject that can be
    /// inverted (an unresolvable pronoun of ``Lexicon/inversionPronouns``, `on`) and has no side
    /// of its own speaks for the side an earlier one spoke for (``sideSpeaker(before:bounds:block:)``):
    /// the one before it in its sentence, else the last one with a side in the sentence before it
    /// in the paragraph.
    /// - Returns: that side, or nil when the earlier subject had none (`On se tait. « … », dit-on.`).
    func earlierSide(of k: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        let word = tokens[k].lower
        guard tokens[k].isWord, lexicon.inversionPronouns.contains(word), lexicon.unresolvablePronouns.contains(word) else { return nil }
        func isSubject(_ i: Int) -> Bool { tokens[i].isWord && tokens[i].lower == word }
        if let first = (bounds.lowerBound..<k).last(where: isSubject) {
            return sideSpeaker(before: first, bounds: bounds, block: block)
        }
        guard bounds.lowerBound > 0 else { return nil }
        let previous = sentenceBounds(of: bounds.lowerBound - 1, in: tokens)
        for first in previous.reversed() where isSubject(first) {
            if let side = sideSpeaker(before: first, bounds: previous, block: block) { return side }
        }
        return nil
    }

    /// The organisation or office an ``Lexicon/organisationSidePhrases`` preposition at
    /// `preposition` frames: a capitalised stretch is its name (`Au Syndicat des guides de
    /// montagne`); else the phrase from the article the preposition holds (`à la mairie de
    /// Brunstein` → `la mairie de Brunstein`, not the place), when it names a speaker.
    private func organisationSide(_ segment: Range<Int>, preposition: Int, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        if tokens[segment.lowerBound].isCapitalized {
            let words = segment.filter { tokens[$0].isWord }.map { tokens[$0].text }
            return (.name(words: words, written: block.text(tokens: segment), gender: "", role: nil), segment.lowerBound)
        }
        guard let named = finder.phrase(after: preposition + 1, limit: segment.upperBound, in: block), case .phrase(let text, _) = named.mention,
              finder.namesSpeaker(text) else { return nil }
        return (named.mention, preposition + 1)
    }

    /// Whose side a side phrase's stretch names (``sideSpeaker(before:bounds:block:)``): a name in
    /// it, a name closing it (`Chez le transporteur Transmar`), else a phrase naming a speaker.
    private func sideMention(in segment: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        // `Du côté de la Commission des ports, on …`: a capitalised organisation noun after the
        // article opens the organisation's name, which runs to the stretch's end.
        var open = segment.lowerBound
        if open + 1 < segment.upperBound, tokens[open].isWord, lexicon.determiners.contains(tokens[open].lower) || tokens[open].lower == "l'" { open += 1 }
        if open < segment.upperBound, tokens[open].isWord, tokens[open].isCapitalized, lexicon.organisationNouns.contains(tokens[open].lower),
           (open..<segment.upperBound).allSatisfy({ tokens[$0].isWord }) {
            let words = (open..<segment.upperBound).map { tokens[$0].text }
            return (.name(words: words, written: block.text(tokens: open..<segment.upperBound), gender: "", role: nil), open)
        }
        // `Du côté des services de l'État, on …`, `Chez les avocats de Paul Roy, on …`: a lowercase
        // noun after the article, then its complement, heads the side when the phrase names a
        // speaker (``SpeakerMentionFinder/namesSpeaker(_:)``); a name in that complement is whose
        // unit it is, not who speaks. (`Chez le transporteur Transmar`: a name
        // in apposition to the noun, with no complement word between, is the side.)
        if open + 2 < segment.upperBound, tokens[open].isWord, !tokens[open].isCapitalized,
           !lexicon.isFunctionWord(tokens[open].lower), lexicon.genitiveWords.contains(TextFolding.straightApostrophes(tokens[open + 1].lower)),
           (open..<segment.upperBound).allSatisfy({ tokens[$0].isWord || tokens[$0].text == "-" }),
           ((open + 2)..<segment.upperBound).contains(where: { finder.isNameWord(tokens[$0]) }), finder.namesSpeaker(block.text(tokens: segment)) {
            return (.phrase(block.text(tokens: segment), gender: ""), segment.lowerBound)
        }
        if let name = finder.names(in: segment, of: block).first { return (name, segment.lowerBound) }
        // (`Chez Transmar, on …`, `Chez le transporteur Transmar, on …`: a name closing the stretch,
        // written with the words before it, which may be words of its name: `Du côté de la zone de
        // police Marlière-Nord, on …`, ``Lexicon/institutionNameHeads``.)
        for i in segment where finder.isNameWord(tokens[i]) && finder.nameRun(from: i, tokens, limit: segment.upperBound).upperBound == segment.upperBound {
            guard let found = finder.classify(i..<segment.upperBound, in: block) else { break }
            if case .name(let words, _, let gender, let role) = found {
                return (.name(words: words, written: block.text(tokens: segment), gender: gender, role: role), i)
            }
            return (found, i)
        }
        if let named = finder.phrase(after: segment.lowerBound, limit: segment.upperBound, in: block), case .phrase(let text, _) = named.mention,
           finder.namesSpeaker(text) {
            return (named.mention, segment.lowerBound)
        }
        return nil
    }

    /// `Dans un communiqué, l'agence « salue l'engagement des équipes »`, `la préfecture du
    /// Haut-Val a « pris acte des résultats »`: a quotation that opens with a lowercase word (the
    /// verb inside it), right after a subject at the head of its clause (the sentence's start or a
    /// comma before it; only auxiliaries and adverbs between), is that subject's words. The
    /// subject must be able to speak: a name, or a phrase with a role or organisation noun
    /// (`la réforme « va dans le bon sens »` names no one).
    func subjectBeforeOpening(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        guard q > bounds.lowerBound, tokens[q - 1].isWord || q - 4 >= bounds.lowerBound && finder.bracketedAcronym(at: q - 3, tokens) != nil,
              opensWithVerb(tokens[q]), let subject = finder.phrase(before: q, from: bounds.lowerBound, in: block),
              subject.start == bounds.lowerBound || tokens[subject.start - 1].text == "," else { return nil }
        // The words between the subject and the mark are auxiliaries and adverbs only, so the
        // subject's last word is a name, a role or an organisation noun (not `le syndicat appelle à
        // une journée « … »`, where a verb the lexicon does not know came between).
        guard !(subject.start..<q).contains(where: { finder.isSpeechVerb(tokens[$0]) || finder.isNamingVerb(tokens[$0]) }) else { return nil }
        // `l'office de tourisme (ODT) « salue … »`: the acronym after the name is stepped over.
        var last = tokens[q - 1].isWord ? q - 1 : q - 4
        while last > subject.start, finder.isSkippable(tokens[last]) { last -= 1 }
        let organisationName = !tokens[q - 1].isWord && finder.organisationName(in: subject.start..<(last + 1), of: block) != nil
        // `Dans un communiqué, elle « condamne … »`: a pronoun right before the mark is the subject
        // too (not one that may be a determiner: `Diese „…“ Schnecken`).
        let pronoun = last == subject.start && lexicon.pronouns[tokens[last].lower] != nil && !lexicon.determiners.contains(tokens[last].lower)
        guard organisationName || pronoun || finder.isNameWord(tokens[last]) || finder.isTitle(tokens[last]) || lexicon.organisationNouns.contains(tokens[last].lower) else { return nil }
        // (The quotation opens with its verb, ``opensWithVerb(_:)``: `sei „nicht …“` does not.)
        switch subject.mention {
        case .name:
            // A name and its article only, no lowercase word between (`Ihr Abstand … betrug zu
            // diesem Zeitpunkt „nur“` is no name where every noun is capitalised).
            guard organisationName || (subject.start...last).allSatisfy({ !tokens[$0].isWord || tokens[$0].isCapitalized || lexicon.isFunctionWord(tokens[$0].lower)
                || lexicon.nameInternalWords.contains(tokens[$0].lower) || lexicon.organisationNouns.contains(tokens[$0].lower) || finder.isTitle(tokens[$0]) }) else { return nil }
        case .phrase(let text, _) where describesSpeaker(text): break
        case .pronoun where pronoun: break
        default: return nil
        }
        return AttributionEvidence(rule: "subject-before", cue: nil, mention: subject.mention, mentionToken: subject.start, adjacent: true, confidence: 0.7)
    }

    /// Whether a quotation token opens with a lowercase word that can be its verb: no function
    /// word, elision, negation or adverb (`sei „nicht …“`, `a « du plomb dans l'aile »`).
    func opensWithVerb(_ quotation: Token) -> Bool {
        guard let first = quotation.text.unicodeScalars.first(where: { $0.properties.isAlphabetic }), first.properties.isLowercase else { return false }
        let firstWord = quotation.text.drop { !$0.isLetter }.prefix { $0.isLetter }.lowercased()
        return !lexicon.isFunctionWord(firstWord) && !lexicon.elisions.contains(firstWord + "'") && !lexicon.negations.contains(firstWord)
            && !lexicon.adverbs.contains(firstWord)
    }

    /// `Le parti Avenir commun, dont Paul Mérel est membre, a « pris acte » de la décision`, `The
    /// party, which he co-founded, has “taken note” of the ruling`: a quotation right after a
    /// finite auxiliary, opening with its verb (``opensWithVerb(_:)``), is the predicate of the
    /// clause, the words of its subject: the phrase before a relative clause set off by commas
    /// (``subjectPastRelativeClause(in:block:)``), else the phrase right before the auxiliary at the
    /// head of its clause, when it can speak (``speaks(_:)``).
    func quotedPredicate(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        guard q - 1 > bounds.lowerBound, tokens[q - 1].isWord, lexicon.auxiliaries.contains(tokens[q - 1].lower), opensWithVerb(tokens[q]),
              !(bounds.lowerBound..<q).contains(where: { tokens[$0].quotationIndex != nil || finder.isSpeechVerb(tokens[$0]) || finder.isNamingVerb(tokens[$0]) }),
              let subject = subjectPastRelativeClause(in: bounds.lowerBound..<q, block: block) ?? finder.phrase(before: q - 1, from: bounds.lowerBound, in: block),
              subject.start == bounds.lowerBound || tokens[subject.start - 1].text == ",", speaks(subject.mention) else { return nil }
        return AttributionEvidence(rule: "subject-before", cue: nil, mention: subject.mention, mentionToken: subject.start, adjacent: true, confidence: 0.7)
    }

    /// `La maire, Anne Roy, a suspendu le contrat « jusqu'à nouvel ordre ».`, `Elle recommande aux
    /// parents de consulter « au moindre doute ».`, `The mayor suspended the contract "until further
    /// notice".`: a short span (at most six words, no sentence punctuation) opening in lower case
    /// with a preposition that is no genitive one (`de`, `of` complement a noun: `un joueur « de
    /// haut niveau »`), closing its sentence, is an adverbial its subject chose: the subject's
    /// words, when the subject can speak (``subjectOwning(_:bounds:block:)``). A thing as subject (`Le chantier avance « à petits pas »`) gives none.
    /// (Also one right before the verb's object, a determiner opening it: `a annoncé qu'elle
    /// suspendait « jusqu'à nouvel ordre » ses achats`.)
    func closingAdverbial(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        guard isAdverbial(q, bounds: bounds, block: block) else { return nil }
        return subjectOwning(q, bounds: bounds, block: block)
    }

    /// Whether the span at token `q` is an adverbial in the shape ``closingAdverbial(_:bounds:block:)``
    /// takes (a short lowercase span opening with a preposition that is no genitive one, closing
    /// its sentence or right before a determiner), whoever owns it.
    func isAdverbial(_ q: Int, bounds: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        let next = ((q + 1)..<bounds.upperBound).first { tokens[$0].isWord || tokens[$0].quotationIndex != nil || [",", ";", ":", "("].contains(tokens[$0].text) }
        // (Mid-sentence, a verb stands right before it: not `les trains « à agent seul » des …`.)
        guard next.map({ tokens[$0].isWord && lexicon.determiners.contains(tokens[$0].lower) && q > bounds.lowerBound
                && tokens[q - 1].isWord && !lexicon.isFunctionWord(tokens[q - 1].lower) }) ?? true else { return false }
        let inner = String(tokens[q].text.drop { !$0.isLetter })
        guard let first = inner.unicodeScalars.first, first.properties.isLowercase,
              !inner.contains(where: { ".!?…:;".contains($0) }) else { return false }
        let words = Lexicon.tokenWords(inner.filter { $0.isLetter || $0 == " " || $0 == "'" || $0 == "’" || $0 == "-" })
        guard words.count >= 2, words.count <= 7 else { return false }
        // `jusqu'à`: an elision then a preposition.
        let head = lexicon.elisions.contains(words[0]) && !lexicon.prepositions.contains(words[0]) ? words[1] : words[0]
        return lexicon.prepositions.contains(head) && !lexicon.genitiveWords.contains(head) && !modifiesNounComplement(q, bounds: bounds, tokens)
    }

    /// Whether the span at token `q` follows the noun of a genitive complement, which it modifies
    /// (`la généralisation des trains « à agent seul »`, `the spread of trains "without
    /// guards"`, `l'ouverture d'une maison « sans frontières »`): a noun (at most three lowercase
    /// words that are no function word) right before it, after a genitive word (``Lexicon/genitiveWords``)
    /// and perhaps a determiner, itself after a noun that a determiner or possessive opens. A span
    /// after the verb's own object (`would publish its own review "in due course"`, `a promis des
    /// réformes « sans délai »`: `des` after a verb is an article) is no part of a noun phrase.
    func modifiesNounComplement(_ q: Int, bounds: Range<Int>, _ tokens: [Token]) -> Bool {
        func isContentWord(_ k: Int) -> Bool {
            tokens[k].isWord && !tokens[k].isCapitalized && !lexicon.isFunctionWord(tokens[k].lower) && tokens[k].quotationIndex == nil
        }
        var k = q - 1
        while k >= bounds.lowerBound, q - k <= 3, isContentWord(k) { k -= 1 }
        guard k < q - 1, k >= bounds.lowerBound, tokens[k].isWord else { return false }
        if lexicon.determiners.contains(tokens[k].lower), !lexicon.genitiveWords.contains(tokens[k].lower) { k -= 1 }
        guard k - 2 >= bounds.lowerBound, tokens[k].isWord, lexicon.genitiveWords.contains(tokens[k].lower), isContentWord(k - 1),
              !finder.isSpeechVerbUse(at: k - 1, tokens) else { return false }
        // (Not a clitic after a subject pronoun, a determiner in form only: `Elle leur recommande de consulter « au moindre
        // doute »` has a verb and an infinitive there.)
        let opener = tokens[k - 2]
        let afterPronoun = k - 3 >= bounds.lowerBound && tokens[k - 3].isWord && lexicon.pronouns[tokens[k - 3].lower] != nil
        return opener.isWord && !(lexicon.clitics.contains(opener.lower) && afterPronoun)
            && (lexicon.determiners.contains(opener.lower) || lexicon.possessives[opener.lower] != nil || opener.lower == "l'" || opener.lower == "l’")
    }

    /// Who gives the name in a span right after a naming verb (`call`, `dub`, `appeler`,
    /// ``Lexicon/ratingVerbs``, ``Lexicon/labellingVerbs``), at most four words before the span
    /// with only words between (its object, an adverb, a particle: `calling this season “…”`,
    /// `appelle déjà le « … »`, `refer to as “…”`).
    /// - Returns: `.generic` when the verb's subject stands for people in general or an unnamed
    ///   crowd (``Lexicon/genericNamingSubjects``, `on`, a bare plural `locals`, a possessive and a
    ///   plural or crowd noun `her drivers`, `son équipe`, a generic article and a plural `les
    ///   anciens`): the name in use, no one's words. `.specific` when the subject is a name or a
    ///   gendered personal pronoun (`what she calls “…”`). Nil when there is no naming verb or the
    ///   subject is neither (`the judges`, `it`).
    func namingSubject(_ q: Int, bounds: Range<Int>, block: BlockText) -> NamingSubject? {
        let tokens = block.tokens
        // (Not a verb that describes: `judges described the run as “textbook”` is their verdict.)
        func isVerb(_ token: Token) -> Bool {
            (finder.isNamingVerb(token) || lexicon.presentNamingForms.contains(token.lower) || lexicon.ratingVerbs.contains(token.lower)
                || lexicon.labellingVerbs.contains(token.lower)) && !lexicon.describingVerbs.contains(token.lower)
        }
        // `les pêcheurs parlent d'une « … »`, `Hillwalkers often spoke about the “…”`: a verb of
        // talking about, with only its topic preposition (and a determiner) before the span.
        func isTopicVerb(_ k: Int) -> Bool {
            lexicon.topicVerbs.contains(tokens[k].lower) && ((k + 1)..<q).allSatisfy { i in
                lexicon.prepositions.contains(tokens[i].lower) || lexicon.determiners.contains(tokens[i].lower) || lexicon.elisions.contains(tokens[i].lower)
                    || lexicon.isAdverbLike(tokens[i].lower)
            } && ((k + 1)..<q).contains { lexicon.prepositions.contains(tokens[$0].lower) || lexicon.elisions.contains(tokens[$0].lower) }
        }
        guard let v = (max(bounds.lowerBound, q - 5)..<q).last(where: { tokens[$0].isWord && (isVerb(tokens[$0]) || isTopicVerb($0)) }),
              ((v + 1)..<q).allSatisfy({ tokens[$0].isWord && !finder.isSpeechVerb(tokens[$0]) }) else { return nil }
        let topic = !isVerb(tokens[v])
        // `Kit Roy fired back, calling the backlash “…”`: a participle after a comma has its subject
        // in the clause before, a speaker the other rules find.
        if v - 1 >= bounds.lowerBound, tokens[v - 1].text == ",", lexicon.presentParticipleEndings.contains(where: { tokens[v].lower.hasSuffix($0) }) { return nil }
        // Back over auxiliaries, adverbs, clitics, aspect words and one insertion in commas.
        var j = v - 1
        var insertions = 0
        while j >= bounds.lowerBound {
            let token = tokens[j]
            if token.isWord, lexicon.auxiliaries.contains(token.lower) || lexicon.isAdverbLike(token.lower) || lexicon.clitics.contains(token.lower)
                || lexicon.aspectWords.contains(token.lower) { j -= 1; continue }
            if token.text == ",", insertions == 0, let open = (max(bounds.lowerBound, j - 6)..<j).last(where: { tokens[$0].text == "," }) {
                insertions += 1
                j = open - 1
                continue
            }
            break
        }
        // The subject: words back to a clause opener, at most five.
        func opens(_ token: Token) -> Bool {
            lexicon.relativePronouns.contains(token.lower) || lexicon.complementizers.contains(token.lower) || lexicon.coordinators.contains(token.lower)
                || lexicon.unresolvablePronouns.contains(token.lower) && !lexicon.genericNamingSubjects.contains(token.lower)
                || finder.isSpeechVerb(token)
        }
        var s = j
        while s >= bounds.lowerBound, j - s < 5, tokens[s].isWord, !opens(tokens[s]) { s -= 1 }
        guard s < j else { return nil }
        let phrase = Array(tokens[(s + 1)...j])
        let words = phrase.map(\.lower)
        // (Only a crowd named by a noun talks about a term; `on nous a parlé d'« … »` may be anyone's words.)
        if topic, words.count == 1, lexicon.unresolvablePronouns.contains(words[0]) || lexicon.pronouns[words[0]] != nil { return nil }
        if lexicon.genericNamingSubjects.contains(words.joined(separator: " ")) { return .generic }
        // The head: the last word before a preposition (`Regulars at the market`).
        let headIndex = (words.firstIndex(where: { lexicon.prepositions.contains($0) || lexicon.genitiveWords.contains($0) }) ?? words.count) - 1
        guard headIndex >= 0 else { return nil }
        // A capital past the sentence's first word, up to the head, is a name.
        if (0...headIndex).contains(where: { phrase[$0].isCapitalized && s + 1 + $0 > bounds.lowerBound }) { return topic ? nil : .specific }
        if headIndex == 0, let gender = lexicon.pronouns[words[0]], gender == "m" || gender == "f" { return topic ? nil : .specific }
        let head = words[headIndex]
        let plural = head.count > 3 && lexicon.pluralEndings.contains { ending in
            head.hasSuffix(String(ending.prefix { $0 != "=" }))
        }
        let first = words[0]
        if headIndex == 0 {
            return lexicon.genericSubjects.contains(head) || lexicon.staffNouns.contains(head) || plural ? .generic : nil
        }
        let possessive = lexicon.possessives[first] != nil || lexicon.impersonalPossessives.contains(first)
        if possessive, plural || lexicon.staffNouns.contains(head) || lexicon.genericNamingSubjects.contains(head) { return .generic }
        if lexicon.genericArticles.contains(first), plural { return .generic }
        // `Local fishermen`: an adjective and a plural noun, no determiner.
        if headIndex == 1, plural, !lexicon.determiners.contains(first), !lexicon.isFunctionWord(first) { return .generic }
        return nil
    }

    /// `Among the crowd was Ada Quist, 74, who has come "every single week" since 1990`: a short
    /// fragment opening in lower case (not right after a determiner: `who runs the "green hub"`),
    /// with no sentence punctuation, inside a relative clause set off by a comma whose subject is
    /// the relative pronoun (a lowercase word that is no pronoun or determiner after it; not
    /// `which she expected to keep "…"`), with no other punctuation and no speech verb between
    /// the relative pronoun and the span (at most ten words), is the words of the antecedent,
    /// when that is a name (`the smoke, which was "fog-like"` describes a thing). Not in a
    /// verb-second language, whose relative clauses put their verb after the span (`die als
    /// „…“ beschrieben wurden`).
    func relativeClauseOwner(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        guard !lexicon.verbSecond, q - 1 > bounds.lowerBound, tokens[q - 1].isWord, !lexicon.determiners.contains(tokens[q - 1].lower),
              let first = tokens[q].text.unicodeScalars.first(where: { $0.properties.isAlphabetic }), first.properties.isLowercase,
              !tokens[q].text.contains(where: { [".", "!", "?", "…"].contains($0) }), tokens[q].text.split(separator: " ").count <= 8 else { return nil }
        var r = q - 1
        while r > bounds.lowerBound, q - r <= 10, tokens[r].isWord, !finder.isSpeechVerb(tokens[r]), !finder.isNamingVerb(tokens[r]) {
            if tokens[r - 1].text == ",", finder.opensRelativeClause(at: r, tokens), !lexicon.complementizers.contains(tokens[r].lower) {
                // The relative pronoun is the clause's subject (`which she expected to keep` has one of its own).
                let next = tokens[r + 1]
                guard next.isWord, !next.isCapitalized, lexicon.pronouns[next.lower] == nil, !lexicon.unresolvablePronouns.contains(next.lower),
                      !lexicon.determiners.contains(next.lower) else { return nil }
                // `Ada Quist, 74, who`: past an age set off by commas.
                var end = r - 1
                if end > bounds.lowerBound + 1, let age = ((bounds.lowerBound + 1)..<end).last(where: { tokens[$0].text == "," }), end - age <= 3, finder.isAge(tokens[(age + 1)..<end]) { end = age }
                guard let owner = antecedent(before: end, from: bounds.lowerBound, in: block), case .name = owner.mention else { return nil }
                return AttributionEvidence(rule: "subject-before", cue: nil, mention: owner.mention, mentionToken: owner.start, adjacent: true, confidence: 0.6)
            }
            r -= 1
        }
        return nil
    }

    /// `La coopérative des Maraîchers du Lac, qui regroupe 60 exploitants, a chiffré les dégâts à
    /// « près de la moitié des serres »`, `The tenants' association welcomed "a real step forward"`:
    /// with no cue that names a speaker, a fragment (already classified direct) belongs to the
    /// subject of its clause, whatever the verb, when nothing but words stand before it in the
    /// sentence (no other quotation but a name or title: ``isNamedTerm(_:sentence:_:)``). The
    /// subject heads the clause (a name or a phrase, not one in an opening prepositional phrase:
    /// `Sur Radio Plaine, …`) and can speak (a name, a phrase with a role or organisation noun, or
    /// a personal pronoun opening the sentence; `La hausse des prix` cannot). A clause with a
    /// modal after its subject is what someone should or could do, not what they said (`He should
    /// take back the message to the Treasury, "No shocks"`: ``Lexicon/hypotheticalModals``).
    /// Carry-over is for quotations whose sentence names no one.
    func subjectOwning(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        let range = bounds.lowerBound..<q
        guard !range.isEmpty, !range.contains(where: { tokens[$0].quotationIndex != nil && !isNamedTerm($0, sentence: bounds, tokens) }) else { return nil }
        guard let subject = subjectPastRelativeClause(in: range, block: block) ?? sentenceSubject(in: range, block: block) ?? openingSubject(in: range, block: block),
              tokens[subject.start].isWord,
              !lexicon.prepositions.contains(tokens[subject.start].lower) || lexicon.determiners.contains(tokens[subject.start].lower),
              !(subject.start..<q).contains(where: { lexicon.hypotheticalModals.contains(tokens[$0].lower) }) else { return nil }
        switch subject.mention {
        case .name(let words, _, _, _):
            // The name itself opens the subject (past its article), not one met later in the
            // sentence (`Le budget voté par Anne Roy prévoit « … »`).
            let head = subject.start + 1 < q && (lexicon.determiners.contains(tokens[subject.start].lower) || tokens[subject.start].lower == "l'") ? subject.start + 1 : subject.start
            // (`Le pédiatre Marc Doline recommande …`: a role noun after the article opens it too.)
            // (`Union president Grace Obi, a former headteacher, wants …`: a capitalised modifier and
            // a role opening the sentence before the full name, ``SpeakerMentionFinder/nameAfterOpeningRole(at:_:)``.)
            guard words.first == tokens[subject.start].text || words.first == tokens[head].text
                || finder.nameAfterOpeningRole(at: subject.start, tokens).map({ tokens[$0].text == words.first }) == true
                || finder.isTitle(tokens[subject.start]) || finder.isHonorific(tokens[subject.start])
                || head > subject.start && !tokens[head].isCapitalized && (finder.isTitle(tokens[head]) || lexicon.isPersonNoun(tokens[head].lower)) else { return nil }
        case .phrase(let text, _) where describesSpeaker(text): break
        // `Elle a choisi un café …, « parce qu'ici … »`: a personal pronoun opening the sentence.
        case .pronoun(_, let gender) where subject.start == bounds.lowerBound && (gender == "m" || gender == "f"): break
        default: return nil
        }
        return AttributionEvidence(rule: "subject-before", cue: nil, mention: subject.mention, mentionToken: subject.start, adjacent: false, confidence: 0.6)
    }

    /// `the company puts the figure at “…”`, `le groupe chiffre les pertes à « … »`: a phrase
    /// opening `range` right before a lowercase word that is no function word (a verb the
    /// lexicon does not know as one of saying), as its subject.
    func openingSubject(in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        guard let first = range.first, let opening = finder.phrase(after: first, limit: range.upperBound, in: block), opening.end < range.upperBound else { return nil }
        let next = block.tokens[opening.end]
        guard next.isWord, !next.isCapitalized, !lexicon.isFunctionWord(next.lower) else { return nil }
        return (opening.mention, first)
    }

    /// `La coopérative …, qui regroupe 60 exploitants, a chiffré`, `The company, which has 30
    /// staff, raised`: the phrase before the sentence's first comma, when a relative clause set
    /// off by commas follows it, is the subject of the verb after that clause.
    func subjectPastRelativeClause(in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard let open = range.first(where: { tokens[$0].text == "," }), open + 1 < range.upperBound, finder.opensRelativeClause(at: open + 1, tokens),
              let close = ((open + 2)..<range.upperBound).first(where: { tokens[$0].text == "," }),
              let before = finder.phrase(before: close + 1, from: range.lowerBound, in: block), before.start < open else { return nil }
        return before
    }

    // MARK: Rule 2

    func cueAfter(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        var j = q + 1
        while j < tokens.count, tokens[j].kind == .punctuation, [",", "—", "–", "-"].contains(tokens[j].text) { j += 1 }
        guard j < tokens.count, tokens[j].isWord else { return nil }
        // `the "rolling roster", under which drivers can be told`: a relative clause opened by a
        // preposition speaks of something else; its verb is no cue of the quotation.
        if lexicon.prepositions.contains(tokens[j].lower), j + 1 < tokens.count, tokens[j + 1].isWord,
           lexicon.relativePronouns.contains(tokens[j + 1].lower) { return nil }
        let limit = max(bounds.upperBound, min(tokens.count, j + 1))
        // French inversion: `a-t-il dit`, `explique-t-il`, `dit-elle`.
        if j + 1 < tokens.count, tokens[j + 1].isInvertedPronoun {
            var cue = tokens[j].text
            if lexicon.auxiliaries.contains(tokens[j].lower), j + 2 < tokens.count, tokens[j + 2].isWord {
                // `a-t-il simplement répondu`: the verb after any adverb.
                var c = j + 2
                while c + 1 < tokens.count, tokens[c + 1].isWord, finder.isSkippable(tokens[c]), !finder.isSpeechVerb(tokens[c]) { c += 1 }
                cue = tokens[c].text
            }
            let mention = finder.classify((j + 1)..<(j + 2), in: block)
            // `insiste-t-on à l'Agence`, `dit-on chez le constructeur`: the organisation where `on` speaks.
            if case .unresolvable? = mention, j + 3 < limit, tokens[j + 2].isWord, lexicon.placePrepositions.contains(tokens[j + 2].lower) {
                var end = j + 3
                while end < limit, end - (j + 3) < SpeakerMentionFinder.maximumPhraseLength, tokens[end].isWord,
                      !lexicon.relativePronouns.contains(tokens[end].lower), !finder.isSpeechVerb(tokens[end]) { end += 1 }
                if ((j + 3)..<end).contains(where: { lexicon.organisationNouns.contains(tokens[$0].lower) }),
                   let place = finder.classify((j + 3)..<end, in: block) {
                    return AttributionEvidence(rule: "cue-after", cue: cue, mention: place, mentionToken: j + 3, adjacent: true, confidence: 0.8)
                }
            }
            return AttributionEvidence(rule: "cue-after", cue: cue, mention: mention, mentionToken: j + 1, adjacent: true, confidence: 0.9)
        }
        // Verb then subject: `soupire la maire`, `lui avait dit X`, `said Smith`.
        var k = j
        while k < limit, finder.isSkippable(tokens[k]), !finder.isSpeechVerb(tokens[k]) { k += 1 }
        // A word right after a determiner is a noun (`les alertes répétées`), no verb of saying.
        // `“Readiness for what?” called a voice from the benches`: a naming verb right after the
        // quotation and before its subject is a speech verb.
        let namingAsSpeech = k == j && finder.isNamingVerb(tokens[k]) && q + 1 < tokens.count && tokens[q + 1].text != ","
        // (`», tout en réclamant des pistes sécurisées`: a present participle has no inverted
        // subject; what follows it is its object.)
        // `», a fait valoir la ministre`, `", made clear the minister`: a multi-word form is one verb.
        let formLength = k < limit ? lexicon.speechVerbs.multiWordLength(tokens[k..<min(limit, k + 4)].lazy.map(\.lower)) : 0
        if k < limit, (finder.isSpeechVerb(tokens[k]) || formLength > 1) && finder.isSpeechVerbUse(at: k, tokens) && !isPresentParticiple(tokens[k]) || namingAsSpeech {
            let verbEnd = k + max(1, formLength)
            let cue = block.text(tokens: k..<verbEnd)
            // An auxiliary right after the cue makes it no verb of saying (`, so wurde sein Werk`).
            let auxiliaryAfter = verbEnd < limit && tokens[verbEnd].isWord && lexicon.auxiliaries.contains(tokens[verbEnd].lower) && !lexicon.adverbs.contains(tokens[verbEnd].lower)
            // `”, adding that the council …`, `», ajoutant qu'il …`: a complementizer after the cue
            // opens what was said, no inverted subject.
            let complementizerAfter = verbEnd < limit && tokens[verbEnd].isWord && lexicon.complementizers.contains(tokens[verbEnd].lower)
            if !auxiliaryAfter, !complementizerAfter, let subject = finder.phrase(after: verbEnd, limit: limit, in: block) {
                var evidence = AttributionEvidence(rule: "cue-after", cue: cue, mention: subject.mention, mentionToken: verbEnd, adjacent: true, confidence: 0.9)
                // (`« … » confirment une écriture qui …`: with no comma closing the quotation, it is
                // the verb's subject and the phrase its object.)
                evidence.unnamedInvertedSpeaker = (tokens[q + 1].text == "," || tokens[q].text.dropLast().last == ",") && isUnnamedInvertedSpeaker(subject.mention, at: verbEnd, tokens)
                return evidence
            }
            // `», a résumé, en quittant la salle, Paul Roy.`, `", said, after a pause, the coach.`:
            // an adverbial set off by commas between the verb and its subject, which ends the sentence.
            if !auxiliaryAfter, !complementizerAfter, let close = insertedAdverbialEnd(after: verbEnd - 1, limit: limit, tokens),
               let subject = finder.phrase(after: close + 1, limit: limit, in: block),
               subject.end == limit || !tokens[subject.end].isWord {
                return AttributionEvidence(rule: "cue-after", cue: cue, mention: subject.mention, mentionToken: close + 1, adjacent: true, confidence: 0.85)
            }
        }
        // Subject then verb: `,” she said`, `", X told reporters`.
        if let subject = finder.phrase(after: j, limit: min(limit, j + SpeakerMentionFinder.maximumPhraseLength + 2), in: block) {
            var v = subject.end
            // `its general secretary, Martin Oyelaran, said`: the comma closing an apposition.
            if v < limit, tokens[v].text == ",", v > j, case .name(_, _, _, let role?) = subject.mention, !role.isEmpty { v += 1 }
            // `", Rhona, 43, said`: an age set off by commas after the subject.
            if v < limit, tokens[v].text == ",", let close = ((v + 2)..<min(limit, v + 5)).first(where: { tokens[$0].text == "," }),
               finder.isAge(tokens[(v + 1)..<close]) { v = close + 1 }
            while v < limit, finder.isSkippable(tokens[v]) { v += 1 }
            // (`», de nombreux arbres menaçant de tomber`: a subject and its present participle are
            // an absolute clause, no cue.)
            if v < limit, finder.isSpeechVerb(tokens[v]), !isPresentParticiple(tokens[v]) {
                var evidence = AttributionEvidence(rule: "cue-after", cue: tokens[v].text, mention: subject.mention, mentionToken: j, adjacent: true, confidence: 0.9)
                evidence.hypothetical = isHypothetical(verb: v, from: subject.end, tokens)
                return evidence
            }
        }
        return unknownVerbCue(q, from: j, limit: limit, block: block)
    }

    /// `« … », s'époumone Anne Roy, gérante.`, `“…,” harrumphed Ana Lee`: after a quotation
    /// closed by a comma, one lowercase word that is no function word, adverb, title or person
    /// noun (a clitic may come first; an auxiliary before a past participle makes one verb with
    /// it, `», l'a coupé la présidente`), then its subject, ending the sentence or an
    /// apposition: a name, or a determiner and a described person (``describesPersonAfterVerb``:
    /// `», rassure un bénévole`, `“…,” beamed the 52-year-old`). The word is a verb of saying the
    /// lexicon lacks, inverted (confidence 0.7), which beats carrying the previous speaker over.
    /// A thing (`», poursuit le texte`), more words before the name (`», dans le bureau de Paul
    /// Roy`), a present participle and its object (`», évoquant un deuxième homme`), an adverb
    /// (`», notamment le trésorier`), a verb of performing or singing a work, whose object the
    /// quotation is (`», joue une comédienne`; ``Lexicon/performanceVerbs``), or a quotation
    /// of fewer than three words or like a name (`« Papy Bitume », alias Gilbert Roy`) is none.
    func unknownVerbCue(_ q: Int, from j: Int, limit: Int, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        // The comma after the quotation, or inside it before its closing mark (`“…,” fretted`).
        let quoted = tokens[q].range
        let innerComma = quoted.count >= 3 && block.scalars[quoted.upperBound - 2] == ","
        guard q + 1 < tokens.count, tokens[q + 1].text == "," || innerComma && j == q + 1 else { return nil }
        // Words said, not a name (`« Papy Bitume », alias Gilbert Roy`): three words or more.
        let text = block.text(scalars: quoted)
        guard !Self.isNameLike(text), text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).count >= 3 else { return nil }
        var k = j
        if k < limit, tokens[k].isWord, lexicon.clitics.contains(tokens[k].lower) { k += 1 }
        // `», a plaisanté la gérante`, `», l'a coupé la présidente, Anne Roy`: an auxiliary before
        // a past participle (``Lexicon/participleEndings``) makes one verb.
        if k + 2 < limit, tokens[k].isWord, !tokens[k].isCapitalized, lexicon.auxiliaries.contains(tokens[k].lower),
           tokens[k + 1].isWord, lexicon.participleEndings.contains(where: { tokens[k + 1].lower.hasSuffix($0) }) { k += 1 }
        // (`», évoquant un deuxième homme`: a present participle has no inverted subject; what
        // follows it is its object.)
        guard k + 1 < limit, tokens[k].isWord, !tokens[k].isCapitalized, !lexicon.isFunctionWord(tokens[k].lower),
              !lexicon.isAdverbLike(tokens[k].lower), !finder.isTitle(tokens[k]),
              !lexicon.performanceVerbs.contains(tokens[k].lower), !lexicon.songVerbs.contains(tokens[k].lower), lexicon.personNouns[tokens[k].lower] == nil, lexicon.kinNouns[tokens[k].lower] == nil,
              finder.isNameWord(tokens[k + 1]) || !isPresentParticiple(tokens[k]) && lexicon.determiners.contains(tokens[k + 1].lower),
              let subject = finder.phrase(after: k + 1, limit: limit, in: block),
              subject.end >= limit || !tokens[subject.end].isWord && [",", ".", "!", "?", ";"].contains(tokens[subject.end].text) else { return nil }
        // A phrase that is no name must describe a person within its own words.
        if case .name = subject.mention {} else if !describesPersonAfterVerb(k + 1, limit: subject.end, block: block) { return nil }
        return AttributionEvidence(rule: "cue-after", cue: tokens[k].text, mention: subject.mention, mentionToken: k + 1, adjacent: true, confidence: 0.7)
    }

    /// `», rigole le sexagénaire`, `», a tranché la présidente`, `“…,” quipped the 40-year-old`:
    /// whether the words from `start` up to `limit` open with a determiner and, before any
    /// punctuation, name a person by a title, a person or speaker noun (``namesPerson(in:_:)``)
    /// or an age (``Lexicon/ageRange(in:)``); a thing (`», poursuit le texte`) is none.
    func describesPersonAfterVerb(_ start: Int, limit: Int, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard start < limit, tokens[start].isWord, lexicon.determiners.contains(tokens[start].lower) else { return false }
        var end = start + 1
        while end < limit, end - start <= SpeakerMentionFinder.maximumPhraseLength, tokens[end].isWord || tokens[end].text == "-" { end += 1 }
        guard end > start + 1 else { return false }
        return namesPerson(in: (start + 1)..<end, tokens) || lexicon.ageRange(in: tokens[start..<end].filter(\.isWord).map(\.lower)) != nil
    }

    /// Whether a verb form is a present participle (`ajoutant`, `adding`).
    func isPresentParticiple(_ verb: Token) -> Bool { finder.isPresentParticiple(verb) }

    /// The closing comma of an adverbial set off by commas right after the verb at `verb` (`a
    /// lâché, dans un sourire, la ministre`): one to six words, none a verb of saying (a noun
    /// after a determiner is none: `en rangeant ses notes`), an
    /// auxiliary, a complementizer or a quotation. One word alone is a detached adjective,
    /// participle or adverb (`raconte, hilare, le gérant`, `lâche, amère, la maire`, `said,
    /// grimly, the coach`): no function word, pronoun or noun for a person.
    func insertedAdverbialEnd(after verb: Int, limit: Int, _ tokens: [Token]) -> Int? {
        let open = verb + 1
        guard open < limit, tokens[open].text == ",",
              let close = ((open + 1)..<min(limit, open + 8)).first(where: { !tokens[$0].isWord }), tokens[close].text == ",", close - open >= 2 else { return nil }
        let inserted = (open + 1)..<close
        // (`said, again, the local MP`, `said, once more, the coach`: an adverb the lexicon lists
        // among auxiliaries too is an adverbial here.)
        guard !inserted.contains(where: { finder.isSpeechVerbUse(at: $0, tokens)
            || lexicon.auxiliaries.contains(tokens[$0].lower) && !lexicon.adverbs.contains(tokens[$0].lower)
            || lexicon.complementizers.contains(tokens[$0].lower) || tokens[$0].isCapitalized }) else { return nil }
        if inserted.count == 1 {
            let word = tokens[open + 1].lower
            guard !lexicon.isFunctionWord(word) || lexicon.adverbs.contains(word), lexicon.pronouns[word] == nil, lexicon.disjunctivePronouns[word] == nil,
                  !lexicon.isPersonNoun(word) else { return nil }
        }
        return close
    }

    /// `"We halved bus fares." - Mayor Anne Roy`, `« … » – Le maire, Paul Roy`, `“…” — Ana Roy,
    /// chair of the board`: a quotation opening its paragraph, followed by a dash and a name (a
    /// title or role may come before it, or after it past a comma) that closes the paragraph, is
    /// signed by that person (fact-checks, pull quotes, epigraphs). Ordinary prose after the dash
    /// (`"Fine," - and then he left`) signs nothing.
    func signature(_ q: Int, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        guard q == 0, q + 2 < tokens.count, ["-", "–", "—", "―"].contains(tokens[q + 1].text), tokens[q + 2].isWord, tokens[q + 2].isCapitalized,
              let signer = finder.phrase(after: q + 2, limit: tokens.count, in: block), case .name = signer.mention else { return nil }
        // What follows the name is punctuation, or an apposition with no verb of saying nor quotation.
        let rest = tokens[signer.end...]
        guard rest.first.map({ !$0.isWord }) ?? true,
              !rest.contains(where: { $0.quotationIndex != nil || finder.isSpeechVerb($0) }),
              rest.first?.text == "," || !rest.contains(where: \.isWord) else { return nil }
        return AttributionEvidence(rule: "signature", cue: nil, mention: signer.mention, mentionToken: q + 2, adjacent: true, confidence: 0.85)
    }

    /// `in his words, a “dramatic revolution”`, `selon ses termes`, `the mayor's advice to “…”`,
    /// `by her own count, “…”`: a possessive (a pronoun or a name's `'s`) and a speech or account
    /// noun (``Lexicon/accountNouns``), one adjective at most between, at most three tokens before
    /// the quotation.
    func ownWords(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        if let owner = speechNounOwner(endingBefore: q, bounds: bounds, block: block) { return owner }
        let start = max(bounds.lowerBound, q - 4)
        guard start < q, let author = finder.authorOfSpeechNoun(in: start..<q, of: block), author.start + 1 < q,
              !(author.start..<q).contains(where: { finder.isSpeechVerb(tokens[$0]) }) else { return nil }
        switch author.mention {
        case .pronoun: break
        case .name where tokens[author.start..<q].contains(where: { $0.text.hasSuffix("'s") || $0.text.hasSuffix("’s") }): break
        default: return nil
        }
        // The cue is the noun (`count` in `by her own count`), past an adjective.
        let noun = ((author.start + 1)..<q).first { lexicon.speechNouns.contains(tokens[$0].lower) || lexicon.accountNouns.contains(tokens[$0].lower) } ?? author.start + 1
        return AttributionEvidence(rule: "cue-before", cue: tokens[noun].text, mention: author.mention,
                                   mentionToken: author.start, adjacent: true, confidence: 0.7)
    }

    /// `in the words of the Federation of Small Makers, “…”`, `selon les termes du ministère, « … »`:
    /// a speech noun and a genitive word, then an owner phrase (a name, or a phrase with a role
    /// or organisation noun) that ends right before the quotation, a comma or colon at most between.
    func speechNounOwner(endingBefore q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        var end = q
        while end > bounds.lowerBound, [",", ":"].contains(tokens[end - 1].text) { end -= 1 }
        var s = end - 2
        while s >= max(bounds.lowerBound, end - SpeakerMentionFinder.maximumPhraseLength - 2) {
            defer { s -= 1 }
            guard tokens[s].isWord, lexicon.speechNouns.contains(tokens[s].lower), lexicon.genitiveWords.contains(tokens[s + 1].lower) else { continue }
            guard !(s..<end).contains(where: { finder.isSpeechVerb(tokens[$0]) || tokens[$0].quotationIndex != nil }) else { return nil }
            // `X a jugé la réponse du rectorat « insuffisante »`: the speech noun is the object
            // of a verb of saying or judgement, whose subject speaks (``cueBefore(_:bounds:block:)``).
            if speechVerb(governing: s, bounds: bounds, tokens) != nil { return nil }
            let j = s + 2
            guard let owner = finder.phrase(after: j, limit: end, in: block), owner.end == end else { return nil }
            switch owner.mention {
            case .name: break
            case .phrase(let text, _) where describesSpeaker(text): break
            default: return nil
            }
            return AttributionEvidence(rule: "cue-before", cue: tokens[s].text, mention: owner.mention, mentionToken: j, adjacent: true, confidence: 0.7)
        }
        return nil
    }

    /// The speech verb whose object is the noun at `noun` (`a jugé | la réponse`, `condemned |
    /// the council's response`): a speech-verb use right before it, with at most three words
    /// between, each a determiner, a possessive or a lowercase modifier, and no punctuation.
    func speechVerb(governing noun: Int, bounds: Range<Int>, _ tokens: [Token]) -> Int? {
        var k = noun - 1
        while k >= bounds.lowerBound, noun - k <= 4, tokens[k].isWord {
            if finder.isSpeechVerbUse(at: k, tokens) { return k }
            guard lexicon.determiners.contains(tokens[k].lower) || lexicon.possessives[tokens[k].lower] != nil || tokens[k].lower == "l'"
                || tokens[k].lower.hasSuffix("'s") || tokens[k].lower.hasSuffix("’s")
                || !tokens[k].isCapitalized && !lexicon.isFunctionWord(tokens[k].lower) else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether the phrase starting at `start` stands in the complement of a verb of its sentence,
    /// not at the head of a clause: a speech verb or an auxiliary before it in the sentence
    /// (`X said he had written to the company's managing director, Lucy Harlan,` for `the company's managing director`).
    func isInVerbComplement(_ start: Int, bounds: Range<Int>, _ tokens: [Token]) -> Bool {
        (bounds.lowerBound..<start).contains { tokens[$0].isWord && !tokens[$0].isInvertedPronoun
            && (finder.isSpeechVerbUse(at: $0, tokens) || lexicon.auxiliaries.contains(tokens[$0].lower) && $0 + 1 < start && tokens[$0 + 1].isWord) }
    }

    /// The name set off by commas right after the comma at `comma` (`Pour le directeur, | Paul
    /// Roy, il s'agit …`): a run of name words closed by a comma.
    func apposedName(after comma: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        let start = comma + 1
        guard start < bounds.upperBound, finder.isNameWord(tokens[start]) else { return nil }
        let run = finder.nameRun(from: start, tokens, limit: bounds.upperBound)
        guard run.upperBound < bounds.upperBound, tokens[run.upperBound].text == ",",
              case .name(let words, let written, let gender, _)? = finder.classify(run, in: block) else { return nil }
        return (.name(words: words, written: written, gender: gender, role: nil), start)
    }

    /// Whether a quoted text reads as a name or a title: one to three words opening with a capital,
    /// with no punctuation (`Paddy`, `The Rock`, `La Matinale`; not `händeringend` between two
    /// German nouns). The quotation marks around it, if any, are left out.
    static func isNameLike(_ text: String, maximumWords: Int = 3) -> Bool {
        let inner = text.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed()
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        return (1...maximumWords).contains(words.count) && inner.first?.isUppercase == true && !inner.contains { [".", "!", "?", "…", ",", ":", ";"].contains($0) }
    }

    /// Whether the quotation token `q` is a name or title inside a phrase of its sentence (`dans
    /// « La Matinale »`, `the "Fresh Start" range`): name-like (``isNameLike(_:)``), right after
    /// a determiner or a preposition, of at most six words (`dans « L'Invité de 8 h 20 »`), or
    /// right after a word that gives a name (``Lexicon/titleCues``: `The singer, nicknamed “Lulu
    /// Sparkle” by fans, says …`; there the name may open with its article: `Surnommé « le
    /// Renard » depuis ses débuts, Hugo Roy signe …`), or any short span with no sentence
    /// punctuation right after such a word that is no naming verb (`its so-called “backroll”`).
    /// Such a span is a word of the clause, not words said.
    func isNamedTerm(_ q: Int, sentence bounds: Range<Int>, _ tokens: [Token]) -> Bool {
        guard q > bounds.lowerBound, tokens[q - 1].isWord else { return false }
        let previous = tokens[q - 1].lower
        // (`dubbed "the Queen of Hearts"`, `known to fans as "the Night Owl"`.)
        if lexicon.titleCues.contains(previous) || lexicon.namingParticles.contains(previous) {
            let inner = tokens[q].text.drop { !$0.isLetter && !$0.isNumber }
            let words = inner.split(separator: " ", maxSplits: 1)
            if words.count == 2, lexicon.determiners.contains(words[0].lowercased()), Self.isNameLike(String(words[1]), maximumWords: 5) { return true }
        }
        // (`described the river's so-called “backroll” — … — as “…”`: a short term right after a
        // labelling word, in lower case too, with no sentence punctuation.)
        if lexicon.titleCues.contains(previous), !lexicon.speechVerbs.isNamingVerb(previous) {
            let text = tokens[q].text
            if text.split(separator: " ").count <= 4, !text.contains(where: { [".", "!", "?", "…"].contains($0) }) { return true }
        }
        guard Self.isNameLike(tokens[q].text, maximumWords: 6) else { return false }
        return lexicon.determiners.contains(previous) || lexicon.prepositions.contains(previous) || lexicon.titleCues.contains(previous)
    }

    // MARK: Rule 3

    /// Whether the naming verb at `v`, in a clause governed by a speech verb before it, is
    /// followed by a preposition that is no naming particle and opens no multi-word speech form
    /// (`X said its loop would call at Brask instead "…"`; not `called for`, `described as`): a
    /// verb of moving or visiting, which names nothing; the speech verb before it is the cue.
    func isNamingVerbOfMotion(at v: Int, before q: Int, bounds: Range<Int>, _ tokens: [Token]) -> Bool {
        guard v + 1 < q, tokens[v + 1].isWord, lexicon.prepositions.contains(tokens[v + 1].lower),
              !lexicon.namingParticles.contains(tokens[v + 1].lower),
              lexicon.speechVerbs.multiWordLength(tokens[v..<min(q, v + 4)].lazy.map(\.lower)) <= 1 else { return false }
        return (bounds.lowerBound..<v).contains { finder.isSpeechVerbUse(at: $0, tokens) && !finder.isNamingVerb(tokens[$0]) }
    }

    func cueBefore(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        var v = q - 1
        var words = 0
        while v >= bounds.lowerBound, q - v <= Self.window {
            if tokens[v].quotationIndex != nil {
                // `X told analysts that the "Fresh Start" range had "…"`: a name or title in a
                // phrase is a word of the clause, stepped over.
                if isNamedTerm(v, sentence: bounds, tokens) { v -= 1; words += 1; continue }
                // `se dit « inquiet, mais pas abattu » : « Les clients … »`: a quotation after a colon
                // right after a fragment goes on with the fragment's cue and speaker.
                if v == q - 2, tokens[q - 1].text == ":", var fragment = cueBefore(v, bounds: bounds, block: block), fragment.mention != nil {
                    fragment.rule = "colon-before"
                    fragment.inReportedClause = false
                    return fragment
                }
                // `Anne Roy a collé sur sa porte un autocollant « Pas à vendre » : « … »`, `Tom Hale,
                // whose blog "Salt Days" has 40,000 readers, has a rule: "…"`: a quotation after a
                // colon with no verb of saying before it, past a quoted title or sign, is the
                // sentence subject's words when that subject is someone who speaks (a name, a
                // personal pronoun, a role); a thing (`Le film « X » s'ouvre sur une phrase :`) says nothing.
                // Not where every noun is capitalised (``Lexicon/capitalisedNouns``): a noun there
                // reads as a name (`Der Adler ist gelandet.) Die ersten Worte … ein „geflügeltes
                // Wort“: „…“` gave `Der Adler`), and a verb-second clause puts the subject after
                // the verb (`Nach dem „Nein“ war die Ministerin deutlich:`).
                if !lexicon.capitalisedNouns, tokens[q - 1].text == ":", let subject = sentenceSubject(in: bounds.lowerBound..<(q - 1), block: block),
                   tokens[subject.start].quotationIndex == nil, colonSubjectSpeaks(subject.mention) {
                    return AttributionEvidence(rule: "colon-before", cue: nil, mention: subject.mention, mentionToken: subject.start, adjacent: true, confidence: 0.5)
                }
                return nil
            }
            // `The union says the scheme would cut 900 posts; the company puts the figure at “…”`:
            // a clause after a semicolon with a subject that can speak is that subject's words.
            if tokens[v].text == ";", let owner = subjectOwning(q, bounds: (v + 1)..<bounds.upperBound, block: block) { return owner }
            // `laut X`, `according to X`: a preposition of attribution, for ``accordingTo(_:bounds:block:)``.
            // (`its Eastern loop would call at Brask instead "…"`: a naming verb right before a
            // preposition that is no naming particle, and no speech form of its own, moves or
            // visits; it names nothing, and the verb before it is the cue.)
            if (finder.isSpeechVerbUse(at: v, tokens) && !opensAttributionPreposition(at: v, bounds: bounds, tokens) && !isNounAfterAttributionPreposition(v, bounds: bounds, tokens))
                || finder.isNamingVerb(tokens[v]) && !isNamingVerbOfMotion(at: v, before: q, bounds: bounds, tokens)
                // (`Comme le rappelle le maire`: after an object clitic that is also an article, still a verb.)
                || finder.isSpeechVerb(tokens[v]) && inversionConjunction(before: v, bounds: bounds, tokens) != nil { break }
            // `se félicite pour sa part d'une fréquentation « record »`: a fixed adverbial phrase
            // stands aside, no word of the verb's object.
            let adverbial = finder.adverbialPhrase(endingAt: v, tokens, from: bounds.lowerBound)
            if adverbial > 0, !(v - adverbial + 1...v).contains(where: { finder.isSpeechVerbUse(at: $0, tokens) }) { v -= adverbial; continue }
            if tokens[v].isWord { words += 1 }
            v -= 1
        }
        guard v >= bounds.lowerBound, q - v <= Self.window else { return colonWithoutVerb(q, bounds: bounds, block: block) }
        // `In a statement, the department said it could not comment on individual cases but that
        // “…”`: a clause opened by a coordinator and a complementizer is joined to the clause that
        // a speech verb before the nearest one reports; that verb is the cue, not the verb inside
        // the first clause (`comment`, under its modal).
        if let joined = ((v + 1)..<q).first(where: { k in
               k + 1 < q && tokens[k].isWord && lexicon.coordinators.contains(tokens[k].lower)
                   && tokens[k + 1].isWord && lexicon.complementizers.contains(tokens[k + 1].lower)
           }), !((v + 1)..<joined).contains(where: { tokens[$0].isWord && lexicon.complementizers.contains(tokens[$0].lower) }),
           let outer = (bounds.lowerBound..<v).last(where: { finder.isSpeechVerbUse(at: $0, tokens) && !finder.isNamingVerb(tokens[$0]) }) {
            words += (outer..<v).filter { tokens[$0].isWord }.count
            v = outer
        }
        // `Un ouvrier, appuyé contre la grille, se montre plus mesuré : « … »`: a participle in an
        // apposition set off by commas is no cue; the clause goes on to its own verb and a colon.
        // (Not a cue with a name inverted after it: `…, rappelle Anne Roy, de l'association X : « … »`.)
        if q - 1 > v, tokens[q - 1].text == ":", v - 1 >= bounds.lowerBound, tokens[v - 1].text == ",", !finder.isNamingVerb(tokens[v]),
           lexicon.inversionPronouns.isEmpty || !(invertedSubject(after: v, before: q, block: block).map { subject in
               if case .name = subject.mention { return subject.start == v + 1 } else { return false }
           } ?? false),
           let close = (v + 1..<(q - 1)).first(where: { tokens[$0].text == "," }),
           ((close + 1)..<(q - 1)).contains(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && !lexicon.isFunctionWord(tokens[$0].lower) }) {
            return colonWithoutVerb(q, bounds: bounds, block: block)
        }
        // `When we pointed out the gap, Roy was unapologetic: "…"`, `Quand on lui a demandé son
        // avis, la maire a haussé les épaules : « … »`: a speech verb in an opening subordinate
        // clause, closed by the sentence's first comma, is no cue; the main clause after it goes on
        // to a colon with no speech verb, and its subject speaks.
        if q - 1 > v, tokens[q - 1].text == ":", tokens[bounds.lowerBound].isWord,
           lexicon.conjunctions.contains(tokens[bounds.lowerBound].lower), !lexicon.coordinators.contains(tokens[bounds.lowerBound].lower),
           let comma = (bounds.lowerBound..<(q - 1)).first(where: { tokens[$0].text == "," }), comma > v, comma + 2 < q - 1,
           let main = colonWithoutVerb(q, bounds: (comma + 1)..<bounds.upperBound, block: block), main.mention != nil {
            return main
        }
        // `s'est dite « soulagée »`: the words of a multi-word form are the verb, not words between it and the quotation.
        let formLength = lexicon.speechVerbs.multiWordLength(tokens[v..<min(q, v + 4)].lazy.map(\.lower))
        if formLength > 1 { words = max(0, words - (formLength - 1)) }
        // `appelle à « … »`, `called for "…"`: a multi-word speech form ending in a preposition,
        // right before the span, is speech (even opened by a naming verb); with words between,
        // the span names what is called for (`appelle à une journée « usine morte »`): no cue.
        // (A genitive preposition opens an object of speech: `parle d'une « bascule »`; so does a
        // determiner alone between: `appelle à la « prudence »`, `called for a “pause”`.)
        // (Not when a clause of its own, with its auxiliary, stands between: `said the strike would
        // go on until the order was “…”`, where the form is no speech and the outer verb speaks.)
        let determinerOnly = words == 1 && tokens[q - 1].isWord && lexicon.determiners.contains(tokens[q - 1].lower)
        if formLength > 1, words > 0, !determinerOnly, lexicon.prepositions.contains(tokens[v + formLength - 1].lower),
           !lexicon.genitiveWords.contains(tokens[v + formLength - 1].lower),
           !((v + formLength)..<q).contains(where: { tokens[$0].isWord && lexicon.auxiliaries.contains(tokens[$0].lower) }) { return nil }
        let naming = formLength <= 1 && finder.isNamingVerb(tokens[v])
        let colon = (v + 1..<q).contains { tokens[$0].text == ":" }
        var adjacent = naming ? words <= 8 : words <= 4
        var rule = colon ? "colon-before" : "cue-before"
        var confidence = colon ? 0.9 : 0.8
        let verb = tokens[v]
        // `X, whose side lost, said`: a comma closing a relative clause is no participle's comma.
        let relativeStart: Int? = {
            guard v - 1 >= bounds.lowerBound, tokens[v - 1].text == "," else { return nil }
            var c = v - 2
            while c >= bounds.lowerBound, tokens[c].isWord { c -= 1 }
            return c + 1 < v - 1 && lexicon.relativePronouns.contains(tokens[c + 1].lower) ? c + 1 : nil
        }()
        // `Reed, named player of the match despite the defeat, described`: nor is one closing a
        // participle clause set off by commas.
        let closesParticipleClause: Bool = {
            guard v - 1 >= bounds.lowerBound, tokens[v - 1].text == "," else { return false }
            var c = v - 2
            while c >= bounds.lowerBound, tokens[c].isWord { c -= 1 }
            guard c >= bounds.lowerBound, tokens[c].text == ",", c + 1 < v - 1 else { return false }
            let first = tokens[c + 1]
            return !first.isCapitalized && (finder.isSpeechVerb(first) || finder.isNamingVerb(first))
        }()
        let closesRelativeClause = relativeStart != nil || closesParticipleClause
        let isParticiple = isPresentParticiple(verb)
            || (v - 1 >= bounds.lowerBound && (lexicon.conjunctions.contains(tokens[v - 1].lower) || tokens[v - 1].text == ",") && !closesRelativeClause)
        var subject: (mention: Mention, start: Int)?
        var r = v - 1
        while r >= bounds.lowerBound, finder.isSkippable(tokens[r]) { r -= 1 }
        if r >= bounds.lowerBound, finder.opensRelativeClause(at: r, tokens) {
            // `l'organisation, qui affirme « … »`: the antecedent speaks.
            var a = r
            if a - 1 >= bounds.lowerBound, tokens[a - 1].text == "," { a -= 1 }
            subject = antecedent(before: a, from: bounds.lowerBound, in: block)
            // `She wrote to the pensions office, which replied`: the object of a preposition, when
            // it can speak and the phrase found is none, only its end, or one that runs into the
            // preposition from a head that names no one (`a sollicité | un rendez-vous au ministère
            // de la Santé|, qui indiquait`, `asked for a meeting with the regulator, which said`).
            if let object = prepositionObject(before: a, from: bounds.lowerBound, in: block),
               subject.map({ object.start < $0.start || !namesPerson(in: $0.start..<object.start, tokens) }) ?? true, speaks(object.mention) {
                subject = object
            }
        } else if let relativeStart, let main = antecedentPastApposition(before: relativeStart, bounds: bounds, block: block) {
            // `le Pr X, pneumologue à Y, qui n'a pas participé aux travaux, juge …`: the verb after
            // a relative clause set off by commas belongs to the relative pronoun's antecedent.
            subject = main
        } else if !isParticiple || (v - 1 >= bounds.lowerBound && tokens[v - 1].text == ",") {
            subject = finder.phrase(before: v, from: bounds.lowerBound, in: block)
            // `Sa collègue, très amusée, sourit :`: an adjectival apposition is no subject; the
            // phrase before it is.
            if let comma = adjectivalAppositionComma(before: v, bounds: bounds, tokens),
               let found = finder.phrase(before: comma, from: bounds.lowerBound, in: block) { subject = found }
            // `L'Ordre, dans un avis transmis aux sénateurs, qualifie …`: a finite verb after an
            // inserted adverbial set off by commas has the name before it as its subject.
            if isParticiple, let found = subject, case .name(_, _, _, nil) = found.mention, !followsInsertedAdverbial(v, bounds: bounds, tokens) { subject = nil }
            // `X said he had written to the company's managing director, Lucy Harlan, asking her …`: a phrase in
            // the complement of a verb is its object; the participle goes to the clause's subject.
            // (Only a participle: `…, and its director, X, said` is a clause of its own.)
            if isPresentParticiple(verb), let found = subject,
               isInVerbComplement(found.start, bounds: bounds, tokens) { subject = nil }
            // `Samples are taken hourly, a spokesperson said, adding: “…”`: a participle right after
            // an incise of saying (`, X said,`) belongs to the incise's subject, not the sentence's.
            if isPresentParticiple(verb), v - 2 > bounds.lowerBound, finder.isSpeechVerbUse(at: v - 2, tokens),
               let incise = finder.phrase(before: v - 2, from: bounds.lowerBound, in: block),
               incise.start == bounds.lowerBound || tokens[incise.start - 1].text == "," {
                subject = incise
            }
        }
        if v - 1 >= bounds.lowerBound, tokens[v - 1].text == ",", v + 2 < q, tokens[v + 1].isWord,
           closesInvertedIncise(after: v + 1, before: q, tokens),
           lexicon.pronouns[tokens[v + 1].lower] != nil, let pronoun = finder.classify((v + 1)..<(v + 2), in: block) {
            // `Le projet, dit-elle, est né « un dimanche de pluie »`: a cue in an incise set off by
            // commas, its subject pronoun inverted after it, gives the fragment of the narrative
            // sentence around it to that pronoun; so does one with an adverbial after the pronoun
            // (`…, précise-t-elle dans un communiqué, car « … »`).
            subject = (pronoun, v + 1)
        }
        if !lexicon.inversionPronouns.isEmpty, !naming, colon, q - 1 > v, tokens[q - 1].text == ":", v - 1 >= bounds.lowerBound, tokens[v - 1].text == ",",
           let inverted = invertedSubject(after: v, before: q, block: block), inverted.start == v + 1,
           !((v + 1)..<(q - 1)).contains(where: { tokens[$0].quotationIndex != nil || tokens[$0].text == ":" || finder.isSpeechVerb(tokens[$0]) }) {
            // `Le problème est ancien, prévient Raphaël Roy : « … »`, `…, rappelle Anne Roy, de
            // l'association X : « … »`: where a cue's subject is inverted after it (a language with
            // ``Lexicon/inversionPronouns``), a cue set off by a comma with its subject right after
            // it (a name or a phrase; an apposition may follow), before the colon that opens the
            // quotation: that subject speaks, not the phrase before the verb, nor the apposition.
            // (`Jo Lee, 61, told the Courier: "…"` has its subject before the verb.)
            switch inverted.mention {
            case .name: subject = inverted
            case .phrase(let text, _) where describesSpeaker(text): subject = inverted
            default: break
            }
        }
        if lexicon.verbSecond, !naming, let inverted = invertedSubject(after: v, before: q, block: block) {
            // `Weiter sagte er: „…“`, `Der Zeitung sagte Anna Roth: „…“`: a pronoun or a name right
            // after the verb is its subject, unless a name or pronoun stands before the verb.
            // A phrase naming a thing before the verb is its object or an adverbial (`In seiner
            // Rede sagte der Minister:`), so a phrase naming a speaker after it is the subject.
            switch (subject?.mention, inverted.mention) {
            case (nil, _), (.unresolvable?, _), (.phrase?, .pronoun), (.phrase?, .name): subject = inverted
            case (.phrase(let before, _)?, .phrase(let after, _)) where !describesSpeaker(before) && describesSpeaker(after): subject = inverted
            default: break
            }
        }
        // (Not past a quotation, nor when a verb of saying has the speech noun for object: `X a
        // jugé la réponse de Y « … », tout en réclamant …` is X's.)
        let authorSearch = max(bounds.lowerBound, v - 10, ((bounds.lowerBound..<v).last { tokens[$0].quotationIndex != nil } ?? -1) + 1)..<v
        if subject == nil, isPresentParticiple(verb), v - 1 >= bounds.lowerBound, tokens[v - 1].isWord,
           let author = finder.authorOfSpeechNoun(in: authorSearch, of: block), speaks(author.mention),
           !authorSearch.contains(where: { tokens[$0].isWord && lexicon.speechNouns.contains(tokens[$0].lower) && speechVerb(governing: $0, bounds: bounds, tokens) != nil }) {
            // `un rapport de la Cour des comptes pointant une « … »`, `a report by X warning of …`:
            // a participle right after a speech noun and its author speaks for the author.
            subject = author
            rule = "participle"
            confidence = 0.7
        }
        if subject == nil, isPresentParticiple(verb), let gerundSubject = relativeAntecedent(ofParticipleAt: v, bounds: bounds, block: block) {
            // `renvoyant à son agent, qui avait conclu en affirmant que « … »`: a participle inside a
            // relative clause belongs to the clause's subject, the relative pronoun's antecedent.
            subject = gerundSubject
            rule = "participle"
            confidence = 0.7
        }
        if subject == nil, v == bounds.lowerBound, mainClause(of: bounds.lowerBound..<q, tokens: tokens) != bounds.lowerBound..<q,
           let main = sentenceSubject(in: bounds.lowerBound..<q, block: block) {
            // `Interrogée sur la suite, elle a souri : « … »`: a participle opening the sentence
            // belongs to the subject of the main clause after it; a colon right before the
            // quotation introduces it however long that clause (`Interrogée à la sortie du
            // conseil, Sophie Blanc a défendu le projet : « … »`).
            subject = main
            rule = "participle"
            confidence = 0.7
            if q - 1 > v, tokens[q - 1].text == ":" { adjacent = true }
        }
        if let inverted = subjectAfterInversionConjunction(verb: v, before: q, bounds: bounds, block: block) {
            // `Comme le rappelle le maire, « … »`, `Comme disait mon grand-père : « … »`: after
            // `comme`, the verb of saying comes before its subject.
            subject = inverted
            rule = colon ? "colon-before" : "cue-before"
            confidence = 0.8
            adjacent = true
        } else if inversionConjunction(before: v, bounds: bounds, tokens) != nil {
            // `Comme le dit le proverbe, « … »`: the subject after the verb names no one who speaks.
            return nil
        }
        if let voiced = voicedSpeaker(after: v, before: q, block: block) {
            // `L'association salue, par la voix de sa présidente, Anne Roy, « … »`: whoever speaks for the subject.
            subject = voiced
        }
        if let agent = passiveAgent(of: v, before: q, bounds: bounds, block: block) {
            // `…, and asked one question by the mayor, Ida Crane: "…"`: the agent of a passive speaks.
            subject = agent
        }
        // (Where the description of a naming relative clause starts, when it is the subject.)
        var namingDescription: Int?
        if subject == nil, let described = definiteRelativeSubject(of: v, bounds: bounds, block: block) {
            // `discovered what the airport is calling a “…”`: the definite subject of the relative
            // clause names it, not the sentence's subject; one that refers back to no name is a
            // speaker of its own (`the airport`), never the one who spoke before.
            subject = described
            namingDescription = described.start
        }
        if subject == nil, let plural = barePluralRelativeSubject(of: v, bounds: bounds, block: block) {
            // `a run that judges described as ‘textbook’`: the bare plural subject of an object
            // relative clause speaks, not the sentence's subject.
            subject = plural
        }
        if subject == nil {
            subject = sentenceSubject(in: bounds.lowerBound..<min(v, bounds.lowerBound + Self.window), block: block)
            rule = "participle"
            confidence = 0.7
        }
        if let inner = subject, case .phrase(let text, _) = inner.mention, !describesSpeaker(text),
           let outer = outerSpeaker(before: inner.start, bounds: bounds, block: block) {
            // `X says the crisis has revealed “…”`: a thing does not speak; the clause is what X says.
            subject = outer
        }
        if let inner = subject, case .phrase = inner.mention, inner.start - 1 >= bounds.lowerBound, tokens[inner.start - 1].isWord,
           lexicon.complementizerDroppingVerbs.contains(tokens[inner.start - 1].lower),
           let outer = outerSpeaker(before: inner.start, bounds: bounds, block: block) {
            // `X said the family felt "…"`: an unnamed subject of a clause reported without a
            // complementizer is whom X speaks of; the words are X's.
            subject = outer
        }
        if let agent = passiveAgent(of: v, before: q, block: block) {
            // `had been told by the Health Board to “…”`: a passive verb of saying speaks for its agent.
            subject = agent
            rule = "cue-before"
            confidence = 0.8
        }
        // `verb que …`, `verb that …`, and with a comma before it (`unterstrich, dass …`).
        // The complementizer may come a few words after the verb (`said in a statement that`),
        // past an object and adverbials with no verb (`told staff at a meeting on Thursday morning that`).
        var complementizer = v + 1 < q && tokens[v + 1].text == "," ? v + 2 : v + 1
        while complementizer < q, complementizer - v <= 8, tokens[complementizer].isWord,
              complementizer - v <= 4 || !lexicon.auxiliaries.contains(tokens[complementizer].lower) && !finder.isSpeechVerb(tokens[complementizer]),
              !lexicon.complementizers.contains(tokens[complementizer].lower) { complementizer += 1 }
        // (However long the clause: the classifier weighs the distance.)
        var reported = complementizer < q && finder.opensReportedClause(at: complementizer, tokens)
        // `said the response had been “overwhelming”`: a clause with no complementizer; also one
        // whose subject is a bare noun right before its auxiliary (`said staff were “…”`).
        let bareNounSubject = v + 2 < q && tokens[v + 1].isWord && !tokens[v + 1].isCapitalized && !lexicon.isFunctionWord(tokens[v + 1].lower)
            && tokens[v + 2].isWord && lexicon.auxiliaries.contains(tokens[v + 2].lower)
        // (As long as a clause with its complementizer, up to the classifier's thirty words: `said
        // the plan, which had been debated for two years by the council, was "flawed"`.)
        if !reported, lexicon.complementizerDroppingVerbs.contains(verb.lower), v + 1 < q, tokens[v + 1].isWord,
           lexicon.determiners.contains(tokens[v + 1].lower) || lexicon.pronouns[tokens[v + 1].lower] != nil || bareNounSubject
            || droppedComplementizerClause(after: v, before: q, tokens) != nil, words <= 30 {
            reported = true
        }
        var evidence = AttributionEvidence(rule: rule, cue: verb.text, mention: subject?.mention, mentionToken: subject?.start,
                                           adjacent: adjacent, naming: naming, confidence: subject == nil ? 0 : confidence)
        evidence.inReportedClause = reported
        evidence.speakingSubject = subject.map { $0.start == namingDescription || isSpeakingSubject($0, bounds: bounds, block: block) } ?? false
        evidence.distance = words
        evidence.hypothetical = isHypothetical(verb: v, from: bounds.lowerBound, tokens)
        return evidence
    }

    /// The inversion conjunction (``Lexicon/inversionConjunctions``: `comme`) that opens the clause
    /// of the verb at `v`, past object clitics and an auxiliary between them (`Comme le rappelle`,
    /// `Comme l'a dit`), at the head of the sentence, after a punctuation mark, or after a
    /// coordinator that is (`Et comme le souligne`).
    /// - Returns: the conjunction's token, or nil.
    func inversionConjunction(before v: Int, bounds: Range<Int>, _ tokens: [Token]) -> Int? {
        guard !lexicon.inversionConjunctions.isEmpty else { return nil }
        var c = v - 1
        while c >= bounds.lowerBound, tokens[c].isWord, lexicon.clitics.contains(tokens[c].lower) || lexicon.auxiliaries.contains(tokens[c].lower) { c -= 1 }
        guard c >= bounds.lowerBound, c < v, tokens[c].isWord, lexicon.inversionConjunctions.contains(tokens[c].lower) else { return nil }
        let opensClause = c == bounds.lowerBound || !tokens[c - 1].isWord && tokens[c - 1].quotationIndex == nil
            || lexicon.coordinators.contains(tokens[c - 1].lower) && (c - 1 == bounds.lowerBound || !tokens[c - 2].isWord)
        return opensClause ? c : nil
    }

    /// The subject written after a verb of saying at `v` that opens its clause after an inversion
    /// conjunction (``Lexicon/inversionConjunctions``: `comme`), past object clitics and an
    /// auxiliary (`Comme l'a rappelé X`), the conjunction at the head of the sentence, after a
    /// punctuation mark or a coordinator: `Comme le rappelle le maire de Brelac, « … »`, `Comme
    /// disait ma grand-mère, qui avait connu la guerre : « … »`, `Et comme le dit si bien Paul
    /// Roy : « … »`. The phrase after the verb (adverbs stepped over) must name someone who
    /// speaks (``speaks(_:)``: `Comme le dit le proverbe` names no one) and reach the quotation
    /// at `q`, but for the comma or colon before it, a name apposed to it (`la préfète, Anne Roy,`,
    /// which is then the subject) or a relative clause set off by a comma.
    /// - Returns: the subject and its first token, or nil when the verb is not so placed.
    func subjectAfterInversionConjunction(verb v: Int, before q: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard inversionConjunction(before: v, bounds: bounds, tokens) != nil, q - 1 > v, [",", ":"].contains(tokens[q - 1].text) else { return nil }
        // The subject ends at the first comma or colon after the verb.
        guard let stop = ((v + 1)..<q).first(where: { [",", ":"].contains(tokens[$0].text) }), stop > v + 1,
              let found = finder.phrase(after: v + 1, limit: stop, in: block), found.end == stop, speaks(found.mention) else { return nil }
        var start = v + 1
        while start < stop, !tokens[start].isWord || finder.isSkippable(tokens[start]) && !lexicon.determiners.contains(tokens[start].lower)
                || lexicon.adverbs.contains(tokens[start].lower) { start += 1 }
        if stop == q - 1 { return (found.mention, start) }
        // `la préfète, Anne Roy, « … »`: a name apposed to the role is the one who speaks.
        if finder.isNameWord(tokens[stop + 1]) {
            let run = finder.nameRun(from: stop + 1, tokens, limit: q - 1)
            if run.upperBound == q - 1, let name = finder.classify(run, in: block), case .name = name { return (name, run.lowerBound) }
            return nil
        }
        // `ma grand-mère, qui avait connu la guerre : « … »`: a relative clause on the subject.
        if tokens[stop].text == ",", finder.opensRelativeClause(at: stop + 1, tokens),
           !((stop + 1)..<(q - 1)).contains(where: { tokens[$0].quotationIndex != nil }) { return (found.mention, start) }
        return nil
    }

    /// The subject of a relative clause whose verb at `v` is a naming verb in the present
    /// participle after an auxiliary, when it is a definite article and one or two lowercase words
    /// right after the relative pronoun (`what the airport is calling a “…”`, `what the judges are
    /// calling “…”`): that description gives the name, not the sentence's subject (`crews`). The
    /// registry finds whom it refers back to (`the airport` after `Pellick Harbour Airport`).
    /// - Returns: nil for any other shape (`what Ann Roy is calling`, a name, is the other rules').
    func definiteRelativeSubject(of v: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard v - 4 >= bounds.lowerBound, isPresentParticiple(tokens[v]), finder.isNamingVerb(tokens[v]),
              tokens[v - 1].isWord, lexicon.auxiliaries.contains(tokens[v - 1].lower) else { return nil }
        for start in stride(from: v - 3, through: max(bounds.lowerBound + 1, v - 4), by: -1) {
            let words = Array(tokens[start..<(v - 1)])
            guard words.allSatisfy({ $0.isWord && !$0.isCapitalized }), lexicon.definiteArticles.contains(words[0].lower),
                  !words.dropFirst().contains(where: { lexicon.isFunctionWord($0.lower) || finder.isSpeechVerb($0) }) else { continue }
            let opener = tokens[start - 1]
            guard opener.isWord, lexicon.unresolvablePronouns.contains(opener.lower) || lexicon.relativePronouns.contains(opener.lower) else { return nil }
            return (.phrase(words.map(\.text).joined(separator: " "), gender: ""), start)
        }
        return nil
    }

    /// The subject of an object relative clause whose verb is at `v`, when it is a bare plural
    /// person noun right after the relative pronoun or complementizer (`a run that judges described
    /// as ‘textbook’`, `a plan which residents called “…”`), and the word before that pronoun is
    /// its antecedent, no verb of saying (`said that judges …` opens a reported clause instead).
    func barePluralRelativeSubject(of v: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard v - 3 >= bounds.lowerBound, tokens[v - 1].isWord, !tokens[v - 1].isCapitalized, finder.isPluralPersonNoun(tokens[v - 1].lower),
              tokens[v - 2].isWord, lexicon.relativePronouns.contains(tokens[v - 2].lower) || lexicon.complementizers.contains(tokens[v - 2].lower),
              tokens[v - 3].isWord, !lexicon.isFunctionWord(tokens[v - 3].lower), !finder.isSpeechVerb(tokens[v - 3]), !finder.isNamingVerb(tokens[v - 3]) else { return nil }
        return (.phrase(tokens[v - 1].text, gender: ""), v - 1)
    }

    /// `told us the minister was “…”`, `said on Friday it would be “…”`: the start of a clause
    /// reported with no complementizer after the verb at `v` (``Lexicon/complementizerDroppingVerbs``)
    /// when an addressee or a short adverbial (one to three words, no punctuation, auxiliary,
    /// verb or complementizer) stands between: a subject pronoun, or a determiner or
    /// unresolvable pronoun with a finite auxiliary at most six words on, in the same clause
    /// (no complementizer or punctuation between), before `limit`.
    /// (A clause right after the verb, `said the talks had failed`, is its callers' own check.)
    func droppedComplementizerClause(after v: Int, before limit: Int, _ tokens: [Token]) -> Int? {
        guard lexicon.complementizerDroppingVerbs.contains(tokens[v].lower) else { return nil }
        for c in (v + 2)..<max(v + 2, min(limit, v + 5)) {
            let between = tokens[c - 1]
            guard between.isWord, !lexicon.auxiliaries.contains(between.lower), !lexicon.complementizers.contains(between.lower),
                  !lexicon.coordinators.contains(between.lower), !finder.isSpeechVerb(between), !finder.isNamingVerb(between) else { return nil }
            let word = tokens[c]
            guard word.isWord else { return nil }
            let subjectPronoun = lexicon.pronouns[word.lower] != nil && lexicon.possessives[word.lower] == nil && !lexicon.determiners.contains(word.lower)
            let opensPhrase = lexicon.determiners.contains(word.lower) || lexicon.unresolvablePronouns.contains(word.lower)
            if subjectPronoun { return c }
            // (The auxiliary in the same clause: no complementizer or punctuation before it.)
            guard opensPhrase else { continue }
            for k in (c + 1)..<max(c + 1, min(limit, c + 7)) {
                guard tokens[k].isWord, !lexicon.complementizers.contains(tokens[k].lower) else { break }
                if lexicon.auxiliaries.contains(tokens[k].lower), !lexicon.adverbs.contains(tokens[k].lower) { return c }
            }
        }
        return nil
    }

    /// `told the court the evidence was thin`, `told us the minister was`: the start of the clause
    /// (``droppedComplementizerClause(after:before:_:)``) after an addressee right after the verb at
    /// `v`: an object pronoun (an unresolvable one, `us`, `them`) or a definite article and one noun
    /// (`the court`), before another determiner or pronoun. Not `said the head of the union was`
    /// (a preposition), nor `said the talks had failed` (no second clause start).
    /// - Returns: nil when no addressee stands there.
    func clauseAfterAddressee(of v: Int, before limit: Int, _ tokens: [Token]) -> Int? {
        guard let c = droppedComplementizerClause(after: v, before: limit, tokens), c - v <= 3, v + 1 < c else { return nil }
        let first = tokens[v + 1].lower
        if c == v + 2 { return lexicon.unresolvablePronouns.contains(first) && !lexicon.determiners.contains(first) ? c : nil }
        let noun = tokens[v + 2]
        guard lexicon.definiteArticles.contains(first), noun.isWord, !noun.isCapitalized, !lexicon.isFunctionWord(noun.lower),
              !lexicon.prepositions.contains(noun.lower), !lexicon.adverbs.contains(noun.lower) else { return nil }
        return c
    }

    /// `L'association Vélo pour tous salue, par la voix de sa présidente, Odile Roy, « une avancée »`,
    /// `The league welcomed, through its chair, Ann Lee, “a first step”`: a voice phrase
    /// (``Lexicon/voicePhrases``) right after the speech verb at `v`, or after it and a comma, and a
    /// name after it before the quotation at `q`: that name speaks for the verb's subject.
    func voicedSpeaker(after v: Int, before q: Int, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        let start = v + 1 < q && tokens[v + 1].text == "," ? v + 2 : v + 1
        let voice = finder.voicePhraseLength(at: start, tokens, limit: q)
        guard voice > 0, let name = finder.names(in: (start + voice)..<q, of: block).first else { return nil }
        return (name, start + voice)
    }

    /// `the family had been told by the Health Board to “…”`, `asked by the club to “…”`, `prié par
    /// la mairie de « … »`: a speech verb followed by an agent preposition (``Lexicon/agentPrepositions``),
    /// a phrase that can speak (``speaks(_:)``) and one preposition right before the quotation:
    /// the fragment is the agent's words, not the subject's.
    func passiveAgent(of v: Int, before q: Int, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard v + 3 < q, tokens[v + 1].isWord, lexicon.agentPrepositions.contains(tokens[v + 1].lower), tokens[v + 2].isWord,
              !lexicon.prepositions.contains(tokens[v + 2].lower) || lexicon.determiners.contains(tokens[v + 2].lower),
              let agent = finder.phrase(after: v + 2, limit: q - 1, in: block), agent.end == q - 1,
              tokens[q - 1].isWord, lexicon.prepositions.contains(tokens[q - 1].lower), speaks(agent.mention) else { return nil }
        return (agent.mention, v + 2)
    }

    /// `…, renvoyant à son agent, qui avait conclu jeudi en affirmant que …`: the antecedent of the
    /// relative pronoun that opens, right after a comma, the clause holding the participle at `v`
    /// (words only between, at most twelve), when it can speak (``speaks(_:)``).
    func relativeAntecedent(ofParticipleAt v: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var r = v - 1
        while r > bounds.lowerBound, v - r <= 12, tokens[r].isWord, !finder.opensRelativeClause(at: r, tokens) || tokens[r - 1].text != "," { r -= 1 }
        guard r > bounds.lowerBound, tokens[r].isWord, tokens[r - 1].text == ",", finder.opensRelativeClause(at: r, tokens),
              !lexicon.complementizers.contains(tokens[r].lower) else { return nil }
        // (`renvoyant à son agent, qui …`: the object of a preposition, as for a relative subject of a speech verb.)
        var found = antecedent(before: r - 1, from: bounds.lowerBound, in: block)
        if let object = prepositionObject(before: r - 1, from: bounds.lowerBound, in: block), found.map({ object.start < $0.start }) ?? true, speaks(object.mention) {
            found = object
        }
        guard let found, speaks(found.mention) else { return nil }
        return found
    }

    /// The agent of the passive speech verb at `v` when it ends right before the quotation at `q`
    /// (`…, and were asked one question by the mayor, Ida Crane: "…"`, `He was told by a nurse:
    /// "…"`): the verb follows an auxiliary, a coordinator or a comma (no subject of its own
    /// stands right before it), an agent preposition (``Lexicon/agentPrepositions``) comes at
    /// most four words after it with no punctuation between, and the phrase after the
    /// preposition, up to a comma or colon before the quotation, can speak (`X told reporters
    /// from the Courier:` has a subject; `asked by phone:` names no one).
    func passiveAgent(of v: Int, before q: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard v - 1 >= bounds.lowerBound, tokens[v - 1].text == "," || tokens[v - 1].isWord
                && (lexicon.auxiliaries.contains(tokens[v - 1].lower) || lexicon.coordinators.contains(tokens[v - 1].lower)),
              let by = ((v + 1)..<min(q, v + 6)).first(where: { tokens[$0].isWord && lexicon.agentPrepositions.contains(tokens[$0].lower) }),
              ((v + 1)..<by).allSatisfy({ tokens[$0].isWord }) else { return nil }
        var end = q
        while end > by + 1, [",", ":"].contains(tokens[end - 1].text) { end -= 1 }
        guard end > by + 1, let agent = finder.phrase(before: end, from: by + 1, in: block), speaks(agent.mention) else { return nil }
        return agent
    }

    /// Most words of an adverbial between an inverted subject pronoun and the comma or colon that
    /// closes its incise (`précise-t-elle dans un communiqué,`).
    static let inciseAdverbialWords = 5

    /// Whether the incise whose inverted subject pronoun is at `pronoun` closes right after it, or
    /// after an adverbial opened by a preposition or a time word (`, précise-t-elle dans un
    /// communiqué, car « … »`, `, indique-t-il lundi :`): at most ``inciseAdverbialWords`` words, no
    /// verb of saying, then a comma or a colon before the quotation at `q`.
    func closesInvertedIncise(after pronoun: Int, before q: Int, _ tokens: [Token]) -> Bool {
        let next = pronoun + 1
        guard next < q else { return false }
        if tokens[next].text == "," { return true }
        guard tokens[next].isWord, lexicon.prepositions.contains(tokens[next].lower) || lexicon.timeNouns.contains(tokens[next].lower),
              let close = (next..<min(q, next + Self.inciseAdverbialWords + 1)).first(where: { !tokens[$0].isWord }) else { return false }
        return [",", ":"].contains(tokens[close].text) && !(next..<close).contains { finder.isSpeechVerbUse(at: $0, tokens) }
    }

    /// Whether the verb at `v`, no participle, follows an adverbial set off by commas: opened by a
    /// preposition, a time noun with its determiner or an age (`X, dans un avis transmis aux
    /// sénateurs, qualifie`, `X, in a letter, called`, `X, mardi, a qualifié`, `X, 58, said`).
    func followsInsertedAdverbial(_ v: Int, bounds: Range<Int>, _ tokens: [Token]) -> Bool {
        guard !isPresentParticiple(tokens[v]), v - 2 > bounds.lowerBound, tokens[v - 1].text == "," else { return false }
        var c = v - 2
        while c >= bounds.lowerBound, tokens[c].isWord || tokens[c].quotationIndex != nil { c -= 1 }
        guard c >= bounds.lowerBound, c + 1 < v - 1, tokens[c].text == "," else { return false }
        let segment = (c + 1)..<(v - 1)
        // `X, 58, said`: an age set off by commas is no participle's comma either.
        return lexicon.prepositions.contains(tokens[c + 1].lower) || finder.isParticipleApposition(segment, tokens) || finder.isAge(tokens[segment])
            || isAdjectival(tokens[segment])
            || segment.allSatisfy { lexicon.timeNouns.contains(tokens[$0].lower) || lexicon.determiners.contains(tokens[$0].lower) }
    }

    /// `The council expects the first passengers “by the end of 2029”`, `La région table sur
    /// « une mise en service en 2028 »`: a quoted fragment (no sentence of its own) in the
    /// complement of a verb of expectation, forecast or plan (``Lexicon/expectationVerbs``), in
    /// the same clause (only words between), belongs to the verb's subject when that is an
    /// organisation (a phrase or name holding an organisation noun), unless a speech verb
    /// follows it in the sentence. After a verb of a stance taken on the record
    /// (``Lexicon/stanceVerbs``: `The league welcomed the “swift response” of the clubs`,
    /// `Certains supporters ont tenu à « chanter quand même »`) the subject may be a person too,
    /// a name, a phrase naming a speaker or a resolvable pronoun (`qu'il impute à « … »`).
    func expectation(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        guard !lexicon.expectationVerbs.isEmpty || !lexicon.stanceVerbs.isEmpty else { return nil }
        // The span without its marks: no sentence punctuation at its end or inside.
        let text = tokens[q].text.dropFirst().dropLast().filter { !$0.isWhitespace }
        guard let end = text.last, !".!?…".contains(end), !tokens[q].text.contains(". ") else { return nil }
        func isCue(_ token: Token) -> Bool { lexicon.expectationVerbs.contains(token.lower) || lexicon.stanceVerbs.contains(token.lower) }
        var v = q - 1
        while v > bounds.lowerBound, q - v <= 12, tokens[v].isWord, !isCue(tokens[v]) { v -= 1 }
        guard v > bounds.lowerBound, tokens[v].isWord, isCue(tokens[v]),
              // A speech verb after the span gives its own speaker (`…, its chief executive, Lena Hart, said`).
              !((q + 1)..<bounds.upperBound).contains(where: { finder.isSpeechVerbUse(at: $0, tokens) }) else { return nil }
        // `The spokeswoman said the line was “open again” and apologised for the “inconvenience”`:
        // a verb after a coordinator shares the subject of the sentence.
        let coordinated = v - 1 > bounds.lowerBound && tokens[v - 1].isWord && lexicon.coordinators.contains(tokens[v - 1].lower)
        guard var subject = coordinated ? sentenceSubject(in: bounds.lowerBound..<(v - 1), block: block)
                : finder.phrase(before: v, from: bounds.lowerBound, in: block) else { return nil }
        if !coordinated, !isOrganisationDocument(subject.mention), let head = sentenceSubject(in: bounds.lowerBound..<v, block: block), isOrganisationDocument(head.mention) {
            // `The board's preliminary report, released in August, found the rail was “within
            // tolerance”`: a body's own document heads the sentence, past a participle set off by
            // commas; its words are the body's (``DocumentAnnotation`` resolves the owner).
            subject = head
        }
        // `Le collectif trouve une « solution provisoire »`: a stance verb's indefinite object
        // right before the span is a thing found or taken, not words said.
        if !lexicon.expectationVerbs.contains(tokens[v].lower), q == v + 2, lexicon.indefiniteDeterminers.contains([tokens[v + 1].lower]) { return nil }
        // `que la commune trouve « une solution »`, `Le maire trouve « du temps »`: a verb of
        // finding (``Lexicon/thingFindingVerbs``) with the span right after it opened by a
        // determiner finds a thing; no one's words (`trouve le menu « fade »` keeps its subject).
        if q == v + 1, lexicon.thingFindingVerbs.contains(tokens[v].lower),
           let first = Lexicon.tokenWords(String(tokens[q].text.dropFirst().dropLast())).first,
           lexicon.determiners.contains(first.lowercased()) { return nil }
        let words: [String]
        let stance: Bool
        switch subject.mention {
        case .name(let nameWords, _, _, _): words = nameWords; stance = true
        case .phrase(let text, _): words = Lexicon.tokenWords(text); stance = finder.mayNameSpeaker(text)
        // `Il reconnaît des « lenteurs », qu'il impute à « un prestataire défaillant »`: a
        // resolvable pronoun takes a stance as a name does (carry-over resolves it).
        case .pronoun: words = []; stance = true
        default: return nil
        }
        guard words.contains(where: { lexicon.organisationNouns.contains($0.lowercased()) }) || isOrganisationDocument(subject.mention)
            || stance && lexicon.stanceVerbs.contains(tokens[v].lower) else { return nil }
        return AttributionEvidence(rule: "cue-before", cue: tokens[v].text, mention: subject.mention, mentionToken: subject.start,
                                   adjacent: q - v <= 5, confidence: 0.6)
    }

    /// Whether a phrase is a document or speech noun owned, in the Saxon genitive, by an
    /// organisation noun (`The board's preliminary report`, `the committee's letter`).
    func isOrganisationDocument(_ mention: Mention) -> Bool {
        guard case .phrase(let text, _) = mention else { return false }
        let words = text.split(separator: " ").map { $0.lowercased() }
        guard let head = words.last, lexicon.documentNouns.contains(head) || lexicon.speechNouns.contains(head),
              let owner = words.dropLast().last(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }) else { return false }
        return lexicon.organisationNouns.contains(String(owner.dropLast(2)))
    }

    /// Whether a modal of possibility stands before the speech verb at `v`, with at most one
    /// adverb between (`People might well say`, `On pourrait dire`).
    func isHypothetical(verb v: Int, from start: Int, _ tokens: [Token]) -> Bool {
        // `Imagine a voter asking, “…”`, `Supposons qu'on nous dise « … »`.
        if start < tokens.count, tokens[start].isWord, lexicon.hypotheticalOpeners.contains(tokens[start].lower) { return true }
        // `Critics will say “…”`, `Certains diront que « … »`: a generic subject and the future.
        let future = lexicon.futureMarkers.contains(tokens[v].lower) || (v - 1 >= start && lexicon.futureMarkers.contains(tokens[v - 1].lower))
        if future, (max(start, v - 3)..<v).contains(where: { tokens[$0].isWord && lexicon.genericSubjects.contains(tokens[$0].lower) }) { return true }
        guard !lexicon.hypotheticalModals.isEmpty else { return false }
        // `what can only be called “…”`, `what might be described as “…”`: a naming verb in the
        // passive after a modal (its auxiliary, and an adverb, between) whose subject is an
        // unresolvable pronoun names something as no one did (`the plan could be described as`
        // stays the clause's speaker's).
        if finder.isNamingVerb(tokens[v]), v - 3 >= start, tokens[v - 1].isWord,
           ((max(start + 1, v - 3))..<(v - 1)).contains(where: { k in
               lexicon.hypotheticalModals.contains(tokens[k].lower) && lexicon.unresolvablePronouns.contains(tokens[k - 1].lower) && (k..<v).allSatisfy { tokens[$0].isWord }
           }) { return true }
        var k = v - 1
        if k >= start, !lexicon.hypotheticalModals.contains(tokens[k].lower), finder.isSkippable(tokens[k]) { k -= 1 }
        // (`Ana Ruiz, speaking on 3 May said`: a capitalised word inside the sentence is a month or a name, no modal.)
        return k >= start && tokens[k].isWord && lexicon.hypotheticalModals.contains(tokens[k].lower) && !(k > start && tokens[k].isCapitalized)
    }

    /// In a verb-second language, the subject right after the speech verb at `v` and before the
    /// quotation at `q` (`sagte er:`, `gab das Ministerium weiter bekannt:`, `äußerte sich der
    /// Beauftragte Max Roth jedoch zuversichtlich:`): a resolvable pronoun, or a phrase up to its
    /// last capitalised word before any adverb, preposition or punctuation. A lone name word
    /// counts only when nothing stands between the verb and it.
    func invertedSubject(after v: Int, before q: Int, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var j = v + 1
        while j < q, tokens[j].isWord, lexicon.clitics.contains(tokens[j].lower), !lexicon.prepositions.contains(tokens[j].lower) { j += 1 }
        guard j < q, tokens[j].isWord else { return nil }
        if lexicon.pronouns[tokens[j].lower] != nil {
            return finder.classify(j..<(j + 1), in: block).map { ($0, j) }
        }
        guard lexicon.determiners.contains(tokens[j].lower) || finder.isTitle(tokens[j]) || finder.isHonorific(tokens[j]) || finder.isNameWord(tokens[j])
            || finder.isBarePersonNoun(tokens[j]) else { return nil }
        var end = j
        var k = j
        while k < q, k - j < SpeakerMentionFinder.maximumPhraseLength, tokens[k].isWord {
            let token = tokens[k]
            if k > j, finder.isSkippable(token) || lexicon.conjunctions.contains(token.lower) || finder.isSpeechVerb(token) { break }
            if lexicon.prepositions.contains(token.lower), !lexicon.genitiveWords.contains(token.lower) { break }
            // `sagte der Minister dem Sender`, `begründete der Präsident seine Position`: a second
            // determiner, not a genitive one, opens the object.
            if k > j, lexicon.determiners.contains(token.lower), !lexicon.genitiveWords.contains(token.lower) { break }
            if token.isCapitalized { end = k + 1 }
            k += 1
        }
        guard end > j, let mention = finder.classify(j..<end, in: block) else { return nil }
        if case .name(let words, _, _, _) = mention, words.count == 1, end - j == 1, j != v + 1 { return nil }
        return (mention, j)
    }

    /// Whether the word at `index`, a speech noun that can be a verb of saying (``Lexicon/speechNouns``:
    /// `note`, `report`), is the head noun of the object of an attribution preposition (`According
    /// to a draft note prepared by X`, `according to an internal note of X`): the preposition (not
    /// a head-only one: `A spokesman for the council said`, `a pour sa part jugé`), a determiner,
    /// then only lowercase words that are no function words and no verbs of saying up to it.
    func isNounAfterAttributionPreposition(_ index: Int, bounds: Range<Int>, _ tokens: [Token]) -> Bool {
        guard tokens[index].isWord, lexicon.speechNouns.contains(tokens[index].lower) else { return false }
        for start in max(bounds.lowerBound, index - 6)..<index {
            guard let length = attributionPrepositionLength(at: start, bounds: bounds, tokens),
                  !lexicon.headOnlyAttributionPrepositions.contains(tokens[start..<(start + length)].map(\.lower)) else { continue }
            let determiner = start + length
            guard determiner < index, tokens[determiner].isWord, lexicon.determiners.contains(tokens[determiner].lower) else { continue }
            if ((determiner + 1)..<index).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !lexicon.isFunctionWord(tokens[$0].lower) && !finder.isSpeechVerb(tokens[$0]) }) {
                return true
            }
        }
        return false
    }

    /// Whether an attribution preposition (`laut`, `according to`) starts at token `index`.
    func opensAttributionPreposition(at index: Int, bounds: Range<Int>, _ tokens: [Token]) -> Bool {
        attributionPrepositionLength(at: index, bounds: bounds, tokens) != nil
    }

    /// The number of tokens of the attribution preposition (`selon`, `according to`) that starts
    /// at token `index`, if one does.
    func attributionPrepositionLength(at index: Int, bounds: Range<Int>, _ tokens: [Token]) -> Int? {
        lexicon.attributionPrepositions.first { preposition in
            index + preposition.count <= bounds.upperBound && preposition.indices.allSatisfy { tokens[index + $0].lower == preposition[$0] }
        }?.count
    }

    /// The antecedent of the relative pronoun at `relative`, set off by a comma (`X, qui …`); when
    /// the phrase before that comma is an apposition opening in lower case after a name and a
    /// comma (`le Pr X, pneumologue au centre de Y, qui …`), or an affiliation opened by a
    /// preposition (`Tom Hale, of Hale & Moss, which ran the sale, said`), the name before it.
    func antecedentPastApposition(before relative: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard relative - 1 > bounds.lowerBound, tokens[relative - 1].text == "," else { return nil }
        let comma = relative - 1
        if let previous = (bounds.lowerBound..<comma).last(where: { tokens[$0].text == "," }), previous + 1 < comma,
           tokens[previous + 1].isWord, !tokens[previous + 1].isCapitalized,
           !lexicon.isFunctionWord(tokens[previous + 1].lower) || lexicon.prepositions.contains(tokens[previous + 1].lower),
           !(previous + 1..<comma).contains(where: { finder.isSpeechVerb(tokens[$0]) || lexicon.auxiliaries.contains(tokens[$0].lower) }),
           let named = finder.phrase(before: previous, from: bounds.lowerBound, in: block), case .name = named.mention {
            return named
        }
        return antecedent(before: comma, from: bounds.lowerBound, in: block)
    }

    /// Whether the subject of a sentence ending in a colon can be the one whose words follow: a
    /// name, a personal pronoun of a known gender (`elle`, `he`), or a phrase that ``speaks(_:)``.
    func colonSubjectSpeaks(_ mention: Mention) -> Bool {
        if case .pronoun(_, let gender) = mention { return gender == "m" || gender == "f" }
        return speaks(mention)
    }

    /// Whether a mention can be someone who speaks: a name, or a phrase that ``describesSpeaker(_:)``
    /// (`un communiqué de presse` has no author).
    func speaks(_ mention: Mention) -> Bool {
        switch mention {
        case .name: return true
        case .phrase(let text, _):
            // `un communiqué de presse`: a bare noun after the complement word says what kind of
            // text it is; an author has a determiner (`du ministère`) or a name.
            // (`a run that judges described as “…”`, `described by traders as “…”`: a bare plural
            // noun of people, lowercase, speaks for them.)
            if Lexicon.tokenWords(text).count == 1 {
                return text == text.lowercased() && !text.contains(" ") && finder.isPluralPersonNoun(text)
            }
            return describesSpeaker(text)
        case .pronoun, .unresolvable: return false
        }
    }

    /// Whether a role phrase can name someone who speaks (``SpeakerMentionFinder/namesSpeaker(_:)``):
    /// `the crisis`, `the report's figures` do not.
    func describesSpeaker(_ phrase: String) -> Bool { finder.namesSpeaker(phrase) }

    /// Whether the inverted subject right after a cue's speech verb (at `start`, the quotation
    /// closed by a comma before the verb) is an unnamed
    /// speaker whatever its noun: a phrase opened there by an indefinite determiner (`« … », décrit
    /// un ancien codétenu, joint par téléphone`, `"…," says a former cellmate`), whose words hold
    /// no document, speech or carrier noun (`", says a report`, left to its issuer) and no time
    /// noun.
    func isUnnamedInvertedSpeaker(_ mention: Mention, at start: Int, _ tokens: [Token]) -> Bool {
        guard case .phrase(let text, _) = mention, start < tokens.count, finder.isIndefiniteDeterminer(start, tokens) else { return false }
        return !Lexicon.tokenWords(text).contains {
            lexicon.documentNouns.contains($0) || lexicon.speechNouns.contains($0) || lexicon.carrierNouns.contains($0) || lexicon.timeNouns.contains($0)
        }
    }

    /// Whether evidence names no one who can speak: its mention is a role phrase headed by a
    /// thing (`un feu de poubelles avait été signalé « … »`, `ces résultats confirment « … »`).
    /// A speech or carrier noun (`the statement added`, `le communiqué du ministère`, `the banner
    /// said`) is left to the resolver, which looks for whoever made or held it.
    /// An unnamed inverted speaker or a speaking subject never names a thing.
    func namesThing(_ evidence: AttributionEvidence) -> Bool {
        !evidence.unnamedInvertedSpeaker && !evidence.speakingSubject && evidence.mention.map(isThing) ?? false
    }

    /// Whether `subject` is a definite noun phrase that speaks whatever its noun, as the subject of
    /// the first speech verb after it (`La production assure avoir « … » et rappelle que « … »`,
    /// `Dans son communiqué, la présidence de la République indique que …`, `The rule book says
    /// cakes must be "…"`): a singular definite article opens it, or an indefinite determiner
    /// (``isIndefiniteSpeakerPhrase(_:at:_:)``: `Another regular said`), at the head of the sentence or
    /// after a comma (so not a clause's subject inside what someone reports: `X dit que la crise
    /// révèle « … »`), its noun no time, and the first verb after it, with only the phrase's own
    /// words, adverbs and auxiliaries between (and a plural genitive's apostrophe: `the drivers'
    /// union`; and one relative clause set off by commas: `One parent, who asked not to be named,
    /// told`), is a speech verb, not a naming one, whose subject the phrase is. Services, offices and documents the lexicons do not list speak so (a
    /// namesake noun, `the airport`, is left to the name it may stand for). Not in
    /// the passive (`The donation was announced`: an auxiliary other than a participle's right
    /// before the verb), nor in a sentence that opens with an attribution preposition (`Pour
    /// elle, la construction menacerait « … »`: the clause is what she thinks). Nor a phrase headed
    /// by a written text that cannot speak (``Lexicon/writtenTextNouns``: `Le courrier évoque « … »`,
    /// `The rulebook says "…"`): its words are its issuer's or no one's (rule `written-source`).
    func isSpeakingSubject(_ subject: (mention: Mention, start: Int), bounds: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard case .phrase(let text, let gender) = subject.mention, gender != "plural", subject.start + 1 < bounds.upperBound,
              !lexicon.writtenTextNouns.contains(Lexicon.tokenWords(text).last ?? ""),
              lexicon.definiteArticles.contains(tokens[subject.start].lower) && !lexicon.prepositions.contains(tokens[subject.start].lower)
                || isIndefiniteSpeakerPhrase(text, at: subject.start, tokens),
              subject.start == bounds.lowerBound || tokens[subject.start - 1].text == ","
                || subject.start - 1 == bounds.lowerBound && lexicon.coordinators.contains(tokens[subject.start - 1].lower),
              tokens[subject.start + 1].isWord, !lexicon.timeNouns.contains(tokens[subject.start + 1].lower),
              !lexicon.namesakeNouns.contains(tokens[subject.start + 1].lower) else { return false }
        var w = subject.start + 1
        var limit = min(bounds.upperBound, subject.start + SpeakerMentionFinder.maximumPhraseLength)
        // The comma that opens a relative clause set off between the phrase and its verb.
        var clause: Int?
        while w < limit, !(tokens[w].isWord && finder.isSpeechVerbUse(at: w, tokens)) {
            if tokens[w].isWord { w += 1; continue }
            // `the drivers' union`: the apostrophe of a plural genitive.
            if tokens[w].text == "'" || tokens[w].text == "’", tokens[w - 1].isWord, tokens[w - 1].lower.hasSuffix("s") { w += 1; continue }
            // `Another regular, who did not want to be named, said`, `Un habitué, qui n'a pas voulu
            // être nommé, assure`: a relative clause set off by commas, with no quotation, colon or
            // semicolon in it, stands between the phrase and its verb.
            guard clause == nil, tokens[w].text == ",", w + 1 < bounds.upperBound, finder.opensRelativeClause(at: w + 1, tokens),
                  let close = ((w + 2)..<min(bounds.upperBound, w + 2 + SpeakerMentionFinder.maximumPhraseLength * 2)).first(where: { !tokens[$0].isWord }),
                  tokens[close].text == "," else { break }
            clause = w
            w = close + 1
            limit = min(bounds.upperBound, w + SpeakerMentionFinder.maximumPhraseLength)
        }
        guard w < bounds.upperBound, tokens[w].isWord, finder.isSpeechVerbUse(at: w, tokens), !finder.isNamingVerb(tokens[w]),
              !(lexicon.auxiliaries.contains(tokens[w - 1].lower) && !lexicon.participleAuxiliaries.contains(tokens[w - 1].lower)),
              !opensAttributionPreposition(at: bounds.lowerBound, bounds: bounds, tokens) else { return false }
        // (`A second report of the regulator describes`: every word up to the verb and the verb,
        // not only the phrase found, is checked for a text's noun when an indefinite determiner
        // opens it; `report` there is the noun.)
        if finder.isIndefiniteDeterminer(subject.start, tokens),
           !isIndefiniteSpeakerPhrase(tokens[subject.start..<(clause ?? w)].filter(\.isWord).map(\.text).joined(separator: " ") + " " + tokens[w].text,
                                      at: subject.start, tokens) { return false }
        return finder.phrase(before: clause ?? w, from: bounds.lowerBound, in: block)?.start == subject.start
    }

    /// Whether a phrase opened at `start` by an indefinite determiner (`a`, `another`, `one`,
    /// `un`, `une`: ``Lexicon/indefiniteDeterminers``) is an unnamed speaker whatever its noun when
    /// it is the subject of a speech verb (`Another regular said`, `A pal of the runner-up
    /// insisted:`): none whose words hold a document, speech, carrier or time noun (`A report
    /// says`, `A sign reads`, `A week later, …`), whose words are their issuer's or no one's.
    func isIndefiniteSpeakerPhrase(_ text: String, at start: Int, _ tokens: [Token]) -> Bool {
        guard finder.isIndefiniteDeterminer(start, tokens) else { return false }
        let words = Lexicon.tokenWords(text)
        // `A section of the new law says`, `A draft of the agreement`, `Une ligne de la chanson`:
        // a part of a text, then its whole, names no speaker (`Une page Pixora de soutien` does).
        if words.indices.contains(where: { $0 + 1 < words.count && lexicon.documentPartNouns.contains(words[$0]) && lexicon.genitiveWords.contains(words[$0 + 1]) }) {
            return false
        }
        return !words.contains {
            lexicon.documentNouns.contains($0) || lexicon.speechNouns.contains($0) || lexicon.carrierNouns.contains($0)
                || lexicon.timeNouns.contains($0) || lexicon.writtenTextNouns.contains($0)
        }
    }

    /// Whether a mention is a role phrase that names no one who can speak (see ``namesThing(_:)``).
    func isThing(_ mention: Mention) -> Bool {
        guard case .phrase(let text, _) = mention else { return false }
        return !finder.mayNameSpeaker(text)
    }

    /// Like ``evidence(forQuotationAt:sentence:in:)``, but a rule whose mention names a thing
    /// gives way to the next rule (`Selon une source proche de l'enquête, un feu de poubelles
    /// avait été signalé « … »` goes to the source); when none names anyone, the first evidence
    /// without its mention, so that the quotation carries over or stays unattributed.
    func speakingEvidence(forQuotationAt q: Int, sentence bounds: Range<Int>, in block: BlockText) -> AttributionEvidence? {
        var silent: AttributionEvidence?
        let rules = [cueAfter, ownWords, cueBefore, accordingTo]
        for rule in rules {
            guard var found = rule(q, bounds, block) else { continue }
            guard namesThing(found) else { return found }
            found.mention = nil
            found.mentionToken = nil
            found.confidence = 0
            if silent == nil { silent = found }
        }
        return silent
    }

    /// The subject of a speech verb right before the clause starting at `start` (`X says | the
    /// crisis has …`, `X said that | …`), if there is one.
    func outerSpeaker(before start: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var o = start - 1
        if o >= bounds.lowerBound, tokens[o].isWord, lexicon.complementizers.contains(tokens[o].lower) { o -= 1 }
        guard o >= bounds.lowerBound, finder.isSpeechVerbUse(at: o, tokens), !finder.isNamingVerb(tokens[o]),
              let outer = finder.phrase(before: o, from: bounds.lowerBound, in: block) else { return nil }
        switch outer.mention {
        case .name, .pronoun: return outer
        case .phrase(let text, _): return describesSpeaker(text) ? outer : nil
        case .unresolvable: return nil
        }
    }

    /// `Erynnyes from those were the days commented`, `Ana of Global Blog wrote`: when the phrase
    /// right before a verb is a role phrase with no name, but the clause opens with a proper
    /// name followed by a preposition (where the speaker writes from), the name is the subject:
    /// a name heading a prepositional phrase is its head, the rest only says where it is from.
    /// - Returns: the name and its first token, or nil.
    func openingNameHeadingPhrase(_ subject: (mention: Mention, start: Int), verb v: Int, sentence: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        guard case .phrase = subject.mention else { return nil }
        let tokens = block.tokens
        let start = sentence.lowerBound
        guard start < v, finder.isNameWord(tokens[start]) else { return nil }
        let run = finder.nameRun(from: start, tokens, limit: v)
        guard run.upperBound < subject.start, tokens[run.upperBound].isWord,
              lexicon.prepositions.contains(tokens[run.upperBound].lower) else { return nil }
        // No verb of its own between the name and the role phrase, and no comma (`Apart from
        // procedural concern, fulue highlighted`: an opening adverbial, not a name).
        guard !(run.upperBound..<subject.start).contains(where: { finder.isSpeechVerb(tokens[$0]) || tokens[$0].text == "," }) else { return nil }
        let words = tokens[run].map(\.text)
        return (.name(words: words, written: words.joined(separator: " "), gender: "", role: nil), start)
    }

    /// The antecedent of a relative pronoun ending at `end` (`…, qui affirme « … »`): the phrase
    /// before it, but when that phrase ends in `X de Y` / `X of Y` and its head X (one of the two
    /// words before that `de`, or the words opening the phrase before its first one) is neither a title, an honorific, a name, an organisation noun nor a person noun, only `Y` (`des représailles de l'organisation
    /// islamique, qui affirme` → `l'organisation islamique`; `le ministre de la Culture, qui` and `une habitante du bourg, qui` stay whole,
    /// and so does a partitive, `un des commerçants, qui`).
    func antecedent(before end: Int, from start: Int, in block: BlockText) -> (mention: Mention, start: Int)? {
        guard let phrase = finder.phrase(before: end, from: start, in: block) else { return nil }
        guard case .phrase = phrase.mention else { return phrase }
        let tokens = block.tokens
        guard let complement = (phrase.start..<end).last(where: { tokens[$0].isWord && lexicon.complementWords.contains(tokens[$0].lower) }),
              complement + 1 < end else { return phrase }
        // `Un des commerçants, qui …`, `One of the traders, who …`, `cette sœur d'une des
        // disparues, qui …`: an indefinite determiner right before a complement word picks one
        // person out of the group (a partitive); the phrase is that person, not the group.
        if ((phrase.start + 1)..<complement + 1).contains(where: { tokens[$0].isWord && lexicon.complementWords.contains(tokens[$0].lower)
            && finder.isIndefiniteDeterminer($0 - 1, tokens) }) { return phrase }
        // The head of `X de Y`: one of the two words before the complement (`le ministre français de`),
        // or before the first complement (`le comité de défense de la maternité, qui …`).
        var heads = Array(max(phrase.start, complement - 2)..<complement)
        if let first = (phrase.start..<complement).first(where: { tokens[$0].isWord && lexicon.complementWords.contains(tokens[$0].lower) }), first - phrase.start <= 2 {
            heads += phrase.start..<first
        }
        for k in heads where tokens[k].isWord {
            let word = tokens[k]
            // (A person noun heads it too: `Une habitante du bourg, qui …` is the inhabitant.)
            if finder.isTitle(word) || finder.isHonorific(word) || finder.isNameWord(word) || lexicon.organisationNouns.contains(word.lower)
                || lexicon.isPersonNoun(word.lower) { return phrase }
        }
        guard let inner = finder.classify((complement + 1)..<end, in: block) else { return phrase }
        return (inner, complement + 1)
    }

    /// The object of a preposition that ends at `end` (`Elle a écrit à | la commission de médiation|,
    /// qui a répondu`, `She wrote to | the pensions office|, which replied`), which a subject phrase
    /// never is: from the determiner or name word after the last preposition that is no genitive
    /// word (`de`, `of`), with words only between. For the antecedent of a relative pronoun that
    /// is the subject of a verb of saying (``cueBefore(_:bounds:block:)``).
    func prepositionObject(before end: Int, from start: Int, in block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var p = end - 1
        while p >= start, end - p <= SpeakerMentionFinder.maximumPhraseLength, tokens[p].isWord {
            if lexicon.prepositions.contains(tokens[p].lower), !lexicon.genitiveWords.contains(tokens[p].lower) {
                // `auprès de la commission`, `on behalf of the board`: the genitive word that closes
                // a compound preposition opens no complement.
                var o = p + 1
                if o + 1 < end, lexicon.genitiveWords.contains(tokens[o].lower),
                   lexicon.determiners.contains(tokens[o + 1].lower) || tokens[o + 1].lower == "l'" { o += 1 }
                // `au ministère`, `aux services`: a preposition that holds its article opens the object itself.
                let holdsArticle = o == p + 1 && lexicon.definiteArticles.contains(tokens[p].lower)
                guard o < end, holdsArticle || lexicon.determiners.contains(tokens[o].lower) || tokens[o].lower == "l'" || finder.isNameWord(tokens[o]),
                      let mention = finder.classify(o..<end, in: block) else { return nil }
                return (mention, o)
            }
            p -= 1
        }
        return nil
    }

    /// Whether the words of `range` hold a word that names a person (a title, an honorific, a
    /// name word, a person noun): `Une habitante à Lyon` does, `un rendez-vous au` does not.
    func namesPerson(in range: Range<Int>, _ tokens: [Token]) -> Bool {
        range.contains { k in
            let word = tokens[k]
            return word.isWord && (finder.isTitle(word) || finder.isHonorific(word) || finder.isNameWord(word) || lexicon.isPersonNoun(word.lower))
        }
    }

    /// A colon right before the quotation with no speech verb: a name right before the colon
    /// (`…, l'April : « … »`), else the author of a speech noun (`Un rapport de la Ligue arabe
    /// apporte la même conclusion : « … »`), else the side an opening side phrase names before
    /// an impersonal subject (`Chez X, on se veut rassurant :`), else the subject of the sentence.
    func colonWithoutVerb(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        guard q - 1 >= bounds.lowerBound, tokens[q - 1].text == ":" else { return nil }
        let range = max(bounds.lowerBound, q - Self.window)..<(q - 1)
        if let named = nameWithApposition(beforeColon: q - 1, bounds: bounds, block: block) {
            return AttributionEvidence(rule: "colon-before", cue: nil, mention: named.mention, mentionToken: named.start, adjacent: true, confidence: 0.6)
        }
        // (`Réaction de l'Union des étudiants :`, `Statement from the Harbour Trust:`: a capitalised
        // speech noun opening the phrase is no name; its author speaks, below.)
        if let named = finder.phrase(before: q - 1, from: range.lowerBound, in: block), case .name = named.mention,
           !lexicon.isSpeechNoun(tokens[named.start].lower) {
            // `Pour la principale association …, l'April : « … »`: a name right before the colon.
            // (`Roy went after her rival, former councillor Ian Lee:`: not a name in apposition to
            // the object of the subject's verb; the subject speaks.)
            if let subject = subjectBeforeObjectApposition(named.start, range: range, block: block) {
                return AttributionEvidence(rule: "colon-before", cue: nil, mention: subject.mention, mentionToken: subject.start, adjacent: true, confidence: 0.5)
            }
            return AttributionEvidence(rule: "colon-before", cue: nil, mention: named.mention, mentionToken: named.start, adjacent: true, confidence: 0.6)
        }
        // `a lu un texte d'une voix tremblante :`: a manner is no author; the sentence's subject is.
        if let author = finder.authorOfSpeechNoun(in: range, of: block), !isThing(author.mention) {
            return AttributionEvidence(rule: "colon-before", cue: nil, mention: author.mention, mentionToken: author.start, adjacent: true, confidence: 0.6)
        }
        if let described = describedPersonOpening(range, block: block) {
            return AttributionEvidence(rule: "colon-before", cue: nil, mention: described.mention, mentionToken: described.start, adjacent: true, confidence: 0.5)
        }
        // `Du côté de la direction de X, on se veut rassurant :`: an impersonal subject after a
        // side phrase, with no verb of saying, gives the side (``sideSpeaker(before:bounds:block:)``).
        if let k = range.first(where: { tokens[$0].isWord && lexicon.unresolvablePronouns.contains(tokens[$0].lower) }),
           let side = sideSpeaker(before: k, bounds: bounds, block: block) {
            return AttributionEvidence(rule: "colon-before", cue: nil, mention: side.mention, mentionToken: side.start, adjacent: true, confidence: 0.5)
        }
        // (`Son compagnon, lui, retient autre chose :`: a role subject set off by a stressed pronoun.)
        if let subject = sentenceSubject(in: range, block: block) ?? definiteRoleSubjects(in: mainClause(of: range, tokens: tokens), block: block).first {
            return AttributionEvidence(rule: "colon-before", cue: nil, mention: subject.mention, mentionToken: subject.start, adjacent: true, confidence: 0.5)
        }
        return nil
    }

    /// `Thomas, artisan plombier à Lorval : « … »`, `Marie, 34 ans, infirmière : « … »`, `Dev, a
    /// driver from Elmside: "…"`, as live blogs and vox pops give readers' and passers-by's words:
    /// a name opens the sentence and only an apposition set off by a comma follows it up to the
    /// colon, which opens with an age or a lowercase noun for a person (after an indefinite
    /// determiner), and holds no verb the lexicon knows (speech verb, auxiliary), no pronoun and
    /// no quotation. The name speaks, not a place or a role in the apposition.
    /// - Returns: the name and its first token, or nil.
    func nameWithApposition(beforeColon colon: Int, bounds: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        let first = bounds.lowerBound
        guard colon > first, colon - first <= Self.colonAppositionTokens, finder.isNameWord(tokens[first]), !finder.opensTimeAdverbial(at: first, tokens) else { return nil }
        let run = finder.nameRun(from: first, tokens, limit: colon)
        guard run.upperBound + 1 < colon, tokens[run.upperBound].text == ",",
              let mention = finder.classify(first..<run.upperBound, in: block), case .name = mention else { return nil }
        var opening = run.upperBound + 1
        let segmentEnd = (opening..<colon).first(where: { tokens[$0].text == "," }) ?? colon
        let isAge = finder.isAge(tokens[opening..<segmentEnd])
        if !isAge, finder.isIndefiniteDeterminer(opening, tokens) { opening += 1 }
        guard opening < colon, isAge || tokens[opening].isWord && !tokens[opening].isCapitalized && lexicon.isPersonNoun(tokens[opening].lower),
              !((run.upperBound + 1)..<colon).contains(where: { k in
                  tokens[k].quotationIndex != nil || finder.isSpeechVerb(tokens[k]) || lexicon.auxiliaries.contains(tokens[k].lower)
                      || lexicon.pronouns[tokens[k].lower] != nil || lexicon.relativePronouns.contains(tokens[k].lower)
              }) else { return nil }
        return (mention, first)
    }

    /// Most tokens from a name opening the sentence to the colon after its apposition
    /// (``nameWithApposition(beforeColon:bounds:block:)``).
    static let colonAppositionTokens = 16

    /// `Roy went after her main challenger, former councillor Ian Lee: "…"`, `During the debate,
    /// she thanked her deputy, Ana Lee: "…"`: a name right before a colon, in apposition (after a
    /// comma) to the object of a verb that is no speech verb, does not speak; the subject of
    /// that verb does, a name or a personal pronoun at the head of its clause (with no other comma
    /// between it and the apposition).
    func subjectBeforeObjectApposition(_ name: Int, range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        // (The apposition's role words, `former councillor`, may stand between the comma and the name.)
        var comma = name - 1
        while comma > range.lowerBound, name - comma <= 4, tokens[comma].isWord, !finder.isSpeechVerb(tokens[comma]) { comma -= 1 }
        guard comma > range.lowerBound, tokens[comma].text == "," else { return nil }
        // (`During the debate, Roy went after …`: past an opening adverbial set off by a comma.)
        var clause = range.lowerBound..<comma
        if lexicon.prepositions.contains(tokens[clause.lowerBound].lower), let opening = clause.first(where: { tokens[$0].text == "," }) { clause = (opening + 1)..<comma }
        guard !clause.isEmpty, let subject = sentenceSubject(in: clause, block: block), subject.start == clause.lowerBound else { return nil }
        switch subject.mention {
        case .name: break
        case .pronoun(_, let gender) where gender == "m" || gender == "f": break
        default: return nil
        }
        let between = (subject.start + 1)..<comma
        guard !between.contains(where: { tokens[$0].text == "," || tokens[$0].quotationIndex != nil || finder.isSpeechVerb(tokens[$0]) || finder.isNamingVerb(tokens[$0]) }),
              between.contains(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && !lexicon.isFunctionWord(tokens[$0].lower) }) else { return nil }
        return subject
    }

    /// A description of one person opening the sentence and set off by a comma (`A woman who
    /// lives opposite, Dana Rusk, called 999.`, `The cockler who inspired it, Dai Prys, sat down.`,
    /// `A local man to his bones, he said, …`): an article (definite or indefinite), at most two
    /// lowercase modifiers and a singular noun for a person (no organisation noun) at the head of
    /// `range`, then the rest of the description (a relative clause, a participle, a prepositional
    /// phrase), with no name in it, up to the first comma.
    /// - Returns: the description up to its relative pronoun (`The cockler`, `A regular at the
    ///   festival for forty years`), the gender it marks (``Lexicon/gender(ofRole:)``) and the
    ///   first token after its comma.
    func descriptionSetOff(_ range: Range<Int>, block: BlockText) -> (role: String, gender: String, next: Int)? {
        let tokens = block.tokens
        guard let d = range.first, tokens[d].isWord,
              lexicon.definiteArticles.contains(tokens[d].lower) || lexicon.indefiniteDeterminers.contains([tokens[d].lower]),
              let head = ((d + 1)..<min(range.upperBound, d + 4)).first(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && lexicon.isPersonNoun(tokens[$0].lower) }),
              ((d + 1)..<head).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !lexicon.isFunctionWord(tokens[$0].lower) }),
              !lexicon.organisationNouns.contains(tokens[head].lower), !finder.isPluralPersonNoun(tokens[head].lower),
              let comma = ((head + 1)..<min(range.upperBound, head + 14)).first(where: { !tokens[$0].isWord }), tokens[comma].text == ",",
              comma + 1 < range.upperBound,
              !((head + 1)..<comma).contains(where: { finder.isNameWord(tokens[$0]) || finder.isSpeechVerb(tokens[$0]) }) else { return nil }
        let end = ((head + 1)..<comma).first { lexicon.relativePronouns.contains(tokens[$0].lower) } ?? comma
        let role = block.text(tokens: d..<end)
        return (role, lexicon.gender(ofRole: role), comma + 1)
    }

    /// The person a description set off at the sentence's head (``descriptionSetOff(_:block:)``)
    /// names in apposition (`A woman who lives opposite, Dana Rusk, called 999.`, `A regular at
    /// the festival for forty years, Gwen Harte, queued`): a name of two words or more closed by a
    /// comma. The description is that person's, the gender it marks too; no one else is described.
    /// - Returns: the name, the description and the gender it marks.
    func descriptionApposedToName(_ range: Range<Int>, block: BlockText) -> (name: Mention, role: String, gender: String)? {
        let tokens = block.tokens
        guard let described = descriptionSetOff(range, block: block), finder.isNameWord(tokens[described.next]) else { return nil }
        let run = finder.nameRun(from: described.next, tokens, limit: range.upperBound)
        guard run.count >= 2, run.upperBound < range.upperBound, tokens[run.upperBound].text == ",",
              case .name(let words, let written, let gender, _)? = finder.classify(run, in: block) else { return nil }
        return (.name(words: words, written: written, gender: gender, role: nil), described.role, described.gender)
    }

    /// Whether the sentence opens with a description set off by a comma before a gendered personal
    /// pronoun (`A local man to his bones, he said, his father …`, `A keen gardener, she …`): the
    /// description is said of the pronoun's person, no one new.
    func opensPredicativeDescription(_ range: Range<Int>, block: BlockText) -> Bool {
        guard let described = descriptionSetOff(range, block: block), block.tokens[described.next].isWord,
              let gender = lexicon.pronouns[block.tokens[described.next].lower] else { return false }
        return gender == "m" || gender == "f"
    }

    /// Someone new and described opening a clause whose verb is no speech verb (`À la sortie, une
    /// habitante du quartier des Lilas, venue avec ses enfants, ne cachait pas son amertume :`,
    /// `Un peu plus loin, un jeune homme filmait la scène :`): at the head of `range`, or after
    /// one or two opening adverbials set off by commas (a prepositional phrase of any length: `Sur
    /// la page de la commune sur les réseaux sociaux, un habitant s'est plaint …`), an indefinite
    /// determiner, at most two modifiers (capitalised ones too: `One Brellport shift supervisor,
    /// speaking privately, was more blunt.`) and a noun for a person, with its `de` complements
    /// (`du quartier des Lilas`).
    /// - Returns: the phrase (determiner to the last complement word) and its first token.
    func describedPersonOpening(_ range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard let first = range.first else { return nil }
        var starts = [first]
        // An opening adverbial names no one (`À la sortie,`); after `According to Anne Roy,` the
        // phrase is her apposition (`a consumer analyst`), no one new. A place after another
        // preposition is no one (`Sur le marché de Brelan,`), and two adverbials may open the
        // sentence (`Sur le marché, jeudi matin, une retraitée …`).
        // A prepositional phrase may be long (`Sur la page de la commune sur les réseaux sociaux,`).
        // A relative clause on the place may follow it (`Sous le porche, où un registre a été
        // ouvert, une voisine …`), and a comma inside a parenthesis set off by dashes ends no
        // adverbial (`Dans le cortège – 300 personnes selon la police, le double selon les
        // syndicats –, une ouvrière …`).
        var opening = first
        var afterPlace = false
        for _ in 0..<2 where opening < range.upperBound {
            let relative = afterPlace && tokens[opening].isWord && (lexicon.relativePronouns.contains(tokens[opening].lower) || lexicon.conjunctions.contains(tokens[opening].lower))
            let place = relative || tokens[opening].isWord && lexicon.prepositions.contains(tokens[opening].lower)
                && attributionPrepositionLength(at: opening, bounds: range, tokens) == nil
            afterPlace = place
            var inDashes = false
            var found: Int?
            for k in opening..<min(range.upperBound, opening + (place ? Self.window : 6)) {
                if ["–", "—"].contains(tokens[k].text) { inDashes.toggle() }
                if tokens[k].text == ",", !inDashes { found = k; break }
            }
            guard let comma = found, comma > opening else { break }
            guard place || !((opening == first ? opening + 1 : opening)..<comma).contains(where: { finder.isNameWord(tokens[$0]) }) else { break }
            // `Vale, a 41-year-old welder who grew up on the street, ran …`: a name alone opening
            // the sentence, its first word too, is the subject; the description after it is hers.
            if opening == first, (first..<comma).allSatisfy({ finder.isNameWord(tokens[$0]) && !lexicon.timeNouns.contains(tokens[$0].lower) }) { break }
            starts.append(comma + 1)
            opening = comma + 1
        }
        // `C'est un voisin de palier qui l'a tirée de là`: a cleft brings the described person in.
        for opener in lexicon.cleftOpeners where first + opener.count < range.upperBound
            && opener.indices.allSatisfy({ tokens[first + $0].lower == opener[$0] }) { starts.append(first + opener.count) }
        for d in starts where d < range.upperBound && tokens[d].isWord {
            // `un`, `une`, `un autre`: the longest indefinite determiner there.
            let determiner = lexicon.indefiniteDeterminers.filter { words in
                d + words.count <= range.upperBound && words.indices.allSatisfy { tokens[d + $0].lower == words[$0] }
            }.map(\.count).max() ?? 0
            // (`One Brellport shift supervisor`: a capitalised modifier, a place or an employer, too.)
            guard determiner > 0, var head = ((d + determiner)..<min(range.upperBound, d + determiner + 3)).first(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && lexicon.isPersonNoun(tokens[$0].lower) }),
                  ((d + determiner)..<head).allSatisfy({ tokens[$0].isWord && !lexicon.isFunctionWord(tokens[$0].lower) && !finder.isSpeechVerb(tokens[$0]) }) else { continue }
            // `It was a performance critics called “luminous”`: a plural noun for people after a
            // singular determiner and a noun is the subject of a relative clause without its
            // pronoun, not the head (``SpeakerMentionFinder/phrase(before:from:in:)``; `a few
            // critics` is one plural phrase).
            if head > d + determiner, finder.isPluralPersonNoun(tokens[head].lower),
               !((d + determiner)..<head).contains(where: { lexicon.quantityNouns.contains(tokens[$0].lower) || lexicon.nonNameWords.contains(tokens[$0].lower) }) { continue }
            // `un jeune homme`: the last of adjoining nouns for people heads the phrase.
            while head + 1 < range.upperBound, tokens[head + 1].isWord, !tokens[head + 1].isCapitalized, lexicon.isPersonNoun(tokens[head + 1].lower) { head += 1 }
            var end = head + 1
            // `du quartier des Lilas`: a complement word and the few words it governs.
            // (Not a clitic before the verb: `un habitant s'est plaint`.)
            while end + 1 < range.upperBound, tokens[end].isWord,
                  lexicon.complementWords.contains(tokens[end].lower) || tokens[end].lower.hasSuffix("'") && !lexicon.clitics.contains(tokens[end].lower) {
                var k = end + 1
                while k < range.upperBound, k <= end + 3, tokens[k].isWord, !finder.isSpeechVerb(tokens[k]),
                      lexicon.determiners.contains(tokens[k].lower) || !lexicon.isFunctionWord(tokens[k].lower) && !lexicon.relativePronouns.contains(tokens[k].lower)
                        && !lexicon.clitics.contains(tokens[k].lower) {
                    k += 1
                    if k < range.upperBound, tokens[k].isWord, lexicon.complementWords.contains(tokens[k].lower) { break }
                }
                end = k
            }
            // `One member, a retired nurse from Elmside, told me`: a description in apposition
            // opened by an indefinite determiner (with no relative clause) belongs to the same
            // unnamed person.
            if end + 2 < range.upperBound, tokens[end].text == ",", tokens[end + 1].isWord, lexicon.indefiniteDeterminers.contains([tokens[end + 1].lower]),
               let close = ((end + 2)..<min(range.upperBound, end + 10)).first(where: { !tokens[$0].isWord }), tokens[close].text == ",",
               !((end + 1)..<close).contains(where: { lexicon.relativePronouns.contains(tokens[$0].lower) }),
               finder.isRoleSegment((end + 1)..<close, tokens) { end = close }
            let gender = lexicon.genderedDeterminers[tokens[d].lower] ?? ""
            return (.phrase(block.text(tokens: d..<end), gender: gender), d)
        }
        return nil
    }

    /// The person a first-person narrator meets, calls or reads to, in the clause whose subject
    /// is the narrator (``Lexicon/narratorPronouns``: `I`, `we`, `je`, `nous`), opening `range`
    /// or right after a comma or an opening conjunction: the first proper name after the
    /// pronoun that is no Saxon genitive, place or organisation word run, or the first
    /// indefinite phrase of a noun for a person (`a cornet player from Haverthwaite`), within
    /// ``narratorObjectWindow`` tokens and before any quotation, colon or semicolon (`We caught
    /// up with a cornet player from Haverthwaite in the foyer, who was honest about her band's
    /// chances.`, `Samedi, j'ai croisé Inès, 29 ans, raquette sous le bras :`, `When I read
    /// Anand's line back to Ortega, she laughed.`). Live blogs, columns and features write so;
    /// that person, not the last speaker, is the one a pronoun or a quotation with no cue then means.
    /// The newsroom's own reporter (``Lexicon/reporterPhrases``: `our reporter`, `notre
    /// journaliste`) narrates so too, a lowercase verb right after the phrase and the person within
    /// ``reporterObjectWindow`` tokens (`17h20. Notre journaliste a croisé Lucienne, 91 ans, …`).
    /// - Returns: the mention (a name, or a phrase with the gender its article or noun gives) and
    ///   its first token, or nil.
    func personMetByNarrator(in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        // (`Notre journaliste a croisé Lucienne, 91 ans,`: the newsroom's reporter meets as the
        // narrator does, the person right after the verb; not `Our reporter Jo Bell is at …`, the
        // reporter's own name.)
        func reporterLength(at k: Int) -> Int? {
            // (A word must follow the phrase inside `range`.)
            let length = finder.phrase(of: lexicon.reporterPhrases, startingAt: k, tokens, limit: range.upperBound - 1)
            return length > 0 ? length : nil
        }
        guard !lexicon.narratorPronouns.isEmpty || !lexicon.reporterPhrases.isEmpty,
              let k = range.prefix(8).first(where: { tokens[$0].isWord && (lexicon.narratorPronouns.contains(tokens[$0].lower) || reporterLength(at: $0) != nil) }),
              k == range.lowerBound || tokens[k - 1].text == ","
                || k - 1 == range.lowerBound && tokens[k - 1].isWord && lexicon.conjunctions.contains(tokens[k - 1].lower) && !lexicon.coordinators.contains(tokens[k - 1].lower)
        else { return nil }
        let reporter = lexicon.narratorPronouns.contains(tokens[k].lower) ? nil : reporterLength(at: k)
        if let reporter, !(tokens[k + reporter].isWord && !tokens[k + reporter].isCapitalized) { return nil }
        var j = k + (reporter ?? 1)
        let end = min(range.upperBound, j + (reporter == nil ? Self.narratorObjectWindow : Self.reporterObjectWindow))
        while j < end {
            let token = tokens[j]
            if token.quotationIndex != nil || [":", ";", ".", "?", "!"].contains(token.text) { return nil }
            if finder.isNameWord(token) {
                let run = finder.nameRun(from: j, tokens, limit: range.upperBound)
                // (`my copy of The Kitchen Garden Year`: a name after a genitive word or a capitalised
                // article is a thing's.)
                if finder.isSaxonGenitive(tokens[run.upperBound - 1]) || finder.isPlaceName(run, tokens)
                    || tokens[j - 1].isCapitalized || lexicon.genitiveWords.contains(tokens[j - 1].lower)
                    || tokens[run].contains(where: { lexicon.organisationNouns.contains($0.lower) }) { j = run.upperBound; continue }
                guard let mention = finder.classify(j..<run.upperBound, in: block), case .name = mention else { return nil }
                return (mention, j)
            }
            if token.isWord, lexicon.indefiniteDeterminers.contains([token.lower]),
               let noun = ((j + 1)..<min(end, j + 4)).first(where: { tokens[$0].isWord && !tokens[$0].isCapitalized
                   && (lexicon.personNouns[tokens[$0].lower] != nil || lexicon.speakerNouns.contains(tokens[$0].lower) || finder.isTitle(tokens[$0])) }),
               !((j + 1)..<noun).contains(where: { !tokens[$0].isWord || tokens[$0].isCapitalized || lexicon.isFunctionWord(tokens[$0].lower) }) {
                // `I met a second-year apprentice there called Jade Mulvaney`: the name given.
                if let naming = ((noun + 1)..<min(range.upperBound - 1, noun + 4)).first(where: { tokens[$0].isWord && finder.isNamingVerb(tokens[$0]) }),
                   finder.isNameWord(tokens[naming + 1]) {
                    let run = finder.nameRun(from: naming + 1, tokens, limit: range.upperBound)
                    if let mention = finder.classify(run, in: block), case .name = mention { return (mention, naming + 1) }
                }
                var last = noun
                // `a cornet player from Haverthwaite`: a complement naming where the person is from.
                if noun + 2 < range.upperBound, tokens[noun + 1].isWord, lexicon.prepositions.contains(tokens[noun + 1].lower), finder.isNameWord(tokens[noun + 2]) {
                    last = finder.nameRun(from: noun + 2, tokens, limit: range.upperBound).upperBound - 1
                }
                var gender = lexicon.genderedDeterminers[token.lower] ?? ""
                if gender.isEmpty { gender = lexicon.personNouns[tokens[noun].lower] ?? "" }
                return (.phrase(block.text(tokens: j..<(last + 1)), gender: gender), j)
            }
            j += 1
        }
        return nil
    }

    /// How many tokens after the narrator's pronoun the person met may be
    /// (``personMetByNarrator(in:block:)``).
    static let narratorObjectWindow = 10
    /// How many tokens after the newsroom's reporter phrase (``Lexicon/reporterPhrases``) the
    /// person met may be: a verb and its auxiliary (`a rencontré Léa`), no more.
    static let reporterObjectWindow = 3

    /// The subject of a sentence (or of the part of it in `range`): the phrase before its first
    /// auxiliary or speech verb outside quotations and before any subordinate clause; else a
    /// pronoun or a lone name opening it (`He gives reasons`, `Jzyg found out`); else its first
    /// proper name that follows no preposition; else a role before a name opening it, a verb after
    /// (`the wind-farm developer Eolia offers …`: ``roleNounAndNameOpening(at:in:block:)``).
    func sentenceSubject(in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        // `Asked whether it would agree, Kendrick was cautious`: an opening participle clause is
        // looked past once (an opening subordinate clause is not: its subject is in view too).
        // (`Giving evidence on Tuesday, Anna Roy said`: so is one opened by any participle.)
        if let first = range.first, finder.isSpeechVerb(block.tokens[first]) || finder.opensParticipleClause(at: first, block.tokens),
           case let main = mainClause(of: range, tokens: block.tokens), main != range,
           let subject = clauseSubject(in: main, block: block) { return subject }
        // `Asked by Ms Hale who "she" was, | she replied`: a range that is all an opening participle
        // clause up to its comma holds its agent, no subject; so does one cut short inside it, before
        // its comma, when an agent preposition follows the participle (`Asked by Ms Hale who "he"`).
        if let first = range.first, let last = range.last, last > first, finder.isSpeechVerb(block.tokens[first]),
           block.tokens[last].text == "," && !(first..<last).contains(where: { block.tokens[$0].text == "," })
            || block.tokens[first + 1].isWord && lexicon.agentPrepositions.contains(block.tokens[first + 1].lower)
            && !range.contains(where: { block.tokens[$0].text == "," }) { return nil }
        // `Émue, la maire a pris la parole`: a detached adjective opening the sentence is no subject.
        let subject = clauseSubject(in: range, block: block)
        if let subject, let end = finder.detachedAdjectiveEnd(at: subject.start, block.tokens), end < range.upperBound {
            return clauseSubject(in: end..<range.upperBound, block: block)
        }
        return subject
    }

    /// The part of a sentence after an opening participle clause (`Asked whether it would agree,
    /// Kendrick was cautious`) or an opening subordinate clause (`Quand on lui demande ce qu'il
    /// retient, l'artisan prend son temps`), up to the first comma; the whole range when it opens
    /// with neither. An opening coordinator is looked past (`Et quand on lui demande …, elle
    /// hausse les épaules`, `But when I ask about the closure, he goes quiet`).
    func mainClause(of range: Range<Int>, tokens: [Token]) -> Range<Int> {
        guard var first = range.first else { return range }
        if tokens[first].isWord, lexicon.coordinators.contains(tokens[first].lower), first + 1 < range.upperBound, tokens[first + 1].isWord { first += 1 }
        guard finder.isSpeechVerb(tokens[first]) || finder.opensParticipleClause(at: first, tokens)
                || tokens[first].isWord && lexicon.conjunctions.contains(tokens[first].lower) && !lexicon.coordinators.contains(tokens[first].lower),
              let comma = range.first(where: { tokens[$0].text == "," }), comma + 1 < range.upperBound else { return range }
        return (comma + 1)..<range.upperBound
    }

    private func clauseSubject(in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var clauseStart = range.lowerBound
        // `Barros, a 38-year-old nurse who has lived on the estate, ran …`: a name opening the
        // clause, with a description in apposition opened by an indefinite determiner, is the
        // subject; a verb inside the description is not the clause's. So is a name, even a lone
        // given name or surname, before any insertion opened by a lowercase word and closed by a
        // comma with a verb after it (`Lyra, dubbed "…" by fans, has spoken`, `Quill, known to
        // fans as …, has toured`, `Tasker, the 34-year-old who …, wept`).
        var openingName: (mention: Mention, start: Int)?
        // (`Trustee Gloria Amankwah, one of …,`: past an occupation opening the sentence.)
        if let first = range.first, finder.isNameWord(tokens[first]), !finder.opensTimeAdverbial(at: first, tokens), !finder.opensParticipleClause(at: first, tokens),
           !finder.isDetachedAdjective(at: first, tokens) {
            let run = finder.nameRun(from: finder.nameAfterOpeningRole(at: first, tokens) ?? first, tokens, limit: range.upperBound)
            if run.upperBound + 1 < range.upperBound, tokens[run.upperBound].text == ",", !tokens[run].contains(where: { lexicon.timeNouns.contains($0.lower) }), tokens[run.upperBound + 1].isWord,
               lexicon.indefiniteDeterminers.contains([tokens[run.upperBound + 1].lower]) || insertionBeforeVerb(from: run.upperBound + 1, in: range, tokens),
               let mention = finder.classify(first..<run.upperBound, in: block), case .name = mention {
                openingName = (mention, first)
            }
        }
        // `Un plongeur, cité comme témoin, a décrit`, `L'un d'eux, entendu comme témoin, a
        // décrit`: so is an unnamed person a determiner opens (a noun for a person, or someone of a
        // group), before an insertion opened by a lowercase word that is no determiner, with no
        // capitalised word (`The passenger, retired teacher Ana Roy, was` is named there) and
        // closed by a comma with a verb after it, when a conjunction inside the insertion (`comme`)
        // would stop the search for the subject below; that conjunction opens no clause of the
        // sentence's.
        if openingName == nil, range.count > 4, let first = range.first, tokens[first].isWord, lexicon.determiners.contains(tokens[first].lower) || tokens[first].lower == "l'",
           let comma = ((first + 2)..<min(range.upperBound, first + 6)).first(where: { tokens[$0].text == "," }),
           tokens[first..<comma].allSatisfy({ $0.isWord && $0.quotationIndex == nil }), comma + 1 < range.upperBound,
           !lexicon.determiners.contains(tokens[comma + 1].lower), insertionBeforeVerb(from: comma + 1, in: range, tokens),
           let close = ((comma + 1)..<range.upperBound).first(where: { tokens[$0].text == "," }),
           tokens[(comma + 1)..<close].contains(where: { $0.isWord && lexicon.conjunctions.contains($0.lower) && !lexicon.coordinators.contains($0.lower) }),
           !tokens[(comma + 1)..<close].contains(where: { $0.isWord && $0.isCapitalized }),
           let mention = finder.classify(first..<comma, in: block), case .phrase(let text, _) = mention, describesSpeaker(text) {
            openingName = (mention, first)
        }
        // `Sous le préau, où une urne a été installée, le cortège a croisé Paul Roy`: a clause
        // on the place of an opening prepositional phrase, set off by commas, is looked past (its
        // subject and the name in the main clause's predicate are not the sentence's subject).
        let openingPlace = range.first.map { tokens[$0].isWord && lexicon.prepositions.contains(tokens[$0].lower) } ?? false
        var skipUntil = range.lowerBound
        for index in range where index >= skipUntil {
            let token = tokens[index]
            if token.quotationIndex != nil { clauseStart = index + 1; continue }
            guard token.isWord, !token.isInvertedPronoun else { continue }
            if lexicon.conjunctions.contains(token.lower), !lexicon.coordinators.contains(token.lower) {
                if openingPlace, clauseStart == range.lowerBound, index > range.lowerBound, tokens[index - 1].text == ",",
                   !(range.lowerBound..<(index - 1)).contains(where: { tokens[$0].text == "," }),
                   let close = ((index + 1)..<range.upperBound).first(where: { tokens[$0].text == "," || tokens[$0].quotationIndex != nil }),
                   tokens[close].text == ",", close + 1 < range.upperBound {
                    clauseStart = close + 1
                    skipUntil = close + 1
                    continue
                }
                break
            }
            // (`Les gendarmes appellent les témoins à …`: a naming verb heads its clause too.)
            // (`The local state member, Renee Marsh, said`: a speech-verb word modifying a person noun is none;
            // nor is a lemma inside a name, `The Nebraska State Historical Society said`.)
            let isVerb = finder.isSpeechVerb(token) && !finder.modifiesPersonNoun(at: index, tokens) && !finder.isNameVerb(at: index, tokens)
                || lexicon.participleAuxiliaries.contains(token.lower)
                || lexicon.auxiliaries.contains(token.lower) && index + 1 < range.upperBound && tokens[index + 1].isWord
                || lexicon.presentNamingForms.contains(token.lower) && !token.isCapitalized
            guard isVerb, index > clauseStart else { continue }
            if let subject = finder.phrase(before: index, from: clauseStart, in: block) {
                if case .unresolvable = subject.mention { continue }
                if let openingName, subject.start > openingName.start { return openingName }
                return subject
            }
        }
        if let openingName { return openingName }
        // `mais Marie Dubois rejette …`: past an opening coordinator.
        var opening = range.first
        if let o = opening, o + 1 < range.upperBound, tokens[o].isWord, lexicon.coordinators.contains(tokens[o].lower) { opening = o + 1 }
        // `Last spring she received …`, `Début mars, Paul Roy a vendu …`: past an opening time adverbial.
        if let o = opening, finder.opensTimeAdverbial(at: o, tokens), let end = finder.timeAdverbialEnd(at: o, tokens, limit: range.upperBound),
           end < range.upperBound, tokens[end].isWord { opening = end }
        if let first = opening, let apposed = nameApposedToOpeningRole(at: first, in: range, block: block) { return apposed }
        if let first = opening, tokens[first].isWord {
            let lower = tokens[first].lower
            if lexicon.pronouns[lower] != nil, let mention = finder.classify(first..<(first + 1), in: block) { return (mention, first) }
            // `L'IAST appelle …`, `La Brindle Gazette reports`: a name after its article counts too.
            let article = first + 1 < range.upperBound && (lexicon.determiners.contains(lower) || lower == "l'")
                && !lexicon.genitiveWords.contains(lower) && finder.isNameWord(tokens[first + 1])
            let head = article ? first + 1 : first
            // `Last week Ana Roy, who …, published`: a time adverbial opens the sentence, no name.
            // (`Giving evidence for a second day, …`: nor does a participle clause.)
            if finder.isNameWord(tokens[head]), !finder.opensTimeAdverbial(at: head, tokens), !finder.opensParticipleClause(at: head, tokens) {
                let run = finder.nameRun(from: finder.nameAfterOpeningRole(at: head, tokens) ?? head, tokens, limit: range.upperBound)
                // (`Former bandmate Rhona Pike gave`: a capitalised word before a person noun modifies
                // the role; it is no name.)
                if run.upperBound < range.upperBound, tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized,
                   !lexicon.isFunctionWord(tokens[run.upperBound].lower), !finder.isTitle(tokens[run.upperBound]),
                   !(run.count == 1 && lexicon.isPersonNoun(tokens[run.upperBound].lower)),
                   // (`The Dunmore Orchestra's music director makes it plain`: a name in the Saxon
                   // genitive owns the subject; it is not it.)
                   !finder.isSaxonGenitive(tokens[run.upperBound - 1]),
                   let mention = finder.classify(first..<run.upperBound, in: block) {
                    return (mention, first)
                }
                // `Nadia, 41 ans, cariste depuis douze ans, préfère …`: a name opening the sentence
                // with an age in apposition, even a lone given name, is a person and the subject.
                if !article, run.upperBound < range.upperBound, tokens[run.upperBound].text == ",",
                   let close = (run.upperBound + 1..<min(range.upperBound, run.upperBound + 5)).first(where: { tokens[$0].text == "," }),
                   finder.isAge(tokens[(run.upperBound + 1)..<close]), let mention = finder.classify(first..<run.upperBound, in: block) {
                    return (mention, first)
                }
                // `Maddock, who took over after the departure of Frank Roe, intends to stay.`: a name
                // opening the sentence before a relative clause set off by commas is the subject,
                // not a name inside the clause.
                if run.upperBound + 1 < range.upperBound, tokens[run.upperBound].text == ",", finder.opensRelativeClause(at: run.upperBound + 1, tokens),
                   ((run.upperBound + 2)..<range.upperBound).contains(where: { tokens[$0].text == "," }),
                   let mention = finder.classify(first..<run.upperBound, in: block), case .name = mention {
                    return (mention, first)
                }
            }
        }
        if let first = opening, let described = unnamedPersonOpening(at: first, in: range, block: block) { return described }
        let named = finder.namedRuns(in: range, of: block)
        guard let first = named.first else { return opening.flatMap { roleNounAndNameOpening(at: $0, in: range, block: block) } }
        // `Among them is Mr Dunn's brother, Ewan Roy.`: a name in the Saxon genitive owning a noun
        // for a person (`brother`, `wife`) is not the one in view; the name apposed to that noun is.
        // (`Ana Roy's fourth novel, The Salt Orchard, took her …` keeps the owner.)
        let owner = first.run.upperBound - 1
        if named.count > 1, finder.isSaxonGenitive(tokens[owner]),
           let comma = ((owner + 1)..<min(range.upperBound, owner + 5)).first(where: { tokens[$0].text == "," }), comma > owner + 1,
           ((owner + 1)..<comma).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }), lexicon.isPersonNoun(tokens[comma - 1].lower),
           let apposed = named.first(where: { $0.run.lowerBound == comma + 1 }) {
            return (apposed.mention, range.lowerBound)
        }
        return (first.mention, range.lowerBound)
    }

    /// The subject opened at `first` by an indefinite determiner (``Lexicon/indefiniteDeterminers``:
    /// `a`, `one`, `une`), at most two lowercase words and a noun for a person (``Lexicon/personNouns``,
    /// ``Lexicon/speakerNouns``, ``Lexicon/kinNouns``), then a lowercase word that is no function
    /// word (its verb): `One lady came in with a key that wouldn't turn and said, "…"`, `A little
    /// boy looked up and said`. That unnamed person is the subject of the clause's verbs, a verb of
    /// saying coordinated after another verb too. Nil when the phrase names no speaker
    /// (``isIndefiniteSpeakerPhrase(_:at:_:)``) or the word after the noun is capitalised or a noun
    /// for a person itself (`A woman driver`).
    func unnamedPersonOpening(at first: Int, in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard finder.isIndefiniteDeterminer(first, tokens) else { return nil }
        func namesPerson(_ lower: String) -> Bool {
            lexicon.personNouns[lower] != nil || lexicon.speakerNouns.contains(lower) || lexicon.kinNouns[lower] != nil
        }
        var head = first + 1
        while head < range.upperBound, head - first <= 3, tokens[head].isWord, !tokens[head].isCapitalized, tokens[head].quotationIndex == nil {
            if namesPerson(tokens[head].lower) { break }
            guard !lexicon.isFunctionWord(tokens[head].lower) else { return nil }
            head += 1
        }
        guard head < range.upperBound, head - first <= 3, tokens[head].isWord, tokens[head].quotationIndex == nil,
              namesPerson(tokens[head].lower),
              head + 1 < range.upperBound, tokens[head + 1].isWord, !tokens[head + 1].isCapitalized,
              !lexicon.isFunctionWord(tokens[head + 1].lower), !lexicon.isPersonNoun(tokens[head + 1].lower),
              case let text = tokens[first...head].filter(\.isWord).map(\.text).joined(separator: " "),
              isIndefiniteSpeakerPhrase(text, at: first, tokens),
              let found = finder.phrase(before: head + 1, from: first, in: block), found.start == first else { return nil }
        return found
    }

    /// The subject opened at `first` by a definite article, one to three lowercase words that are
    /// no function word, the last a noun for a person, a title or an organisation's noun, then a
    /// name and a lowercase word that is no function word (its verb), with a word or a quotation
    /// after it (its object): `the wind-farm developer Eolia offers …`, `le promoteur Eolia
    /// propose …`. The phrase with its name is the subject, even when the name is one word new to
    /// the text and the verb one the lexicon does not know. Nil for a place's name, or when a
    /// comma follows the lowercase word: `L'association Vigie citoyenne, qui …` is a name with a
    /// lowercase word in it (``SpeakerMentionFinder/announcedOrganisationName(endingAt:from:in:)``).
    func roleNounAndNameOpening(at first: Int, in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard tokens[first].isWord, lexicon.definiteArticles.contains(tokens[first].lower) else { return nil }
        var name = first + 1
        while name < range.upperBound, name - first <= 3, tokens[name].isWord, !tokens[name].isCapitalized, !lexicon.isFunctionWord(tokens[name].lower) { name += 1 }
        guard name > first + 1, name < range.upperBound, name - first <= 4, finder.isNameWord(tokens[name]),
              lexicon.isPersonNoun(tokens[name - 1].lower) || finder.isTitle(tokens[name - 1]) || lexicon.organisationNouns.contains(tokens[name - 1].lower) else { return nil }
        let run = finder.nameRun(from: name, tokens, limit: range.upperBound)
        guard run.upperBound < range.upperBound, tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized,
              tokens[run.upperBound].quotationIndex == nil, !lexicon.isFunctionWord(tokens[run.upperBound].lower), !finder.isPlaceName(run, tokens),
              run.upperBound + 1 < tokens.count, tokens[run.upperBound + 1].isWord || tokens[run.upperBound + 1].quotationIndex != nil,
              let subject = finder.phrase(before: run.upperBound, from: first, in: block), subject.start == first else { return nil }
        if case .unresolvable = subject.mention { return nil }
        return subject
    }

    /// Most tokens of a role phrase opening a clause before the name apposed to it.
    static let openingRoleLength = 8

    /// The name apposed to a role phrase that opens a clause, subject of whatever verb follows:
    /// a role (a possessive, a determiner or a name in the Saxon genitive, then at most two
    /// lowercase modifiers and a noun for a person, then perhaps lowercase words that are no
    /// function word and a complement opened by a preposition: at most ``openingRoleLength``
    /// tokens), a name set off by commas (after a title: `le capitaine Ana Roy`), then a lowercase
    /// word. `His wife, Catriona, raised the alarm`, `Mr Dunn's sister, Ana Roy, read a
    /// statement`, `Le maire de Lorvel, Paul Roy, ne cache pas sa joie`, `Le premier adjoint,
    /// Paul Roy, cousin du maire, prend sa défense` (`premier` is a title, `adjoint` no function word).
    /// - Returns: the name, in that role, and its first token.
    func nameApposedToOpeningRole(at first: Int, in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard first + 5 < range.upperBound, tokens[first].isWord else { return nil }
        var modifiers = first + 1
        if lexicon.possessives[tokens[first].lower] == nil && !lexicon.determiners.contains(tokens[first].lower) {
            // (`Mr Dunn's sister`: an honorific and a name in the genitive own the role.)
            let name = finder.isHonorific(tokens[first]) ? first + 1 : first
            guard name < range.upperBound, finder.isNameWord(tokens[name]) else { return nil }
            let run = finder.nameRun(from: name, tokens, limit: range.upperBound)
            guard !run.isEmpty, run.upperBound < range.upperBound, finder.isSaxonGenitive(tokens[run.upperBound - 1]) else { return nil }
            modifiers = run.upperBound
        }
        guard let comma = ((modifiers + 1)..<min(range.upperBound, first + Self.openingRoleLength)).first(where: { tokens[$0].text == "," }),
              let head = (modifiers..<min(comma, modifiers + 3)).first(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && lexicon.isPersonNoun(tokens[$0].lower) }),
              (modifiers..<head).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }),
              // (`Le premier adjoint,`: lowercase words that are no function word may follow the head.)
              case let tail = ((head + 1)..<comma).first(where: { !tokens[$0].isWord || tokens[$0].isCapitalized || lexicon.isFunctionWord(tokens[$0].lower) }) ?? comma,
              tail == comma || lexicon.prepositions.contains(tokens[tail].lower) && !finder.isSaxonGenitive(tokens[tail - 1]),
              comma + 2 < range.upperBound, let close = ((comma + 2)..<min(range.upperBound, comma + 6)).first(where: { tokens[$0].text == "," }),
              close + 1 < range.upperBound, tokens[close + 1].isWord, !tokens[close + 1].isCapitalized, tokens[close + 1].quotationIndex == nil,
              case .name(let words, let written, let gender, _)? = finder.classify((comma + 1)..<close, in: block) else { return nil }
        return (.name(words: words, written: written, gender: gender, role: block.text(tokens: first..<comma)), comma + 1)
    }

    /// Whether a description of the subject before it starts at `start`, a lowercase determiner
    /// (`the 34-year-old who …`), participle (``Lexicon/participleEndings``, ``Lexicon/titleCues``:
    /// `dubbed`) or word with a naming particle after it (`known to fans as`), up to a comma in `range`
    /// followed by a lowercase auxiliary or word that is no function word (`, has spoken`,
    /// `, wept`). `Lyra, dubbed "…" by fans, has spoken`; not a list (`Solvants, boues
    /// d'hydrocarbures, fûts …`), `Quill, Tam and Roe agreed` nor `Lyra, who …`.
    func insertionBeforeVerb(from start: Int, in range: Range<Int>, _ tokens: [Token]) -> Bool {
        let opener = tokens[start]
        guard opener.isWord, !opener.isCapitalized, !finder.isSpeechVerb(opener),
              let close = ((start + 1)..<min(range.upperBound, start + SpeakerMentionFinder.maximumPhraseLength)).first(where: { tokens[$0].text == "," }),
              close + 1 < range.upperBound else { return false }
        let describes = lexicon.determiners.contains(opener.lower)
            || !lexicon.isFunctionWord(opener.lower) && (lexicon.titleCues.contains(opener.lower)
                || lexicon.participleEndings.contains { opener.lower.count >= $0.count + 3 && opener.lower.hasSuffix($0) }
                || ((start + 1)..<close).contains { tokens[$0].isWord && lexicon.namingParticles.contains(tokens[$0].lower) })
        guard describes else { return false }
        let verb = tokens[close + 1]
        return verb.isWord && !verb.isCapitalized && verb.quotationIndex == nil
            && (lexicon.auxiliaries.contains(verb.lower) || !lexicon.isFunctionWord(verb.lower) && !lexicon.relativePronouns.contains(verb.lower))
    }

    /// Subjects of verbs whose object is a speech noun (`another blogger wrote a post`, `the
    /// ministry released a statement`, `X published an open letter`): whoever produced the words.
    /// - Returns: each subject phrase and its first token, in text order.
    func authorsOfSpeechNounObjects(in range: Range<Int>, block: BlockText) -> [(mention: Mention, start: Int)] {
        let tokens = block.tokens
        var result: [(mention: Mention, start: Int)] = []
        var clauseStart = range.lowerBound
        for index in range {
            let token = tokens[index]
            if token.quotationIndex != nil || [",", ";", ":", "(", ")"].contains(token.text) { clauseStart = index + 1; continue }
            guard token.isWord, lexicon.speechNouns.contains(token.lower) else { continue }
            // Verb, then a determiner and at most one adjective, then the noun.
            var d = index - 1
            if d > clauseStart, tokens[d].isWord, !lexicon.determiners.contains(tokens[d].lower), !lexicon.isFunctionWord(tokens[d].lower) { d -= 1 }
            var verb = d - 1
            // `the minister read out a letter`: a particle after the verb belongs to it.
            if verb - 1 > clauseStart, tokens[verb].isWord, lexicon.verbParticles.contains(tokens[verb].lower) { verb -= 1 }
            guard d > clauseStart, tokens[d].isWord, lexicon.determiners.contains(tokens[d].lower), verb > clauseStart else { continue }
            let v = tokens[verb]
            guard v.isWord, !v.isCapitalized, !lexicon.isFunctionWord(v.lower) || lexicon.auxiliaries.contains(v.lower),
                  !lexicon.prepositions.contains(v.lower), !finder.isTitle(v) else { continue }
            if let subject = finder.phrase(before: verb, from: clauseStart, in: block) {
                switch subject.mention {
                case .name, .phrase: result.append(subject)
                default: break
                }
            }
        }
        return result
    }

    /// A described person opening a sentence as its subject (`A citizen took action`, `The
    /// young teacher went home`): a determiner, at most three modifiers and a role noun, then a
    /// lowercase word that is no function word (the verb).
    func openingRolePhrase(in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard let first = range.first, tokens[first].isWord, lexicon.determiners.contains(tokens[first].lower) else { return nil }
        for head in stride(from: first + 1, to: min(range.upperBound - 1, first + 5), by: 1) {
            guard tokens[head].isWord else { return nil }
            guard finder.isTitle(tokens[head]) else { continue }
            // `The mayor's office said`: the role owns the subject, is not it.
            if finder.isSaxonGenitive(tokens[head]) { return nil }
            let next = tokens[head + 1]
            guard next.isWord, !next.isCapitalized, !lexicon.isFunctionWord(next.lower), !finder.isTitle(next) else { return nil }
            return (.phrase(block.text(tokens: first..<(head + 1)), gender: lexicon.genderedDeterminers[tokens[first].lower] ?? ""), first)
        }
        return nil
    }

    /// The owner of a speech or carrier noun that opens a sentence as its subject (`Crowe's memo
    /// ends on a note of hope.`, `Her flyer, pushed through every door, said simply:`): a name in
    /// the Saxon genitive or a possessive, at most one lowercase modifier, then a noun of
    /// ``Lexicon/speechNouns`` or ``Lexicon/carrierNouns``. Whoever wrote the words is in view
    /// for the `she wrote` after them, as a subject is.
    /// - Returns: the owner (a name, or a pronoun to resolve) and its first token.
    func openingSpeechNounOwner(in range: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard let first = range.first, tokens[first].isWord else { return nil }
        var k = first
        if let gender = lexicon.possessives[tokens[first].lower] {
            k += 1
            guard gender == "m" || gender == "f" else { return nil }
        } else {
            while k < range.upperBound, k - first < 4, finder.isNameWord(tokens[k]), !finder.isSaxonGenitive(tokens[k]) { k += 1 }
            guard k < range.upperBound, finder.isSaxonGenitive(tokens[k]), tokens[k].isCapitalized else { return nil }
            k += 1
        }
        func isOwnedNoun(_ token: Token) -> Bool {
            token.isWord && !token.isCapitalized && (lexicon.speechNouns.contains(token.lower) || lexicon.carrierNouns.contains(token.lower))
        }
        if k + 1 < range.upperBound, !isOwnedNoun(tokens[k]), tokens[k].isWord, !tokens[k].isCapitalized, !lexicon.isFunctionWord(tokens[k].lower) { k += 1 }
        guard k < range.upperBound, isOwnedNoun(tokens[k]) else { return nil }
        if let gender = lexicon.possessives[tokens[first].lower] { return (.pronoun(tokens[first].text, gender: gender), first) }
        return finder.authorOfSpeechNoun(in: first..<(k + 1), of: block, first: true)
    }

    /// The named owner of the subject that opens a sentence (`Ostrowska's first project is a
    /// course for teenagers, and she wants …`, `Dana Lee's new book came out in May.`): a name of
    /// at most four words whose last word is in the Saxon genitive, then a lowercase word that is
    /// no function word (the owned noun or its modifier), no noun of a relative or a role within
    /// the next two words (`Lee's brother, Tom Lee, said` is about Tom Lee). The sentence is about
    /// that person, who is in view for the next `she` or `he` as a subject is.
    /// - Returns: the name (gender unknown here), or nil when the sentence opens otherwise.
    func openingGenitiveOwner(in range: Range<Int>, block: BlockText) -> Mention? {
        let tokens = block.tokens
        guard let first = range.first, tokens[first].isWord, tokens[first].quotationIndex == nil else { return nil }
        var k = first
        while k < range.upperBound, k - first < 4, finder.isNameWord(tokens[k]), !finder.isSaxonGenitive(tokens[k]) { k += 1 }
        guard k < range.upperBound, k - first < 4, finder.isSaxonGenitive(tokens[k]), tokens[k].isCapitalized, tokens[k].quotationIndex == nil,
              k + 1 < range.upperBound, tokens[k + 1].isWord, !tokens[k + 1].isCapitalized, !lexicon.isFunctionWord(tokens[k + 1].lower) else { return nil }
        // `Furlong's brother, Patrick Furlong, gave evidence`, `Lee's lawyer said`: a relative or
        // a role (one modifier may come first) is someone else, the subject.
        for owned in tokens[(k + 1)..<min(range.upperBound, k + 3)] where owned.isWord {
            if lexicon.kinNouns[owned.lower] != nil || lexicon.isPersonNoun(owned.lower) { return nil }
        }
        return SpeakerMentionFinder.genitiveOwnerName(tokens[first...k].map(\.text))
    }

    /// Definite descriptions of one person that are the subject of a clause, at the head of the
    /// sentence or right after a coordinator (`Le boulanger, 67 ans, ne cache pas son émotion`,
    /// `…, mais la maire se refuse à tout pronostic`, `Le retraité, lui, a déjà des projets`): a
    /// definite article, at most two lowercase modifiers and a title, a person noun or a noun for
    /// people (``Lexicon/speakerNouns``: `Le fromager, lui, …`), then, past
    /// an apposition of an age, a stressed pronoun, a participle that gives a name (`The singer,
    /// nicknamed “Lulu Sparkle” by fans, says`) or a prepositional adverbial (`Son mari, à côté
    /// d'elle, hausse les épaules`), a lowercase verb (or a clitic before it).
    /// - Returns: each phrase (article to noun, gender from the article or the noun, else from a
    ///   gendered possessive among the three words after the verb: `says her new record`) and its first token.
    func definiteRoleSubjects(in range: Range<Int>, block: BlockText) -> [(mention: Mention, start: Int)] {
        let tokens = block.tokens
        guard let first = range.first else { return [] }
        var starts = [first]
        for k in range where k > first && k + 1 < range.upperBound && tokens[k].isWord && lexicon.coordinators.contains(tokens[k].lower) { starts.append(k + 1) }
        var result: [(mention: Mention, start: Int)] = []
        for start in starts {
            let article = tokens[start]
            // `Son compagnon, lui, retient …`: a singular possessive opens the phrase too, before
            // any noun for a person (no organisation).
            let possessive = lexicon.possessives[article.lower].map { $0 != "plural" } ?? false
            guard article.isWord, lexicon.definiteArticles.contains(article.lower) || possessive,
                  lexicon.genderedDeterminers[article.lower] != "plural" else { continue }
            var head: Int?
            var k = start + 1
            while k < range.upperBound, k <= start + 3, tokens[k].isWord, !tokens[k].isCapitalized, !lexicon.isFunctionWord(tokens[k].lower) {
                // (`Le fromager, lui, hausse les épaules :`: a noun for people the lexicon lists as
                // ``Lexicon/speakerNouns`` heads the phrase as a person noun does.)
                if finder.isTitle(tokens[k]) || lexicon.personNouns[tokens[k].lower] != nil || lexicon.speakerNouns.contains(tokens[k].lower)
                    || possessive && lexicon.isPersonNoun(tokens[k].lower) && !lexicon.organisationNouns.contains(tokens[k].lower) { head = k }
                k += 1
            }
            // `Le talonneur vaillant Noé Arbas, lui, …`: a role and its modifiers before a
            // name are the name's title; the name is the subject.
            // (`The mayor's office said`: a head in the Saxon genitive owns the subject, is not it.)
            guard var head, !finder.isSaxonGenitive(tokens[head]), k >= range.upperBound || !finder.isNameWord(tokens[k]) else { continue }
            var verb = head + 1
            // `Le maître charpentier de 58 ans dirige`: a lowercase noun after the role, then an
            // age as its complement, belong to the phrase (the noun is its head); the verb follows.
            if verb + 4 < range.upperBound, tokens[verb].isWord, !tokens[verb].isCapitalized, !lexicon.isFunctionWord(tokens[verb].lower),
               lexicon.genitiveWords.contains(tokens[verb + 1].lower), finder.isAge(tokens[(verb + 2)..<(verb + 4)]) {
                head = verb
                verb += 4
            } else if verb + 3 < range.upperBound, tokens[verb].isWord, lexicon.genitiveWords.contains(tokens[verb].lower),
                      finder.isAge(tokens[(verb + 1)..<(verb + 3)]) {
                // (`Le charpentier de 58 ans dirige`: the age right after the head.)
                verb += 3
            }
            if verb < range.upperBound, tokens[verb].text == "," {
                // `, 67 ans,` or `, lui,`: an age or a stressed pronoun set off by commas; or
                // `, nicknamed “…” by fans,`: a name given.
                guard let close = (verb + 1..<min(range.upperBound, verb + 8)).first(where: { tokens[$0].text == "," }), close > verb + 1 else { continue }
                let segment = tokens[(verb + 1)..<close]
                let isAge = close <= verb + 4 && finder.isAge(segment)
                let isStressed = segment.count == 1 && lexicon.disjunctivePronouns[segment.first!.lower] != nil
                let isNameGiven = segment.first.map { !$0.isCapitalized && lexicon.titleCues.contains($0.lower) && finder.isNamingVerb($0) } == true
                // `Son mari, à côté d'elle, hausse les épaules :`: a prepositional adverbial (no `selon`).
                let isAdverbial = lexicon.prepositions.contains(tokens[verb + 1].lower) && !lexicon.clitics.contains(tokens[verb + 1].lower)
                    && attributionPrepositionLength(at: verb + 1, bounds: range, tokens) == nil
                // `Son voisin, plus fataliste, hausse les épaules :`: an adjective, after adverbs.
                guard isAge || isStressed || isNameGiven || isAdverbial || isAdjectival(segment) else { continue }
                verb = close + 1
            }
            guard verb < range.upperBound, tokens[verb].isWord, !tokens[verb].isCapitalized, !finder.isTitle(tokens[verb]),
                  lexicon.auxiliaries.contains(tokens[verb].lower) || lexicon.clitics.contains(tokens[verb].lower) || !lexicon.isFunctionWord(tokens[verb].lower) else { continue }
            // (`the chief arbiter, Ana Roy, docked …`: a noun the lexicon lacks, with a name
            // apposed after it, ends the role; it is no verb.)
            if verb + 2 < range.upperBound, tokens[verb + 1].text == ",", finder.isNameWord(tokens[verb + 2]) { continue }
            var gender = lexicon.genderedDeterminers[article.lower] ?? ""
            if gender.isEmpty { gender = lexicon.personNouns[tokens[head].lower] ?? "" }
            if gender.isEmpty, let possessive = tokens[(verb + 1)..<min(range.upperBound, verb + 4)].first(where: { $0.isWord && lexicon.possessives[$0.lower] != nil }),
               let owner = lexicon.possessives[possessive.lower], owner == "m" || owner == "f" {
                gender = owner
            }
            result.append((.phrase(block.text(tokens: start..<(head + 1)), gender: gender), start))
        }
        return result
    }

    /// Whether words set off by commas after a subject describe it as an adjective does
    /// (`Son voisin, plus fataliste, hausse les épaules`, `The driver, visibly shaken, said`):
    /// at most three lowercase words, adverbs (``Lexicon/adverbs``, or with an adverb suffix)
    /// then one word that is no function word, speech verb nor naming verb.
    func isAdjectival(_ segment: ArraySlice<Token>) -> Bool {
        guard let last = segment.last, segment.count <= 3,
              segment.allSatisfy({ $0.isWord && !$0.isCapitalized && !finder.isSpeechVerb($0) && !finder.isNamingVerb($0) }),
              !lexicon.isFunctionWord(last.lower) else { return false }
        return segment.dropLast().allSatisfy { word in
            lexicon.isAdverbLike(word.lower)
        }
    }

    /// The comma opening an adjectival apposition (``isAdjectival(_:)``) that ends with a comma
    /// right before the verb at `v` (`Sa collègue, très amusée, sourit`), or nil.
    func adjectivalAppositionComma(before v: Int, bounds: Range<Int>, _ tokens: [Token]) -> Int? {
        guard v - 2 > bounds.lowerBound, tokens[v - 1].text == "," else { return nil }
        var c = v - 2
        while c > bounds.lowerBound, tokens[c].isWord { c -= 1 }
        guard tokens[c].text == ",", c + 1 < v - 1, isAdjectival(tokens[(c + 1)..<(v - 1)]) else { return nil }
        return c
    }

    // MARK: According to

    func accordingTo(_ q: Int, bounds: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        var starts = Array(max(bounds.lowerBound, q - Self.window)..<min(bounds.upperBound, q + Self.window))
        if starts.first != bounds.lowerBound { starts.insert(bounds.lowerBound, at: 0) }
        for start in starts {
            for preposition in lexicon.attributionPrepositions where start + preposition.count <= bounds.upperBound {
                let matches = preposition.indices.allSatisfy { tokens[start + $0].lower == preposition[$0] }
                guard matches else { continue }
                let after = start + preposition.count
                if after < bounds.upperBound, tokens[after].isWord, lexicon.relativePronouns.contains(tokens[after].lower),
                   !lexicon.determiners.contains(tokens[after].lower) {
                    // `le rapport de l'Ordre, selon lequel « … »`, `a survey by X, according to which
                    // “…”`: the relative pronoun stands for the noun before it, the author of that
                    // text (or a person named right there: `X, selon qui « … »`), else no one. (A
                    // relative pronoun that is also a determiner is the article: `laut dem Bericht`.)
                    let comma = start - 1
                    var antecedent: (mention: Mention, start: Int)?
                    if comma > bounds.lowerBound, tokens[comma].text == "," {
                        // The text's phrase runs up to the comma (no verb or punctuation between).
                        antecedent = finder.authorOfSpeechNoun(in: bounds.lowerBound..<comma, of: block).flatMap { author in
                            (author.start..<comma).allSatisfy({ tokens[$0].isWord && !finder.isSpeechVerb(tokens[$0]) && !lexicon.auxiliaries.contains(tokens[$0].lower)
                                || finder.isPossessiveApostrophe(at: $0, tokens) }) ? author : nil
                        }
                        if antecedent == nil, let named = self.antecedent(before: comma, from: bounds.lowerBound, in: block) {
                            switch named.mention {
                            case .name:
                                antecedent = named
                            case .phrase(let text, _) where lexicon.prepositionalPersonRelatives.contains(tokens[after].lower) && finder.namesSpeaker(text)
                                && Lexicon.tokenWords(text).contains(where: lexicon.isPersonNoun)
                                && (named.start..<comma).allSatisfy({ tokens[$0].isWord || finder.isPossessiveApostrophe(at: $0, tokens) })
                                && !(after + 1 < bounds.upperBound && lexicon.pronouns[tokens[after + 1].lower] != nil):
                                // `Ce que conteste le gestionnaire du réseau, pour qui l'équipement « … »`,
                                // `the union, for whom the plan is "…"`: a relative pronoun for persons
                                // after the preposition stands for the person, group or organisation
                                // the phrase before names (`Le tarif du parking, pour qui` names none).
                                // A clause with its own subject pronoun (`le chauffeur du directeur,
                                // pour qui il conduisait « jour et nuit »`) says what the subject did.
                                antecedent = named
                            default:
                                break
                            }
                        }
                    }
                    return AttributionEvidence(rule: "according-to", cue: tokens[start..<after].map(\.text).joined(separator: " "),
                                               mention: antecedent?.mention ?? .unresolvable(tokens[after].text), mentionToken: antecedent?.start ?? after,
                                               adjacent: true, confidence: 0.7)
                }
                // A head-only preposition (`pour`, `for`) counts only at the head of the sentence
                // (`Pour X, « … »` / `Mais pour X, « … »`), before a comma or a colon.
                let headOnly = lexicon.headOnlyAttributionPrepositions.contains(preposition)
                let atHead = start == bounds.lowerBound || (start - 1 == bounds.lowerBound && lexicon.conjunctions.contains(tokens[start - 1].lower))
                if headOnly, !atHead { continue }
                if after < bounds.upperBound, tokens[after].isWord, let gender = lexicon.disjunctivePronouns[tokens[after].lower],
                   !headOnly || after + 1 < bounds.upperBound && [",", ":"].contains(tokens[after + 1].text) {
                    // `Selon lui, « … »`: the stressed pronoun is resolved like a subject pronoun.
                    return AttributionEvidence(rule: "according-to", cue: tokens[start..<after].map(\.text).joined(separator: " "),
                                               mention: .pronoun(tokens[after].text, gender: gender), mentionToken: after, adjacent: true, confidence: 0.7)
                }
                guard let phrase = finder.phrase(after: after, limit: bounds.upperBound, in: block) else { continue }
                // Where nouns are capitalised, lowercase words are no speaker (`laut geworden`).
                if lexicon.capitalisedNouns, case .phrase = phrase.mention, !tokens[after..<phrase.end].contains(where: \.isCapitalized) { continue }
                if headOnly {
                    let comma = tokens[phrase.end..<min(bounds.upperBound, phrase.end + 10)].firstIndex { [",", ":"].contains($0.text) }
                    guard let comma, !tokens[phrase.end..<comma].contains(where: { finder.isSpeechVerb($0) || $0.quotationIndex != nil }) else { continue }
                }
                var mention = phrase.mention
                var mentionToken = after
                if headOnly, case .phrase = phrase.mention,
                   let comma = tokens[phrase.end..<min(bounds.upperBound, phrase.end + 10)].firstIndex(where: { $0.text == "," }),
                   let named = apposedName(after: comma, bounds: bounds, block: block) {
                    // `Pour le directeur du projet à la SEVM, Paul Roy, il s'agit d'« … »`: the
                    // name in apposition to the role is the one whose view it is.
                    mention = named.mention
                    mentionToken = named.start
                }
                // (`according to a draft note prepared by X`: a speech noun that can be a verb
                // closes the phrase read so far; it is the phrase's head all the same.)
                let nounAfterPhrase = phrase.end < bounds.upperBound && tokens[phrase.end].isWord && lexicon.speechNouns.contains(tokens[phrase.end].lower)
                    && isNounAfterAttributionPreposition(phrase.end, bounds: bounds, tokens)
                if case .phrase(let text, _) = mention,
                   nounAfterPhrase || text.split(separator: " ").contains(where: { lexicon.speechNouns.contains($0.lowercased()) }),
                   let author = finder.authorOfSpeechNoun(in: after..<bounds.upperBound, of: block, first: true) {
                    // `according to a joint statement issued by the ministries`, `selon un communiqué de la
                    // préfecture`: the author of the text.
                    mention = author.mention
                    mentionToken = author.start
                }
                var evidence = AttributionEvidence(rule: "according-to", cue: tokens[start..<after].map(\.text).joined(separator: " "),
                                                   mention: mention, mentionToken: mentionToken, adjacent: true, confidence: 0.7)
                evidence.mustResolve = headOnly
                return evidence
            }
        }
        return nil
    }
}
