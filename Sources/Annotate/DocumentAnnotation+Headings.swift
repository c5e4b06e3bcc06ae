import Model

/// Quotations in headings: a live-blog entry heading, a subhead, a bullet of a summary or a short
/// standalone line (``isHeadingLike(_:)``) often quotes words that the body quotes again with a
/// cue, or names the speaker only by a role or organisation label before a colon (`Union: ‘We
/// warned them’`). Read once the whole document has been read, since the body usually comes after.
extension DocumentAnnotation {
    /// Most words a heading-like block may hold (``isHeadingLike(_:)``).
    static let headingWords = 20

    /// Whether block `blockIndex` reads as a heading, a summary bullet or a short standalone line:
    /// a paragraph (no block quotation, no speaker turn) of at most ``headingWords`` words that
    /// does not end with sentence punctuation, nor with a quotation that does (`Union: ‘We warned
    /// them’`, `16:10 Councillor: 'We've been warning about this for years'`, `Mayor Ann Roe
    /// calls the response “shambolic”`), unlike `“We lost everything,” she said.`.
    func isHeadingLike(_ blockIndex: Int) -> Bool {
        guard document.blocks[blockIndex].kind == .paragraph, document.blocks[blockIndex].turn == nil,
              let last = blocks[blockIndex].tokens.last else { return false }
        // (The ending first: most paragraphs end with a full stop, and are not counted.)
        if let index = last.quotationIndex {
            guard quotationText(quotations[index]).last.map({ !".…;:,".contains($0) }) ?? false else { return false }
        } else if !last.isWord {
            return false
        }
        let text = blocks[blockIndex].text(scalars: 0..<blocks[blockIndex].scalars.count)
        return text.split(whereSeparator: \.isWhitespace).count <= Self.headingWords
    }

