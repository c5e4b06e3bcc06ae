import Model

/// One run of the annotator over one document: finds the quotations, walks the blocks and
/// sentences in order keeping the entity registry and the last speaker, and builds the transcript.
struct DocumentAnnotation {
    let document: SourceDocument
    let lexicon: Lexicon
    var finder: SpeakerMentionFinder
    var rules: AttributionRules
    let classifier: QuotationClassifier
    var registry: SpeakerRegistry
    var blocks: [BlockText]
    var quotations: [FoundQuotation] = []

    /// What was decided for one found quotation.
    struct Decision {
        var kind: Quotation.Kind
        var entity: Int?
        var attribution: Attribution
        /// Text and spans when an incise was taken out.
        var text: String?
        var spans: [TextSpan]?
        /// True when a block quotation took the speaker of the block quotation right before it,
        /// with no cue of its own (``isCarried(_:)``).
        var carried = false
    }
    var decisions: [Int: Decision] = [:]
    var lastSpeaker: (entity: Int, block: Int)?
    /// The subject of a sentence after the last attributed quotation (`X savourait. « … »`): a
    /// quotation with no cue that opens a later sentence of the same paragraph is theirs.
    var subjectSinceSpeaker: (entity: Int, block: Int)?
    /// The block and first token of the sentence whose subject (of any verb) made
    /// ``subjectSinceSpeaker`` (``salientSubject(in:blockIndex:)``): a cue-less quotation later in
    /// that sentence is that person's.
    var salientSentence: (block: Int, start: Int)?
    /// An organisation that is the subject of the sentence just read (`La société, qui emploie 45
    /// personnes, a levé 18 millions d'euros.`), the end of that sentence and the subject's
    /// gender: a pronoun of that gender opening the next sentence (`Elle promet …`, `It says …`)
    /// stands for it (``resolve(_:at:sentence:blockIndex:create:)``).
    /// With no entity, `phrase` is a bare organisation-noun phrase met first here (`La mairie a
    /// ouvert …`), made an entity only when such a pronoun means it.
    var organisationSubject: (entity: Int?, phrase: String, block: Int, end: Int, gender: String)?
    /// The organisation a spokesperson who is the subject of the sentence just read speaks for
    /// (`A spokeswoman for the Harbour Board said …`, ``Lexicon/behalfPrepositions``), the end of
    /// that sentence and the spokesperson's gender (`m`, `f`, or "" for `a spokesperson`): a
    /// personal pronoun of that gender (of either, for "") in the next sentence (`“…,” she said.`)
    /// is that voice again, the organisation, not another woman in view.
    var spokespersonSubject: (entity: Int, block: Int, end: Int, gender: String)?
    /// The organisation last found as a sentence subject (`La société Kelvra Systems fabrique …`),
    /// which a later bare `La société` at the head of a sentence means.
    var lastOrganisation: (entity: Int, block: Int)?
    /// A definite role phrase that was the subject of the sentence just read and that nobody
    /// known answers to while its gender is unknown (`As for the celebrations, the new champion
    /// had modest plans.`), the block and the end of that sentence: a personal pronoun opening the
    /// next sentence or its cue (`"…," she said.`) gives the gender, and the phrase then means the
    /// named person of that gender it describes (``SpeakerRegistry/definiteDescriptionReferent(_:gender:)``).
    var pendingRoleSubject: (phrase: String, block: Int, end: Int)?
    /// Who issued each document named so far with its issuer (`new guidance published by the
    /// Department for Schools`, `le rapport de la Cour des comptes`, `The agency released a
    /// report`): the document's noun, lowercased → the issuer named last. A definite phrase headed
    /// by that noun later (`the guidance says`, `selon le rapport`) speaks for the issuer
    /// (``documentIssuer(of:)``).
    var documentIssuers: [String: Mention] = [:]
    /// The issuer ``noteDocumentIssuers(in:block:)`` noted last, whatever the document's noun, and
    /// how many sentences ago (0: the sentence being read): `The report by X found … “…,” the
    /// audit said.` names one document by two nouns (``documentIssuer(of:)``).
    var lastDocumentIssuer: (mention: Mention, age: Int)?
    /// Per-sentence flags of the sentence last looked at (``sentenceFlags(_:blockIndex:)``).
    var flagCache: (block: Int, sentence: Range<Int>, naming: Bool, reportedMood: Bool)?
    /// Reported (indirect) speech found so far, in document order.
    var reported: [ReportedSpeech] = []
    /// The entity of each block's speaker turn, when the block belongs to a labelled turn.
    var turnSpeakers: [Int: Int] = [:]
    /// Who relayed whose words (`ESWN translated some teacher's comments:`): relayer entity →
    /// the entity whose words they relayed, last relay first.
    var relays: [Int: Int] = [:]
    /// Whoever answered the last interview question (DocumentAnnotation+Interview.swift): the
    /// speaker of the next answer with no cue.
    var interviewee: Int?
    /// The person most in view right before the document's first interview question
    /// (``noteStandfirstPerson(_:)``): the one the standfirst introduces (`Ana Roy, 49, is a
    /// school nurse. We met her in her office.`), who says `I` in the answers when no heading
    /// named the interviewee.
    var standfirstPerson: Int?
    /// Whether the document's speaker turns are an interview's questions and answers: some turn
    /// is labelled as a question (`Q:`, ``Lexicon/questionLabels``) and some as an answer (`A:`).
    /// A transcript with only a voice called `A` (or `Q`) has no such labels: `A` is a speaker.
    let hasInterviewLabels: Bool
    /// Whether the first interview question was met (``noteStandfirstPerson(_:)``).
    var firstQuestionMet = false
    /// Whether the opening of the body was looked at for a profile's person (``introduceProfileSubject(_:)``).
    var profileChecked = false
    /// Whether the title was read for an interview heading (``introduceIntervieweeFromTitle(before:)``).
    var titleInterviewChecked = false
    /// The document's first-person narrator once looked for (``documentNarrator()``): nil before,
    /// `.some(nil)` when the title names none.
    var narrator: Int??
    /// The words written inside sentences (``wordsInsideSentences()``), once found.
    var wordsInsideSentencesCache: Set<String>?
    /// How the text writes each name asked about, by its folded words (``capitalisedUses(of:)``),
    /// once found: ``isNonPersonName(_:)`` and ``isNoSpeakerName(_:)`` scan the document once per name.
    var nameUsesCache: [[String]: NameUses] = [:]
    /// Per block, how many narrative blocks (all but block quotations) lead up to it: how far
    /// back a pronoun looks is counted in these, so a chain of quoted paragraphs counts as one.
    let narrative: [Int]

    /// - Parameter declared: speakers to resolve first (front matter, then `speakers.yml`); nil
    ///   means the document's front-matter speakers.
    init(document: SourceDocument, lexicon: Lexicon, declared: [Speaker]? = nil) {
        self.document = document
        self.lexicon = lexicon
        finder = SpeakerMentionFinder(lexicon: lexicon)
        rules = AttributionRules(lexicon: lexicon)
        classifier = QuotationClassifier(lexicon: lexicon)
        registry = SpeakerRegistry(lexicon: lexicon)
        blocks = document.blocks.map { BlockText($0.text) }
        var count = 0
        narrative = document.blocks.map { block in
            if block.kind != .blockQuote { count += 1 }
            return count
        }
        let labels = Set(document.blocks.compactMap { $0.turn?.label?.lowercased() })
        hasInterviewLabels = !labels.isDisjoint(with: lexicon.questionLabels) && !labels.isDisjoint(with: lexicon.answerLabels)
        for speaker in declared ?? document.metadata.speakers { _ = registry.declare(speaker) }
    }

    mutating func run() -> Transcript {
        let quoteFinder = QuotationFinder(lexicon: lexicon)
        var found = quoteFinder.find(in: blocks.map(\.scalars))
        // A `> ` block is one quotation, unless a pair of marks already encloses all of it.
        for (index, block) in document.blocks.enumerated() where block.kind == .blockQuote {
            let count = blocks[index].scalars.count
            guard count > 0 else { continue }
            let enclosed = found.contains { q in
                q.pieces.count == 1 && q.pieces[0].block == index && q.pieces[0].outer.lowerBound == 0 && q.pieces[0].outer.upperBound >= count - 1
            }
            if enclosed { continue }
            let piece = FoundQuotation.Piece(block: index, outer: 0..<count, inner: 0..<count)
            found.append(FoundQuotation(pieces: [piece], pair: -1, closed: true, isBlockQuote: true))
        }
        quotations = quoteFinder.nest(found.map { var q = $0; q.parent = nil; return q })
        tokenizeBlocks()
        for index in blocks.indices {
            annotateTurn(index)
            if document.blocks[index].kind == .blockQuote {
                annotateBlockQuote(index)
            } else {
                annotateParagraph(index)
            }
        }
        attributeRepeatedWords()
        attributeHeadingQuotations()
        return makeTranscript()
    }

    // MARK: Tokens

    private mutating func tokenizeBlocks() {
        let tokenizer = Tokenizer(lexicon: lexicon)
        var perBlock: [[(range: Range<Int>, index: Int, endsSentence: Bool)]] = Array(repeating: [], count: blocks.count)
        for (index, quotation) in quotations.enumerated() where quotation.parent == nil {
            for piece in quotation.pieces {
                let last = blocks[piece.block].scalars[piece.inner].last { !QuotationMarks.isSpace($0) }
                let ends = last.map { [".", "!", "?", "…"].contains($0) } ?? false
                perBlock[piece.block].append((piece.outer, index, ends))
            }
        }
        for index in blocks.indices {
            let pieces = perBlock[index].sorted { $0.range.lowerBound < $1.range.lowerBound }
            blocks[index].tokens = tokenizer.tokens(of: blocks[index].scalars, quotations: pieces)
        }
    }

    private func sentences(of block: Int) -> [Range<Int>] {
        let tokens = blocks[block].tokens
        var result: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index + 1 == tokens.count || tokens[index + 1].sentence != tokens[index].sentence {
            result.append(start..<(index + 1))
            start = index + 1
        }
        return result
    }

    // MARK: Turns

    /// Rule 1 of DESIGN.md, "Attribution": a block inside a labelled speaker turn belongs to the
    /// speaker its label names (`M. DUPONT` → the declared or found Dupont), without honorifics.
    /// An interview's labels name no one: a question turn (`Q:`, ``Lexicon/questionLabels``) is
    /// the interviewer's, and an answer turn (`A:`, ``Lexicon/answerLabels``) the interviewee's,
    /// when known (``answerTurnSpeaker()``).
    private mutating func annotateTurn(_ blockIndex: Int) {
        guard let turn = document.blocks[blockIndex].turn, let label = turn.label else { return }
        if isQuestionTurn(blockIndex) { return }
        if isAnswerTurn(blockIndex) {
            guard let entity = answerTurnSpeaker() else { return }
            turnSpeakers[blockIndex] = entity
            registry.markSalient(entity, position: narrative[blockIndex])
            return
        }
        let words = label.split(separator: " ").map(String.init).filter { lexicon.honorifics[$0.lowercased()] == nil }
        guard !words.isEmpty else { return }
        var gender = ""
        for word in label.split(separator: " ") { if let g = lexicon.honorifics[word.lowercased()], !g.isEmpty { gender = g } }
        let entity = registry.resolveLabel(words: words, written: label, gender: gender)
        turnSpeakers[blockIndex] = entity
        registry.markSalient(entity, position: narrative[blockIndex])
    }

    // MARK: Paragraphs

