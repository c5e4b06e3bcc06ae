import Model

/// Interviews and profiles: answers that no cue attributes.
///
/// - A question paragraph (``isQuestionParagraph(_:)``: `What should gardeners do?`, `Some call it
///   ‘slow gardening’. Is it?`) followed by a paragraph that opens with a quotation with no cue,
///   or with one after a short sentence whose subject is a pronoun (`She laughs. “…”`, `Elle
///   sourit. « … »`): the quotation is the interviewee's answer (rule `answer`). The interviewee is
///   whoever answered the previous question, else the person most in view before the first one
///   (the one the standfirst introduces: `Dr Ana Ruiz, 48, is a volcanologist … We asked her …`).
///   A narrative paragraph quoting someone else between two questions changes nothing.
/// - A short question that names someone (``personAsked(in:block:)``: `Et Paul ?`, `And Maria?`)
///   puts them in view: the quotation after it, with a pronoun cue or none, is theirs; a question
///   paragraph naming someone makes the next answer theirs.
///
/// A cue always wins: these rules only apply to a quotation with no speaker of its own.
extension DocumentAnnotation {
    /// Most words a quotation inside a question paragraph may hold: a scare-quoted term, not words of its own.
    static let questionTermWords = 4
    /// Most words a question naming someone may hold (`And what about Maria?`).
    static let namingQuestionWords = 4

    /// Most words a paragraph announcing an interview may hold (``introduceInterviewee(_:)``).
    static let interviewHeadingWords = 20
    /// Most words it may hold right before the first question (``introduceInterviewee(_:)``).
    static let interviewLeadInWords = 40

    /// `Trois questions à Mathieu Roy, rapporteur de la commission`, `Entretien avec Anne Roy`,
    /// `Q&A with Jane Doe`, `We asked Roy three questions.`: a short paragraph with no quotation in which an interview heading
    /// (``Lexicon/interviewHeadings``) comes right before a name announces an interview of that
    /// person: they become the interviewee, who answers the questions after it
    /// (``answerer(at:sentence:blockIndex:)``). Right before a question paragraph, or before a
    /// heading-like line and one (`We put five questions to Dr Ana Ruiz, …, who advises sixty
    /// stores in the region.` ¶ `Q&A: ‘…’` ¶ `How is the season shaping up?`), the lead-in may
    /// be longer (``interviewLeadInWords``).
    mutating func introduceInterviewee(_ blockIndex: Int) {
        guard document.blocks[blockIndex].kind == .paragraph, document.blocks[blockIndex].turn == nil else { return }
        let leadsIn = isQuestion(blockIndex + 1) || isQuestion(blockIndex + 2) && isHeadingLike(blockIndex + 1)
        introduceInterviewee(announcedIn: blocks[blockIndex], at: blockIndex,
                             maximumWords: leadsIn ? Self.interviewLeadInWords : Self.interviewHeadingWords)
    }

    /// The same heading as the document's title (`Q&A with Jane Doe`, `Trois questions à Mathieu
    /// Roy`, as its first line or its `title:`), read before the body's first paragraph at
    /// `blockIndex`: its person answers the questions of the body.
    mutating func introduceIntervieweeFromTitle(before blockIndex: Int) {
        guard interviewee == nil, let heading = titleText() else { return }
        introduceInterviewee(announcedIn: heading, at: blockIndex, maximumWords: Self.interviewHeadingWords)
    }