    /// The words of a quotation as compared between a heading and the body: folded
    /// (``TextFolding/fold(_:)``), apostrophes dropped (`We've` = `weve`), split on anything that
    /// is no letter or digit.
    static func echoWords(_ text: String) -> [String] {
        let folded = TextFolding.fold(text).replacingOccurrences(of: "'", with: "")
        return folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Whether `words` occur as a run, in order, in `body`.
    static func isRun(_ words: [String], in body: [String]) -> Bool {
        guard !words.isEmpty, words.count <= body.count else { return false }
        return (0...(body.count - words.count)).contains { start in body[start..<(start + words.count)].elementsEqual(words) }
    }

    /// Whether a speaker mention is only a label, a role or organisation noun with no name
    /// (`Union`, `Councillor`, `Operator`, `Le maire`, `the minister`): every word a determiner,
    /// a title, an organisation noun or a noun for people (``Lexicon/isPersonNoun(_:)``), at most
    /// three words. Such a label names no one by itself.
    func isBareLabel(_ written: String) -> Bool {
        let words = Lexicon.tokenWords(written)
        guard !words.isEmpty, words.count <= 3 else { return false }
        return words.allSatisfy { lexicon.determiners.contains($0) || lexicon.isPersonNoun($0) }
            && words.contains { !lexicon.determiners.contains($0) }
    }

    /// Attributes the quotations of heading-like blocks (``isHeadingLike(_:)``) from the body:
    ///
    /// 1. Words a heading quotes that are the whole, the start or a part of a direct quotation of
    ///    the body with a speaker (folded: ``echoWords(_:)``) are that speaker's (`‘I’ve been here
    ///    since seven’` over an entry where `“I’ve been here since seven. …,” she said`); the
    ///    nearest such quotation after the heading, else before it, not itself in a heading.
    ///    A heading quotation read as a mention (`Minister: cuts ‘unavoidable’`) becomes direct,
    ///    unless it reads as a name (``AttributionRules/isNameLike(_:maximumWords:)``). Words
    ///    the body has only inside another quotation (`“She says ‘I will not resign’ every
    ///    week,” he said`) are no one's echo: their outer speaker is quoting someone else.
    /// 2. A speaker given only by a label (``isBareLabel(_:)``: `Union: ‘We warned them’`,
    ///    `Operator blames “…”`) or carried over from the entry before gives way to rule 1; with no
    ///    such quotation in the body, a label goes to the first speaker of the blocks under the
    ///    heading (up to the next heading) whose name, role or aliases hold the label's noun
    ///    (`Councillor: ‘…’` over `Local councillor Jo Bale said …`), else to no one. Words after a
    ///    label and a colon are direct, even a fragment read as a mention (`Le président : « une
    ///    rigueur assumée »`).
    /// 3. Words (at least ``answerEchoWords``) that no quotation of the body holds but an
    ///    interview's answer says outside quotation marks are the answerer's
    ///    (``answerEchoSpeaker(_:headings:)``: `Q&A: ‘Seal the store before you spend on
    ///    chemistry’` over `My line to growers is always: seal the store before you spend on
    ///    chemistry.`).
    ///
    /// A speaker the heading names with a cue (`Mayor Ann Roe calls the response “shambolic”`)
    /// stays.
    mutating func attributeHeadingQuotations() {
        let headings = Set(blocks.indices.filter { isHeadingLike($0) })
        guard !headings.isEmpty else { return }
        // Direct quotations of the body with a speaker, in document order: block, speaker, words.
        var body: [(block: Int, entity: Int, words: [String])] = []
        // Words the body quotes inside another quotation (`“She says ‘I will not resign’ every
        // week,” he said`): the heading may echo them, but the outer speaker did not say them first.
        var nested: [[String]] = []
        for (index, quotation) in quotations.enumerated() where !headings.contains(quotation.pieces[0].block) {
            guard quotation.parent == nil else {
                nested.append(Self.echoWords(quotationText(quotation)))
                continue
            }
            guard let decision = decisions[index], decision.kind == .direct, let entity = decision.entity else { continue }
            body.append((quotation.pieces[0].block, entity, Self.echoWords(decision.text ?? quotationText(quotation))))
        }
        for (index, quotation) in quotations.enumerated() where quotation.parent == nil && headings.contains(quotation.pieces[0].block) {
            let block = quotation.pieces[0].block
            let text = quotationText(quotation)
            let current = decisions[index]
            let colonLabel = headingLabel(before: index, in: block)
            let label = current?.attribution.mention.flatMap { isBareLabel($0) ? $0 : nil } ?? colonLabel
            let weak = current.map { $0.entity == nil || label != nil || $0.attribution.rule == "carry-over" } ?? true
            guard weak else { continue }
            if current?.kind != .direct, AttributionRules.isNameLike(text) { continue }
            let words = Self.echoWords(text)
            let quotedInside = nested.contains { Self.isRun(words, in: $0) }
            let source = quotedInside ? nil : body.first { $0.block > block && Self.isRun(words, in: $0.words) }
                ?? body.last { $0.block < block && Self.isRun(words, in: $0.words) }
            if let entity = source?.entity ?? (quotedInside || label != nil ? nil : answerEchoSpeaker(words, headings: headings)) {
                decisions[index] = Decision(kind: .direct, entity: entity,
                                            attribution: Attribution(rule: "heading-echo", cue: nil, mention: registry.entities[entity].name, confidence: 0.7),
                                            text: current?.text ?? text, spans: current?.spans)
            } else if let label, current?.kind == .direct || colonLabel != nil {
                // (`Le président : « une rigueur assumée »`: words after a label and a colon are
                // someone's, even a fragment the classifier read as a mention.)
                let holder = roleHolder(named: label, under: block, headings: headings, body: body)
                // (`The mayor asked: "Where is the money?"`: a label that is the subject of a cue
                // verb, which a paragraph ending in a question reads as a heading, keeps its speaker.)
                if holder == nil, current?.entity != nil, current?.attribution.cue != nil, current?.attribution.rule != "carry-over" { continue }
                decisions[index] = Decision(kind: .direct, entity: holder,
                                            attribution: Attribution(rule: holder == nil ? "none" : "heading-label", cue: nil, mention: label, confidence: holder == nil ? 0 : 0.5),
                                            text: current?.text ?? text, spans: current?.spans)
            }
        }
    }

    /// Fewest words a heading must quote for an interview's answer to be their source
    /// (``answerEchoSpeaker(_:headings:)``): one or two words may meet an answer by chance.
    static let answerEchoWords = 3

    /// Whoever says `words` in the first interview answer (a plain paragraph right after a
    /// question paragraph, no heading) that holds them as a run outside its quotations: the
    /// answer's first-person speaker (``firstPersonAnswerer(in:)``); nil when no answer holds them.
    private mutating func answerEchoSpeaker(_ words: [String], headings: Set<Int>) -> Int? {
        guard words.count >= Self.answerEchoWords else { return nil }
        for b in blocks.indices where b > 0 && !headings.contains(b) && isQuestionParagraph(b - 1) && !isQuestionParagraph(b) {
            let tokens = blocks[b].tokens
            let said = tokens.filter { $0.quotationIndex == nil }.map(\.text).joined(separator: " ")
            guard Self.isRun(words, in: Self.echoWords(said)) else { continue }
            return firstPersonAnswerer(in: b)
        }
        return nil
    }

    /// The label before a colon right before quotation `index` in heading block `block`
    /// (`Councillor: ‘…’`, `Le syndicat : « … »`): the words (at most three, each opening with a
    /// letter) before the colon, when they are a bare label (``isBareLabel(_:)``).
    private func headingLabel(before index: Int, in block: Int) -> String? {
        let tokens = blocks[block].tokens
        guard let q = tokens.firstIndex(where: { $0.quotationIndex == index }), q >= 2, tokens[q - 1].text == ":" else { return nil }
        var start = q - 1
        while start - 1 >= 0, q - 1 - (start - 1) <= 3, tokens[start - 1].isWord, tokens[start - 1].text.first?.isLetter == true { start -= 1 }
        guard start < q - 1 else { return nil }
        let written = blocks[block].text(tokens: start..<(q - 1))
        return isBareLabel(written) ? written : nil
    }

    /// The first speaker of a direct quotation of `body` in the blocks after heading `heading`,
    /// up to the next heading-like block, whose name, role or aliases hold one of the label's
    /// content words (`Councillor` → `Local councillor Jo Bale`).
    private func roleHolder(named label: String, under heading: Int, headings: Set<Int>, body: [(block: Int, entity: Int, words: [String])]) -> Int? {
        let wanted = Set(Lexicon.tokenWords(label).filter { !lexicon.determiners.contains($0) }.map { TextFolding.fold($0) })
        let end = ((heading + 1)..<blocks.count).first { headings.contains($0) } ?? blocks.count
        return body.first { $0.block > heading && $0.block < end && !registry.entities[$0.entity].contentWords.isDisjoint(with: wanted) }?.entity
    }
}