    private mutating func annotateParagraph(_ blockIndex: Int) {
        if !profileChecked, !blocks[blockIndex].tokens.isEmpty, !isDateLine(blocks[blockIndex]) { introduceProfileSubject(blockIndex) }
        if !titleInterviewChecked { titleInterviewChecked = true; introduceIntervieweeFromTitle(before: blockIndex) }
        introduceInterviewee(blockIndex)
        noteStandfirstPerson(blockIndex)
        for sentence in sentences(of: blockIndex) {
            let block = blocks[blockIndex]
            registry.enterSentence(position: narrative[blockIndex])
            // `The 31-year-old, whose manager Ana Bell booked the shows, said`: a name inside the
            // relative clause of a described subject is registered but not the one named last, whom
            // the description might mean (``SpeakerRegistry/ageDescriptionReferent(_:window:)``).
            let subjectClause = describedSubjectRelativeClause(in: sentence, block: block)
            for part in [sentence.lowerBound..<subjectClause.lowerBound, subjectClause, subjectClause.upperBound..<sentence.upperBound] where !part.isEmpty {
                for named in finder.namedRuns(in: part, of: block) {
                    guard case .name(let words, let written, let gender, let role) = named.mention else { continue }
                    let entity = registry.resolveName(words: words, written: written, gender: gender, role: role)
                    if part != subjectClause { registry.noteNamed(entity) }
                    // `Ana Roy, 45,`: her stated age, for a later `the 45-year-old`.
                    if let age = finder.statedAge(of: named.run, limit: sentence.upperBound, block.tokens) { registry.noteStatedAge(age, of: entity) }
                    // `the airport` names a speaker once one name with that head is known; once a
                    // second is, it still does, but means neither
                    // (``SpeakerRegistry/nameHeadReferent(_:)``): the speaker stays unresolved.
                    if let head = registry.nameHead(of: entity), !finder.organisationHeads.contains(head) {
                        finder.organisationHeads.insert(head)
                        rules.finder.organisationHeads.insert(head)
                    }
                }
            }
            // `Her neighbour, who gave his name only as Col, was less philosophical.`: the name such a
            // relative clause gives is a person in view, for a later pronoun.
            for k in sentence where k > sentence.lowerBound && finder.opensRelativeClause(at: k, block.tokens) {
                guard let named = finder.givenName(after: k - 1, limit: sentence.upperBound, in: block),
                      case .name(let words, let written, let gender, let role) = named.mention else { continue }
                let entity = registry.resolveName(words: words, written: written, gender: gender, role: role)
                registry.noteNamed(entity)
                registry.markSalient(entity, position: narrative[blockIndex])
            }
            noteDocumentIssuers(in: sentence, block: block, blockIndex: blockIndex)
            // `l'agence régionale de santé (ARS)`: the acronym names the same organisation.
            for definition in finder.acronymDefinitions(in: sentence, of: block) {
                guard case .name(let words, let written, _, _) = definition.name else { continue }
                registry.addAcronym(definition.acronym, to: registry.resolveName(words: words, written: written, gender: "", role: nil))
            }
            // Names that are the subject of a clause a later pronoun may mean, besides the
            // sentence subject: `Castellani, lui, compte …` (set off by a stressed pronoun) and
            // `…, mais Marie Dubois rejette …` (after a coordinator, before a lowercase verb).
            let tokens = block.tokens
            for k in sentence where finder.isNameWord(tokens[k]) {
                if k + 3 < sentence.upperBound, tokens[k + 1].text == ",", tokens[k + 3].text == ",",
                   lexicon.disjunctivePronouns[tokens[k + 2].lower] != nil {
                    var first = k
                    // (`Paul Le Guen, lui,`: over a particle inside the name too, so that the whole name, not a namesake's surname, is meant.)
                    while first - 1 >= sentence.lowerBound, finder.isNameWord(tokens[first - 1])
                        || first - 2 >= sentence.lowerBound && tokens[first - 1].isWord && lexicon.nameInternalWords.contains(tokens[first - 1].lower) && finder.isNameWord(tokens[first - 2]) { first -= 1 }
                    markNameSalient(first..<(k + 1), in: block, blockIndex: blockIndex)
                }
                if k > sentence.lowerBound, tokens[k - 1].isWord, lexicon.coordinators.contains(tokens[k - 1].lower) {
                    let run = finder.nameRun(from: k, tokens, limit: sentence.upperBound)
                    if run.upperBound < sentence.upperBound, tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized,
                       !lexicon.isFunctionWord(tokens[run.upperBound].lower) || lexicon.auxiliaries.contains(tokens[run.upperBound].lower) {
                        // `Dylan Moss and Agnes Porter run the ferry`: the full name before the
                        // coordinator is a subject of the verb too (the later pronoun's gender picks).
                        var first = k - 1
                        while first - 1 >= sentence.lowerBound, finder.isNameWord(tokens[first - 1]) { first -= 1 }
                        if k - 1 - first >= 2 { markNameSalient(first..<(k - 1), in: block, blockIndex: blockIndex) }
                        markNameSalient(run, in: block, blockIndex: blockIndex)
                    }
                }
            }
            // `Pour le développeur X, la coupure …`, `Selon Anne Roy, …`: the one whose view the
            // sentence gives is in view, as a subject is, for a later pronoun.
            // `Pour la députée Anne Roy, …`, `Pour la procureure, Anne Roy, …`: a role phrase with
            // the name right after it (in apposition or not) gives that name.
            if let first = sentence.first, let length = rules.attributionPrepositionLength(at: first, bounds: sentence, tokens),
               first + length < sentence.upperBound,
               let named = finder.phrase(after: first + length, limit: sentence.upperBound, in: block) {
                var mention: Mention? = named.mention
                if case .phrase = named.mention {
                    var next = named.end
                    if next < sentence.upperBound, tokens[next].text == "," { next += 1 }
                    mention = next < sentence.upperBound && finder.isNameWord(tokens[next])
                        ? finder.names(in: next..<min(sentence.upperBound, next + 5), of: block).first : nil
                }
                // The one whose view it is becomes the subject since the last quotation: a quotation
                // opening a later sentence of the paragraph is theirs (`Pour le glaciologue Martin
                // Roy, de l'Université de Lorval, la situation n'a rien d'un accident. « … »`).
                if case .name(let words, let written, let gender, let role)? = mention {
                    let entity = registry.resolveName(words: words, written: written, gender: gender, role: role)
                    // (Named here, though after a preposition: `la jeune femme de 27 ans` may mean her.)
                    registry.noteNamed(entity)
                    registry.markSalient(entity, position: narrative[blockIndex])
                    subjectSinceSpeaker = (entity, blockIndex)
                } else if case .phrase(let role, let gender) = named.mention, let entity = registry.definiteDescriptionReferent(role, gender: gender) {
                    // `Pour le jeune artisan, la récompense …`: a definite role of someone already named.
                    registry.markSalient(entity, position: narrative[blockIndex])
                    subjectSinceSpeaker = (entity, blockIndex)
                }
            }
            let quoteTokens = sentence.filter { block.tokens[$0].quotationIndex != nil }
            // `Le ton est monté lorsque Nadia Roux, conseillère d'opposition, a évoqué la fermeture.`:
            // a name that is the subject of a speech verb in a clause with no quotation is in view
            // for the next pronoun, as a main subject is (which still comes after it).
            if quoteTokens.isEmpty {
                for v in sentence where v > sentence.lowerBound && finder.isSpeechVerbUse(at: v, block.tokens) && !finder.isNamingVerb(block.tokens[v]) {
                    var subjectEnd = v
                    while subjectEnd > sentence.lowerBound, lexicon.auxiliaries.contains(block.tokens[subjectEnd - 1].lower) { subjectEnd -= 1 }
                    guard subjectEnd > sentence.lowerBound, let subject = finder.phrase(before: subjectEnd, from: sentence.lowerBound, in: block) else { continue }
                    switch subject.mention {
                    case .name(let words, let written, let gender, let role):
                        registry.markSalient(registry.resolveName(words: words, written: written, gender: gender, role: role), position: narrative[blockIndex])
                    default:
                        // `Le ton est monté lorsque la conseillère d'opposition a évoqué le coût …`: a
                        // role phrase there, opened by a determiner a few words before the verb, that
                        // means a person named before puts that person in view.
                        guard let entity = roleSubjectReferent(before: subjectEnd, sentence: sentence, block: block) else { continue }
                        registry.markSalient(entity, position: narrative[blockIndex])
                    }
                }
            }
            // A nickname between two name words (`Dennis "Big Dan" Whitfield`), or a title inside a
            // noun phrase (`on the "Night Desk" programme, Paul Roy said`), does not end the subject's
            // part. Nor does a name or title in a phrase (`Sur Radio Plaine, dans « La Matinale », Luc
            // Berthier a parlé`): the subject is looked for past it.
            // (Loops rather than `first(where:)`: a closure that calls a method of this struct
            // copies the whole struct at each call, which the profile showed.)
            var firstSpeech: Int?
            for q in quoteTokens
            where !isBetweenNameWords(q, sentence: sentence, block: block) && !isTitleBeforeNoun(q, sentence: sentence, block: block)
                && !rules.isNamedTerm(q, sentence: sentence, block.tokens) {
                firstSpeech = q
                break
            }
            let beforeQuotes = sentence.lowerBound..<min(firstSpeech ?? sentence.upperBound, sentence.lowerBound + AttributionRules.window)
            // Subjects in text order; a described person (`A citizen took`, `another blogger
            // wrote a post`) is created, the plain sentence subject only resolved.
            var subjects: [(mention: Mention, start: Int, creates: Bool)] = []
            var organisation: (entity: Int?, phrase: String, block: Int, end: Int, gender: String)?
            // (The rules read only the block, so the sentence subject is looked for once.)
            let sentenceSubject = rules.sentenceSubject(in: beforeQuotes, block: block)
            if let subject = sentenceSubject { subjects.append((subject.mention, subject.start, false)) }
            if let subject = rules.subjectPastRelativeClause(in: beforeQuotes, block: block) ?? sentenceSubject {
                var gender = ""
                if case .phrase(_, let g) = subject.mention { gender = g }
                if case .name(_, _, let g, _) = subject.mention { gender = g }
                if let entity = organisationEntity(subject, block: block, blockIndex: blockIndex) {
                    organisation = (entity, subject.mention.written, blockIndex, sentence.upperBound, gender)
                } else if case .phrase(let text, _) = subject.mention, organisationHead(of: subject.start, in: block) != nil {
                    organisation = (nil, text, blockIndex, sentence.upperBound, gender)
                } else if case .name = subject.mention,
                          let verb = (subject.start..<min(sentence.upperBound, subject.start + SpeakerMentionFinder.maximumPhraseLength)).first(where: { tokens[$0].isWord && !tokens[$0].isCapitalized }),
                          finder.isSpeechVerbUse(at: verb, tokens), !finder.isNamingVerb(tokens[verb]),
                          let entity = resolveQuietly(subject.mention), registry.entities[entity].likelyGender.isEmpty {
                    // `Corvell said production would wind down. It said …`: a name that no person's
                    // gender or role marks, subject of a verb of saying, may be a company's, which
                    // only an impersonal pronoun (gender "") opening the next sentence can mean.
                    organisation = (entity, subject.mention.written, blockIndex, sentence.upperBound, "")
                }
            } else if organisationHead(of: beforeQuotes.lowerBound, in: block) != nil,
                      let opening = finder.phrase(after: beforeQuotes.lowerBound, limit: beforeQuotes.upperBound, in: block),
                      case .phrase(let text, let gender) = opening.mention, lexicon.determiners.contains(block.tokens[beforeQuotes.lowerBound].lower) {
                // `La préfecture, de son côté, récuse toute responsabilité.`: an organisation phrase
                // opening the sentence is its subject whatever verb follows (one the lexicon does
                // not know), for the next sentence's `elle`.
                organisation = (resolveQuietly(opening.mention), text, blockIndex, sentence.upperBound, gender)
            }
            if organisation == nil, let comma = beforeQuotes.first(where: { block.tokens[$0].text == "," }), comma + 2 < beforeQuotes.upperBound,
               opensAfterAdverbial(comma + 1, sentenceStart: beforeQuotes.lowerBound, block: block)
                || opensAfterPrepositionalPhrase(comma + 1, sentenceStart: beforeQuotes.lowerBound, block: block),
               lexicon.determiners.contains(block.tokens[comma + 1].lower), organisationHead(of: comma + 1, in: block) != nil,
               !lexicon.attributionPrepositions.contains(where: { preposition in beforeQuotes.lowerBound + preposition.count < comma
                   && preposition.indices.allSatisfy { block.tokens[beforeQuotes.lowerBound + $0].lower == preposition[$0] } }),
               let opening = finder.phrase(after: comma + 1, limit: beforeQuotes.upperBound, in: block),
               case .phrase(let text, let gender) = opening.mention {
                // `Dans un communiqué, la régie conteste …`, `Mardi soir, la régie …`: the
                // organisation phrase past an opening adverbial or prepositional phrase is the
                // subject, as one opening the sentence is; not past a source (``Lexicon/attributionPrepositions``:
                // `Pour la syndicaliste, la direction « … »` is her view).
                organisation = (resolveQuietly(opening.mention), text, blockIndex, sentence.upperBound, gender)
            }
            subjects += rules.authorsOfSpeechNounObjects(in: beforeQuotes, block: block).map { ($0.mention, $0.start, true) }
            if let opening = rules.openingRolePhrase(in: beforeQuotes, block: block) { subjects.append((opening.mention, opening.start, true)) }
            // (`Speaking to reporters afterwards, the minister struck …`: past an opening participle clause;
            // `Afterwards, the composer seemed calm`, `À la sortie, le père …`: past an opening adverbial.)
            let roleClause = rules.mainClause(of: beforeQuotes, tokens: block.tokens)
            var roleSubjects = rules.definiteRoleSubjects(in: roleClause, block: block)
            if roleSubjects.isEmpty, roleClause == beforeQuotes, let comma = beforeQuotes.first(where: { block.tokens[$0].text == "," }), comma + 1 < beforeQuotes.upperBound,
               opensAfterAdverbial(comma + 1, sentenceStart: beforeQuotes.lowerBound, block: block)
                || opensAfterPrepositionalPhrase(comma + 1, sentenceStart: beforeQuotes.lowerBound, block: block) {
                roleSubjects = rules.definiteRoleSubjects(in: (comma + 1)..<beforeQuotes.upperBound, block: block)
            }
            subjects += roleSubjects.map { ($0.mention, $0.start, false) }
            // `X (…), qui a interpellé …`, `c'est une députée, Y, qui est venue`: the antecedent of a
            // relative subject pronoun after a comma is the subject of its clause.
            for r in beforeQuotes where r > beforeQuotes.lowerBound && block.tokens[r - 1].text == ","
                && finder.opensRelativeClause(at: r, block.tokens) && !lexicon.complementizers.contains(block.tokens[r].lower) {
                // Less salient than the main subject (`X praised Y, who scored`: `she` is still X).
                // `une lettre d'un ancien mécanicien, Henri Vallat, qui entretenait …`: a name in
                // apposition right before the comma is the antecedent, not the role phrase it names.
                var antecedent = rules.antecedent(before: r - 1, from: beforeQuotes.lowerBound, in: block)
                if let phrase = antecedent, case .phrase = phrase.mention, r - 2 > phrase.start, finder.isNameWord(block.tokens[r - 2]),
                   let named = finder.namedRuns(in: phrase.start..<(r - 1), of: block).last, named.run.upperBound == r - 1 {
                    antecedent = (named.mention, named.run.lowerBound)
                }
                if lexicon.possessiveRelativePronouns.contains(block.tokens[r].lower) {
                    // `la commune de Kerbrat, dont le maire, Yves Roy, a offert …`, `whose mayor, Ann
                    // Lee, gave …`: the clause has a subject of its own; a name in apposition to it is in
                    // view. The antecedent is so only when it opens the sentence (`Paul Roy, dont le fils …, a dit`).
                    if let named = possessiveClauseSubjectName(after: r, bounds: beforeQuotes, block: block),
                       let entity = resolveQuietly(named) {
                        registry.markSalient(entity, position: narrative[blockIndex])
                        subjectSinceSpeaker = (entity, blockIndex)
                    }
                    if let phrase = antecedent, phrase.start > beforeQuotes.lowerBound + 1 { continue }
                }
                if let antecedent,
                   case .name(var words, var written, let gender, let role) = antecedent.mention {
                    // `venue de Paul Verdier (…), qui`: name words the phrase left behind its complement word.
                    if let head = (antecedent.start..<(r - 1)).first(where: { block.tokens[$0].isWord && block.tokens[$0].text == words.first }) {
                        var first = head
                        while first - 1 >= antecedent.start, finder.isNameWord(block.tokens[first - 1]) { first -= 1 }
                        if first < head {
                            words = block.tokens[first..<head].map(\.text) + words
                            written = block.text(tokens: first..<(head + words.count - (head - first)))
                        }
                    }
                    guard let entity = resolveQuietly(.name(words: words, written: written, gender: gender, role: role)) else { continue }
                    registry.markSalient(entity, position: narrative[blockIndex])
                    subjectSinceSpeaker = (entity, blockIndex)
                }
            }
            // `Une habitante du troisième étage, réfugiée chez des proches, a encore du mal à
            // réaliser.`: someone new and described, subject of any verb, is someone to refer back to.
            // `A woman who lives opposite, Dana Rusk, called 999.`, `The cockler who inspired it, Dai
            // Prys, sat down.`: the description is the named person's role, its gender theirs;
            // `A local man to his bones, he said, …` describes the pronoun's person: no one new.
            let opensDescribed = firstSpeech == nil || firstSpeech! > beforeQuotes.lowerBound
            if opensDescribed, let apposed = rules.descriptionApposedToName(beforeQuotes, block: block), let entity = resolveQuietly(apposed.name),
               !registry.entities[entity].isOrganisation {
                registry.addAlias(apposed.role, to: entity, asRole: true)
                registry.learnGender(apposed.gender, of: entity)
                registry.markSalient(entity, position: narrative[blockIndex])
                subjectSinceSpeaker = (entity, blockIndex)
            } else if opensDescribed, !rules.opensPredicativeDescription(beforeQuotes, block: block),
               let described = rules.describedPersonOpening(beforeQuotes, block: block), case .phrase(let text, let gender) = described.mention {
                let entity = registry.resolveOrCreatePhrase(text, gender: gender)
                registry.markSalient(entity, position: narrative[blockIndex])
                subjectSinceSpeaker = (entity, blockIndex)
            }
            // `Quant à l'avenir, elle se veut lucide. « … »`: a pronoun after an opening adverbial
            // keeps its antecedent in view, as one opening the sentence does.
            var afterAdverbial: Int?
            for k in beforeQuotes where opensAfterAdverbial(k, sentenceStart: beforeQuotes.lowerBound, block: block) {
                afterAdverbial = k
                break
            }
            if let k = afterAdverbial,
               !block.tokens[k].isInvertedPronoun, let gender = lexicon.pronouns[block.tokens[k].lower], !gender.isEmpty,
               let entity = registry.mostSalient(gender: gender, before: narrative[blockIndex], person: true, strict: true) ?? registry.recentlyNamed(gender: gender) {
                subjectSinceSpeaker = (entity, blockIndex)
            }
            for subject in subjects.sorted(by: { $0.start < $1.start }) {
                if !subject.creates, case .phrase(let text, "") = subject.mention, roleSubjects.contains(where: { $0.start == subject.start }), quoteTokens.isEmpty,
                   lexicon.definiteArticles.contains(block.tokens[subject.start].lower), resolveQuietly(subject.mention) == nil {
                    // `the new champion had modest plans`: whose role it is, the next pronoun's gender tells.
                    pendingRoleSubject = (text, blockIndex, sentence.upperBound)
                    continue
                }
                // `Work has already started.`, `Most customers are students.`: a lone capitalised word
                // opening the sentence, with nothing else that makes it a name, is no one in view.
                if subject.start == sentence.lowerBound, isBareOpeningWord(subject.mention, at: subject.start, block: block) { continue }
                if let entity = resolveQuietly(subject.mention) {
                    // `L'association a reçu une lettre d'un ancien mécanicien, Henri Vallat, qui …`:
                    // a phrase headed by an organisation noun that found a person through the
                    // person's role (`président de l'association`) leaves in view the person of
                    // the relative clause.
                    if case .phrase = subject.mention, organisationHead(of: subject.start, in: block) != nil, !registry.entities[entity].isOrganisation { continue }
                    registry.markSalient(entity, position: narrative[blockIndex])
                    // (`Kettering rejected that account.`: a name opening the sentence as its subject is
                    // named here; not a name found past a described subject, `The 31-year-old, whose manager Ana Bell …`.)
                    if case .name = subject.mention, subject.start == sentence.lowerBound, finder.isNameWord(block.tokens[subject.start]) { registry.noteNamedIfNew(entity) }
                    subjectSinceSpeaker = (entity, blockIndex)
                } else if case .pronoun(_, let gender) = subject.mention, !gender.isEmpty, subject.start == beforeQuotes.lowerBound,
                          let entity = registry.mostSalient(gender: gender, before: narrative[blockIndex], person: true, strict: true) {
                    // `Elle hésite. « … »`: a pronoun opening the sentence keeps its antecedent in view,
                    // as the subject it is: `An older colleague told her she would fail. She did not.
                    // Asked about it, she shrugs. ¶ “…”` is still her, not the colleague.
                    // It stays so only over an unnamed person of unknown gender (a named one may be the
                    // pronoun's), and not after an organisation subject of its gender that the pronoun
                    // may mean (`La fédération rappelle … Elle renvoie …`).
                    let loose = registry.mostSalient(gender: gender, before: narrative[blockIndex], person: true)
                    let afterOrganisation = organisationSubject.map { subject in
                        subject.gender == gender && (subject.block == blockIndex && subject.end == sentence.lowerBound
                            || subject.block == blockIndex - 1 && sentence.lowerBound == 0 && subject.end == blocks[subject.block].tokens.count)
                    } ?? false
                    if !afterOrganisation, loose.map({ $0 == entity || !registry.entities[$0].isNamed }) ?? true {
                        registry.markSalient(entity, position: narrative[blockIndex])
                    }
                    subjectSinceSpeaker = (entity, blockIndex)
                } else if subject.creates || isSingularRoleSubject(subject.mention, start: subject.start, block: block), case .phrase(let text, let gender) = subject.mention,
                          block.tokens[subject.start...].prefix(SpeakerMentionFinder.maximumPhraseLength).contains(where: finder.isTitle) {
                    // `another blogger wrote a post`: a described person who writes is someone to refer back to.
                    let entity = registry.resolveOrCreatePhrase(text, gender: gender)
                    registry.markSalient(entity, position: narrative[blockIndex])
                    subjectSinceSpeaker = (entity, blockIndex)
                }
            }
            // `Devant la gare, Inès, 24 ans, étudiante, utilise …`, `Marc Roy, lui, garde …`: the
            // person who is the subject of the main clause, whatever its verb, is the one most in
            // view for the next pronoun and cue-less quotation (``salientSubject(in:blockIndex:)``).
            if let entity = salientSubject(in: beforeQuotes, blockIndex: blockIndex) {
                bringIntoView(entity, blockIndex: blockIndex, sentenceStart: sentence.lowerBound)
            } else if let owner = rules.openingGenitiveOwner(in: beforeQuotes, block: block), let entity = resolveQuietly(owner),
                      !registry.entities[entity].isOrganisation, !registry.entities[entity].likelyGender.isEmpty {
                // `Ostrowska's first project is a course for teenagers, and she wants …`: the person
                // whose thing opens the sentence is the one it is about (a known man or woman).
                registry.markSalient(entity, position: narrative[blockIndex])
                subjectSinceSpeaker = (entity, blockIndex)
            }
            // `Her neighbour, who gave his name only as Col, was less philosophical.`, `Un
            // automobiliste, qui se présente seulement comme Mathieu, raconte …`: the person
            // described at the head of the sentence goes by the name given, who is in view
            // (``SpeakerMentionFinder/givenName(after:limit:in:)``).
            if let first = beforeQuotes.first, block.tokens[first].isWord, !finder.isNameWord(block.tokens[first]),
               let given = finder.givenName(after: first, limit: beforeQuotes.upperBound, in: block),
               let entity = resolveQuietly(given.mention), !registry.entities[entity].isOrganisation {
                bringIntoView(entity, blockIndex: blockIndex, sentenceStart: sentence.lowerBound)
            }
            // `We caught up with a cornet player from Haverthwaite in the foyer, …`, `Samedi, j'ai
            // croisé Inès, 29 ans, raquette sous le bras :`: the person a first-person narrator
            // meets is in view (``AttributionRules/personMetByNarrator(in:block:)``).
            if let met = rules.personMetByNarrator(in: beforeQuotes, block: block) {
                var entity: Int?
                if case .phrase(let text, let gender) = met.mention { entity = registry.resolveOrCreatePhrase(text, gender: gender) } else { entity = resolveQuietly(met.mention) }
                // (`We met at her kitchen table in Wexmoor`: a lone word of no known gender or role may
                // be a place; the person met is someone the text marks as one.)
                if let entity, !registry.entities[entity].isOrganisation,
                   !registry.entities[entity].isNamed || registry.entities[entity].nameWords.count >= 2
                    || !registry.entities[entity].likelyGender.isEmpty || registry.entities[entity].role != nil {
                    bringIntoView(entity, blockIndex: blockIndex, sentenceStart: sentence.lowerBound)
                }
            }
            // `Crowe's memo ends on a note of hope. "…," she wrote.`, `Her flyer said simply: "…"`:
            // the owner of the words that open the sentence is the one in view.
            if let owner = rules.openingSpeechNounOwner(in: beforeQuotes, block: block) {
                var entity: Int?
                if case .pronoun(_, let gender) = owner.mention {
                    entity = registry.mostSalient(gender: gender, before: narrative[blockIndex], person: true)
                } else {
                    entity = resolveQuietly(owner.mention)
                }
                if let entity {
                    registry.markSalient(entity, position: narrative[blockIndex])
                    subjectSinceSpeaker = (entity, blockIndex)
                }
            }
            // `Walkers often spoke of the "golden hour", she noted, but …`: a pronoun and a speech verb
            // set off by a comma after a clause (not right after a quotation) say whose words the
            // clause is; that person stays in view, not the clause's subject.
            for k in sentence where k - 2 >= sentence.lowerBound && k + 1 < sentence.upperBound && block.tokens[k - 1].text == ","
                && block.tokens[k - 2].quotationIndex == nil && block.tokens[k].isWord && !block.tokens[k].isInvertedPronoun
                && finder.isSpeechVerb(block.tokens[k + 1]) && (k + 2 == sentence.upperBound || [",", ".", ";"].contains(block.tokens[k + 2].text)) {
                guard let gender = lexicon.pronouns[block.tokens[k].lower], !gender.isEmpty,
                      let entity = registry.mostSalient(gender: gender, before: narrative[blockIndex], person: true, strict: true) else { continue }
                registry.markSalient(entity, position: narrative[blockIndex])
                subjectSinceSpeaker = (entity, blockIndex)
                break
            }
            // `Et Paul ? « Je vais me reposer, dit-il. »`: the one a short question names is in view.
            if let entity = knownPersonAsked(in: sentence, block: block) {
                registry.markSalient(entity, position: narrative[blockIndex])
                subjectSinceSpeaker = (entity, blockIndex)
            }
            for q in quoteTokens {
                guard let index = block.tokens[q].quotationIndex else { continue }
                let quotation = quotations[index]
                guard quotation.pieces[0].block == blockIndex, decisions[index] == nil else { continue }
                decide(index, token: q, sentence: sentence, blockIndex: blockIndex)
            }
            // `Her agent, Celia Wren, says readers compare the book to “…”, which seems to amuse her.`:
            // an object pronoun in a sentence whose subject is the one person of its gender named
            // there means someone else, the person of that gender in view before, who stays in view (after
            // the sentence's own quotations, whose speaker the subject may be).
            if let subject = sentenceSubject, case .name = subject.mention, let named = resolveQuietly(subject.mention),
               let other = objectPronounReferent(in: sentence, subject: named, after: subject.start, block: block, blockIndex: blockIndex) {
                registry.markSalient(other, position: narrative[blockIndex])
            }
            if document.blocks[blockIndex].turn == nil { findReportedSpeech(in: sentence, blockIndex: blockIndex) }
            organisationSubject = organisation
            // (Not when the sentence names someone else: `A spokeswoman for the Board apologised to
            // X.` leaves the next `she` to X.)
            // (The sentence's names are looked for only after a spokesperson is found: every
            // sentence passes here.)
            spokespersonSubject = sentenceSubject.flatMap { subject in
                spokespersonVoice(subject.mention).flatMap { voice in
                    finder.namedRuns(in: subject.start..<sentence.upperBound, of: block).contains { named in
                        guard case .name = named.mention else { return false }
                        return !subject.mention.written.contains(named.mention.written)
                    } ? nil : voice
                }
            }.map { ($0.entity, blockIndex, sentence.upperBound, $0.gender) }
        }
    }

    /// The named person a definite role phrase ending right before `end` means (`lorsque la
    /// conseillère d'opposition a évoqué`: the councillor named before), the phrase opened by a
    /// determiner at most ``roleSubjectReach`` tokens before `end`, past the sentence's first
    /// token (a role opening the sentence is its subject, found otherwise); the farthest such
    /// determiner whose phrase runs to `end` is taken, so that a complement (`d'opposition`, `de
    /// la commune`) stays inside. No organisation.
    /// - Returns: nil when no such phrase means a named person.
    mutating func roleSubjectReferent(before end: Int, sentence: Range<Int>, block: BlockText) -> Int? {
        let tokens = block.tokens
        for d in max(sentence.lowerBound + 1, end - Self.roleSubjectReach)..<end
        where tokens[d].isWord && (lexicon.determiners.contains(tokens[d].lower) || lexicon.definiteArticles.contains(tokens[d].lower)) {
            guard let found = finder.phrase(before: end, from: d, in: block), found.start == d, case .phrase = found.mention else { continue }
            guard let entity = resolveQuietly(found.mention), registry.entities[entity].isNamed, !registry.entities[entity].isOrganisation else { return nil }
            return entity
        }
        return nil
    }

    /// How many tokens before its verb a role phrase of ``roleSubjectReferent(before:sentence:block:)`` may open.
    static let roleSubjectReach = 6

    /// The person an object pronoun (``Lexicon/disjunctivePronouns`` that are no subject pronouns:
    /// `her`, `him`, `lui`) means after the subject `subject` of `sentence` and its speech verb:
    /// never the subject (that would be `herself`), so, when the pronoun is a verb's object (no
    /// function word before it: not `behind him`) and stands last in its phrase (before
    /// punctuation, an adverb or a function word: `to amuse her slightly`, not `her book`) and no
    /// one else who may have its gender is named in the sentence, the person of its gender most in
    /// view before, other than the subject, whose gender is known to agree.
    /// - Returns: nil when there is no such pronoun or person.
    mutating func objectPronounReferent(in sentence: Range<Int>, subject: Int, after start: Int, block: BlockText, blockIndex: Int) -> Int? {
        let tokens = block.tokens
        var gender: String?
        guard let verb = sentence.first(where: { $0 > start && finder.isSpeechVerbUse(at: $0, tokens) }) else { return nil }
        for k in sentence where k > verb + 1 && tokens[k].isWord && lexicon.pronouns[tokens[k].lower] == nil && tokens[k].quotationIndex == nil
            && tokens[k - 1].isWord && !lexicon.isFunctionWord(tokens[k - 1].lower)
            && (k + 1 == sentence.upperBound || !tokens[k + 1].isWord || lexicon.isAdverbLike(tokens[k + 1].lower) || lexicon.isFunctionWord(tokens[k + 1].lower)) {
            guard let g = lexicon.disjunctivePronouns[tokens[k].lower], g == "m" || g == "f" else { continue }
            gender = g
            break
        }
        guard let gender else { return nil }
        for named in finder.namedRuns(in: sentence, of: block) {
            guard let entity = resolveQuietly(named.mention), entity != subject else { continue }
            if [gender, ""].contains(registry.entities[entity].likelyGender) { return nil }
        }
        guard let other = registry.mostSalient(gender: gender, before: narrative[blockIndex], person: true, strict: true, skipping: [subject]),
              registry.entities[other].likelyGender == gender else { return nil }
        return other
    }

    /// The name set off by commas after the subject of the clause a possessive relative pronoun
    /// (``Lexicon/possessiveRelativePronouns``) at `relative` opens, before that clause's verb: `dont
    /// le maire, Yves Roy, a offert …`, `whose mayor, Ann Lee, gave …` give Yves Roy and Ann Lee.
    /// The subject is at most four lowercase words (a determiner and a noun, or a noun right after
    /// `whose`), no name among them, the last no function word.
    /// - Returns: nil when the clause has no such name.
    func possessiveClauseSubjectName(after relative: Int, bounds: Range<Int>, block: BlockText) -> Mention? {
        let tokens = block.tokens
        let subject = relative + 1
        // (`whose mayor`: the relative pronoun is the determiner.)
        guard subject < bounds.upperBound, tokens[subject].isWord, !tokens[subject].isCapitalized,
              let open = (subject..<min(bounds.upperBound, subject + 5)).first(where: { !tokens[$0].isWord }), tokens[open].text == ",",
              !(subject..<open).contains(where: { finder.isNameWord(tokens[$0]) }), !lexicon.isFunctionWord(tokens[open - 1].lower),
              let close = ((open + 1)..<bounds.upperBound).first(where: { !tokens[$0].isWord }), tokens[close].text == ",", close + 1 < bounds.upperBound,
              tokens[close + 1].isWord, !tokens[close + 1].isCapitalized,
              !lexicon.isFunctionWord(tokens[close + 1].lower) || lexicon.auxiliaries.contains(tokens[close + 1].lower),
              let named = finder.namedRuns(in: (open + 1)..<close, of: block).first,
              named.run.upperBound == close, case .name = named.mention else { return nil }
        return named.mention
    }

    /// The relative clause of a described subject opening `sentence` (`The 31-year-old singer,
    /// whose manager Ana Bell booked the shows, said …`, `La chanteuse, dont l'agent …, a
    /// annoncé`): a determiner and at most three more words, no name among them, a comma, a
    /// relative pronoun and the words up to the next comma. Empty (at the sentence start) when
    /// there is none.
    func describedSubjectRelativeClause(in sentence: Range<Int>, block: BlockText) -> Range<Int> {
        let tokens = block.tokens
        let none = sentence.lowerBound..<sentence.lowerBound
        guard let first = sentence.first, tokens[first].isWord, lexicon.determiners.contains(tokens[first].lower),
              let comma = ((first + 1)..<min(sentence.upperBound, first + 5)).first(where: { !tokens[$0].isWord }), tokens[comma].text == ",",
              !((first + 1)..<comma).contains(where: { finder.isNameWord(tokens[$0]) }),
              comma + 1 < sentence.upperBound, finder.opensRelativeClause(at: comma + 1, tokens),
              let close = ((comma + 2)..<sentence.upperBound).first(where: { tokens[$0].text == "," }) else { return none }
        return (comma + 1)..<close
    }

    /// Whether a paragraph is only a line of date or time before the body (`Le 18/02/2025 à
    /// 19:30`, `Publié le 21 novembre 2024 à 17h05`): a few tokens, one of them opened by a
    /// digit, no quotation, and no sentence punctuation at its end. The opening of the body
    /// for a profile's person (``introduceProfileSubject(_:)``) is looked for past it.
    func isDateLine(_ block: BlockText) -> Bool {
        let tokens = block.tokens
        guard let last = tokens.last, tokens.count <= Self.dateLineTokens, !".!?…:;".contains(last.text),
              !tokens.contains(where: { $0.quotationIndex != nil }) else { return false }
        return tokens.contains { $0.text.unicodeScalars.first?.properties.numericType != nil }
    }

    /// Most tokens a line of date or time may hold (``isDateLine(_:)``).
    static let dateLineTokens = 16

    /// Profile openings: a body that opens with `il`/`elle`/`he`/`she` before anyone is named
    /// speaks of the person the title names (title `Inès Valadier, la romancière qui écrit « … »`,
    /// body `Elle a choisi un café …`); when the title names no one of that gender, of the first
    /// person named in the next sentence (`Il avait promis de « … ». Trois semaines après, le maire
    /// de Castagnac, Paul Orlan, a annoncé sa démission`). That person, a name whose gender
    /// (given, or suggested by a common given name) agrees with the pronoun, is put in view for
    /// the pronoun and what follows. Looked at once, on the first block with words.
    private mutating func introduceProfileSubject(_ blockIndex: Int) {
        profileChecked = true
        let block = blocks[blockIndex]
        guard let opening = block.tokens.first, opening.isWord, !opening.isInvertedPronoun,
              let gender = lexicon.pronouns[opening.lower], gender == "m" || gender == "f" else { return }
        func person(in range: Range<Int>, of text: BlockText) -> Mention? {
            for case .name(let words, let written, let named, let role) in finder.names(in: range, of: text) where words.count >= 2 {
                let likely = named.isEmpty ? words.first.flatMap { lexicon.givenNameGenders[TextFolding.fold(String($0.split(separator: "-")[0]))] } ?? "" : named
                if likely == gender { return .name(words: words, written: written, gender: likely, role: role) }
            }
            return nil
        }
        var found: Mention?
        if let heading = titleText() { found = person(in: heading.tokens.indices, of: heading) }
        if found == nil, let next = sentences(of: blockIndex).dropFirst().first { found = person(in: next, of: block) }
        guard case .name(let words, let written, let named, let role)? = found else { return }
        registry.markSalient(registry.resolveName(words: words, written: written, gender: named, role: role), position: narrative[blockIndex])
    }

    /// The document's first-person narrator, when its title names who gives the speech or
    /// writes the piece (`Anna Roy speech at the Rail Summit`, `Transport Minister Anna Roy's
    /// speech to …`, `Remarks by Anna Roy`): a name right before a speech noun
    /// (``Lexicon/speechNouns``), possessive or not, or right after one and an agent preposition
    /// (``Lexicon/agentPrepositions``), or after one opening the title and a genitive word
    /// (``Lexicon/genitiveWords``: `Discours de Anna Roy, maire de …`, `Discours d'Anna Roy`);
    /// else the author a byline names (``bylineAuthor()``: `Publié le 2 mai par Anna Roy` in a
    /// blog post). Their first-person pronoun (``Lexicon/firstPersonPronouns``, `I said "…"`,
    /// `J'ai répondu « … »`) names them. A title that names no one (`Home Secretary speech to …`)
    /// and no byline give no narrator, and first-person words keep no speaker. Looked for once,
    /// when first needed.
    mutating func documentNarrator() -> Int? {
        if let found = narrator { return found }
        narrator = .some(nil)
        var named: Mention?
        if let heading = titleText() {
            let tokens = heading.tokens
            if let noun = tokens.indices.first(where: { tokens[$0].isWord && lexicon.speechNouns.contains(tokens[$0].lower) }) {
                if noun > 0, finder.isNameWord(tokens[noun - 1]) {
                    named = finder.names(in: 0..<noun, of: heading).last
                } else if noun + 2 < tokens.count, tokens[noun + 1].isWord, finder.isNameWord(tokens[noun + 2]),
                          lexicon.agentPrepositions.contains(tokens[noun + 1].lower) || noun == 0 && lexicon.genitiveWords.contains(tokens[noun + 1].lower) {
                    named = finder.names(in: (noun + 2)..<tokens.count, of: heading).first
                }
            }
        }
        if named == nil { named = bylineAuthor() }
        guard case .name(let words, let written, let gender, let role)? = named else { return nil }
        let entity = registry.resolveName(words: words, written: written, gender: gender, role: role)
        guard !registry.entities[entity].isOrganisation else { return nil }
        narrator = .some(entity)
        return entity
    }