    /// Makes the person an interview heading in `block` names the interviewee, in view from block
    /// `blockIndex` on; nothing when `block` holds more than `maximumWords` words, holds a
    /// quotation or names no person after a heading.
    private mutating func introduceInterviewee(announcedIn block: BlockText, at blockIndex: Int, maximumWords: Int) {
        let tokens = block.tokens
        guard !lexicon.interviewHeadings.isEmpty,
              tokens.count(where: \.isWord) <= maximumWords, !tokens.contains(where: { $0.quotationIndex != nil }) else { return }
        let text = TextFolding.straightApostrophes(block.text(scalars: 0..<block.scalars.count).lowercased())
        for heading in lexicon.interviewHeadings {
            guard let found = text.range(of: heading) else { continue }
            let end = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.upperBound)
            // (`Q&A with Dr Lena Hart`: honorifics and titles may stand before the name.)
            guard let k = tokens.firstIndex(where: { $0.range.lowerBound >= end }),
                  let n = tokens[k...].firstIndex(where: { !finder.isHonorific($0) && !finder.isTitle($0) && $0.text != "." }), finder.isNameWord(tokens[n]) else { continue }
            // (`We asked Ostrowski three questions`: a surname alone, of someone met before.)
            let full = finder.names(in: k..<tokens.count, of: block).first
            let known = registry.entities.count
            guard case .name(let words, let written, let gender, let role)? = full ?? finder.classify(finder.nameRun(from: n, tokens, limit: tokens.count), in: block) else { continue }
            let entity = registry.resolveName(words: words, written: written, gender: gender, role: role)
            guard !registry.entities[entity].isOrganisation, full != nil || entity < known else { return }
            interviewee = entity
            registry.markSalient(entity, position: narrative[blockIndex])
            return
        }
    }

    /// Whether block `blockIndex` is in a speaker turn whose label asks an interview's question
    /// (`Q:`; ``Lexicon/questionLabels``), in a document with both kinds of label
    /// (``hasInterviewLabels``).
    func isQuestionTurn(_ blockIndex: Int) -> Bool {
        guard hasInterviewLabels, blocks.indices.contains(blockIndex), let label = document.blocks[blockIndex].turn?.label else { return false }
        return lexicon.questionLabels.contains(label.lowercased())
    }

    /// Whether block `blockIndex` is in a speaker turn whose label gives an interview's answer
    /// (`A:`; ``Lexicon/answerLabels``), in a document with both kinds of label
    /// (``hasInterviewLabels``).
    func isAnswerTurn(_ blockIndex: Int) -> Bool {
        guard hasInterviewLabels, blocks.indices.contains(blockIndex), let label = document.blocks[blockIndex].turn?.label else { return false }
        return lexicon.answerLabels.contains(label.lowercased())
    }

    /// Whether block `blockIndex` is an interviewer's question: a question paragraph
    /// (``isQuestionParagraph(_:)``) or a question turn (``isQuestionTurn(_:)``).
    func isQuestion(_ blockIndex: Int) -> Bool {
        isQuestionParagraph(blockIndex) || isQuestionTurn(blockIndex)
    }

    /// Who speaks an answer turn (`A: …`): the interviewee (announced by a heading, or whoever
    /// answered last), else the person the standfirst introduced (``standfirstPerson``); nil when
    /// neither is known.
    func answerTurnSpeaker() -> Int? {
        guard let entity = interviewee ?? standfirstPerson, !registry.entities[entity].isOrganisation else { return nil }
        return entity
    }

    /// At the document's first question (``isQuestion(_:)``) that an answer follows (a plain
    /// paragraph or answer turn that is no question), notes the person most in view there, no
    /// organisation (``standfirstPerson``): the one the standfirst introduced. Only in an
    /// interview: the document has at least two such question-and-answer pairs. A column with one
    /// rhetorical question (`Is that really what the town needs?`) is none, and its `I` is
    /// nobody it named.
    mutating func noteStandfirstPerson(_ blockIndex: Int) {
        guard !firstQuestionMet, isQuestionAnswered(blockIndex) else { return }
        firstQuestionMet = true
        guard (blockIndex + 2..<blocks.count).contains(where: { asksAndIsAnswered($0) }) else { return }
        standfirstPerson = registry.mostSalient(gender: "", before: narrative[blockIndex], person: true)
    }

    /// Whether block `blockIndex` asks something (a question turn, or a paragraph whose last token
    /// is a question mark outside any quotation, whatever it quotes: `Vous écrivez que « …, … ».
    /// Pourquoi ?`) and a paragraph that asks nothing follows it.
    private func asksAndIsAnswered(_ blockIndex: Int) -> Bool {
        func asks(_ index: Int) -> Bool {
            if isQuestionTurn(index) { return true }
            guard document.blocks[index].kind == .paragraph, let last = blocks[index].tokens.last else { return false }
            return last.text == "?" && last.quotationIndex == nil
        }
        return blocks.indices.contains(blockIndex + 1) && asks(blockIndex)
            && document.blocks[blockIndex + 1].kind == .paragraph && !asks(blockIndex + 1)
    }

    /// Whether block `blockIndex` is a question (``isQuestion(_:)``) that an answer follows: a
    /// plain paragraph or answer turn that is no question.
    private func isQuestionAnswered(_ blockIndex: Int) -> Bool {
        isQuestion(blockIndex) && blocks.indices.contains(blockIndex + 1)
            && document.blocks[blockIndex + 1].kind == .paragraph && !isQuestion(blockIndex + 1)
    }

    /// Whether block `blockIndex` is an interviewer's question: a plain paragraph whose last token
    /// is a question mark outside any quotation, whose quotations are all short terms with no
    /// sentence punctuation (`Certains parlent de glaciers « zombies ». Que veulent-ils dire ?`).
    /// A question that is itself someone's quotation (`“Why now?”`) is none.
    func isQuestionParagraph(_ blockIndex: Int) -> Bool {
        guard blocks.indices.contains(blockIndex), document.blocks[blockIndex].kind == .paragraph, document.blocks[blockIndex].turn == nil else { return false }
        let tokens = blocks[blockIndex].tokens
        guard let last = tokens.last, last.text == "?", last.quotationIndex == nil else { return false }
        return tokens.allSatisfy { token in
            guard let index = token.quotationIndex else { return true }
            let text = quotationText(quotations[index])
            return text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).count <= Self.questionTermWords
                && !text.contains { [".", "!", "?", "…", ":", ";"].contains($0) }
        }
    }

    /// Whether the quotation at token `q` of `sentence` opens an answer: the paragraph before is a
    /// question, and the quotation opens the paragraph (after an answer label and a colon, if
    /// any: `A: “…”`, ``answerLabelEnd(in:)``; or opens an answer turn right after a question
    /// turn, ``isAnswerTurn(_:)``), or opens the sentence after one short sentence with
    /// no quotation and no name, whose subject is a pronoun (`She laughs.`).
    /// - Returns: nil when it opens no answer, else the gender of that pronoun (`""` when none).
    func answerOpening(_ q: Int, sentence: Range<Int>, blockIndex: Int) -> String? {
        if inlineQuestion(before: q, sentence: sentence, blockIndex: blockIndex) != nil { return "" }
        // (`Q: …?` ¶ `A: “…”` read as speaker turns: the answer turn's text opens with the quotation.)
        if q == 0, isAnswerTurn(blockIndex), isQuestionTurn(blockIndex - 1) { return "" }
        let labelEnd = answerLabelEnd(in: blockIndex)
        guard blockIndex > 0, q == sentence.lowerBound || q == labelEnd && sentence.lowerBound == 0, isQuestionParagraph(blockIndex - 1) else { return nil }
        if q == labelEnd { return "" }
        let tokens = blocks[blockIndex].tokens
        guard q <= 8, let gender = lexicon.pronouns[tokens[0].lower],
              !tokens[1..<q].contains(where: { $0.quotationIndex != nil || finder.isNameWord($0) }) else { return nil }
        return gender
    }

    /// The token after the answer label that opens block `blockIndex` (`A:`, `Réponse :`; a word
    /// of ``Lexicon/answerLabels`` then a colon): 2; 0 when the block opens with none.
    func answerLabelEnd(in blockIndex: Int) -> Int {
        let tokens = blocks[blockIndex].tokens
        guard tokens.count > 2, tokens[0].quotationIndex == nil, lexicon.answerLabels.contains(tokens[0].lower), tokens[1].text == ":" else { return 0 }
        return 2
    }

    /// `What changed?` and, on the next line of the same paragraph, `“…”`: a question on its own
    /// line, opening the paragraph and ending with a question mark outside any quotation (its
    /// quotations short terms, as in ``isQuestionParagraph(_:)``), then a line break and a
    /// quotation opening the next sentence, is a question and its answer with no blank line
    /// between them.
    /// - Returns: the question's tokens, or nil.
    func inlineQuestion(before q: Int, sentence: Range<Int>, blockIndex: Int) -> Range<Int>? {
        guard document.blocks[blockIndex].kind == .paragraph, document.blocks[blockIndex].turn == nil,
              q == sentence.lowerBound, q > 0 else { return nil }
        let block = blocks[blockIndex]
        let tokens = block.tokens
        guard tokens[q - 1].text == "?", tokens[q - 1].quotationIndex == nil,
              block.scalars[tokens[q - 1].range.upperBound..<tokens[q].range.lowerBound].contains(where: { $0 == "\n" || $0 == "\u{2028}" }),
              !block.scalars[0..<tokens[q - 1].range.lowerBound].contains(where: { $0 == "\n" || $0 == "\u{2028}" }) else { return nil }
        let question = 0..<q
        let onlyTerms = question.allSatisfy { k in
            guard let index = tokens[k].quotationIndex else { return true }
            let text = quotationText(quotations[index])
            return text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).count <= Self.questionTermWords
                && !text.contains { [".", "!", "?", "…", ":", ";"].contains($0) }
        }
        return onlyTerms ? question : nil
    }

    /// The speaker of the answer whose quotation is at token `q` (``answerOpening(_:sentence:blockIndex:)``):
    /// the person the question names, else the interviewee (whoever answered last, else the
    /// speaker of its answer turn, else the person most in view). A pronoun before the quotation must agree with them.
    mutating func answerer(at q: Int, sentence: Range<Int>, blockIndex: Int) -> Int? {
        guard let gender = answerOpening(q, sentence: sentence, blockIndex: blockIndex) else { return nil }
        let asked: Int?
        if let inline = inlineQuestion(before: q, sentence: sentence, blockIndex: blockIndex) {
            let block = blocks[blockIndex]
            asked = knownPersonAsked(in: rules.sentenceBounds(of: inline.upperBound - 1, in: block.tokens), block: block)
        } else {
            let question = blocks[blockIndex - 1]
            asked = knownPersonAsked(in: rules.sentenceBounds(of: question.tokens.count - 1, in: question.tokens), block: question)
        }
        guard let entity = asked ?? interviewee ?? turnSpeakers[blockIndex] ?? registry.mostSalient(gender: "", before: narrative[blockIndex], person: true) else { return nil }
        let known = registry.entities[entity].likelyGender
        guard gender.isEmpty || known.isEmpty || known == gender else { return nil }
        registry.learnGender(gender, of: entity)
        return entity
    }

    /// Who says `I` in block `blockIndex` when it is an interview's answer, a plain paragraph after
    /// a question paragraph (``isQuestionParagraph(_:)``), right after it or past at most two plain
    /// paragraphs of the same answer: `A director told me, "…", and I
    /// said, "That's the idea."`, `And I tell them: "…"`. The person the question names, else the
    /// interviewee (announced by a heading, or whoever answered last), else the first person the
    /// document's title names, when the text met them, else the person the standfirst introduced
    /// (``standfirstPerson``: `Ana Roy, 49, is a school nurse. We met her.` then `Why this job?`
    /// and `… I just ask: “How long did you sleep?”`); nil outside an answer, or when none of these
    /// is known (the last person in view may be someone the answer told of).
    mutating func firstPersonAnswerer(in blockIndex: Int) -> Int? {
        guard blockIndex > 0, document.blocks[blockIndex].kind == .paragraph, document.blocks[blockIndex].turn == nil else { return nil }
        // (`Comment se déroule une expulsion ?` ¶ `Rarement. …` ¶ `Quand on y va, … Je dis : « … »`:
        // an answer goes on over plain paragraphs; the question is the nearest one before them.)
        var question = blockIndex - 1
        while question > 0, blockIndex - question < Self.answerParagraphs, !isQuestionParagraph(question),
              document.blocks[question].kind == .paragraph, document.blocks[question].turn == nil, !isHeadingLike(question) { question -= 1 }
        guard isQuestionParagraph(question) else { return nil }
        return personAnswering(question: question)
    }

    /// Most paragraphs of one answer that an interviewee's `I` is looked for over
    /// (``firstPersonAnswerer(in:)``).
    static let answerParagraphs = 3

    /// Who answers the question in block `question`: the person its last sentence names (when the
    /// text met them), else the interviewee, else the first person the title names (when the text
    /// met them), else the person the standfirst introduced; never an organisation.
    private mutating func personAnswering(question: Int) -> Int? {
        let block = blocks[question]
        let asked = knownPersonAsked(in: rules.sentenceBounds(of: block.tokens.count - 1, in: block.tokens), block: block)
        guard let entity = asked ?? interviewee ?? personNamedInTitle() ?? standfirstPerson, !registry.entities[entity].isOrganisation else { return nil }
        return entity
    }

    /// Most tokens between a phrase that quotes the interviewee back and the quotation
    /// (`Vous dites qu'une carte est « … »`; ``quotedBackAnswerer(_:sentence:blockIndex:)``).
    static let quotedBackReach = 6

    /// `Vous écrivez que « … ». Qu'entendez-vous par là ?`, `You wrote that “…”. Why?`: a
    /// quotation in an interviewer's question (a plain paragraph ending with a question mark
    /// outside any quotation, an answer after it) at most ``quotedBackReach`` tokens after a
    /// phrase that quotes the one asked back (``Lexicon/quotedBackPhrases``) is the words of
    /// whoever answers the question: the person it names, else the interviewee, else the person
    /// the title names, else the standfirst's (as for `I` in the answer, ``firstPersonAnswerer(in:)``).
    /// - Returns: nil for any other quotation.
    mutating func quotedBackAnswerer(_ q: Int, sentence: Range<Int>, blockIndex: Int) -> Int? {
        guard !lexicon.quotedBackPhrases.isEmpty, document.blocks[blockIndex].kind == .paragraph, document.blocks[blockIndex].turn == nil,
              let last = blocks[blockIndex].tokens.last, last.text == "?", last.quotationIndex == nil,
              blocks.indices.contains(blockIndex + 1), document.blocks[blockIndex + 1].kind == .paragraph, !isQuestion(blockIndex + 1) else { return nil }
        let block = blocks[blockIndex]
        let reach = max(sentence.lowerBound, q - Self.quotedBackReach)
        guard q > reach, !block.tokens[reach..<q].contains(where: { $0.quotationIndex != nil }) else { return nil }
        // The phrase opens its clause (`You wrote that …`, `…, and you say …`), not `What do you
        // say to those calling it “…”?`, which quotes someone else to the one asked.
        let opensClause = (reach..<q).contains { start in
            guard start == 0 || [".", "!", "?", ",", ":", ";"].contains(block.tokens[start - 1].text)
                    || lexicon.coordinators.contains(block.tokens[start - 1].lower) else { return false }
            let rest = " " + TextFolding.straightApostrophes(block.text(tokens: start..<q).lowercased()) + " "
            return lexicon.quotedBackPhrases.contains { rest.hasPrefix(" " + $0 + " ") }
        }
        guard opensClause else { return nil }
        return personAnswering(question: blockIndex)
    }

    /// The first person the document's title names (`Q&A: Sound artist Ada Vell on footsteps`),
    /// when the text has met them already; nil otherwise.
    private mutating func personNamedInTitle() -> Int? {
        guard let heading = titleText() else { return nil }
        let known = registry.entities.count
        for mention in finder.names(in: 0..<heading.tokens.count, of: heading) {
            guard case .name = mention, let entity = resolveQuietly(mention) else { continue }
            if entity < known, !registry.entities[entity].isOrganisation { return entity }
        }
        return nil
    }

    /// `Et Paul ?`, `And Maria?`, `What about Maria?`: the last run of name words (not the
    /// sentence's first word) of a short question with no quotation, if it is a name; the one it
    /// names is whom the next words are about. A given name alone may be the alias of a full
    /// name met earlier (``SpeakerRegistry/resolveName(words:written:gender:role:)``).
    func personAsked(in sentence: Range<Int>, block: BlockText) -> Mention? {
        let tokens = block.tokens
        guard let last = sentence.last, tokens[last].text == "?",
              !sentence.contains(where: { tokens[$0].quotationIndex != nil }),
              sentence.filter({ tokens[$0].isWord }).count <= Self.namingQuestionWords,
              var start = sentence.dropFirst().last(where: { finder.isNameWord(tokens[$0]) }) else { return nil }
        while start - 1 > sentence.lowerBound, finder.isNameWord(tokens[start - 1]) { start -= 1 }
        guard let name = finder.classify(finder.nameRun(from: start, tokens, limit: sentence.upperBound), in: block), case .name = name else { return nil }
        return name
    }

    /// The person a question names (``personAsked(in:block:)``), when the text met them before:
    /// a question names no one new (`Why Brussels?`).
    mutating func knownPersonAsked(in sentence: Range<Int>, block: BlockText) -> Int? {
        guard let asked = personAsked(in: sentence, block: block) else { return nil }
        let known = registry.entities.count
        guard let entity = resolveQuietly(asked), entity < known, !registry.entities[entity].isOrganisation else { return nil }
        return entity
    }
}