    /// Most tokens of a byline paragraph (``bylineAuthor()``).
    static let bylineLength = 24

    /// The author a byline names: one of the document's first three paragraphs, short (at most
    /// ``bylineLength`` tokens, no quotation), that opens with an agent preposition (`Par Anna
    /// Roy`, `By Anna Roy`) or has a publishing participle (``Lexicon/postingVerbs``: `Publié le 2
    /// mai 2024 par Anna Roy`, `Posted by …`) before one, then a name of two words or more.
    /// - Returns: the name, or nil when no byline names a person that way.
    func bylineAuthor() -> Mention? {
        for blockIndex in blocks.indices.prefix(3) where document.blocks[blockIndex].kind == .paragraph && document.blocks[blockIndex].turn == nil {
            let block = blocks[blockIndex]
            let tokens = block.tokens
            guard tokens.count <= Self.bylineLength, !tokens.contains(where: { $0.quotationIndex != nil }),
                  let agent = tokens.indices.first(where: { tokens[$0].isWord && lexicon.agentPrepositions.contains(tokens[$0].lower) }),
                  agent == 0 || tokens[..<agent].contains(where: { $0.isWord && lexicon.postingVerbs.contains($0.lower) }),
                  agent + 1 < tokens.count, finder.isNameWord(tokens[agent + 1]) else { continue }
            let run = finder.nameRun(from: agent + 1, tokens, limit: tokens.count)
            guard run.count >= 2, case .name(let words, _, _, _)? = finder.classify(run, in: block), words.count >= 2 else { continue }
            return finder.classify(run, in: block)
        }
        return nil
    }

    /// The document's title as tokenized text (its quotation marks read as plain characters), or
    /// nil when it has none: what the opening rules read for a profile's person or an interview.
    func titleText() -> BlockText? {
        guard !document.metadata.title.isEmpty else { return nil }
        var heading = BlockText(document.metadata.title)
        heading.tokens = Tokenizer(lexicon: lexicon).tokens(of: heading.scalars, quotations: [])
        return heading
    }

    /// The organisation a sentence subject stands for, if it is one: a name the registry knows as
    /// an organisation, or a phrase headed by an organisation noun (`La société`, `the company`,
    /// `Le groupe`) that resolves to someone already named, else the organisation in view, else
    /// the organisation last found as a subject in this paragraph or the one before, unless its
    /// name makes it another kind of organisation (`La mairie` is no `Autorité de protection des
    /// données`).
    private mutating func organisationEntity(_ subject: (mention: Mention, start: Int), block: BlockText, blockIndex: Int) -> Int? {
        switch subject.mention {
        case .name, .phrase:
            let tokens = block.tokens
            let head = organisationHead(of: subject.start, in: block)
            var found = resolveQuietly(subject.mention)
            if found == nil, let head {
                let kind = lexicon.organisationKind(of: tokens[head].lower)
                let earlier = lastOrganisation.flatMap { blockIndex - $0.block <= 1 ? $0.entity : nil }
                found = [registry.mostSalient(gender: "", before: narrative[blockIndex], organisation: true), earlier]
                    .compactMap { $0 }.first { !registry.isOtherKindOfOrganisation($0, than: kind) }
            }
            guard let entity = found, head != nil || registry.entities[entity].isOrganisation else { return nil }
            lastOrganisation = (entity, blockIndex)
            return entity
        case .pronoun, .unresolvable:
            return nil
        }
    }

    /// The organisation noun among the first two tokens of a subject at `start` (`La mairie`,
    /// `the company`, `Le groupe X`), if there is one.
    private func organisationHead(of start: Int, in block: BlockText) -> Int? {
        let tokens = block.tokens
        return (start..<min(tokens.count, start + 2)).first { tokens[$0].isWord && lexicon.organisationNouns.contains(tokens[$0].lower) }
    }

    /// Whether the token at `start` follows one opening adverbial set off by a comma (`Quant à
    /// l'avenir, elle …`, `Après le match, il …`): at most six words, no verb known to the lexicon.
    func opensAfterAdverbial(_ start: Int, sentenceStart: Int, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard start > sentenceStart + 1, start - sentenceStart <= 7, tokens[start - 1].text == "," else { return false }
        return (sentenceStart..<(start - 1)).allSatisfy { k in
            tokens[k].isWord && !finder.isSpeechVerb(tokens[k]) && !lexicon.auxiliaries.contains(tokens[k].lower) && !lexicon.pronouns.keys.contains(tokens[k].lower)
        }
    }

    /// Whether the token at `start` follows one opening prepositional phrase of any length set
    /// off by a comma, with no other comma in it (`Dans un courriel interne que nous avons pu
    /// consulter, elle assure …`): the sentence opens with a preposition and at most
    /// ``AttributionRules/window`` tokens stand before the comma. Its verbs belong to the phrase,
    /// so the token after the comma opens the main clause.
    func opensAfterPrepositionalPhrase(_ start: Int, sentenceStart: Int, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard start > sentenceStart + 2, start - sentenceStart <= AttributionRules.window, tokens[start - 1].text == ",",
              tokens[sentenceStart].isWord, lexicon.prepositions.contains(tokens[sentenceStart].lower) else { return false }
        return !((sentenceStart + 1)..<(start - 1)).contains { tokens[$0].text == "," || tokens[$0].quotationIndex != nil }
    }

    /// `le prévenu a reconnu …`, `la procureure a requis …`: a sentence subject that is a role
    /// phrase opened by a singular gendered determiner, headed by a role noun (its second word),
    /// is a person the next `il`/`elle` can refer to, even when the text never names them.
    func isSingularRoleSubject(_ mention: Mention, start: Int, block: BlockText) -> Bool {
        guard case .phrase(_, let gender) = mention, gender == "m" || gender == "f", start + 1 < block.tokens.count else { return false }
        return finder.isTitle(block.tokens[start + 1])
    }

    /// The person a definite epithet in a cue means (`Bert Cowley, 70, laughed off any talk of
    /// sabotage. ¶ "…," said the grandad-of-four.`), as tabloid and local news write it: a definite
    /// article (not plural) and one compound that describes a person by kin or trait
    /// (``Lexicon/compoundPersonGender(_:)``: `the mother-of-two`), no title, role noun
    /// (``Lexicon/personNouns``) or general role noun; when no one known answers to it, it stands
    /// for the named person who became the subject since the last quotation
    /// (``subjectSinceSpeaker``), in this paragraph or the one before, when the genders agree.
    /// A plain noun for people (`said the driver`, `sneered the challenger`) is not taken this way:
    /// news uses it as often for someone new as for the person just described, and taking it cost
    /// unseen text more than it won (thirteenth session).
    /// - Returns: that person's entity, or nil.
    func epithetReferent(_ phrase: String, gender: String, blockIndex: Int) -> Int? {
        let words = Lexicon.tokenWords(phrase)
        guard words.count == 2, lexicon.definiteArticles.contains(words[0]), lexicon.genderedDeterminers[words[0]] != "plural", gender != "plural",
              !lexicon.titles.contains(words[1]), !lexicon.generalRoleNouns.contains(words[1]), lexicon.personNouns[words[1]] == nil,
              lexicon.compoundPersonGender(words[1]) != nil,
              let recent = subjectSinceSpeaker, blockIndex - recent.block <= 1 else { return nil }
        let entity = registry.entities[recent.entity]
        let nounGender = lexicon.compoundPersonGender(words[1]) ?? lexicon.kinNouns[words[1]] ?? ""
        guard entity.isNamed, !entity.isOrganisation,
              [gender, nounGender].allSatisfy({ $0.isEmpty || entity.likelyGender.isEmpty || $0 == entity.likelyGender }) else { return nil }
        return recent.entity
    }

    /// Whether the quotation token `q` stands between two name words of its sentence
    /// (`Dennis "Big Dan" Whitfield`), where a nickname stands inside a name.
    func isBetweenNameWords(_ q: Int, sentence: Range<Int>, block: BlockText) -> Bool {
        q > sentence.lowerBound && q + 1 < sentence.upperBound && finder.isNameWord(block.tokens[q - 1]) && finder.isNameWord(block.tokens[q + 1])
    }

    /// Whether the quotation token `q` is a title that a noun after it heads (`the "Night Desk"
    /// programme`, `its “Green Streets” scheme`): a span that reads as a nickname
    /// (``isNickname(_:)``), right before a lowercase word that is no function word, speech verb
    /// or title.
    func isTitleBeforeNoun(_ q: Int, sentence: Range<Int>, block: BlockText) -> Bool {
        guard q + 1 < sentence.upperBound, let index = block.tokens[q].quotationIndex else { return false }
        let next = block.tokens[q + 1]
        guard next.isWord, !next.isCapitalized, !lexicon.isFunctionWord(next.lower), !finder.isSpeechVerb(next), !finder.isTitle(next) else { return false }
        return isNickname(quotationText(quotations[index]))
    }

    /// Whether the quotation token `q` is one of a list of quoted names (`three names: "Tashi,"
    /// "Nima" and "Dawa."`): it and the quotation right before or after it (a comma or a
    /// coordinator at most between) both read as names (``AttributionRules/isNameLike(_:maximumWords:)``),
    /// with no `!` or `?` (`"Fire!" "Run!"` are shouts).
    func isInListOfNames(_ q: Int, sentence: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        func isName(_ k: Int) -> Bool {
            tokens[k].quotationIndex != nil && AttributionRules.isNameLike(tokens[k].text) && !tokens[k].text.contains(where: { $0 == "!" || $0 == "?" })
        }
        func joins(_ k: Int) -> Bool { tokens[k].text == "," || tokens[k].isWord && lexicon.coordinators.contains(tokens[k].lower) }
        guard isName(q) else { return false }
        for step in [-1, 1] {
            var k = q + step
            if sentence.contains(k), joins(k) { k += step }
            if sentence.contains(k), isName(k) { return true }
        }
        return false
    }

    /// Whether the quotation token `q` is a person's other name given after their name (`Paul
    /// Roy, dit « Popaul »,`, `Marie Roy, dite « la Lionne »`, `Tom Hale, aka "Big Tom"`): right
    /// after an alias word (``Lexicon/aliasWords``) that a comma and a name word stand before,
    /// a span that reads as a name (``AttributionRules/isNameLike(_:maximumWords:)``, of at most
    /// four words), or a determiner and one. Not a span before its cue (`« … », dit Paul Roy`).
    func isAliasAfterName(_ q: Int, sentence: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard q - 3 >= sentence.lowerBound, tokens[q - 1].isWord, lexicon.aliasWords.contains(tokens[q - 1].lower),
              tokens[q - 2].text == ",", finder.isNameWord(tokens[q - 3]) else { return false }
        let inner = tokens[q].text.drop { !$0.isLetter && !$0.isNumber }
        let parts = inner.split(separator: " ", maxSplits: 1)
        if parts.count == 2, lexicon.determiners.contains(parts[0].lowercased()),
           AttributionRules.isNameLike(String(parts[1]), maximumWords: 3) { return true }
        return AttributionRules.isNameLike(tokens[q].text, maximumWords: 4)
    }

    /// Whether a quoted text reads as a nickname (``AttributionRules/isNameLike(_:)``).
    func isNickname(_ text: String) -> Bool { AttributionRules.isNameLike(text) }

    /// Resolves the name written in `range` and marks it salient at this block.
    private mutating func markNameSalient(_ range: Range<Int>, in block: BlockText, blockIndex: Int) {
        guard case .name(let words, let written, let gender, _)? = finder.classify(range, in: block) else { return }
        let entity = registry.resolveName(words: words, written: written, gender: gender, role: nil)
        registry.markSalient(entity, position: narrative[blockIndex])
        // (A subject named here, for a later `the 20-year-old`.)
        registry.noteNamedIfNew(entity)
    }

    /// The noun phrase a sentence-opening `ce dernier` or `cette dernière` (``Lexicon/latterPronouns``)
    /// stands for when the sentence before it ends on one rather than on a name: the last phrase
    /// there of a definite article of the pronoun's gender (`m` or `f`) and a noun, up to a
    /// function word that is no genitive (`Paul Roy a saisi le tribunal administratif en
    /// mars. Ce dernier …` → `le tribunal administratif`; `Anne Roy a écrit à la préfecture du
    /// Gard. Cette dernière …` → `la préfecture du Gard`). A phrase of a time noun (`le lendemain`)
    /// is passed over.
    /// - Returns: nil when a name comes after every such phrase (`… avec sa sœur Léonie. Cette
    ///   dernière …`), or when the pronoun has no gender (`the latter`).
    func latterNounPhrase(before start: Int, gender: String, block: BlockText) -> String? {
        let tokens = block.tokens
        // (`the latter` agrees with any article where articles have no gender: `Paul met the mayor.`)
        guard start > 0, gender == "m" || gender == "f" || gender.isEmpty else { return nil }
        let previous = rules.sentenceBounds(of: start - 1, in: tokens)
        for k in previous.reversed() {
            let word = tokens[k]
            if word.quotationIndex != nil { return nil }
            guard word.isWord else { continue }
            // (A capitalised day or month, `on Tuesday`, is no name.)
            if word.isCapitalized, k > previous.lowerBound, !lexicon.timeNouns.contains(word.lower),
               !(tokens[k - 1].isWord && (lexicon.complementWords.contains(tokens[k - 1].lower) || lexicon.definiteArticles.contains(tokens[k - 1].lower))) { return nil }
            guard lexicon.definiteArticles.contains(word.lower), (lexicon.genderedDeterminers[word.lower] ?? "") == gender,
                  k + 1 < previous.upperBound, tokens[k + 1].isWord, !lexicon.timeNouns.contains(tokens[k + 1].lower) else { continue }
            var end = k + 2
            // (`le maire lundi`: a time word closes the phrase.)
            while end < min(previous.upperBound, k + 6), tokens[end].isWord, !lexicon.timeNouns.contains(tokens[end].lower),
                  !lexicon.isFunctionWord(tokens[end].lower) || lexicon.genitiveWords.contains(tokens[end].lower)
                    || lexicon.definiteArticles.contains(tokens[end].lower) && lexicon.genitiveWords.contains(tokens[end - 1].lower),
                  !lexicon.auxiliaries.contains(tokens[end].lower) { end += 1 }
            // (`le président de l'association`; not a complement word left hanging at the end.)
            while end > k + 2, lexicon.isFunctionWord(tokens[end - 1].lower) { end -= 1 }
            return block.text(tokens: k..<end)
        }
        return nil
    }

    /// Resolves a sentence subject without creating entities for unknown role phrases.
    mutating func resolveQuietly(_ mention: Mention) -> Int? {
        switch mention {
        case .name(let words, let written, let gender, let role):
            return registry.resolveName(words: words, written: written, gender: gender, role: role)
        case .phrase(let phrase, let gender):
            if let issuer = documentIssuer(of: phrase) {
                // `the guidance says …, which it describes as “…”`: the document's issuer.
                return resolveQuietly(issuer)
            }
            if let holder = officeHolder(of: phrase) { return holder }
            // `la situation de Lanssac` shares a word with a role (`propriétaire de la verrerie de
            // Lanssac`) but names a thing: no one to resolve to.
            if let entity = registry.organisationAnaphorReferent(phrase) {
                // `the panel`, `the force`, `le bureau`: the organisation named before.
                registry.addAlias(phrase, to: entity, asRole: false)
                return entity
            }
            if let entity = registry.kinReferent(phrase) {
                // `En attendant, son père a commandé …`: the relative of the person in view.
                registry.addAlias(phrase, to: entity, asRole: false)
                return entity
            }
            // (`Ana Roy, 45, and Paul Lee, 45, … the 45-year-old`: no one, by any reading.)
            guard finder.mayNameSpeaker(phrase), !registry.ageDescriptionIsAmbiguous(phrase),
                  let entity = registry.ageDescriptionReferent(phrase) ?? registry.definiteDescriptionReferent(phrase, gender: gender) ?? registry.resolveRole(phrase) else { return nil }
            registry.addAlias(phrase, to: entity, asRole: false)
            registry.learnGender(gender, of: entity)
            return entity
        case .pronoun, .unresolvable:
            return nil
        }
    }

    /// Whether the sentence after `sentence`, in the same block, opens with a demonstrative that
    /// points back at the span and holds a speech verb (`That was all Mr Holt said.`, `C'est tout
    /// ce qu'a dit M. Holt.`); not a sentence about something else in which someone speaks
    /// (`The first letters were too round, and my assistant said so.`).
    private func speechVerbInNextSentence(after sentence: Range<Int>, block: BlockText) -> Bool {
        guard let start = (sentence.upperBound..<block.tokens.count).first(where: { block.tokens[$0].isWord }) else { return false }
        let first = TextFolding.straightApostrophes(block.tokens[start].lower)
        // (An elided form stands for its full one with `e`: `c'` is `ce`.)
        let elided = first.contains("'") ? String(first.prefix { $0 != "'" }) + "e" : nil
        guard lexicon.demonstratives[first] != nil || elided.map({ lexicon.demonstratives[$0] != nil }) == true else { return false }
        let next = rules.sentenceBounds(of: start, in: block.tokens)
        return block.tokens[next].contains { $0.isWord && lexicon.speechVerbs.isSpeechVerb($0.lower) }
    }

    private mutating func decide(_ index: Int, token q: Int, sentence: Range<Int>, blockIndex: Int) {
        let block = blocks[blockIndex]
        let quotation = quotations[index]
        var evidence = rules.evidence(forQuotationAt: q, sentence: sentence, in: block) ?? closingParticiple(after: q, sentence: sentence, block: block)
        if evidence?.mention == nil, let last = quotation.pieces.last, last.block != blockIndex,
           let tail = blocks[last.block].tokens.lastIndex(where: { $0.quotationIndex == index }),
           var after = rules.cueAfter(tail, bounds: rules.sentenceBounds(of: tail, in: blocks[last.block].tokens), block: blocks[last.block]),
           after.mention != nil {
            // `« …` over several paragraphs, `« … », raconte X` after the last one: the cue after the last piece.
            after.mentionToken = nil
            evidence = after
        }
        var text = quotationText(quotation)
        // `Patrick “Paddy” O’Neill said:`, `Dwayne "The Rock" Carter`: a nickname inside a name.
        if quotation.pieces.count == 1, isBetweenNameWords(q, sentence: sentence, block: block), isNickname(text) {
            decisions[index] = Decision(kind: .mention, entity: nil, attribution: .none)
            return
        }
        // `Paul-Émile Roy, dit « Ti-Paul »,`, `Tom Hale, aka "Big Tom"`: a person's other name.
        if quotation.pieces.count == 1, isAliasAfterName(q, sentence: sentence, block: block) {
            decisions[index] = Decision(kind: .mention, entity: nil, attribution: .none)
            return
        }
        // `a shortlist of three names: "Tashi," "Nima" and "Dawa."`: names listed one after another.
        if quotation.pieces.count == 1, isInListOfNames(q, sentence: sentence, block: block) {
            decisions[index] = Decision(kind: .mention, entity: nil, attribution: .none)
            return
        }
        var spans: [TextSpan]?
        if let incise = findIncise(quotation) {
            // The incise leaves the text either way; it attributes only when nothing outside does.
            if evidence?.mention == nil { evidence = incise.evidence }
            text = incise.text
            spans = incise.spans
        }
        // `A sign on her gate reads “…”`, `It reads “…”`: a notice's text, its owner's or no one's.
        let notice = noticeEvidence(q, sentence: sentence, blockIndex: blockIndex)
        if let notice, notice.forcesDirect {
            decideNotice(notice, index: index, blockIndex: blockIndex, text: text, spans: spans)
            return
        }
        let preceding = block.tokens[sentence.lowerBound..<q].suffix(3).filter(\.isWord).map(\.lower)
        let flags = sentenceFlags(sentence, blockIndex: blockIndex)
        let namingInSentence = flags.naming
        // A mood of reported speech marks the sentence as someone's words on its own, often a
        // sentence or more after the speaker was named, with no quotation between.
        let reportedMood = flags.reportedMood
        let following = q + 1 < sentence.upperBound && block.tokens[q + 1].isWord ? block.tokens[q + 1].lower : nil
        let carrierWindow = max(sentence.lowerBound, q - 12)..<q
        // (Or further back, heading the sentence's subject: `Le chant, repris par … , se terminait par « … »`.)
        // (Or heading an opening prepositional phrase: `Sur les pancartes des grévistes, …, on pouvait lire « … »`.)
        let opening = sentence.lowerBound + 2 < q && block.tokens[sentence.lowerBound].isWord
            && lexicon.prepositions.contains(block.tokens[sentence.lowerBound].lower) && !lexicon.determiners.contains(block.tokens[sentence.lowerBound].lower)
            ? sentence.lowerBound + 1 : sentence.lowerBound
        let carrierSubject = opening + 1 < q && block.tokens[opening].isWord
            && lexicon.determiners.contains(block.tokens[opening].lower) && lexicon.carrierNouns.contains(block.tokens[opening + 1].lower)
        let carrierBefore = carrierSubject || block.tokens[carrierWindow].contains { $0.isWord && lexicon.carrierNouns.contains($0.lower) }
        // `X brandissait une pancarte sur laquelle on pouvait lire : « … »`: the carrier stands
        // between the person and the span, and no speech verb introduces it.
        let carrierAfterSpeaker = evidence?.cue == nil && evidence?.mentionToken.map { mention in
            carrierWindow.contains { $0 > mention && block.tokens[$0].isWord && lexicon.carrierNouns.contains(block.tokens[$0].lower) }
        } == true
        let clauseWords = Array(block.tokens[max(sentence.lowerBound, q - 12)..<q].filter(\.isWord).map(\.lower).suffix(8))
        // `The report, “…”, replaces`: the span set off by commas right after a word.
        let appositive = q - 2 >= sentence.lowerBound && block.tokens[q - 1].text == "," && block.tokens[q - 2].isWord
            && q + 1 < block.tokens.count && block.tokens[q + 1].text == ","
        var kind = classifier.kind(text: text, evidence: evidence, precedingWords: preceding, namingInSentence: namingInSentence, reportedMood: reportedMood,
                                   byAuthor: followedByAuthor(q, sentence: sentence, block: block), glossed: isGloss(q, sentence: sentence, block: block),
                                   followingWord: following, carrierBefore: carrierBefore, explained: isExplained(q, sentence: sentence, block: block),
                                   clauseWords: clauseWords, appositive: appositive, carrierAfterSpeaker: carrierAfterSpeaker,
                                   afterWord: q - 1 >= sentence.lowerBound && block.tokens[q - 1].isWord,
                                   speechAfter: speechVerbInNextSentence(after: sentence, block: block),
                                   namer: rules.namingSubject(q, bounds: sentence, block: block),
                                   setPhrase: setPhrase(before: q, index: index, sentence: sentence, block: block))
        if kind == .mention, evidence == nil,
           let previous = coordinatedFragment(before: q, sentence: sentence, block: block) ?? coordinatedClause(before: q, sentence: sentence, block: block)
            ?? objectOfQuotedVerdict(before: q, text: text, sentence: sentence, block: block) {
            // `un discours « truffé d'incantations » et manquant « de courage politique »`: a span
            // coordinated with a direct fragment just before it is the same speaker's words; so is
            // one closing a second `que` clause (`estime que « … », mais que la méthode est « … »`),
            // and one in the object of a quoted verb of judgement (`a dit « regretter » un mouvement « … »`).
            decisions[index] = Decision(kind: .direct, entity: previous.entity,
                                        attribution: Attribution(rule: "carry-over", cue: previous.attribution.cue, mention: previous.attribution.mention, confidence: 0.5),
                                        text: text, spans: spans)
            return
        }
        if kind == .mention, evidence?.mention == nil, evidence?.hypothetical != true, var owner = rules.closingAdverbial(q, bounds: sentence, block: block) {
            // `La maire, Anne Roy, a suspendu le contrat « jusqu'à nouvel ordre ».`: an adverbial
            // closing the sentence of a subject who can speak is that subject's words.
            owner.cue = evidence?.cue
            evidence = owner
            kind = .direct
        }
        if kind == .mention, let found = evidence, found.mention != nil, !found.naming, !found.hypothetical, found.cue != nil,
           quotation.pieces.count == 1, rules.isAdverbial(q, bounds: sentence, block: block) {
            // `The Directorate said it would publish its own review "in due course".`: an adverbial
            // in a sentence whose speech verb has a speaker is that speaker's words, however far
            // the verb (``AttributionRules/closingAdverbial(_:bounds:block:)`` when none speaks).
            kind = .direct
        }
        if kind == .direct, isCoordinatedOffence(q, text: text, sentence: sentence, block: block) { kind = .mention }
        // `dans « L'Invité de 8 h 20 »`, `the "Fresh Start" range`: a name or title in a phrase,
        // with no one named as saying it, is a mention (not where every noun is capitalised).
        let namedTerm = evidence?.mention == nil && !lexicon.capitalisedNouns && quotation.pieces.count == 1 && rules.isNamedTerm(q, sentence: sentence, block.tokens)
        guard kind == .direct, !namedTerm else {
            decisions[index] = Decision(kind: .mention, entity: nil, attribution: .none)
            return
        }
        if let notice {
            decideNotice(notice, index: index, blockIndex: blockIndex, text: text, spans: spans)
            return
        }
        if evidence?.hypothetical != true, evidence?.speakingSubject != true, evidence?.mention == nil || evidence?.mention.map(rules.isThing) == true
            || writtenSourceEvidence(q, sentence: sentence, blockIndex: blockIndex) != nil,
           let account = closingAccount(after: q, sentence: sentence, block: block) {
            // `Le courrier évoque « … », selon les locataires`, `The memo calls the cuts "temporary",
            // according to two staff members`: a written text or no one speaks in the clause, and
            // the sentence closes on whose account the words are.
            evidence = account
        } else if evidence?.hypothetical != true, evidence?.speakingSubject != true, let written = writtenSourceEvidence(q, sentence: sentence, blockIndex: blockIndex),
           evidence?.mention == nil || evidence.map({ found in
               // (The mention is the text's own phrase: `The letter`, `Le rapport rendu`. A name the
               // finder read inside it stays, in the form the finder gives every speaker: `A letter
               // of support from the Riverside Tenants Union describes` → Riverside Tenants Union.)
               let noun = block.tokens[written.phrase.upperBound].lower
               if case .name(let words, _, _, _)? = found.mention, !words.contains(where: { $0.lowercased() == noun }) { return false }
               return found.mentionToken.map { written.phrase.contains($0) }
                   ?? Lexicon.tokenWords(found.mention?.written ?? "").contains(noun)
           }) == true {
            // `The letter ends: “…”`, `Le rapport rendu mardi a une conclusion sans appel : « … »`:
            // a written text's words are its owner's, or no one's; never the last speaker's.
            decideNotice(written.notice, index: index, blockIndex: blockIndex, text: text, spans: spans, rule: "written-source")
            return
        }
        if evidence?.mention == nil, let closing = closingCue(after: q, sentence: sentence, block: block) {
            // `„…“ hätten „…“ getötet, so X.`: a short cue closing the sentence attributes every
            // quotation before it that has no speaker of its own.
            evidence = closing
        }
        if evidence?.mention == nil, let previous = coordinatedFragment(before: q, sentence: sentence, block: block, within: AttributionRules.window) {
            // `remained “on track” and that ministers looked forward to “…”`: a second fragment
            // of the same reported speech, joined by a coordinator, is the same speaker's.
            decisions[index] = Decision(kind: .direct, entity: previous.entity,
                                        attribution: Attribution(rule: "carry-over", cue: previous.attribution.cue, mention: previous.attribution.mention, confidence: 0.5),
                                        text: text, spans: spans)
            if let entity = previous.entity { lastSpeaker = (entity, blockIndex) }
            return
        }
        if evidence?.mention == nil, evidence?.hypothetical != true, var owner = rules.subjectOwning(q, bounds: sentence, block: block) {
            // `La coopérative …, qui …, a chiffré les pertes à « … »`: the clause's subject, not the
            // last speaker (imagined words stay no one's: `Imagine a voter asking, "…"`).
            owner.cue = evidence?.cue
            evidence = owner
        }
        if let found = evidence, rules.namesThing(found) {
            // `le béton utilisé présentait « … »`: a thing does not speak; the other rules, or none.
            evidence = rules.speakingEvidence(forQuotationAt: q, sentence: sentence, in: block)
                ?? AttributionEvidence(rule: found.rule, cue: found.cue, mention: nil, mentionToken: nil, adjacent: found.adjacent, confidence: 0)
        }
        if let found = evidence, let mention = found.mention, case .name = mention, !found.speakingSubject,
           ownerOfSpeechNoun(mention.written) == nil, organisationOfStaff(mention.written) == nil,
           let entity = resolveQuietly(mention), isNoSpeakerName(entity),
           found.cue == nil || !(isPublicationName(entity) || registry.entities[entity].nameWords.count == 1),
           isNameAlone(mention.written, entity: entity) {
            // `According to the Courier’s report, it ended: “…”`, `Seule consolation : un petit
            // mot …, « … »`, `Last Tuesday the city passed …`: a paper, a capital that only opens
            // a sentence or a time (``isNoSpeakerName(_:)``) speaks not; the quotation goes on as
            // if no one were named. (A paper that a speech verb makes speak keeps its words:
            // `The Kestrel Gazette said in an editorial: “…”`, and so does a one-word name a speech
            // verb makes speak, a surname that is also a common noun: `Marsh, who farms here, said: “…”`.)
            evidence?.mention = nil
            evidence?.mentionToken = nil
            evidence?.confidence = 0
        }
        var decision = Decision(kind: .direct, entity: nil, attribution: .none, text: text, spans: spans)
        if let evidence, evidence.hypothetical {
            // `People might say, “…”`: imagined words; nobody said them, and nobody carries over.
            decision.attribution = Attribution(rule: "hypothetical", cue: evidence.cue, mention: evidence.mention?.written, confidence: 0)
        } else if let evidence, let mention = evidence.mention {
            var (entity, factor) = resolve(mention, at: evidence.mentionToken, sentence: sentence, blockIndex: blockIndex, create: !evidence.mustResolve,
                                           person: evidence.unnamedInvertedSpeaker || evidence.speakingSubject)
            if entity == nil, evidence.mustResolve, let last = lastSpeaker, blockIndex - last.block <= 1 {
                // `Et pour la dernière période, « … »`: no one new; the quotation continues the last speaker.
                decisions[index] = Decision(kind: .direct, entity: last.entity,
                                            attribution: Attribution(rule: "carry-over", cue: nil, mention: nil, confidence: 0.5), text: text, spans: spans)
                registry.markSalient(last.entity, position: narrative[blockIndex])
                return
            }
            factor = entity == nil ? 0 : factor
            if let entity {
                decision.entity = entity
                decision.attribution = Attribution(rule: evidence.rule, cue: evidence.cue, mention: mention.written, confidence: evidence.confidence * factor)
                if case .name = mention { registry.noteSpeakerNamedInFull(entity, written: mention.written) }
            } else if lexicon.firstPersonPronouns.contains(mention.written.lowercased()),
                      let speaker = turnSpeakers[blockIndex] ?? documentNarrator() ?? firstPersonAnswerer(in: blockIndex)
            {
                // `I said, "…"` inside a turn: the turn's speaker quoting themselves (rule 1); in a
                // speech whose title names who gives it, the narrator; in an interview's answer,
                // the interviewee.
                decision.entity = speaker
                let rule = turnSpeakers[blockIndex] != nil ? "turn" : narrator.flatMap { $0 } == speaker ? "narrator" : "answer"
                decision.attribution = Attribution(rule: rule, cue: evidence.cue, mention: mention.written, confidence: rule == "turn" ? 0.8 : 0.7)
            } else {
                decision.attribution = Attribution(rule: "none", cue: evidence.cue, mention: mention.written, confidence: 0)
            }
        } else if evidence?.hypothetical != true, let cleft = cleftSpeaker(q, sentence: sentence, blockIndex: blockIndex) {
            // `« … » Celui qui parle ainsi, c'est Paul Roy, 63 ans, …`: the next sentence names the speaker.
            decision.entity = cleft.entity
            decision.attribution = Attribution(rule: "subject-after", cue: nil, mention: cleft.written, confidence: 0.7)
        } else if let evidence, let cue = evidence.cue, turnSpeakers[blockIndex] == nil,
                  let v = (sentence.lowerBound..<q).last(where: { block.tokens[$0].text == cue }),
                  case let clause = ((sentence.lowerBound..<v).last(where: { [",", ";", ":"].contains(block.tokens[$0].text) }) ?? sentence.lowerBound - 1) + 1,
                  clause < v, lexicon.firstPersonPronouns.contains(block.tokens[clause].lower), let speaker = documentNarrator() {
            // `When I took this job, I went to the Treasury and said, "…"`: a cue in a clause whose
            // subject is the narrator's first-person pronoun, past a coordinated verb.
            decision.entity = speaker
            decision.attribution = Attribution(rule: "narrator", cue: cue, mention: block.tokens[clause].text, confidence: 0.6)
        } else if q == 0, blockIndex > 0, let intro = introduction(in: blockIndex - 1, orNarrative: true), let mention = intro.mention,
                  case let previous = blocks[blockIndex - 1].tokens,
                  case (let entity?, let factor) = resolve(mention, at: intro.mentionToken, sentence: rules.sentenceBounds(of: previous.count - 1, in: previous),
                                                           blockIndex: blockIndex - 1, create: intro.rule != "subject-before"),
                  intro.rule != "subject-before" || !registry.entities[entity].isOrganisation {
            // A paragraph that opens with a quotation after `X says:`, or after a short paragraph
            // about someone (`Asked what has changed, she pauses for a long time.`).
            decision.entity = entity
            let rule = intro.rule == "subject-before" ? intro.rule : "colon-before"
            decision.attribution = Attribution(rule: rule, cue: intro.cue, mention: mention.written, confidence: (rule == "colon-before" ? 0.8 : 0.6) * factor)
        } else if evidence?.mention == nil, let entity = quotedBackAnswerer(q, sentence: sentence, blockIndex: blockIndex) {
            // `Vous écrivez que « … ». Qu'entendez-vous par là ?`: the interviewee's own words, asked about.
            decision.entity = entity
            decision.attribution = Attribution(rule: "answer", cue: evidence?.cue, mention: nil, confidence: 0.6)
        } else if let entity = answerer(at: q, sentence: sentence, blockIndex: blockIndex) {
            // An interview answer after the question paragraph.
            decision.entity = entity
            decision.attribution = Attribution(rule: "answer", cue: nil, mention: nil, confidence: 0.6)
        } else if evidence == nil, let lead = leadSpeaker(q, sentence: sentence, blockIndex: blockIndex) {
            // `« En vingt minutes, on a perdu l'année. » Debout entre deux rangs, Mathilde Roy, …`
            decision.entity = lead.entity
            decision.attribution = Attribution(rule: "subject-after", cue: nil, mention: lead.written, confidence: 0.6)
        } else if evidence?.mention == nil, let recent = subjectSinceSpeaker, recent.block == blockIndex, q > sentence.lowerBound, !isNoSpeakerName(recent.entity),
                  salientSentence.map({ $0.block == blockIndex && $0.start == sentence.lowerBound }) == true {
            // `Devant la gare, Inès utilise une trottinette « presque tous les jours »`: a quotation
            // with no speaker of its own, in the sentence whose subject is a person, is theirs.
            decision.entity = recent.entity
            decision.attribution = Attribution(rule: "carry-over", cue: evidence?.cue, mention: nil, confidence: 0.5)
        } else if evidence?.mention == nil, let recent = possessiveOwnerBeforeColon(q, sentence: sentence, blockIndex: blockIndex) {
            // `Léna, 8 ans, n'a pas quitté la vitre des yeux. Son verdict tient en une phrase : « … »`.
            decision.entity = recent
            decision.attribution = Attribution(rule: "carry-over", cue: evidence?.cue, mention: block.tokens[sentence.lowerBound].text, confidence: 0.5)
        } else if let recent = subjectSinceSpeaker, recent.block == blockIndex, q == sentence.lowerBound, !isNoSpeakerName(recent.entity) {
            // `L'entraîneur X savourait. « … »`: someone new became the subject since the last
            // quotation (or the first quotation follows its subject: `La cheffe éclate de rire. « … »`);
            // they take the carry-over from the last speaker (but make no speaker of their own),
            // however far back that speaker was (`Ce dernier se veut beau joueur. « … »` paragraphs later).
            decision.entity = recent.entity
            decision.attribution = Attribution(rule: "carry-over", cue: evidence?.cue, mention: nil, confidence: 0.5)
        } else if evidence?.mention == nil, evidence?.hypothetical != true, let last = lastSpeaker, blockIndex - last.block <= 1,
                  let subject = subjectHeadingSentence(before: q, sentence: sentence, cue: evidence?.cue, blockIndex: blockIndex), subject.entity != last.entity {
            // `L'association Vélo Libre salue « un vrai progrès »` after another speaker's words:
            // the subject heading the quotation's own sentence is in view, not the last speaker.
            decision.entity = subject.entity
            decision.attribution = Attribution(rule: "in-view", cue: evidence?.cue, mention: subject.written, confidence: Self.inViewConfidence)
        } else if let last = lastSpeaker, blockIndex - last.block <= 1,
                  !(registry.entities[last.entity].gender == "plural" && hasSingularPronounSubject(before: q, sentence: sentence, block: block)) {
            // (`Des élus ont promis … Après, il limogea « … »`: a group is no `il`'s antecedent.)
            decision.entity = last.entity
            decision.attribution = Attribution(rule: "carry-over", cue: evidence?.cue, mention: nil, confidence: 0.5)
        } else if evidence?.mention == nil, let inView = mentionInView(before: q, sentence: sentence, cue: evidence?.cue, blockIndex: blockIndex),
                  !isNoSpeakerName(inView.entity) {
            // `Le maire X a convoqué la presse lundi. ¶ « … »`, `Dans son avis, l'agence fait état
            // de « … »`: no rule gave a speaker; the subject in view before it is (rule 4, in view).
            decision.entity = inView.entity
            decision.attribution = Attribution(rule: "in-view", cue: evidence?.cue, mention: inView.written, confidence: Self.inViewConfidence)
        } else if let evidence {
            decision.attribution = Attribution(rule: "none", cue: evidence.cue, mention: nil, confidence: 0)
        }
        if let entity = decision.entity {
            registry.markSalient(entity, position: narrative[blockIndex])
            lastSpeaker = (entity, blockIndex)
            subjectSinceSpeaker = nil
            if answerOpening(q, sentence: sentence, blockIndex: blockIndex) != nil { interviewee = entity }
        }
        decisions[index] = decision
    }

    /// Decides the quotation `index` as a notice's text (``noticeEvidence(_:sentence:blockIndex:)``):
    /// direct, the owner's when one resolves (rule `notice`), else no one's.
    /// Puts `entity` in view as the subject of the sentence that opens at token `sentenceStart`
    /// of block `blockIndex`: the most salient one there, the subject since the last speaker,
    /// and the sentence that made it so (a cue-less quotation of that sentence is theirs).
    private mutating func bringIntoView(_ entity: Int, blockIndex: Int, sentenceStart: Int) {
        registry.markSalient(entity, position: narrative[blockIndex])
        subjectSinceSpeaker = (entity, blockIndex)
        salientSentence = (blockIndex, sentenceStart)
    }

    /// `rule` names the rule of an owner found (`notice`, `written-source`).
    private mutating func decideNotice(_ notice: NoticeEvidence, index: Int, blockIndex: Int, text: String, spans: [TextSpan]?, rule: String = "notice") {
        var decision = Decision(kind: .direct, entity: nil, attribution: Attribution(rule: "none", cue: notice.verb, mention: nil, confidence: 0), text: text, spans: spans)
        if let owner = notice.owner {
            // (Whoever put a notice up can speak: `la chorale`, `the club` are speakers here.)
            let (entity, factor) = resolve(owner.mention, at: owner.start, sentence: owner.sentence, blockIndex: owner.block, person: true)
            if let entity {
                decision.entity = entity
                decision.attribution = Attribution(rule: rule, cue: notice.verb, mention: owner.mention.written, confidence: 0.7 * factor)
                registry.markSalient(entity, position: narrative[blockIndex])
                lastSpeaker = (entity, blockIndex)
                subjectSinceSpeaker = nil
            }
        }
        decisions[index] = decision
    }

    /// Whether a singular subject pronoun (`il`, `she`) stands outside quotations in the sentence
    /// before the quotation at `q` (`Après, il limogea « … »`): the quotation's speaker is one
    /// person, never a group carried over from the last quotation.
    func hasSingularPronounSubject(before q: Int, sentence: Range<Int>, block: BlockText) -> Bool {
        block.tokens[sentence.lowerBound..<q].contains { token in
            // (`lui` may be an object: a stressed form that no inversion uses is left out.)
            token.isWord && token.quotationIndex == nil && ["m", "f"].contains(lexicon.pronouns[token.lower] ?? "")
                && (lexicon.disjunctivePronouns[token.lower] == nil || lexicon.inversionPronouns.contains(token.lower))
        }
    }

    /// The owner of the possessive that opens the sentence of a quotation after a colon (`Son
    /// verdict tient en une phrase : « … »`, `Her answer: "…"`): the person who became the
    /// subject of a sentence of this paragraph since the last quotation
    /// (``subjectSinceSpeaker``), when the possessive's gender agrees (`son`, `sa` carry none of
    /// the owner's; `its` means a thing). An organisation there gives no one (`son` may be its).
    /// - Returns: that person's entity, or nil.
    private func possessiveOwnerBeforeColon(_ q: Int, sentence: Range<Int>, blockIndex: Int) -> Int? {
        let tokens = blocks[blockIndex].tokens
        guard q > sentence.lowerBound + 1, tokens[q - 1].text == ":", tokens[sentence.lowerBound].isWord,
              let owner = lexicon.possessives[tokens[sentence.lowerBound].lower], ["m", "f", ""].contains(owner),
              !tokens[sentence.lowerBound..<(q - 1)].contains(where: { $0.quotationIndex != nil }),
              let recent = subjectSinceSpeaker, recent.block == blockIndex else { return nil }
        let entity = registry.entities[recent.entity]
        guard !entity.isOrganisation, owner.isEmpty || [owner, ""].contains(entity.likelyGender) else { return nil }
        return recent.entity
    }

    /// The speaker a lead quotation leaves to the next sentence (`(Agence) - « En vingt minutes, on
    /// a perdu l'année. » Debout entre deux rangs, Mathilde Roy, vigneronne à Vire, montre …`,
    /// `"We lost the year in twenty minutes." Standing between the rows, Jane Roe, a grower,
    /// points …`): a quotation with no cue that is the whole first sentence of its paragraph
    /// (after a dateline: ``opensAfterDateline(_:block:)``), followed in the paragraph by a
    /// sentence whose subject, past an opening phrase, is a person the text names there for the
    /// first time. Someone met before (whose words would be told apart by a cue), a pronoun or a
    /// thing as that subject gives no one.
    /// - Returns: that person's entity and the name as written.
    private mutating func leadSpeaker(_ q: Int, sentence: Range<Int>, blockIndex: Int) -> (entity: Int, written: String)? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard sentence.lowerBound == 0, sentence.upperBound < tokens.count, q == 0 || opensAfterDateline(q, block: block),
              !tokens[(q + 1)..<sentence.upperBound].contains(where: { $0.isWord || $0.quotationIndex != nil }) else { return nil }
        let next = rules.sentenceBounds(of: sentence.upperBound, in: tokens)
        guard !next.contains(where: { tokens[$0].quotationIndex != nil }),
              let subject = rules.sentenceSubject(in: next.lowerBound..<min(next.upperBound, next.lowerBound + AttributionRules.window), block: block),
              case .name(let words, let written, let gender, let role) = subject.mention else { return nil }
        let known = registry.entities.count
        let entity = registry.resolveName(words: words, written: written, gender: gender, role: role)
        guard entity >= known, !registry.entities[entity].isOrganisation else { return nil }
        return (entity, written)
    }

    /// The speaker of a quotation that opens its paragraph (after a dateline too) and ends its
    /// sentence, when the next sentence names them by a cleft (``cleftSpeakerName(in:block:)``:
    /// `« … » Celle qui parle ainsi, c'est Ada Vell, 63 ans, …`); no organisation.
    private mutating func cleftSpeaker(_ q: Int, sentence: Range<Int>, blockIndex: Int) -> (entity: Int, written: String)? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard sentence.lowerBound == 0, sentence.upperBound < tokens.count, q == 0 || opensAfterDateline(q, block: block),
              !tokens[(q + 1)..<sentence.upperBound].contains(where: { $0.isWord || $0.quotationIndex != nil }),
              case .name(let words, let written, let gender, let role)? = cleftSpeakerName(in: rules.sentenceBounds(of: sentence.upperBound, in: tokens), block: block)
        else { return nil }
        let entity = registry.resolveName(words: words, written: written, gender: gender, role: role)
        return registry.entities[entity].isOrganisation ? nil : (entity, written)
    }

    /// The name a sentence gives as that of whoever spoke the words before it, by a cleft: a
    /// relative subject and its verb for the speaker opening it (``Lexicon/speakerCleftSubjects``:
    /// `Celui qui parle`), at most three more words with no name among them (`ainsi`), a comma,
    /// a cleft opener (``Lexicon/cleftOpeners``: `c'est`) and a name right after it (`Celui qui
    /// parle ainsi, c'est Paul Roy, 63 ans, …` → Paul Roy).
    /// - Returns: nil for a sentence of any other shape.
    func cleftSpeakerName(in sentence: Range<Int>, block: BlockText) -> Mention? {
        let tokens = block.tokens
        func opens(_ words: [String], at k: Int) -> Bool {
            k + words.count < sentence.upperBound && words.indices.allSatisfy { tokens[k + $0].lower == words[$0] }
        }
        guard let subject = lexicon.speakerCleftSubjects.first(where: { opens($0, at: sentence.lowerBound) }) else { return nil }
        let clause = sentence.lowerBound + subject.count
        guard let comma = (clause..<min(sentence.upperBound, clause + 4)).first(where: { tokens[$0].text == "," }),
              !(clause..<comma).contains(where: { finder.isNameWord(tokens[$0]) }),
              let opener = lexicon.cleftOpeners.first(where: { opens($0, at: comma + 1) }) else { return nil }
        let start = comma + 1 + opener.count
        guard finder.isNameWord(tokens[start]), let run = finder.namedRuns(in: start..<min(sentence.upperBound, start + 5), of: block).first,
              run.run.lowerBound == start else { return nil }
        return run.mention
    }

    /// Whether the quotation at token `q` follows a dateline that opens the paragraph (`Vire
    /// (Agence Centrale) - « … »`, `PARIS (AFP) – « … »`): a dash right before it, after at most
    /// ``datelineWords`` tokens with no quotation, the first one capitalised.
    private func opensAfterDateline(_ q: Int, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard q >= 2, q - 1 <= Self.datelineWords, ["-", "–", "—"].contains(tokens[q - 1].text), tokens[0].isCapitalized else { return false }
        return !tokens[0..<(q - 1)].contains { $0.quotationIndex != nil || finder.isSpeechVerb($0) }
    }

    /// Most tokens a dateline before a lead quotation may hold (``opensAfterDateline(_:block:)``).
    static let datelineWords = 12

    /// Whether a sentence holds a naming verb and a reported-speech marker, computed once per
    /// sentence (a sentence may hold thousands of quotations: HAZARDS.md B03).
    private mutating func sentenceFlags(_ sentence: Range<Int>, blockIndex: Int) -> (naming: Bool, reportedMood: Bool) {
        if let cached = flagCache, cached.block == blockIndex, cached.sentence == sentence { return (cached.naming, cached.reportedMood) }
        let tokens = blocks[blockIndex].tokens
        let naming = sentence.contains { tokens[$0].isWord && finder.isNamingVerb(tokens[$0]) }
        let mood = sentence.contains { tokens[$0].isWord && lexicon.reportedSpeechMarkers.contains(tokens[$0].lower) }
        flagCache = (blockIndex, sentence, naming, mood)
        return (naming, mood)
    }

    /// In a verb-second language, the speech participle that closes the sentence after the
    /// quotation at `q`, with an auxiliary and its subject before the quotation (`Der Rat hatte am
    /// Montag die Umstellung der „…“ gefordert.`), as evidence.
    private func closingParticiple(after q: Int, sentence: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        guard lexicon.verbSecond, let last = sentence.reversed().first(where: { tokens[$0].isWord }), last > q,
              finder.isSpeechVerb(tokens[last]), !finder.isNamingVerb(tokens[last]),
              (sentence.lowerBound..<q).contains(where: { tokens[$0].isWord && (lexicon.auxiliaries.contains(tokens[$0].lower) || lexicon.participleAuxiliaries.contains(tokens[$0].lower)) }),
              let subject = rules.sentenceSubject(in: sentence.lowerBound..<q, block: block) else { return nil }
        switch subject.mention {
        case .unresolvable, .pronoun: return nil
        case .name, .phrase: break
        }
        return AttributionEvidence(rule: "participle", cue: tokens[last].text, mention: subject.mention, mentionToken: subject.start,
                                   adjacent: false, confidence: 0.6)
    }

    /// `« … », selon les locataires.`, `"…" for now, according to two tenants.`: an attribution
    /// preposition (``Lexicon/attributionPrepositions``, no head-only one) right after the first
    /// comma that follows the quotation at `q` (at most ``closingAccountGap`` words and no other
    /// quotation between), whose phrase names someone who speaks and no written text, speech or
    /// document (`selon le rapport` is left to the written-text rules), as evidence.
    private func closingAccount(after q: Int, sentence: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        guard let comma = ((q + 1)..<sentence.upperBound).first(where: { tokens[$0].text == "," || !tokens[$0].isWord || tokens[$0].quotationIndex != nil }),
              tokens[comma].text == ",", comma - q - 1 <= Self.closingAccountGap else { return nil }
        let start = comma + 1
        guard start < sentence.upperBound,
              lexicon.attributionPrepositions.contains(where: { preposition in
                  !lexicon.headOnlyAttributionPrepositions.contains(preposition) && start + preposition.count < sentence.upperBound
                      && preposition.indices.allSatisfy { tokens[start + $0].lower == preposition[$0] }
              }),
              let evidence = rules.accordingTo(start, bounds: start..<sentence.upperBound, block: block),
              let mention = evidence.mention, let token = evidence.mentionToken, token > start, rules.speaks(mention) || {
                  if case .pronoun(_, let gender) = mention { return gender == "m" || gender == "f" || gender == "plural" }
                  return false
              }(),
              !Lexicon.tokenWords(mention.written).contains(where: {
                  lexicon.writtenTextNouns.contains($0) || lexicon.documentNouns.contains($0) || lexicon.speechNouns.contains($0)
              }) else { return nil }
        return evidence
    }

    /// Most words between a quotation and the comma before a closing `selon X`
    /// (``closingAccount(after:sentence:block:)``: `« une amende » dès le premier retard, d'après …`).
    static let closingAccountGap = 5

    /// The cue after the last comma of the sentence, when one follows the quotation at `q` and
    /// at most eight words follow it (`…, so der Sprecher.`, `…, sagte sie.`), as evidence.
    private func closingCue(after q: Int, sentence: Range<Int>, block: BlockText) -> AttributionEvidence? {
        let tokens = block.tokens
        guard let comma = sentence.reversed().first(where: { tokens[$0].text == "," }), comma > q + 1,
              (comma..<sentence.upperBound).filter({ tokens[$0].isWord }).count <= 8,
              !(comma..<sentence.upperBound).contains(where: { tokens[$0].quotationIndex != nil }),
              var evidence = rules.cueAfter(comma - 1, bounds: sentence, block: block), evidence.mention != nil else { return nil }
        evidence.adjacent = false
        evidence.confidence *= 0.8
        return evidence
    }

    /// Whether the quotation at `q` is followed by an agent preposition and a name of two
    /// capitalised words or more (`„…“ von Eva Lind, „…“ von …`, `"…" by Jane Roe.`):
    /// the title of a work and its author.
    private func followedByAuthor(_ q: Int, sentence: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard q + 1 < sentence.upperBound, tokens[q + 1].isWord, lexicon.agentPrepositions.contains(tokens[q + 1].lower) else { return false }
        var k = q + 2
        while k < sentence.upperBound, tokens[k].isWord, tokens[k].isCapitalized, !lexicon.isFunctionWord(tokens[k].lower) { k += 1 }
        return k - (q + 2) >= 2
    }

    /// Whether the quotation at `q` is alone in brackets (`Kreuzungen („Hybride“) zwischen …`) or
    /// followed by a bracketed abbreviation (`der „Grünen Liste“ (GL)`): a term or a name glossed.
    private func isGloss(_ q: Int, sentence: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        let after = q + 1 < tokens.count ? tokens[q + 1].text : ""
        if q > 0, tokens[q - 1].text == "(", after == ")" { return true }
        guard after == "(", q + 3 < tokens.count, tokens[q + 3].text == ")", tokens[q + 2].isWord else { return false }
        let word = tokens[q + 2].text
        return word.count <= 6 && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
            && (word == word.uppercased() || word == word.lowercased())
    }

    /// How the span at `q` follows a noun of set phrases (``Lexicon/setPhraseNouns``): right
    /// after it (`l'étiquette « … »`), or after it, a short complement opened by a preposition (at
    /// most five words, no verb) and a comma or a colon (`le surnom du stade, « … »`, `une devise
    /// en lettres dorées : « … »`, `an old saying in the trade: “…”`); nil when it does not. The
    /// noun has its determiner, possessive or determiner and adjective before it (not the verb
    /// `beyond saying: “…”`). Not after a possessive and a colon (`sa devise : « … »`: the owner's
    /// words), nor when the complement holds a speech verb or an auxiliary (`Interrogé sur le
    /// surnom du stade, il a répondu : « … »`), nor for a span that quotes another inside it
    /// (`a nickname for him: "They call him 'the Metronome' …"`).
    private func setPhrase(before q: Int, index: Int, sentence: Range<Int>, block: BlockText) -> QuotationClassifier.SetPhrase? {
        let tokens = block.tokens
        guard !lexicon.setPhraseNouns.isEmpty, q - 1 >= sentence.lowerBound,
              !quotations.contains(where: { $0.parent == index }) else { return nil }
        var end = q - 1
        let colon = tokens[end].text == ":"
        let separator = tokens[end].text == "," || colon
        if separator { end -= 1 }
        var k = end
        while k >= sentence.lowerBound, end - k <= 5, tokens[k].isWord {
            guard lexicon.setPhraseNouns.contains(tokens[k].lower) else { k -= 1; continue }
            let complement = tokens[(k + 1)..<(end + 1)]
            if !complement.isEmpty {
                guard separator, let first = complement.first, lexicon.prepositions.contains(first.lower),
                      !complement.contains(where: { lexicon.auxiliaries.contains($0.lower) || finder.isSpeechVerb($0) || finder.isNamingVerb($0) }) else { return nil }
            }
            func opensNoun(_ i: Int) -> Bool {
                i >= sentence.lowerBound && tokens[i].isWord && (lexicon.determiners.contains(tokens[i].lower) || lexicon.possessives[tokens[i].lower] != nil)
            }
            let determiner = opensNoun(k - 1) ? k - 1
                : opensNoun(k - 2) && tokens[k - 1].isWord && !lexicon.isFunctionWord(tokens[k - 1].lower) ? k - 2 : nil
            guard let determiner else { return nil }
            if colon, lexicon.possessives[tokens[determiner].lower] != nil { return nil }
            if colon, hasSetPhrase(verb: determiner - 1, sentence: sentence, block: block) { return nil }
            // `un pêcheur résume la situation d'un proverbe : « … »`: an indefinite noun before a
            // colon brings in words of the sentence's speaker, if it has one.
            return colon && lexicon.indefiniteDeterminers.contains([tokens[determiner].lower]) ? .introduced : .named
        }
        return nil
    }

    /// Whether the word at `v` is a verb of having or taking up a set phrase
    /// (``Lexicon/possessionVerbs``, after an auxiliary or not) whose subject, at the head of its
    /// clause, can speak: a name, a phrase naming a person or organisation, or a personal pronoun
    /// of a man or a woman (`The rival club has a different motto:`, `Le club voisin a adopté une
    /// nouvelle devise :`, `She has a simple motto:`). Not `Il y a un vieux dicton :` (a clitic
    /// before the verb), `It has a motto:`, `The town has a motto:` (no one who speaks).
    private func hasSetPhrase(verb v: Int, sentence: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard v > sentence.lowerBound, tokens[v].isWord, lexicon.possessionVerbs.contains(tokens[v].lower) else { return false }
        var head = v
        if head - 1 > sentence.lowerBound, tokens[head - 1].isWord, lexicon.auxiliaries.contains(tokens[head - 1].lower) { head -= 1 }
        guard tokens[head - 1].isWord, !lexicon.clitics.contains(tokens[head - 1].lower),
              let subject = finder.phrase(before: head, from: sentence.lowerBound, in: block),
              subject.start == sentence.lowerBound || tokens[subject.start - 1].text == "," else { return false }
        if case .pronoun(_, let gender) = subject.mention { return gender == "m" || gender == "f" }
        return rules.speaks(subject.mention)
    }

    /// Whether the quotation at `q` is followed by a comma and words that say what it is: a
    /// definition marker (`des « services coupés », c'est-à-dire …`, `“split shifts”, that is, …`:
    /// ``Lexicon/definitionMarkers``), or an apposition headed by a noun of works or names (a
    /// ``Lexicon/workNouns`` entry, or a ``Lexicon/titleCues`` entry that is a mention cue and no
    /// verb) after at most two words, determiners or adjectives (`“Low Water”, his first novel`,
    /// `« le patron des amis », surnom dont …`), not followed by a speech verb; or a definite
    /// noun phrase of no person with a relative pronoun (`la « réserve stratégique », le stock
    /// tampon qui …`).
    private func isExplained(_ q: Int, sentence: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard q + 2 < sentence.upperBound, tokens[q + 1].text == "," else { return false }
        let start = q + 2
        if lexicon.definitionMarkers.contains(where: { marker in
            start + marker.count <= sentence.upperBound && marker.indices.allSatisfy { tokens[start + $0].lower == marker[$0] }
        }) { return true }
        for k in start..<min(sentence.upperBound, start + 3) {
            guard tokens[k].isWord, !tokens[k].isCapitalized || k == start else { return false }
            let word = tokens[k].lower
            // (A word after a determiner is a noun, though a verb be written the same: `a name`.)
            let noun = k > start && lexicon.determiners.contains(tokens[k - 1].lower) || !finder.isSpeechVerb(tokens[k]) && !finder.isNamingVerb(tokens[k])
            let nameNoun = lexicon.titleCues.contains(word) && lexicon.mentionCues.contains(word) && noun
            if lexicon.workNouns.contains(word) || nameNoun {
                // Not the speaker's description before their verb (`“…”, the film critic said`); a
                // noun of names opens no description of a speaker (`“…”, a name critics dismissed as …`).
                return nameNoun && !lexicon.workNouns.contains(word) || !tokens[(k + 1)..<min(sentence.upperBound, k + 4)].contains { finder.isSpeechVerb($0) }
            }
            guard lexicon.determiners.contains(word) || lexicon.possessives[word] != nil || !lexicon.isFunctionWord(word) && !finder.isSpeechVerb(tokens[k]) else { return false }
        }
        // `versés à la « réserve stratégique », le stock tampon qui sert à …`: a definite article,
        // a noun of no person (one adjective at most after it) and a relative pronoun define the term.
        if start + 3 < sentence.upperBound, lexicon.definiteArticles.contains(tokens[start].lower), tokens[start + 1].isWord, !tokens[start + 1].isCapitalized,
           !lexicon.isFunctionWord(tokens[start + 1].lower), !lexicon.isPersonNoun(tokens[start + 1].lower), !finder.isTitle(tokens[start + 1]),
           !finder.isSpeechVerb(tokens[start + 1]),
           let relative = ((start + 2)...(start + 3)).first(where: { tokens[$0].isWord && lexicon.relativePronouns.contains(tokens[$0].lower) }),
           relative == start + 2 || tokens[start + 2].isWord && !tokens[start + 2].isCapitalized && !lexicon.isFunctionWord(tokens[start + 2].lower) {
            return true
        }
        return false
    }

    /// The decision of a direct quotation a few tokens before `q` in the same sentence, joined to it
    /// by a coordinator (`et`, `and`), if there is one.
    /// A present participle set off by a comma at most two words before it (`…, tout en contestant
    /// être « … »`, `…, while insisting it was "…"`) joins its clause to the one before as a
    /// coordinator does, over the rest of the sentence (``AttributionRules/window``).
    private func coordinatedFragment(before q: Int, sentence: Range<Int>, block: BlockText, within distance: Int = 5) -> Decision? {
        let tokens = block.tokens
        var k = q - 1
        var sawCoordinator = false
        var distance = distance
        while k >= sentence.lowerBound, q - k <= distance {
            if let index = tokens[k].quotationIndex {
                guard sawCoordinator, let decision = decisions[index], decision.kind == .direct, decision.entity != nil else { return nil }
                return decision
            }
            if tokens[k].isWord, lexicon.negations.contains(tokens[k].lower) { return nil }
            if tokens[k].isWord, lexicon.coordinators.contains(tokens[k].lower) { sawCoordinator = true }
            if !sawCoordinator, tokens[k].isWord, rules.isPresentParticiple(tokens[k]),
               (1...3).contains(where: { k - $0 >= sentence.lowerBound && tokens[k - $0].text == "," && !(k - $0 + 1..<k).contains(where: { !tokens[$0].isWord }) }) {
                sawCoordinator = true
                distance = max(distance, AttributionRules.window)
            }
            k -= 1
        }
        return nil
    }

    /// `une enquête pour « vol aggravé » et « recel »`, `charged with “theft” and “assault”`: a
    /// span opening in lower case (at most twelve words, no sentence punctuation) joined by a
    /// coordinator right after a span that follows a charge (``QuotationClassifier/followsOffenceCue(_:)``)
    /// names a second offence, a mention like the first.
    private func isCoordinatedOffence(_ q: Int, text: String, sentence: Range<Int>, block: BlockText) -> Bool {
        let tokens = block.tokens
        guard q - 2 >= sentence.lowerBound, tokens[q - 1].isWord, lexicon.coordinators.contains(tokens[q - 1].lower),
              tokens[q - 2].quotationIndex != nil, let first = text.unicodeScalars.first(where: { $0.properties.isAlphabetic }),
              first.properties.isLowercase, !text.contains(where: { ".!?".contains($0) }),
              text.split(whereSeparator: \.isWhitespace).count <= 12 else { return false }
        return classifier.followsOffenceCue(tokens[sentence.lowerBound..<(q - 2)].suffix(3).filter(\.isWord).map(\.lower))
    }

    /// `a dit « regretter » un mouvement « disproportionné »`, `said it "deplored" the "reckless"
    /// decision`: the decision of a direct quotation with a speaker that is a verb of judgement
    /// alone (``Lexicon/evaluativeVerbs``), when the span `text` at `q` (at most eight words,
    /// opening in lower case, no sentence punctuation) closes that verb's object, at most four
    /// words after it with no punctuation between: the judge's verdict.
    private func objectOfQuotedVerdict(before q: Int, text: String, sentence: Range<Int>, block: BlockText) -> Decision? {
        let tokens = block.tokens
        let words = text.split(separator: " ")
        guard words.count <= 8, let first = text.unicodeScalars.first(where: { $0.properties.isAlphabetic }), first.properties.isLowercase,
              !text.contains(where: { ".!?…".contains($0) }) else { return nil }
        var k = q - 1
        while k >= sentence.lowerBound, q - k <= 5, tokens[k].isWord { k -= 1 }
        guard k >= sentence.lowerBound, k < q - 1, let index = tokens[k].quotationIndex, let decision = decisions[index],
              decision.kind == .direct, decision.entity != nil,
              lexicon.evaluativeVerbs.contains(quotationText(quotations[index]).trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
        return decision
    }

    /// The decision of a direct quotation with a speaker that closes a first reported clause,
    /// when the quotation at `q` closes a second one coordinated with it (`estime que « … »,
    /// mais que la méthode choisie est « … »`, `said the rain had been "…" and that its teams had
    /// worked "…"`): a coordinator and a complementizer, then at most twelve words with no verb
    /// of saying and no other quotation before `q`.
    private func coordinatedClause(before q: Int, sentence: Range<Int>, block: BlockText) -> Decision? {
        let tokens = block.tokens
        var k = q - 1
        var words = 0
        while k - 1 >= sentence.lowerBound, words <= 12 {
            let token = tokens[k]
            if token.quotationIndex != nil || finder.isSpeechVerb(token) { return nil }
            if token.isWord, lexicon.complementizers.contains(token.lower), tokens[k - 1].isWord, lexicon.coordinators.contains(tokens[k - 1].lower) {
                var p = k - 2
                if p >= sentence.lowerBound, tokens[p].text == "," { p -= 1 }
                guard p >= sentence.lowerBound, let index = tokens[p].quotationIndex, let decision = decisions[index],
                      decision.kind == .direct, decision.entity != nil else { return nil }
                return decision
            }
            if token.isWord { words += 1 }
            k -= 1
        }
        return nil
    }

    /// Resolves a mention to an entity; the factor scales the rule's confidence.
    /// - Parameter person: true when the mention is known to name someone whatever its words (an
    ///   inverted indefinite subject: ``AttributionEvidence/unnamedInvertedSpeaker``), so a phrase
    ///   the lexicon does not know as a person's still makes a speaker.
    mutating func resolve(_ mention: Mention, at token: Int?, sentence: Range<Int>, blockIndex: Int, create: Bool = true, person: Bool = false) -> (Int?, Double) {
        let (entity, confidence) = resolveMention(mention, at: token, sentence: sentence, blockIndex: blockIndex, create: create, person: person)
        // `Agnes Porter and Dylan Moss run the stall. "…," he said.`: of a pair, the one whose gender agrees.
        if case .pronoun(_, let gender) = mention, let entity, let member = registry.memberOfPair(entity, gender: gender) { return (member, confidence) }
        return (entity, confidence)
    }

    /// ``resolve(_:at:sentence:blockIndex:create:person:)`` before a pronoun is narrowed to one of a pair.
    private mutating func resolveMention(_ mention: Mention, at token: Int?, sentence: Range<Int>, blockIndex: Int, create: Bool, person: Bool) -> (Int?, Double) {
        if case .name = mention, let owner = ownerOfSpeechNoun(mention.written) ?? organisationOfStaff(mention.written) {
            return resolve(owner, at: nil, sentence: sentence, blockIndex: blockIndex, create: create)
        }
        switch mention {
        case .name(let words, let written, let gender, let role):
            let person = registry.resolveName(words: words, written: written, gender: gender, role: role)
            if create, isEntouragePhrase(written), let first = words.first,
               let noun = written.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).first, !noun.hasPrefix(first) {
                // `L'entourage de Mme Vautrin assure qu'elle « … »`, `Allies of Ms Reid insist …`:
                // the people around the one named, a group of its own (the one named stays known).
                return (registry.resolveOrCreateCollective(written), 0.8)
            }
            return (person, 1)
        case .phrase(let phrase, let gender):
            if let token, let given = finder.givenName(after: token, limit: sentence.upperBound, in: blocks[blockIndex]) {
                // `“…,” said the man, a retired machinist who asked that only his first name, Walt,
                // be used.`: the person described goes by the name given (``SpeakerMentionFinder/givenName(after:limit:in:)``).
                return resolve(given.mention, at: given.start, sentence: sentence, blockIndex: blockIndex, create: create)
            }
            if let owner = ownerOfSpeechNoun(phrase) ?? organisationOfStaff(phrase) {
                return resolve(owner, at: nil, sentence: sentence, blockIndex: blockIndex, create: create)
            }
            if let token, let author = authorOfDocumentPhrase(phrase, at: token, sentence: sentence, block: blocks[blockIndex]) {
                // `Her report notes “…”`, `Its own survey found “…”`, `Le rapport de l'agence lui-même
                // parle de « … »`, `A notice posted by the department reads:`: the document's author.
                if case .pronoun(_, let ownerGender) = author {
                    let found = resolve(author, at: token, sentence: sentence, blockIndex: blockIndex, create: create)
                    // (`a team led by Dr. Ama Oboe. Her report …`: the person just named, whose gender is not known yet.)
                    if found.0 == nil, let named = registry.recentlyNamed(gender: ownerGender, orUngendered: true) {
                        registry.learnGender(ownerGender, of: named)
                        return (named, 0.7)
                    }
                    return found
                }
                return resolve(author, at: nil, sentence: sentence, blockIndex: blockIndex, create: create)
            }
            let words = phrase.split(separator: " ")
            // `Pellick Harbour Airport … Dunmore City Airport … the airport said`: the head of two
            // names the document used means either; the speaker stays unresolved.
            if words.count == 2, lexicon.definiteArticles.contains(words[0].lowercased()), lexicon.organisationKind(of: words[1].lowercased()).isEmpty,
               finder.organisationHeads.contains(TextFolding.fold(String(words[1]))), registry.nameHeadReferent(TextFolding.fold(String(words[1]))) == nil {
                return (nil, 0)
            }
            if words.count == 2, lexicon.possessives[words[0].lowercased()] != nil, lexicon.authorNouns.contains(words[1].lowercased()) {
                // `selon ses auteurs`: the authors of its text stand for whoever published it,
                // found as a pronoun is (the sentence's subject, else the last one spoken of).
                return resolve(.pronoun(phrase, gender: ""), at: token, sentence: sentence, blockIndex: blockIndex, create: create)
            }
            if let issuer = documentIssuer(of: phrase) {
                // `“…,” the guidance says`, `selon le rapport`: the words of the document's issuer.
                return resolve(issuer, at: nil, sentence: sentence, blockIndex: blockIndex, create: create)
            }
            if let holder = officeHolder(of: phrase) {
                // `Le cabinet de la mairesse a précisé que …`: the mayor, named before.
                return (holder, 0.8)
            }
            if create, isEntouragePhrase(phrase) {
                // `l'entourage d'Orlando Vasse parle de « … »`: the people around him, a group of
                // its own, never the one named in its complement.
                return (registry.resolveOrCreateCollective(phrase), 0.8)
            }
            if let head = words.last, lexicon.speechNouns.contains(head.lowercased()), words.count <= 4,
               lexicon.otherDeterminers.contains(where: { Lexicon.tokenWords(phrase).starts(with: $0) }) {
                // `Une autre étude conclut que « … »`, `Another survey found`: one more text, whose
                // author the sentence does not give, is not the text just quoted.
                return (nil, 0)
            }
            if let head = words.last, lexicon.speechNouns.contains(head.lowercased()), words.count <= 3 {
                // `“…,” the statement added`: the words of whoever made the statement just before.
                if let last = lastSpeaker, blockIndex - last.block <= 1 { return (last.entity, 0.7) }
                return (registry.mostSalient(gender: "", before: narrative[blockIndex]), 0.6)
            }
            if let head = words.last, lexicon.carrierNouns.contains(head.lowercased()) {
                // `The paper banner said:`: the words are those of whoever held it.
                return (registry.mostSalient(gender: "", before: narrative[blockIndex], person: true), 0.7)
            }
            if let first = words.first?.lowercased(), let demonstrativeGender = lexicon.demonstratives[first], finder.namesSpeaker(phrase), let token,
               registry.resolveRole(phrase) == nil,
               registry.mostSalient(gender: demonstrativeGender, before: narrative[blockIndex], person: true).map({ registry.entities[$0].isNamed }) ?? true,
               let described = describedPersonBefore(token, sentence: sentence, blockIndex: blockIndex) {
                // `L'alerte a été donnée par un riverain. « … », raconte cet habitant du hameau.`,
                // `Selon une source diplomatique, … « … », confie ce diplomate.`: the unnamed person
                // the sentence before brought in, not the named one most in view (an unnamed one
                // already in view, `C'est un voisin qui …`, stays whom it means).
                let entity = registry.resolveOrCreatePhrase(described.phrase, gender: described.gender)
                registry.addAlias(phrase, to: entity, asRole: false)
                return (entity, 0.7)
            }
            if let first = words.first?.lowercased(), let demonstrativeGender = lexicon.demonstratives[first], finder.namesSpeaker(phrase) {
                // `raconte cet homme d'une quarantaine d'années`: the person of that gender most in view.
                if let entity = registry.mostSalient(gender: demonstrativeGender, before: narrative[blockIndex], person: true) {
                    registry.addAlias(phrase, to: entity, asRole: false)
                    return (entity, 0.7)
                }
            }
            guard create else { return (resolveQuietly(mention), 0.9) }
            // `un petit mot écrit à la main`, `the plan`: no one to create.
            guard person || finder.mayNameSpeaker(phrase) else { return (resolveQuietly(mention), 0.9) }
            if registry.ageDescriptionIsAmbiguous(phrase) { return (nil, 0) }
            if let entity = registry.organisationAnaphorReferent(phrase) ?? registry.kinReferent(phrase) ?? registry.ageDescriptionReferent(phrase) ?? registry.definiteDescriptionReferent(phrase) {
                // `, a glissé le boulanger`, `said the 19-year-old`, `her father said`: someone
                // already named, by their role, age or kinship (`la jeune femme de 27 ans` is a woman).
                registry.addAlias(phrase, to: entity, asRole: false)
                registry.learnGender(gender, of: entity)
                return (entity, 0.8)
            }
            if let entity = epithetReferent(phrase, gender: gender, blockIndex: blockIndex) {
                // `Vance laughed off the threats. ¶ "…," sneered the challenger.`
                registry.addAlias(phrase, to: entity, asRole: false)
                return (entity, 0.7)
            }
            return (registry.resolveOrCreatePhrase(phrase, gender: gender), 0.9)
        case .unresolvable:
            return (nil, 0)
        case .pronoun(let written, let gender):
            if gender == "plural", create, let token, let phrase = collectiveSubject(pronoun: token, sentence: sentence, blockIndex: blockIndex) {
                // `A Facebook page for Ann and Lena already has … members. Today they are asking …`:
                // the group, page or campaign the sentence before was about, not a name inside it.
                return (registry.resolveOrCreateCollective(phrase), 0.8)
            }
            if gender == "plural", create, let token, let phrase = groupSubject(pronoun: token, sentence: sentence, blockIndex: blockIndex) {
                // `Les gendarmes passent de porte en porte. « … », répètent-ils.`: the people the sentence before was about.
                return (registry.resolveOrCreatePhrase(phrase, gender: "plural"), 0.8)
            }
            // A subject earlier in the same sentence (`Le Président kazakh a qualifié …, il a déclaré`).
            if let token, token > sentence.lowerBound,
               let subject = rules.sentenceSubject(in: sentence.lowerBound..<min(token, sentence.lowerBound + AttributionRules.window), block: blocks[blockIndex]) {
                if let reported = reportedClauseSubject(after: subject.start, before: token, gender: gender, blockIndex: blockIndex) {
                    return (reported, 0.8)
                }
                switch subject.mention {
                case .name, .phrase:
                    // (`Joint par téléphone, il admet …`: a capital that only opens a sentence, or a
                    // place or publication, is no subject a gendered personal pronoun takes up.)
                    let named: Bool
                    if case .name = subject.mention { named = true } else { named = false }
                    if let entity = resolveQuietly(subject.mention),
                       !(named && ["m", "f"].contains(gender) && !lexicon.impersonalPronouns.contains(written.lowercased()) && isNonPersonName(entity)) {
                        registry.learnGender(gender, of: entity)
                        return (entity, 0.85)
                    }
                    // `Le syndicat des dockers a fait savoir qu'il jugeait …`: an organisation
                    // met here first, whose article agrees.
                    if create, case .phrase(let text, let subjectGender) = subject.mention, subjectGender.isEmpty || subjectGender == gender,
                       Lexicon.tokenWords(text).prefix(2).contains(where: lexicon.organisationNouns.contains) {
                        return (registry.resolveOrCreatePhrase(text, gender: subjectGender), 0.8)
                    }
                default: break
                }
            }
            if let token, ["m", "f"].contains(gender), !lexicon.impersonalPronouns.contains(written.lowercased()),
               let relation = narratorRelationBefore(token, sentence: sentence, gender: gender, blockIndex: blockIndex) {
                // `Quand je l'ai annoncé à mon ancien chef, il m'a répondu : « … »`, `…, with my
                // grandfather. When I told him, he said, “…”`: the one the narrator names by a tie.
                if create { return (registry.resolveOrCreatePhrase(relation, gender: gender), 0.8) }
                return (resolveQuietly(.phrase(relation, gender: gender)), 0.8)
            }
            if lexicon.latterPronouns.contains(written.lowercased()) {
                if token == sentence.lowerBound,
                   let phrase = latterNounPhrase(before: sentence.lowerBound, gender: gender, block: blocks[blockIndex]) {
                    // `Paul Roy a saisi le tribunal administratif. Ce dernier a estimé …`: the noun phrase
                    // of its gender named last, an organisation or a role; a thing speaks not (`Anne Roy
                    // a vendu la maison. Cette dernière …`), nor does the person named before it.
                    let words = Lexicon.tokenWords(phrase)
                    guard words.contains(where: { lexicon.organisationNouns.contains($0) || lexicon.isPersonNoun($0) || lexicon.titles.contains($0) }) else { return (nil, 0) }
                    if create { return (registry.resolveOrCreatePhrase(phrase, gender: gender), 0.8) }
                    return (resolveQuietly(.phrase(phrase, gender: gender)), 0.8)
                }
                // (`Selon ce dernier, l'accord de Jean Dufour marque « … »`: at the head of its
                // sentence, never someone that sentence names after it.)
                let atHead = token.map { $0 - sentence.lowerBound <= 3 } ?? false
                if let entity = registry.namedLast(gender: gender, notNamedNow: atHead) {
                    // `… renvoie vers son avocat, Me Paul Roy. Celui-ci affirme …`, `… avec son frère
                    // Paul. Ce dernier est plus prudent : « … »`: the person named last.
                    return (entity, 0.8)
                }
            }
            let person = lexicon.personalPronouns.contains(written.lowercased())
            let organisation = lexicon.impersonalPronouns.contains(written.lowercased())
            if organisation, token == sentence.lowerBound, let author = documentAuthor(before: sentence, blockIndex: blockIndex) {
                // `The Government's response … runs to forty pages. It states: “…”`: the document's
                // author, before the organisation subject of the sentence just before (`The union
                // welcomed it. It states: …` is the response's words).
                let (entity, factor) = resolve(author, at: nil, sentence: sentence, blockIndex: blockIndex, create: create)
                if let entity { return (entity, 0.8 * factor) }
            }
            // (An inverted pronoun after a quotation may go on with the last speaker, a person of
            // its gender in this paragraph or the one before: `Le syndicat réclame … « … »,
            // poursuit-il.` after the delegate spoke; or mean a person of its gender who is the
            // subject of a clause in this paragraph: `La direction a proposé …, mais Marie Dubois
            // rejette … « … », insiste-t-elle.`)
            if person, let token, ["m", "f"].contains(gender), let voice = spokespersonSubject, voice.gender == gender || voice.gender.isEmpty,
               voice.block == blockIndex && voice.end == sentence.lowerBound && token > sentence.lowerBound
                || voice.block == blockIndex - 1 && sentence.lowerBound == 0 && voice.end == blocks[voice.block].tokens.count {
                // `A spokeswoman for the Harbour Board said …. “…,” she said.`: the spokeswoman,
                // who speaks as the organisation (``spokespersonSubject``); a spokesperson of no
                // gender is the antecedent of `he` or `she` alike (`A spokesperson for the company
                // added that …. Asked …, he said: “…”`).
                return (voice.entity, 0.8)
            }
            let continuesSpeaker = lastSpeaker.map { blockIndex - $0.block <= 1 && !registry.entities[$0.entity].isOrganisation
                && [gender, ""].contains(registry.entities[$0.entity].likelyGender) } ?? false
                || registry.mostSalient(gender: gender, before: narrative[blockIndex], window: 0, person: true, strict: true) != nil
            if let token, token == sentence.lowerBound || opensAfterAdverbial(token, sentenceStart: sentence.lowerBound, block: blocks[blockIndex])
                || opensAfterPrepositionalPhrase(token, sentenceStart: sentence.lowerBound, block: blocks[blockIndex])
                || blocks[blockIndex].tokens[token].isInvertedPronoun && !continuesSpeaker,
               !person, let subject = organisationSubject, gender == subject.gender,
               subject.block == blockIndex && subject.end == sentence.lowerBound
                || subject.block == blockIndex - 1 && sentence.lowerBound == 0 && subject.end == blocks[subject.block].tokens.count {
                // `La société … a levé 18 millions d'euros. Elle promet …`, `The company … It says …`:
                // a pronoun that agrees with the organisation subject of the sentence just before,
                // the last of the paragraph before when it opens its own (after an opening adverbial too: `Dans un communiqué, elle « condamne … »`; or
                // inverted after a quotation opening the sentence: `« … », a-t-elle indiqué`); a
                // bare `La mairie` or `La mairie de Lunel` met first there becomes an organisation of its own.
                return (subject.entity ?? registry.resolveOrCreatePhrase(subject.phrase, gender: subject.gender), 0.8)
            }
            if person, let pending = pendingRoleSubject, pending.block == blockIndex, pending.end == sentence.lowerBound,
               let entity = registry.definiteDescriptionReferent(pending.phrase, gender: gender) {
                // `As for the celebrations, the new champion had modest plans. "…," she said.`
                registry.addAlias(pending.phrase, to: entity, asRole: false)
                registry.markSalient(entity, position: narrative[blockIndex])
                return (entity, 0.8)
            }
            if let token, blocks[blockIndex].tokens[token].isInvertedPronoun, let recent = subjectSinceSpeaker, recent.block == blockIndex,
               case let subjectGender = registry.entities[recent.entity].likelyGender, ["m", "f"].contains(subjectGender), subjectGender != gender,
               let named = registry.recentlyNamed(gender: gender, window: 0), named != recent.entity {
                // `Le capitaine Lucie Marchand a salué le matelot Paul Roux. « … », a-t-il confié.`:
                // the subject since the last quotation is of the other gender, so the inverted
                // pronoun means the person of its gender this paragraph named, not a speaker further back.
                return (named, 0.7)
            }
            // (`She spoke to the Sunday Courier. “…,” she said.`: a gendered personal pronoun passes over
            // a name the text uses as a place's, a publication's or a group's: ``isNonPersonName(_:)``.)
            var passedOver: Set<Int> = []
            while !organisation, ["m", "f"].contains(gender), passedOver.count < 4,
                  let found = registry.mostSalient(gender: gender, before: narrative[blockIndex], person: person, skipping: passedOver),
                  isNonPersonName(found) || isNoSpeakerName(found) {
                passedOver.insert(found)
            }
            if var entity = registry.mostSalient(gender: gender, before: narrative[blockIndex], person: person, organisation: organisation, skipping: passedOver) {
                // `Mary Ellison said Kelvaig Seafoods would publish …. “…,” she said.`: the woman,
                // not a name of no known gender that her sentence put in view.
                if let agreeing = registry.agreeingPerson(over: entity, gender: gender) { entity = agreeing }
                // `she said` resolved to Kendrick: Kendrick is a woman from now on.
                registry.learnGender(gender, of: entity)
                return (entity, 0.8)
            }
            if !organisation, let entity = registry.recentlyNamed(gender: gender) {
                // No subject or speaker of that gender in view: the person of that gender named last.
                return (entity, 0.6)
            }
            if !organisation, let entity = registry.protagonist(gender: gender) {
                // No one of that gender in view or named lately: the one the piece is about.
                return (entity, 0.5)
            }
            if !organisation, let entity = registry.roleGenderedLatestPerson(gender: gender, before: narrative[blockIndex], person: person) {
                // `le docteur Ada Vell constate … « … », affirme-t-elle`: the person in view, whose
                // other gender only the office's word gave.
                registry.correctRoleGender(gender, of: entity)
                return (entity, 0.6)
            }
            if !organisation, ["m", "f"].contains(gender),
               let entity = registry.recentlyNamedUngendered().first(where: { !isNonPersonName($0) && !isNoSpeakerName($0) }) {
                // `… the woman at the wheel is Wenna Coyle, 58. “…,” she told me.`: no one of that
                // gender anywhere near; the person of no known gender named last.
                registry.learnGender(gender, of: entity)
                return (entity, 0.5)
            }
            if create, !organisation, let token, token == 0, sentence.lowerBound == 0,
               let entity = cataphoricSubject(after: sentence, gender: gender, blockIndex: blockIndex) {
                // `Il se présentait comme « … ». Ludovic Ferrand, 41 ans, a été condamné …`: no one
                // before; the person the next sentence opens with.
                return (entity, 0.5)
            }
            return (nil, 0)
        }
    }

    /// The person a gendered pronoun (`m` or `f`) opening its paragraph means by cataphora, when
    /// no one before it is its antecedent: the name that opens the next sentence of the paragraph
    /// as its subject (`Elle a déjà rangé ses cartons, « … ». Ada Vell, 78 ans, vit …`), a person
    /// whose likely gender agrees or is not known (then it is the pronoun's from now on).
    /// - Returns: nil when the next sentence opens with no name, or one of the other gender or an organisation.
    private mutating func cataphoricSubject(after sentence: Range<Int>, gender: String, blockIndex: Int) -> Int? {
        let tokens = blocks[blockIndex].tokens
        guard gender == "m" || gender == "f", sentence.upperBound < tokens.count else { return nil }
        let next = rules.sentenceBounds(of: sentence.upperBound, in: tokens)
        guard let subject = rules.sentenceSubject(in: next.lowerBound..<min(next.upperBound, next.lowerBound + AttributionRules.window), block: blocks[blockIndex]),
              subject.start == next.lowerBound, case .name(let words, let written, let nameGender, let role) = subject.mention else { return nil }
        let entity = registry.resolveName(words: words, written: written, gender: nameGender, role: role)
        guard !registry.entities[entity].isOrganisation, [gender, ""].contains(registry.entities[entity].likelyGender) else { return nil }
        registry.learnGender(gender, of: entity)
        return entity
    }

    /// Someone the narrator names only by their tie to them (`my grandfather`, `mon ancien chef`,
    /// `ma voisine`), earlier in the sentence holding the pronoun at `token` or in the sentence
    /// before it in the same paragraph: a first-person possessive (``Lexicon/firstPersonPossessives``),
    /// at most two lowercase words, then a kin noun, a title or a noun for a person (no
    /// organisation or collective noun: `our team` is the outlet) whose gender agrees with the
    /// pronoun's (or marks none), with no name right after it (`my colleague Anne Roy` is Anne
    /// Roy) and no capitalised word (a name) between it and the pronoun. The nearest one.
    /// - Returns: the description as written (`mon ancien chef`), or nil when none is there.
    func narratorRelationBefore(_ token: Int, sentence: Range<Int>, gender: String, blockIndex: Int) -> String? {
        let tokens = blocks[blockIndex].tokens
        guard !lexicon.firstPersonPossessives.isEmpty else { return nil }
        let start = sentence.lowerBound > 0 ? rules.sentenceBounds(of: sentence.lowerBound - 1, in: tokens).lowerBound : sentence.lowerBound
        var k = token - 1
        while k >= start {
            defer { k -= 1 }
            guard tokens[k].isWord, tokens[k].quotationIndex == nil else { continue }
            guard lexicon.firstPersonPossessives.contains(tokens[k].lower) else {
                // A name between the tie and the pronoun may be whom the pronoun means.
                if tokens[k].isCapitalized, k != sentence.lowerBound, k != start, !lexicon.firstPersonPronouns.contains(tokens[k].lower) { return nil }
                continue
            }
            var n = k + 1
            while n < token, n <= k + 3, tokens[n].isWord, !tokens[n].isCapitalized {
                let word = tokens[n].lower
                let nounGender = lexicon.kinNouns[word] ?? lexicon.personNouns[word]
                if nounGender != nil || (lexicon.isTitle(word) || lexicon.speakerNouns.contains(word))
                    && !lexicon.organisationNouns.contains(word) && !lexicon.collectiveNouns.contains(word) {
                    guard [gender, ""].contains(nounGender ?? "") else { return nil }
                    if n + 1 < tokens.count, tokens[n + 1].isWord, tokens[n + 1].isCapitalized { return nil }
                    return blocks[blockIndex].text(tokens: k..<(n + 1))
                }
                n += 1
            }
        }
        return nil
    }

    /// The last unnamed person an indefinite description brought in (`un riverain`, `une source
    /// diplomatique`, `a cornet player from Haverthwaite`) in the sentence before the one holding
    /// `token`, or earlier in that sentence, in the same paragraph: an indefinite determiner, then
    /// a noun for a person (``Lexicon/isPersonNoun(_:)``, no organisation noun) or a source
    /// (``Lexicon/speakerNouns``) right after it, or after one adjective. What a demonstrative description (`cet habitant`,
    /// `ce diplomate`, `this man`) points back to: a person just brought in, whom the text has not
    /// named, rather than the named person most in view.
    /// - Returns: the description (``SpeakerMentionFinder/phrase(after:limit:in:)``) and its
    ///   gender, or nil when none of those sentences brings one in.
    func describedPersonBefore(_ token: Int, sentence: Range<Int>, blockIndex: Int) -> (phrase: String, gender: String)? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        let start = sentence.lowerBound > 0 ? rules.sentenceBounds(of: sentence.lowerBound - 1, in: tokens).lowerBound : sentence.lowerBound
        var k = token - 1
        while k >= start {
            defer { k -= 1 }
            guard tokens[k].isWord, tokens[k].quotationIndex == nil, lexicon.indefiniteDeterminers.contains([tokens[k].lower]) else { continue }
            // `Joan Ferris has been a nurse for twenty years`, `Marc est un infirmier`, `works as a
            // porter`: a predicate says what someone already in view is; it brings no one in.
            if let before = (start..<k).last(where: { tokens[$0].isWord }),
               lexicon.copulas.contains(tokens[before].lower) || lexicon.namingParticles.contains(tokens[before].lower) { continue }
            let noun = (k + 1..<min(k + 3, token)).first { tokens[$0].isWord && !tokens[$0].isCapitalized && !lexicon.organisationNouns.contains(tokens[$0].lower)
                && (lexicon.isPersonNoun(tokens[$0].lower) || lexicon.speakerNouns.contains(tokens[$0].lower)) }
            guard noun != nil, let found = finder.phrase(after: k, limit: k < sentence.lowerBound ? sentence.lowerBound : token, in: block),
                  case .phrase(let text, let gender) = found.mention, Lexicon.tokenWords(text).first == tokens[k].lower else { continue }
            return (text, gender)
        }
        return nil
    }

    /// The subject of the reported clause a pronoun stands in, further on in it (`Ms Roy said
    /// Dunmore had sold the shares through a fund in which he called himself “…”`: Dunmore, not Ms
    /// Roy; `Mme Roy a expliqué que Dupont vendait des parts d'un fonds dont il se disait le « … »`):
    /// the first speech verb after the sentence's subject (at `start`) opens the clause, with its
    /// complementizer a few words on (`told the jury that`); the clause's subject, right at its
    /// start, is a name or a role of a person whose gender agrees. No quotation stands between it
    /// and the pronoun, and the pronoun opens no clause of its own after a comma or coordinator
    /// (`…, and he added`: the sentence's subject again).
    /// - Returns: nil when the pronoun stands in no such clause.
    private mutating func reportedClauseSubject(after start: Int, before token: Int, gender: String, blockIndex: Int) -> Int? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard token - 1 > start, tokens[token - 1].isWord, !lexicon.coordinators.contains(tokens[token - 1].lower),
              lexicon.personalPronouns.contains(tokens[token].lower),
              let verb = (start..<token).first(where: { finder.isSpeechVerbUse(at: $0, tokens) }) else { return nil }
        var clause = verb + 1
        if let that = (clause..<min(token, verb + 5)).first(where: { finder.opensReportedClause(at: $0, tokens) }) { clause = that + 1 }
        guard clause < token, !(clause..<token).contains(where: { tokens[$0].quotationIndex != nil }),
              let subject = rules.sentenceSubject(in: clause..<token, block: block), subject.start == clause else { return nil }
        switch subject.mention {
        case .name, .phrase:
            guard let entity = resolveQuietly(subject.mention), !registry.entities[entity].isOrganisation,
                  [gender, ""].contains(registry.entities[entity].likelyGender) else { return nil }
            return entity
        default:
            return nil
        }
    }

    /// How many sentences back ``documentAuthor(before:blockIndex:)`` looks for a document.
    static let documentWindow = 2

    /// The author of the last document with one named in the sentences of the same paragraph
    /// before `sentence` (at most ``documentWindow``): `The Government's response, published on
    /// Monday, runs to forty pages.` gives the Government, whom an impersonal pronoun opening the
    /// next sentences (`It states:`) speaks for. Pronoun authors (`its report`) give none.
    private func documentAuthor(before sentence: Range<Int>, blockIndex: Int) -> Mention? {
        let block = blocks[blockIndex]
        var end = sentence.lowerBound
        for _ in 0..<Self.documentWindow where end > 0 {
            let earlier = rules.sentenceBounds(of: end - 1, in: block.tokens)
            end = earlier.lowerBound
            // (`The report itself is blunter than its authors. It describes …`: a definite phrase
            // opening the sentence names a document whose issuer is known, ``documentIssuer(of:)``.)
            let known = (earlier.lowerBound + 1..<min(earlier.upperBound, earlier.lowerBound + 3)).first {
                block.tokens[$0].isWord && (lexicon.speechNouns.contains(block.tokens[$0].lower) || lexicon.documentNouns.contains(block.tokens[$0].lower))
            }.flatMap { noun in documentIssuer(of: block.text(tokens: earlier.lowerBound..<(noun + 1))).map { ($0, earlier.lowerBound) } }
            guard let author = finder.authorOfSpeechNoun(in: earlier, of: block) ?? issuer(ofDocumentIn: earlier, block: block).map({ ($0.mention, $0.start) }) ?? known else { continue }
            switch author.mention {
            case .name, .phrase: return author.mention
            default: return nil
            }
        }
        return nil
    }

    /// The subject of a sentence that issues a document with no author of its own (`The minister,
    /// Oswin Darrow, defended the decision in a statement released on Sunday.`, `X released a
    /// short statement`): a speech noun after an indefinite determiner (and at most one
    /// modifier) that a preposition or a publication or speech verb governs; the sentence's
    /// subject, a name or a phrase, wrote it (not `Drivers found a notice on the gate`).
    private func issuer(ofDocumentIn sentence: Range<Int>, block: BlockText) -> (mention: Mention, start: Int, noun: Int)? {
        let tokens = block.tokens
        func governs(_ k: Int) -> Bool {
            k >= sentence.lowerBound && tokens[k].isWord
                && (lexicon.prepositions.contains(tokens[k].lower) || lexicon.publicationVerbs.contains(tokens[k].lower) || finder.isSpeechVerb(tokens[k])
                    // (`X has put out a statement`: a verb of two words.)
                    || k - 1 >= sentence.lowerBound && tokens[k - 1].isWord && lexicon.publicationVerbs.contains(tokens[k - 1].lower + " " + tokens[k].lower))
        }
        guard let noun = sentence.first(where: { k in
            guard tokens[k].isWord, lexicon.speechNouns.contains(tokens[k].lower) else { return false }
            var d = k - 1
            if d > sentence.lowerBound, tokens[d].isWord, !lexicon.isFunctionWord(tokens[d].lower), !tokens[d].isCapitalized { d -= 1 }
            // (`X a publié mardi un rapport`: over a day or time word.)
            if d > sentence.lowerBound, lexicon.possessives[tokens[d].lower] != nil || lexicon.impersonalPossessives.contains(tokens[d].lower),
               tokens[d - 1].isWord, lexicon.publicationVerbs.contains(tokens[d - 1].lower) {
                // `La Confédération a publié son propre communiqué`: a document its subject publishes
                // as its own is the subject's, whatever document was issued before (not after a
                // preposition: `X a répondu à son communiqué` is another's).
                return true
            }
            return d > sentence.lowerBound && lexicon.indefiniteDeterminers.contains([tokens[d].lower])
                && (governs(d - 1) || d - 2 >= sentence.lowerBound && lexicon.timeNouns.contains(tokens[d - 1].lower) && governs(d - 2))
        }) else { return nil }
        if let cue = subjectOfClosingCue(governing: noun, sentence: sentence, block: block) {
            // `…, a annoncé jeudi la Société X dans un communiqué`, `…, the state power company said
            // in a statement`: the cue's own subject issued it, not the subject of the reported words.
            return (cue.mention, cue.start, noun)
        }
        guard let subject = rules.sentenceSubject(in: sentence.lowerBound..<noun, block: block) else { return nil }
        switch subject.mention {
        case .name, .phrase: return (subject.mention, subject.start, noun)
        default: return nil
        }
    }

    /// The subject of a speech cue closing a sentence after a comma, when the cue's verb governs
    /// the preposition before the speech noun at `noun` and its indefinite determiner (`…, the
    /// company said in a statement on Thursday`, `…, health officials said in a letter`; inverted:
    /// `…, a annoncé jeudi la Société X dans un communiqué`, `…, annonce la direction dans une
    /// note`): the phrase between the comma and the verb, or after the verb (over auxiliaries
    /// before it and day or time words after it) up to the preposition. Nil when no such cue
    /// stands there, or its subject is a pronoun or a thing.
    private func subjectOfClosingCue(governing noun: Int, sentence: Range<Int>, block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var d = noun - 1
        if d > sentence.lowerBound, !lexicon.indefiniteDeterminers.contains([tokens[d].lower]) { d -= 1 }
        let preposition = d - 1
        guard preposition > sentence.lowerBound, lexicon.indefiniteDeterminers.contains([tokens[d].lower]), tokens[preposition].isWord,
              lexicon.prepositions.contains(tokens[preposition].lower),
              let comma = (sentence.lowerBound..<preposition).last(where: { !tokens[$0].isWord && !["(", ")"].contains(tokens[$0].text) }), tokens[comma].text == ",",
              let verb = (comma + 1..<preposition).first(where: { finder.isSpeechVerb(tokens[$0]) }) else { return nil }
        var found: (mention: Mention, end: Int)?
        var start = comma + 1
        if (comma + 1..<verb).allSatisfy({ lexicon.auxiliaries.contains(tokens[$0].lower) }) {
            // Inverted: `a annoncé jeudi la SGPE dans un communiqué`.
            start = verb + 1
            while start < preposition, lexicon.timeNouns.contains(tokens[start].lower) { start += 1 }
            guard start < preposition, lexicon.determiners.contains(tokens[start].lower) || tokens[start].isCapitalized else { return nil }
            found = finder.phrase(after: start, limit: preposition, in: block)
        } else {
            // `the company said in a statement`: the verb right before the preposition, a time phrase between at most.
            guard (verb + 1..<preposition).allSatisfy({ lexicon.timeNouns.contains(tokens[$0].lower) || lexicon.prepositions.contains(tokens[$0].lower) }) else { return nil }
            found = finder.phrase(after: start, limit: verb, in: block)
        }
        guard let found else { return nil }
        switch found.mention {
        case .name, .phrase:
            guard !rules.isThing(found.mention) else { return nil }
            return (found.mention, start)
        default:
            return nil
        }
    }

    /// The comma that closes a name set off after an opening phrase that names a role (`In a letter
    /// to the mayor, Sophie Grant, Eolia offers …`, `Dans une lettre au maire de Lavergne, Sophie
    /// Granier, le promoteur …`): that name is the role's apposition, the letter's addressee, not
    /// the clause's subject. `comma` itself when there is no such name (`In a statement, Mayor Jane
    /// Roe, who …`: the phrase names no role).
    private func appositionEnd(after comma: Int, phrase: Range<Int>, sentence: Range<Int>, _ tokens: [Token]) -> Int {
        guard phrase.contains(where: { finder.isTitle(tokens[$0]) }),
              let next = (comma + 1..<min(sentence.upperBound, comma + 6)).first(where: { tokens[$0].text == "," }), next > comma + 1,
              (comma + 1..<next).allSatisfy({ finder.isNameWord(tokens[$0]) || lexicon.nameInternalWords.contains(tokens[$0].lower) }) else { return comma }
        return next
    }

    /// Notes who issued each document a sentence names with its issuer (``documentIssuers``): an
    /// agent, genitive or relative clause after the noun (`guidance published by X`, `le rapport
    /// de X`: ``SpeakerMentionFinder/authorOfSpeechNoun(in:of:first:)``), a possessive name before
    /// it (`the Treasury's report`), or the subject that issues it (`X a publié un rapport`:
    /// ``issuer(ofDocumentIn:block:)``). Pronoun issuers (`its report`) and things are left out.
    /// With none of these, a press release brought in with no issuer is the organisation's last
    /// found as a sentence subject (``unsignedPressRelease(in:block:)``), and a document with a
    /// known issuer named again by a definite phrase is the one ``lastDocumentIssuer`` gives.
    private mutating func noteDocumentIssuers(in sentence: Range<Int>, block: BlockText, blockIndex: Int) {
        let tokens = block.tokens
        lastDocumentIssuer?.age += 1
        var noted = false
        func note(_ found: Mention, at start: Int, for noun: Int) {
            var mention = found
            // `published by the Department for Schools and Skills`: the whole name, when the
            // phrase stopped inside it.
            if let named = finder.names(in: start..<min(sentence.upperBound, start + SpeakerMentionFinder.maximumPhraseLength), of: block).first,
               case .name(let words, _, _, _) = named, let head = words.first, (start..<min(sentence.upperBound, start + 2)).contains(where: { tokens[$0].text == head }) {
                mention = named
            }
            switch mention {
            case .name: documentIssuers[tokens[noun].lower] = mention
            case .phrase where !rules.isThing(mention): documentIssuers[tokens[noun].lower] = mention
            default: return
            }
            lastDocumentIssuer = (mention, 0)
            noted = true
        }
        if let preposition = sentence.first, tokens[preposition].isWord, lexicon.prepositions.contains(tokens[preposition].lower),
           let comma = sentence.first(where: { tokens[$0].text == "," }), comma > preposition + 2,
           let noun = (preposition + 2..<min(comma, preposition + 3 + Self.documentModifiers)).first(where: { tokens[$0].isWord && lexicon.speechNouns.contains(tokens[$0].lower) }),
           lexicon.possessives[tokens[preposition + 1].lower] != nil || lexicon.impersonalPossessives.contains(tokens[preposition + 1].lower)
            || lexicon.indefiniteDeterminers.contains([tokens[preposition + 1].lower]),
           let subject = rules.sentenceSubject(in: (appositionEnd(after: comma, phrase: noun..<comma, sentence: sentence, tokens) + 1)..<sentence.upperBound, block: block) {
            // `In its annual report, published on Monday, Norlith said …`, `Dans son rapport remis
            // vendredi, le commissaire enquêteur émet …`: the document of the possessive in an
            // opening phrase is the subject's; so is a document brought in by an indefinite
            // article there (`Dans un communiqué parvenu mercredi, le ministère X annonce …`, `In a
            // letter seen by The Post, club secretary X wrote …`).
            note(subject.mention, at: subject.start, for: noun)
        }
        if let first = sentence.first, let noun = (first + 1..<min(sentence.upperBound, first + 3)).first(where: {
               tokens[$0].isWord && (lexicon.speechNouns.contains(tokens[$0].lower) || lexicon.documentNouns.contains(tokens[$0].lower))
           }), documentIssuers[tokens[noun].lower] == nil, let issuer = documentIssuer(of: block.text(tokens: first..<(noun + 1))) {
            // `Un audit de l'organisme X a relevé … Le rapport, remis fin octobre, évoque … ¶ Le
            // rapport recommande …`: a definite phrase opening a sentence that names the document
            // issued just before by another noun keeps naming it, however far on.
            note(issuer, at: first, for: noun)
        }
        // (A written text that cannot speak counts too: `a courrier de l'Office`, `an order by the
        // tribunal`, so that `ce courrier`, `the order` later are its issuer's.)
        for k in sentence where tokens[k].isWord && (lexicon.speechNouns.contains(tokens[k].lower) || lexicon.writtenTextNouns.contains(tokens[k].lower)) {
            if let body = issuerOfAdjective(after: k, limit: sentence.upperBound, tokens) {
                // `Selon l'arrêté préfectoral, …`: the body the adjective names issued it.
                note(body, at: k + 1, for: k)
                continue
            }
            var owner = k - 1
            let possessive = owner >= sentence.lowerBound && (tokens[owner].text.hasSuffix("'s") || tokens[owner].text.hasSuffix("’s"))
            while possessive, owner - 1 >= sentence.lowerBound, finder.isNameWord(tokens[owner - 1]) { owner -= 1 }
            if possessive, let named = ownerOfSpeechNoun(block.text(tokens: owner..<(k + 1))) {
                note(named, at: owner, for: k)
            } else if let author = finder.authorOfSpeechNoun(in: k..<sentence.upperBound, of: block, first: true, written: true),
                      !(k + 1..<author.start).contains(where: { tokens[$0].isWord && lexicon.speechNouns.contains(tokens[$0].lower) }),
                      !issuedByReader(noun: k, author: author.start, tokens) {
                note(author.mention, at: author.start, for: k)
            }
        }
        if let issued = issuer(ofDocumentIn: sentence, block: block) { note(issued.mention, at: issued.start, for: issued.noun) }
        if !noted, let release = unsignedPressRelease(in: sentence, block: block), let organisation = lastOrganisation,
           blockIndex - organisation.block <= 1 {
            // `La Fondation X a lancé … C'est ce qu'indique un communiqué parvenu à notre rédaction.`:
            // a press release the sentence names no issuer for is the organisation whose doings
            // the news reports, the last one found as a sentence subject here or in the paragraph
            // before.
            let entity = registry.entities[organisation.entity]
            let mention: Mention = entity.isNamed
                ? .name(words: entity.name.split(separator: " ").map(String.init), written: entity.name, gender: "", role: nil)
                : .phrase(entity.name, gender: "")
            documentIssuers[tokens[release].lower] = mention
            lastDocumentIssuer = (mention, 0)
        } else if !noted, let again = (sentence.lowerBound + 1..<sentence.upperBound).first(where: { k in
            tokens[k].isWord && tokens[k].quotationIndex == nil && documentIssuers[tokens[k].lower] != nil
                && (lexicon.definiteArticles.contains(tokens[k - 1].lower) || lexicon.demonstratives[tokens[k - 1].lower] != nil)
        }), let issuer = documentIssuers[tokens[again].lower] {
            // `“…”, explique dans le communiqué la présidente de la fondation. ¶ Selon le document,
            // …`: a document named again by its noun is the one a later `le document` means.
            lastDocumentIssuer = (issuer, 0)
        }
    }

    /// The head (the last word, ``Lexicon/pressReleaseNouns``) of a press release that the
    /// sentence brings in with an article and no issuer (`C'est ce qu'indique un communiqué
    /// parvenu à notre rédaction.`, `selon un communiqué parvenu …`, `Selon le communiqué de presse
    /// parvenu à notre rédaction, …`), when no press release by that noun has an issuer yet or the
    /// article is indefinite, and the sentence's subject is no one who speaks (`Le maire a lu un
    /// communiqué` leaves it to him). Nil otherwise.
    private func unsignedPressRelease(in sentence: Range<Int>, block: BlockText) -> Int? {
        let tokens = block.tokens
        guard !lexicon.pressReleaseNouns.isEmpty else { return nil }
        for k in sentence where tokens[k].isWord && tokens[k].quotationIndex == nil {
            // (The noun's words end at `k`, with a word before them in the sentence for its article.)
            let length = finder.phrase(of: lexicon.pressReleaseNouns, endingAt: k, tokens, from: sentence.lowerBound + 1) { $0 }
            guard length > 0 else { continue }
            let article = tokens[k - length].lower
            let indefinite = lexicon.indefiniteDeterminers.contains([article])
            guard indefinite || lexicon.definiteArticles.contains(article) && lexicon.genderedDeterminers[article] != "plural" && documentIssuers[tokens[k].lower] == nil
            else { return nil }
            if let subject = rules.sentenceSubject(in: sentence, block: block), subject.start != k - length,
               rules.speaks(subject.mention) && !rules.isThing(subject.mention) { return nil }
            return k
        }
        return nil
    }

    /// The issuer noted for a press release (``Lexicon/pressReleaseNouns``) that a phrase names
    /// by an article, the noun and at most three words with no article after it (`un communiqué
    /// parvenu`, `le communiqué de presse parvenu`, the phrase an opening `selon` gives before `à
    /// notre rédaction`); nil for any other phrase.
    private func pressReleaseIssuer(_ words: [String]) -> Mention? {
        guard let first = words.first, lexicon.indefiniteDeterminers.contains([first]) || lexicon.definiteArticles.contains(first) || lexicon.demonstratives[first] != nil,
              let noun = lexicon.pressReleaseNouns.first(where: { $0.count < words.count && Array(words[1...$0.count]) == $0 }) else { return nil }
        let rest = words.dropFirst(noun.count + 1)
        guard rest.count <= 3, !rest.contains(where: { lexicon.genderedDeterminers[$0] != nil || lexicon.definiteArticles.contains($0) }),
              let head = noun.last else { return nil }
        return documentIssuers[head]
    }

    /// The body that an adjective right after the written text or speech noun at `noun` says
    /// issued it (``Lexicon/issuerAdjectives``: `l'arrêté préfectoral` → `la préfecture`), as a
    /// phrase, when the text names that body somewhere (`la préfecture a autorisé …`); nil when
    /// no such adjective follows before `limit`, or the text never names the body (`L'arrêté
    /// préfectoral est clair : …` alone gives no one).
    func issuerOfAdjective(after noun: Int, limit: Int, _ tokens: [Token]) -> Mention? {
        guard noun + 1 < limit, tokens[noun + 1].isWord, tokens[noun + 1].quotationIndex == nil,
              let body = lexicon.issuerAdjectives[tokens[noun + 1].lower], let head = Lexicon.tokenWords(body).last,
              blocks.contains(where: { $0.tokens.contains { $0.isWord && $0.quotationIndex == nil && $0.lower == head } }) else { return nil }
        let gender = lexicon.genderedDeterminers[Lexicon.tokenWords(body).first ?? ""] ?? ""
        return .phrase(body, gender: gender == "plural" ? "" : gender)
    }

    /// The known holder an office or entourage phrase speaks for (``Lexicon/officeNouns``): `le
    /// cabinet de la mairesse`, `l'entourage du ministre`, `the office of the governor` (a
    /// genitive complement), `the mayor's office` (a possessive owner), when the holder resolves
    /// to someone already known (``resolveQuietly(_:)``). An entourage (``Lexicon/entourageNouns``:
    /// `l'entourage de X`) is people around the holder and speaks for no one but itself.
    private mutating func officeHolder(of phrase: String) -> Int? {
        let words = phrase.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
        guard words.count >= 2, words.count <= 6,
              !words.contains(where: { lexicon.entourageNouns.contains(Lexicon.tokenWords($0).last ?? "") }) else { return nil }
        var holder: [String] = []
        if lexicon.officeNouns.contains(words[words.count - 1].lowercased()), words[words.count - 2].hasSuffix("'s") || words[words.count - 2].hasSuffix("’s") {
            // `the mayor's office`
            holder = SpeakerMentionFinder.genitiveOwnerWords(words.dropLast())
        } else if let noun = words.firstIndex(where: { lexicon.officeNouns.contains(Lexicon.tokenWords($0).last ?? "") }), noun <= 1, noun + 1 < words.count {
            // `le cabinet de la mairesse`, `du maire` (the genitive article opens the holder)
            let genitive = Lexicon.tokenWords(words[noun + 1])
            guard let first = genitive.first, lexicon.genitiveWords.contains(first) else { return nil }
            holder = Array(words[(noun + 2)...])
            let complement = words[noun + 1]
            if first == "du" {
                holder.insert("le", at: 0)
            } else if first == "des" {
                return nil
            } else if genitive.count == 2, let apostrophe = complement.firstIndex(where: { $0 == "'" || $0 == "’" }) {
                // `d'Anne Roy`
                holder.insert(String(complement[complement.index(after: apostrophe)...]), at: 0)
            }
        }
        guard !holder.isEmpty else { return nil }
        let text = holder.joined(separator: " ")
        let gender = lexicon.genderedDeterminers[Lexicon.tokenWords(text).first ?? ""] ?? ""
        if holder.allSatisfy({ $0.first?.isUppercase == true }) {
            return resolveQuietly(.name(words: holder, written: text, gender: "", role: nil))
        }
        return resolveQuietly(.phrase(text, gender: gender == "plural" ? "" : gender))
    }

    /// Whether a phrase is headed by an entourage noun (``Lexicon/entourageNouns``) in its first
    /// two words (`l'entourage d'Orlando Vasse`, `his entourage`, `ses proches`).
    private func isEntouragePhrase(_ phrase: String) -> Bool {
        let words = phrase.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        return words.prefix(2).contains(where: { lexicon.entourageNouns.contains(Lexicon.tokenWords(String($0)).last ?? "") })
    }

    /// Whether the agent of a document noun is someone who came upon it, not its issuer (`a memo
    /// to staff seen by The Ledger`, `a letter obtained by reporters`): words between the noun and
    /// the agent preposition, none a verb of publication or of saying (`published by`, `written by`).
    private func issuedByReader(noun: Int, author: Int, _ tokens: [Token]) -> Bool {
        guard author - 1 > noun + 1, lexicon.agentPrepositions.contains(tokens[author - 1].lower) else { return false }
        return !(noun + 1..<(author - 1)).contains { lexicon.publicationVerbs.contains(tokens[$0].lower) || finder.isSpeechVerb(tokens[$0]) }
    }

    /// The issuer of the document a definite phrase headed by a document noun means (`the
    /// guidance`, `the new report`, `le rapport`, `cette note`): the one named with that noun last
    /// (``documentIssuers``); else, for a speech or document noun, the issuer of the document named
    /// last, when that was at most ``documentWindow`` sentences back (``lastDocumentIssuer``). A
    /// press release's phrase may also be indefinite and longer (``pressReleaseIssuer(_:)``: `un
    /// communiqué parvenu`).
    func documentIssuer(of phrase: String) -> Mention? {
        var words = Lexicon.tokenWords(phrase)
        if let issuer = pressReleaseIssuer(words) { return issuer }
        // (`The report itself`: an emphatic pronoun closing the phrase.)
        if let last = words.last, words.count > 2, lexicon.emphaticPronouns.contains(last) { words.removeLast() }
        guard words.count == 2 || words.count == 3, let first = words.first, let head = words.last,
              lexicon.definiteArticles.contains(first) && lexicon.genderedDeterminers[first] != "plural" || lexicon.demonstratives[first] != nil,
              words.count == 2 || !lexicon.isFunctionWord(words[1]) else { return nil }
        if let issuer = documentIssuers[head] { return issuer }
        // `The report by X found …. “…,” the audit said.`: another noun for the document named
        // with its issuer in the same or the sentence before (at most ``documentWindow`` back).
        // (Never an issuer that is itself a phrase headed by such a noun, which would lead back here.)
        func namesDocument(_ word: String) -> Bool { lexicon.speechNouns.contains(word) || lexicon.documentNouns.contains(word) }
        // (Not a written text by another noun, `Le courrier évoque …` after `une lettre de la
        // société Y`: a sentence between may send another one, `Leur avocat a répondu par courrier`.)
        guard namesDocument(head), let recent = lastDocumentIssuer, recent.age <= Self.documentWindow else { return nil }
        if case .phrase(let text, _) = recent.mention, Lexicon.tokenWords(text).contains(where: namesDocument) { return nil }
        return recent.mention
    }

    /// `The Government's response`, `the minister's statement`, `the council's court filing`: a
    /// phrase headed by a speech noun or a document noun (``Lexicon/documentNouns``) with a
    /// possessive owner names the owner, who speaks.
    private func ownerOfSpeechNoun(_ written: String) -> Mention? {
        let words = written.split(separator: " ")
        guard let head = words.last, lexicon.speechNouns.contains(head.lowercased()) || lexicon.documentNouns.contains(head.lowercased()),
              let owner = words.lastIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }), owner < words.count - 1 else { return nil }
        let ownerWords = SpeakerMentionFinder.genitiveOwnerWords(words[...owner].map(String.init))
        let text = ownerWords.joined(separator: " ")
        // A capitalised owner is a name (`The Government`, `Ms Roche`); else a described one.
        if ownerWords.allSatisfy({ $0.first?.isUppercase == true }) {
            return .name(words: ownerWords.filter { lexicon.honorifics[$0.lowercased()] == nil }, written: text, gender: "", role: nil)
        }
        return .phrase(text, gender: "")
    }

    /// How many modifiers may stand between the determiner of a document phrase and its noun
    /// (`Its own patient survey`, `its first annual performance report`).
    static let documentModifiers = 3

    /// The author a phrase headed by a speech or document noun names, the phrase written from
    /// token `start` of the sentence: a possessive determiner (`Her report`, `Its own patient
    /// survey`, `Son rapport`) gives the pronoun it stands for (`its`, ``Lexicon/impersonalPossessives``:
    /// the impersonal pronoun); else an agent, genitive or relative clause right after the noun,
    /// inside the phrase or after it in the sentence (`Le rapport de l'agence lui-même`, `A
    /// notice posted by the department`: ``SpeakerMentionFinder/authorOfSpeechNoun(in:of:first:)``),
    /// a name or a phrase that is no thing. Nil when the phrase is not such a phrase or names no author.
    private func authorOfDocumentPhrase(_ phrase: String, at start: Int, sentence: Range<Int>, block: BlockText) -> Mention? {
        let tokens = block.tokens
        guard start < tokens.count, tokens[start].isWord, lexicon.determiners.contains(tokens[start].lower) || lexicon.possessives[tokens[start].lower] != nil else { return nil }
        var noun = start + 1
        while noun < min(tokens.count, start + 2 + Self.documentModifiers), tokens[noun].isWord,
              !lexicon.speechNouns.contains(tokens[noun].lower), !lexicon.documentNouns.contains(tokens[noun].lower),
              !tokens[noun].isCapitalized, !lexicon.isFunctionWord(tokens[noun].lower) { noun += 1 }
        guard noun < tokens.count, tokens[noun].isWord, lexicon.speechNouns.contains(tokens[noun].lower) || lexicon.documentNouns.contains(tokens[noun].lower),
              phrase.hasPrefix(block.text(tokens: start..<(noun + 1))) else { return nil }
        let determiner = tokens[start].lower
        if lexicon.impersonalPossessives.contains(determiner), let pronoun = lexicon.impersonalPronouns.sorted().first {
            return .pronoun(pronoun, gender: "")
        }
        if let gender = lexicon.possessives[determiner] { return .pronoun(tokens[start].text, gender: gender) }
        // (The noun itself must be the first speech noun the finder meets, not one further on.)
        guard lexicon.speechNouns.contains(tokens[noun].lower),
              let author = finder.authorOfSpeechNoun(in: noun..<sentence.upperBound, of: block, first: true) else { return nil }
        switch author.mention {
        case .name(var words, let written, let gender, let role):
            // `de l'AEC lui-même`: an emphatic pronoun closing the phrase is no part of the author.
            guard let last = words.last, words.count > 1, lexicon.emphaticPronouns.contains(last.lowercased()) else { return author.mention }
            words.removeLast()
            let cut = written.hasSuffix(last) ? String(written.dropLast(last.count)).trimmingCharacters(in: .whitespaces) : words.joined(separator: " ")
            return .name(words: words, written: cut, gender: gender, role: role)
        case .phrase(let text, let gender):
            // `de l'agence lui-même`: an emphatic pronoun closing the phrase is no part of the author.
            var words = text.split(separator: " ").map(String.init)
            if let last = words.last, words.count > 1, lexicon.emphaticPronouns.contains(last.lowercased()) { words.removeLast() }
            // `A notice posted by the parks department reads: "…"`: the lowercase word right before
            // the colon or the quotation that the sentence leads to is its verb, never the author's.
            if let mark = sentence.first(where: { tokens[$0].text == ":" || tokens[$0].quotationIndex != nil }), mark - 1 > start,
               tokens[mark - 1].isWord, !tokens[mark - 1].isCapitalized, words.count > 1, words.last == tokens[mark - 1].text {
                words.removeLast()
            }
            // `Le rapport de la mission d'inspection dépêchée sur place`: a participle heading a
            // complement of its own (a preposition, not a genitive, after it) closes the author.
            if words.count > 2, let last = words.last, last == last.lowercased(), lexicon.bareParticipleEndings.contains(where: { last.hasSuffix($0) }),
               let k = (author.start..<sentence.upperBound).first(where: { tokens[$0].text == last }), k + 1 < sentence.upperBound, tokens[k + 1].isWord,
               lexicon.prepositions.contains(tokens[k + 1].lower), !lexicon.genitiveWords.contains(tokens[k + 1].lower) {
                words.removeLast()
            }
            var nameWords = words
            if let first = nameWords.first, lexicon.definiteArticles.contains(first.lowercased()) { nameWords.removeFirst() }
            if let first = nameWords.first, let apostrophe = first.firstIndex(where: { $0 == "'" || $0 == "’" }),
               lexicon.definiteArticles.contains(String(first[...apostrophe]).lowercased()) {
                nameWords[0] = String(first[first.index(after: apostrophe)...])
            }
            if !nameWords.isEmpty, nameWords.allSatisfy({ $0.first?.isUppercase == true }) {
                // `de l'AEC`: a name after its article.
                return .name(words: nameWords, written: nameWords.joined(separator: " "), gender: "", role: nil)
            }
            let mention = Mention.phrase(words.joined(separator: " "), gender: gender)
            return rules.isThing(mention) ? nil : mention
        default: return nil
        }
    }

    /// The organisation a spokesperson phrase speaks for, and the spokesperson's gender: an
    /// article, a noun for a person or title (that marks a gender, or none: `spokesperson`, whose
    /// gender is ""), a preposition of ``Lexicon/behalfPrepositions`` and an organisation known
    /// by then (`A spokeswoman for the Harbour Board`, `a spokesman for Tarnford Council`, `A
    /// spokesperson for the company`); nil for any other phrase.
    private mutating func spokespersonVoice(_ mention: Mention) -> (entity: Int, gender: String)? {
        let text = mention.written
        var given = ""
        switch mention {
        case .phrase(_, let gender), .name(_, _, let gender, _): given = gender
        default: return nil
        }
        // (`A spokesperson for the company`: a role of no gender gives "", which any personal pronoun takes up.)
        let gender = ["m", "f"].contains(given) ? given : lexicon.gender(ofRole: text)
        guard ["m", "f", ""].contains(gender) else { return nil }
        let words = Lexicon.tokenWords(text)
        guard words.count >= 4, lexicon.determiners.contains(words[0]), lexicon.isPersonNoun(words[1]) || lexicon.titles.contains(words[1]),
              lexicon.behalfPrepositions.contains(words[2]), let entity = resolveQuietly(mention), registry.entities[entity].isOrganisation else { return nil }
        return (entity, gender)
    }

    /// `Officials of the Roads Directorate said`, `Engineers at Marsh Valley Water said`: a plural
    /// staff noun (``Lexicon/staffNouns``), a complement word (``Lexicon/complementWords``:
    /// `of`, `at`) and a capitalised name (its article dropped) is that organisation speaking.
    private func organisationOfStaff(_ written: String) -> Mention? {
        let words = written.split(separator: " ").map(String.init)
        guard words.count >= 3, lexicon.staffNouns.contains(words[0].lowercased()), lexicon.complementWords.contains(words[1].lowercased()) else { return nil }
        var name = Array(words[2...])
        if let first = name.first, lexicon.definiteArticles.contains(first.lowercased()) { name.removeFirst() }
        guard !name.isEmpty, name.first?.first?.isUppercase == true, name.last?.first?.isUppercase == true else { return nil }
        return .name(words: name, written: name.joined(separator: " "), gender: "", role: nil)
    }

    // MARK: Block quotations

    private mutating func annotateBlockQuote(_ blockIndex: Int) {
        for (index, quotation) in quotations.enumerated() where quotation.parent == nil && quotation.pieces[0].block == blockIndex && decisions[index] == nil {
            var decision = Decision(kind: .direct, entity: nil, attribution: .none)
            if blockIndex > 0, let presented = presentedSource(in: blockIndex - 1),
               case (let entity?, let factor) = resolve(presented.mention, at: nil, sentence: 0..<0, blockIndex: blockIndex) {
                // `> Here is the e-mail I got from X:` then the e-mail: X's words, quoted in the quotation.
                decision.entity = entity
                decision.attribution = Attribution(rule: "blockquote", cue: presented.cue, mention: presented.mention.written, confidence: 0.6 * factor)
            } else if blockIndex > 0, document.blocks[blockIndex - 1].kind == .blockQuote,
               let previous = lastBlockQuoteDecision(in: blockIndex - 1), previous.entity != nil {
                decision.entity = previous.entity
                decision.attribution = Attribution(rule: "blockquote", cue: previous.attribution.cue, mention: previous.attribution.mention, confidence: 0.7)
                decision.carried = true
            } else if blockIndex > 0, let previous = wholeParagraphQuotationDecision(in: blockIndex - 1), previous.entity != nil {
                // A block quotation right after a paragraph that is all one quotation goes on with
                // the same words (`“… a happy ending.”` then `> Gore would be perfect …`).
                decision.entity = previous.entity
                decision.attribution = Attribution(rule: "carry-over", cue: previous.attribution.cue, mention: previous.attribution.mention, confidence: 0.5)
            } else if blockIndex > 0, let evidence = introduction(in: blockIndex - 1), let mention = evidence.mention {
                let tokens = blocks[blockIndex - 1].tokens
                let sentence = rules.sentenceBounds(of: tokens.count - 1, in: tokens)
                var (entity, factor) = resolve(mention, at: evidence.mentionToken, sentence: sentence, blockIndex: blockIndex - 1)
                if let relayed = entity, let relayer = evidence.relayer,
                   case (let relayerEntity?, _) = resolve(relayer, at: nil, sentence: sentence, blockIndex: blockIndex - 1, create: false), relayerEntity != relayed {
                    relays[relayerEntity] = relayed
                } else if evidence.cue == nil, let known = entity, let relayed = relays[known] {
                    // `(also from ESWN's post):` after `ESWN translated some teacher's comments:`:
                    // a post of whoever relays others' words relays them again.
                    entity = relayed
                }
                if let entity {
                    decision.entity = entity
                    decision.attribution = Attribution(rule: "blockquote", cue: evidence.cue, mention: mention.written, confidence: 0.8 * factor)
                }
            }
            if let entity = decision.entity {
                registry.markSalient(entity, position: narrative[blockIndex])
                lastSpeaker = (entity, blockIndex)
            }
            decisions[index] = decision
        }
    }

    /// The source a block quotation presents at its end for the block quotations that follow
    /// (`Here is the e-mail I got from X [edited]`, `Below is the letter from X:`): its last
    /// sentence, without a bracketed note at its end, ends with a colon or with no sentence
    /// punctuation, and names the author of a speech noun by name or phrase (not by pronoun).
    private func presentedSource(in blockIndex: Int) -> (mention: Mention, cue: String)? {
        guard document.blocks[blockIndex].kind == .blockQuote else { return nil }
        var inner = BlockText(blocks[blockIndex].text(scalars: 0..<blocks[blockIndex].scalars.count))
        inner.tokens = Tokenizer(lexicon: lexicon).tokens(of: inner.scalars, quotations: [])
        let tokens = inner.tokens
        guard let last = tokens.indices.last else { return nil }
        var sentence = rules.sentenceBounds(of: last, in: tokens)
        if let bracket = sentence.first(where: { tokens[$0].text == "[" || tokens[$0].text == "(" }) { sentence = sentence.lowerBound..<bracket }
        guard let final = sentence.last, ![".", "!", "?", "…"].contains(tokens[final].text),
              let author = finder.authorOfSpeechNoun(in: sentence, of: inner, first: true),
              let noun = sentence.first(where: { tokens[$0].isWord && lexicon.speechNouns.contains(tokens[$0].lower) }) else { return nil }
        switch author.mention {
        case .name, .phrase: return (author.mention, tokens[noun].text)
        default: return nil
        }
    }

    /// The decision of the direct quotation a paragraph consists of, when nothing but that
    /// quotation and punctuation is in it.
    private func wholeParagraphQuotationDecision(in blockIndex: Int) -> Decision? {
        guard document.blocks[blockIndex].kind != .blockQuote else { return nil }
        let tokens = blocks[blockIndex].tokens
        guard let index = tokens.first?.quotationIndex,
              tokens.allSatisfy({ $0.quotationIndex == index || ($0.quotationIndex == nil && $0.kind == .punctuation) }),
              let decision = decisions[index], decision.kind == .direct else { return nil }
        return decision
    }

    private func lastBlockQuoteDecision(in blockIndex: Int) -> Decision? {
        for (index, quotation) in quotations.enumerated().reversed() where quotation.parent == nil && quotation.pieces[0].block == blockIndex {
            if let decision = decisions[index], decision.kind == .direct { return decision }
        }
        return nil
    }

    /// The speaker a paragraph ending with a colon introduces (`X said:`, `X wrote:`; also a comma
    /// right after a speech verb, `X, speaking for the board, said,`): the subject
    /// of the last speech verb of its last sentence (one whose subject names no one, as `on` or
    /// `we`, is passed over: `Quand on lui demande ce qu'il retient, l'artisan prend son temps :`),
    /// else the subject of that sentence, else the last person it names (`The gist, from Ana Roy:`).
    /// - Parameter orNarrative: also take a short narrative paragraph about someone, with no
    ///   quotation and no speech verb, that ends with a full stop (`Asked what has changed most,
    ///   she pauses for a long time.`): its last sentence's subject, as rule `subject-before`.
    private func introduction(in blockIndex: Int, orNarrative: Bool = false) -> AttributionEvidence? {
        guard document.blocks[blockIndex].kind != .blockQuote else { return nil }
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard let last = tokens.last else { return nil }
        let introducingComma = last.text == "," && tokens.count >= 2 && finder.isSpeechVerbUse(at: tokens.count - 2, tokens)
        guard last.text == ":" || introducingComma else { return orNarrative ? narrativeIntroduction(in: blockIndex) : nil }
        let sentence = rules.sentenceBounds(of: tokens.count - 1, in: tokens)
        // Verbs of the main clause first (before any `that`/`que`), then the others from the end.
        let subordinator = sentence.first { tokens[$0].isWord && lexicon.conjunctions.contains(tokens[$0].lower) && !lexicon.coordinators.contains(tokens[$0].lower) }
        let mainClause = sentence.lowerBound..<(subordinator ?? sentence.upperBound)
        let candidates = Array(mainClause) + Array((mainClause.upperBound..<sentence.upperBound).reversed())
        if let medium = finder.nameWithAppositiveMedium(in: sentence, of: block),
           !(sentence.lowerBound..<medium.start).contains(where: { finder.isSpeechVerbUse(at: $0, tokens) || lexicon.relayVerbs.contains(tokens[$0].lower) }) {
            // `… and Mega Foo! [Mega Bar!, pt], a blog created to explain …:` — the blog speaks;
            // a verb after it belongs to the apposition.
            return AttributionEvidence(rule: "blockquote", cue: nil, mention: medium.mention, mentionToken: medium.start, adjacent: true, confidence: 0.6)
        }
        for v in candidates where finder.isSpeechVerbUse(at: v, tokens) || lexicon.relayVerbs.contains(tokens[v].lower) {
            if lexicon.relayVerbs.contains(tokens[v].lower), let author = finder.authorOfSpeechNoun(in: v..<sentence.upperBound, of: block, first: true) {
                // `He posted X's speech on his blog:`
                var evidence = AttributionEvidence(rule: "blockquote", cue: tokens[v].text, mention: author.mention, mentionToken: author.start, adjacent: true, confidence: 0.6)
                evidence.relayer = finder.phrase(before: v, from: sentence.lowerBound, in: block)?.mention
                return evidence
            }
            if var subject = finder.phrase(before: v, from: sentence.lowerBound, in: block) {
                if case .unresolvable = subject.mention { continue }
                if let name = rules.openingNameHeadingPhrase(subject, verb: v, sentence: sentence, block: block) { subject = name }
                if case .phrase(let text, _) = subject.mention, mentionsSpeechNoun(text),
                   let author = finder.authorOfSpeechNoun(in: sentence, of: block) {
                    // `A commentary written by X … pointed out that:`
                    return AttributionEvidence(rule: "blockquote", cue: tokens[v].text, mention: author.mention, mentionToken: author.start, adjacent: true, confidence: 0.7)
                }
                return AttributionEvidence(rule: "blockquote", cue: tokens[v].text, mention: subject.mention, mentionToken: subject.start, adjacent: true, confidence: 0.8)
            }
            if let subject = rules.sentenceSubject(in: sentence.lowerBound..<v, block: block) {
                if case .phrase(let text, _) = subject.mention, mentionsSpeechNoun(text),
                   let author = finder.authorOfSpeechNoun(in: sentence, of: block) {
                    return AttributionEvidence(rule: "blockquote", cue: tokens[v].text, mention: author.mention, mentionToken: author.start, adjacent: true, confidence: 0.7)
                }
                return AttributionEvidence(rule: "blockquote", cue: tokens[v].text, mention: subject.mention, mentionToken: subject.start, adjacent: true, confidence: 0.7)
            }
        }
        // (`X a lu un texte d'une voix tremblante :`: a manner of speaking is no author; the subject reads.)
        if let author = finder.authorOfSpeechNoun(in: sentence, of: block), !rules.isThing(author.mention) {
            return AttributionEvidence(rule: "blockquote", cue: nil, mention: author.mention, mentionToken: author.start, adjacent: true, confidence: 0.6)
        }
        if let earlier = earlierAuthor(ofSpeechNounIn: sentence, block: blockIndex) { return earlier }
        if let subject = rules.sentenceSubject(in: sentence, block: block) ?? rules.definiteRoleSubjects(in: rules.mainClause(of: sentence, tokens: tokens), block: block).first {
            if case .unresolvable = subject.mention {} else {
                return AttributionEvidence(rule: "blockquote", cue: nil, mention: subject.mention, mentionToken: subject.start, adjacent: true, confidence: 0.6)
            }
        }
        if let named = finder.names(in: sentence, of: block).last, case .name = named {
            return AttributionEvidence(rule: "blockquote", cue: nil, mention: named, mentionToken: nil, adjacent: true, confidence: 0.5)
        }
        return nil
    }

    /// Most sentences, and most tokens in its last, of a narrative paragraph that announces the next one.
    static let announcingSentences = 2
    static let announcingTokens = 25

    /// The subject of a short narrative paragraph (at most ``announcingSentences`` sentences, the
    /// last of at most ``announcingTokens`` tokens, ending with a full stop) with no quotation and
    /// no speech verb: the person the next paragraph's quotation with no cue belongs to
    /// (`Asked what has changed most, she pauses for a long time.`), rule `subject-before`.
    private func narrativeIntroduction(in blockIndex: Int) -> AttributionEvidence? {
        guard document.blocks[blockIndex].kind == .paragraph, document.blocks[blockIndex].turn == nil else { return nil }
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard let last = tokens.last, last.text == ".", sentences(of: blockIndex).count <= Self.announcingSentences,
              !tokens.contains(where: { $0.quotationIndex != nil }) else { return nil }
        let sentence = rules.sentenceBounds(of: tokens.count - 1, in: tokens)
        // An opening participle clause (`Asked what …,`) is no cue of the main clause.
        let main = rules.mainClause(of: sentence, tokens: tokens)
        if let aside = parentheticalCue(in: sentence, block: block) {
            // `What separates a champion, he says, is not in the mouth at all. ¶ “It's the eyes. …”`:
            // reported words with a cue set off by commas; the quotation after goes on with them.
            return AttributionEvidence(rule: "subject-before", cue: aside.cue, mention: aside.mention, mentionToken: aside.start, adjacent: true, confidence: 0.6)
        }
        // (`When I ask about the closures, she is quiet for a long moment.`: after an opening
        // subordinate clause, the main clause's subject, not the narrator's `I`.)
        guard sentence.count <= Self.announcingTokens, !main.contains(where: { finder.isSpeechVerbUse(at: $0, tokens) }) else { return nil }
        func subject(of sentence: Range<Int>, main: Range<Int>) -> (mention: Mention, start: Int)? {
            (main != sentence ? rules.sentenceSubject(in: main, block: block) : nil) ?? rules.sentenceSubject(in: sentence, block: block)
                ?? rules.definiteRoleSubjects(in: main, block: block).first
        }
        var found = subject(of: sentence, main: main)
        if found == nil, sentence.lowerBound > 0 {
            // `Alain Roy, lui, a déjà fait ses comptes. Trois hectares, deux salariés, un forage.`:
            // a closing sentence of details with no subject; the sentence before it has one.
            let earlier = rules.sentenceBounds(of: sentence.lowerBound - 1, in: tokens)
            let earlierMain = rules.mainClause(of: earlier, tokens: tokens)
            if !earlierMain.contains(where: { finder.isSpeechVerbUse(at: $0, tokens) }) { found = subject(of: earlier, main: earlierMain) }
        }
        guard let subject = found else { return nil }
        switch subject.mention {
        case .name, .pronoun, .phrase:
            return AttributionEvidence(rule: "subject-before", cue: nil, mention: subject.mention, mentionToken: subject.start, adjacent: true, confidence: 0.6)
        case .unresolvable:
            return nil
        }
    }

    /// A cue set off by commas inside a sentence of reported words (`What separates a champion,
    /// he says, is not in the mouth at all.`, `Le secret, dit-elle, tient à la patience.`): a
    /// personal pronoun (inverted or not) or a name of at most three words, and a speech verb that
    /// is no naming verb, between two commas, the sentence going on after them.
    /// - Returns: the subject, its first token and the verb as written, or nil.
    private func parentheticalCue(in sentence: Range<Int>, block: BlockText) -> (mention: Mention, start: Int, cue: String)? {
        let tokens = block.tokens
        for open in sentence where open > sentence.lowerBound && tokens[open].text == "," {
            guard let close = ((open + 1)..<min(sentence.upperBound - 1, open + 6)).first(where: { !tokens[$0].isWord }), tokens[close].text == ",",
                  close - open >= 3 else { continue }
            let verb = close - 1
            guard finder.isSpeechVerb(tokens[verb]), !finder.isNamingVerb(tokens[verb]) else { continue }
            let subject = (open + 1)..<verb
            if subject.count == 1, let gender = lexicon.pronouns[tokens[open + 1].lower], gender == "m" || gender == "f",
               lexicon.personalPronouns.contains(tokens[open + 1].lower), let mention = finder.classify(subject, in: block) {
                return (mention, open + 1, tokens[verb].text)
            }
            if subject.allSatisfy({ finder.isNameWord(tokens[$0]) }), let mention = finder.classify(subject, in: block), case .name = mention {
                return (mention, open + 1, tokens[verb].text)
            }
        }
        // `Le secret, dit-elle, tient …`: the verb first, its pronoun inverted.
        for open in sentence where open > sentence.lowerBound && open + 3 < sentence.upperBound && tokens[open].text == "," {
            guard finder.isSpeechVerb(tokens[open + 1]), tokens[open + 2].isInvertedPronoun, tokens[open + 3].text == ",",
                  let gender = lexicon.pronouns[tokens[open + 2].lower], gender == "m" || gender == "f",
                  let mention = finder.classify((open + 2)..<(open + 3), in: block) else { continue }
            return (mention, open + 2, tokens[open + 1].text)
        }
        return nil
    }

    /// `… the three questions X had asked. The questions were:`: a short introduction whose
    /// subject is a speech noun with no author goes to the author the same noun had earlier in
    /// the paragraph.
    private func earlierAuthor(ofSpeechNounIn sentence: Range<Int>, block blockIndex: Int) -> AttributionEvidence? {
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard sentence.count <= 8, let noun = sentence.first(where: { tokens[$0].isWord && lexicon.speechNouns.contains(tokens[$0].lower) }) else { return nil }
        var end = sentence.lowerBound
        while end > 0 {
            let earlier = rules.sentenceBounds(of: end - 1, in: tokens)
            for k in earlier where tokens[k].isWord && tokens[k].lower == tokens[noun].lower {
                if let author = finder.authorOfSpeechNoun(in: k..<earlier.upperBound, of: block) {
                    return AttributionEvidence(rule: "blockquote", cue: nil, mention: author.mention, mentionToken: author.start, adjacent: true, confidence: 0.5)
                }
            }
            end = earlier.lowerBound
        }
        return nil
    }

    /// True when a phrase contains a speech noun (`A commentary`, `le communiqué`).
    private func mentionsSpeechNoun(_ phrase: String) -> Bool {
        phrase.split(separator: " ").contains { lexicon.speechNouns.contains($0.lowercased()) }
    }

    // MARK: Text, incises, transcript

    func quotationText(_ quotation: FoundQuotation) -> String {
        quotation.pieces.map { blocks[$0.block].text(scalars: $0.inner) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// An incise inside a one-paragraph quotation (`« Il faut agir vite, a-t-elle ajouté, avant
    /// l'été. »`, HAZARDS.md B32): the attribution it gives, the text without it and two spans.
    /// The incise goes out whether a comma or a full stop closes it (`« Il a payé, a-t-il
    /// souligné. Il mérite … »` gives `Il a payé. Il mérite …`), named (`, a prévenu Anne Roy
    /// mardi,`), with words after the verb (`, a-t-elle expliqué en recevant le prix,`) or opening
    /// after a question mark (`« Vraiment ? a ironisé Anne Roy. Allez … »`). The two spans on
    /// either side of it let the scorer weigh the quotation as the whole marked stretch or as
    /// the two sentences around an incise that closes one (``Evaluate/Scorer``).
    private func findIncise(_ quotation: FoundQuotation) -> (evidence: AttributionEvidence, text: String, spans: [TextSpan]?)? {
        guard quotation.pieces.count == 1, !quotation.isBlockQuote, quotation.closed, !lexicon.inversionPronouns.isEmpty else { return nil }
        let piece = quotation.pieces[0]
        let block = blocks[piece.block]
        var inner = BlockText(block.text(scalars: piece.inner))
        inner.tokens = Tokenizer(lexicon: lexicon).tokens(of: inner.scalars, quotations: [])
        let tokens = inner.tokens
        guard tokens.count >= 5 else { return nil }
        // `, a-t-elle dit,` and also `? a ironisé X.` / `, a-t-il soufflé. Suite …`: an incise may open
        // after a question or exclamation mark and close with a period, the quotation going on.
        for i in 1..<(tokens.count - 3) where [",", "?", "!"].contains(tokens[i].text) && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized {
            // `, nous a expliqué la créatrice,`, `, m'a confié X,`, `, lui a répondu X,`: object
            // clitics before the auxiliary or verb.
            var c = i + 1
            while c < i + 3, c + 2 < tokens.count, tokens[c].isWord, lexicon.clitics.contains(tokens[c].lower), !lexicon.negations.contains(tokens[c].lower),
                  tokens[c + 1].isWord, lexicon.auxiliaries.contains(tokens[c + 1].lower) || finder.isSpeechVerb(tokens[c + 1]) { c += 1 }
            guard c + 2 < tokens.count else { continue }
            var end = c + 2
            var cue = tokens[c].text
            let mention: Mention
            if tokens[c + 1].isInvertedPronoun {
                if lexicon.auxiliaries.contains(tokens[c].lower), end < tokens.count, tokens[end].isWord { cue = tokens[end].text; end += 1 }
                mention = Mention.pronoun(tokens[c + 1].text, gender: lexicon.pronouns[tokens[c + 1].lower] ?? "")
            } else if let named = namedIncise(at: c, in: inner) {
                // `, a prévenu Anne Roy mardi,`, `, a souligné la ministre, Anne Roy,`: verb, then its subject.
                (mention, cue, end) = named
            } else {
                continue
            }
            // `, a-t-elle expliqué en recevant le prix,`, `, conclut-elle en remontant un brin de
            // kombu luisant. Mais …`: a few words more before the closing comma or period.
            var extra = 0
            while end < tokens.count - 1, tokens[end].isWord, extra < Self.inciseTrailingWords { end += 1; extra += 1 }
            guard end < tokens.count - 1, tokens[end].text == "," || tokens[end].text == "." && tokens[end + 1].isCapitalized else { continue }
            // After a question or exclamation mark, the mark stays with the words before it and the
            // incise goes out with the punctuation that closes it (`assurées ? | Allez …`).
            let cut = tokens[i].text == "," ? tokens[i].range.lowerBound..<tokens[end].range.lowerBound
                : tokens[i].range.upperBound..<tokens[end].range.upperBound
            let text = inner.text(scalars: 0..<cut.lowerBound) + inner.text(scalars: cut.upperBound..<inner.scalars.count)
            let offset = piece.inner.lowerBound
            var resume = offset + tokens[end].range.upperBound
            while resume < piece.outer.upperBound, QuotationMarks.isSpace(block.scalars[resume]) { resume += 1 }
            let spans = [
                TextSpan(block: piece.block, range: block.utf8Range(piece.outer.lowerBound..<(offset + cut.lowerBound))),
                TextSpan(block: piece.block, range: block.utf8Range(resume..<piece.outer.upperBound)),
            ]
            let evidence = AttributionEvidence(rule: "incise", cue: cue, mention: mention, mentionToken: nil, adjacent: true, confidence: 0.85)
            return (evidence, text, spans)
        }
        return nil
    }

    /// Most words after an incise's subject before the comma or period that closes it (`,
    /// conclut-elle en remontant un brin de kombu luisant.`: a gerund clause and its object).
    static let inciseTrailingWords = 10

    /// An incise of a speech verb (after an auxiliary or not) and a named or described subject,
    /// starting at token `start` of a quotation's own tokens: its mention, cue and the token after
    /// the subject.
    private func namedIncise(at start: Int, in inner: BlockText) -> (mention: Mention, cue: String, end: Int)? {
        let tokens = inner.tokens
        var v = start
        if lexicon.auxiliaries.contains(tokens[v].lower), v + 1 < tokens.count { v += 1 }
        guard finder.isSpeechVerb(tokens[v]), let comma = tokens[(v + 1)...].firstIndex(where: { $0.text == "," || $0.text == "." }) else { return nil }
        // The longest phrase before the comma that names someone (`Anne Roy mardi soir` → `Anne Roy`).
        for limit in [tokens.count] + Array(stride(from: comma, to: v + 1, by: -1)) {
            guard let subject = finder.phrase(after: v + 1, limit: limit, in: inner) else { continue }
            switch subject.mention {
            case .phrase:
                // `, a répliqué l'adjoint aux finances, Anne Roy.`: a role with a complement, then the name.
                if let roleEnd = tokens[subject.end...].prefix(4).firstIndex(where: { $0.text == "," }),
                   tokens[subject.end..<roleEnd].allSatisfy(\.isWord),
                   let nameEnd = tokens[(roleEnd + 1)...].firstIndex(where: { !$0.isWord }), nameEnd > roleEnd + 1,
                   [",", "."].contains(tokens[nameEnd].text),
                   case .name(let words, let written, let gender, _)? = finder.classify((roleEnd + 1)..<nameEnd, in: inner) {
                    let fullRole = inner.text(tokens: (v + 1)..<roleEnd)
                    return (.name(words: words, written: written, gender: gender, role: fullRole), tokens[v].text, nameEnd)
                }
                return (subject.mention, tokens[v].text, subject.end)
            case .name: return (subject.mention, tokens[v].text, subject.end)
            default: return nil
            }
        }
        return nil
    }

    private func makeTranscript() -> Transcript {
        var speakerOrder: [Int] = []
        var result: [Quotation] = []
        var turnBlocksDone = Set<Int>()
        func noteTurns(through block: Int) {
            for index in turnSpeakers.keys.sorted() where index <= block && !turnBlocksDone.contains(index) {
                turnBlocksDone.insert(index)
                if let entity = turnSpeakers[index], !speakerOrder.contains(entity) { speakerOrder.append(entity) }
            }
        }
        var insertions: [TextSpan] = []
        var pendingReported = reported[...]
        func emitReported(before position: (block: Int, start: Int)) {
            while let next = pendingReported.first, (next.block, next.range.lowerBound) <= position {
                pendingReported.removeFirst()
                noteTurns(through: next.block)
                var speakerID: String?
                if let entity = next.entity {
                    if !speakerOrder.contains(entity) { speakerOrder.append(entity) }
                    speakerID = String(entity)
                }
                let span = TextSpan(block: next.block, range: blocks[next.block].utf8Range(next.range))
                result.append(Quotation(id: "", kind: .reported, spans: [span], text: blocks[next.block].text(scalars: next.range),
                                        speakerID: speakerID, attribution: next.attribution))
            }
        }
        for (index, quotation) in quotations.enumerated() {
            emitReported(before: (quotation.pieces[0].block, quotation.pieces[0].outer.lowerBound))
            let decision = quotation.parent == nil ? decisions[index] : nil
            let kind = decision?.kind ?? .mention
            let text = decision?.text ?? quotationText(quotation)
            let spans = decision?.spans ?? quotation.pieces.map { TextSpan(block: $0.block, range: blocks[$0.block].utf8Range($0.outer)) }
            let id = ""
            var speakerID: String?
            noteTurns(through: quotation.pieces[0].block)
            if kind == .direct, let entity = decision?.entity {
                if !speakerOrder.contains(entity) { speakerOrder.append(entity) }
                speakerID = String(entity)
            }
            result.append(Quotation(id: id, kind: kind, spans: spans, text: text, speakerID: speakerID,
                                    attribution: kind == .direct ? (decision?.attribution ?? .none) : .none))
            if kind == .direct {
                for piece in quotation.pieces { insertions += bracketedInsertions(in: piece) }
            }
        }
        emitReported(before: (Int.max, Int.max))
        noteTurns(through: Int.max)
        let entities = registry.entities
        let ids = Slug.disambiguate(speakerOrder.map { entities[$0].declaredID ?? Slug.make(from: entities[$0].name) })
        var idOf: [String: String] = [:]
        var speakers: [Speaker] = []
        for (position, entity) in speakerOrder.enumerated() {
            idOf[String(entity)] = ids[position]
            let value = entities[entity]
            speakers.append(Speaker(id: ids[position], name: value.name, aliases: value.aliases.filter { $0 != value.name }, role: value.role))
        }
        // Ids from the text, unique within the transcript (Model's QuotationID).
        let quotationIDs = QuotationID.assign(result.map(\.text))
        for index in result.indices {
            if let key = result[index].speakerID { result[index].speakerID = idOf[key] }
            result[index].id = quotationIDs[index]
        }
        var outputBlocks = document.blocks
        for (block, entity) in turnSpeakers {
            outputBlocks[block].turn?.speakerID = idOf[String(entity)]
        }
        return Transcript(seedPath: document.seedPath, metadata: document.metadata, speakers: speakers,
                          blocks: outputBlocks, quotations: result, insertions: insertions)
    }

    /// Square-bracketed words inside a quotation piece (`[de la mer Caspienne]`), brackets
    /// included; brackets with no letter (`[...]`) are omissions, not insertions.
    private func bracketedInsertions(in piece: FoundQuotation.Piece) -> [TextSpan] {
        let block = blocks[piece.block]
        var result: [TextSpan] = []
        var open: Int?
        for index in piece.inner {
            let scalar = block.scalars[index]
            if scalar == "[" { open = index }
            if scalar == "]", let start = open {
                if block.scalars[(start + 1)..<index].contains(where: { $0.properties.isAlphabetic }) {
                    result.append(TextSpan(block: piece.block, range: block.utf8Range(start..<(index + 1))))
                }
                open = nil
            }
        }
        return result
    }
}
