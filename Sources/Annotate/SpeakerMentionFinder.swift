/// Finds the noun phrases that name speakers in a block's tokens: proper names with their
/// honorifics, titles and particles, appositive roles (`Nursultan Nazarbayev, Président du
/// Kazakhstan,`; `la maire, Mme Roche`), role phrases (`le Président kazakh`) and pronouns.
///
/// Works on tokens only; no rule names a person. Capitalised words that are function words,
/// titles or honorifics in the lexicon never start a name, and a capitalised word after a
/// complement word (`de`, `of`) belongs to a role, not a name (`Guide de la Révolution`).
struct SpeakerMentionFinder {
    let lexicon: Lexicon
    /// The head nouns, folded, of the names the document has used so far that may be an
    /// organisation's (``SpeakerRegistry/nameHead(of:)``: `airport` for `Pellick Harbour
    /// Airport`): a definite article and one of them (`the airport said`) names a speaker.
    var organisationHeads: Set<String> = []

    /// Longest noun phrase the finder will take, in tokens.
    static let maximumPhraseLength = 14

    // MARK: Word classes

    /// A role noun, also with a possessive ending (`Minister's`).
    func isTitle(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        if lexicon.isTitle(token.lower) { return true }
        for suffix in ["'s", "’s"] where token.lower.hasSuffix(suffix) {
            return lexicon.titles.contains(String(token.lower.dropLast(2)))
        }
        return false
    }
    func isHonorific(_ token: Token) -> Bool { token.isWord && lexicon.honorifics[token.lower] != nil }
    func isSpeechVerb(_ token: Token) -> Bool { token.isWord && lexicon.speechVerbs.isSpeechVerb(token.lower) }
    func isNamingVerb(_ token: Token) -> Bool { token.isWord && lexicon.speechVerbs.isNamingVerb(token.lower) }
    func isSkippable(_ token: Token) -> Bool {
        guard token.isWord, !token.isInvertedPronoun else { return false }
        if lexicon.adverbs.contains(token.lower) || lexicon.clitics.contains(token.lower) || lexicon.auxiliaries.contains(token.lower) { return true }
        if lexicon.negations.contains(token.lower), !lexicon.determiners.contains(token.lower) { return true }
        // (`which the family says`: a noun for people with an adverb's ending is no adverb.)
        return !token.isCapitalized && lexicon.hasAdverbEnding(token.lower)
            && !lexicon.speakerNouns.contains(token.lower) && lexicon.personNouns[token.lower] == nil
    }

    /// The length of a fixed adverbial phrase (`de son côté`) ending at `index`, or 0.
    func adverbialPhrase(endingAt index: Int, _ tokens: [Token], from start: Int) -> Int {
        phrase(of: lexicon.adverbialPhrases, endingAt: index, tokens, from: start) { $0 }
    }

    /// The length of the longest phrase of habit (``Lexicon/habitualPhrases``: `used to`, `would
    /// often`) ending at `index`, or 0.
    func habitualPhrase(endingAt index: Int, _ tokens: [Token], from start: Int) -> Int {
        phrase(of: lexicon.habitualPhrases, endingAt: index, tokens, from: start, TextFolding.straightApostrophes)
    }

    /// The length of the first of `phrases` (lowercased token sequences) whose words end at
    /// `index`, none before `start`, each token's lowercased text passed through `fold` first; or 0.
    func phrase(of phrases: [[String]], endingAt index: Int, _ tokens: [Token], from start: Int,
                        _ fold: (String) -> String) -> Int {
        for phrase in phrases where index - phrase.count + 1 >= start {
            let first = index - phrase.count + 1
            if phrase.indices.allSatisfy({ tokens[first + $0].isWord && fold(tokens[first + $0].lower) == phrase[$0] }) { return phrase.count }
        }
        return 0
    }

    /// The length of a fixed adverbial phrase starting at `index`, or 0.
    func adverbialPhrase(startingAt index: Int, _ tokens: [Token], limit: Int) -> Int {
        phrase(of: lexicon.adverbialPhrases, startingAt: index, tokens, limit: limit)
    }

    /// The length of the first of `phrases` (lowercased token sequences) whose words start at
    /// `index` and end before `limit` (a token index), or 0.
    func phrase(of phrases: [[String]], startingAt index: Int, _ tokens: [Token], limit: Int) -> Int {
        phrases.first { words in
            index + words.count <= limit && words.indices.allSatisfy { tokens[index + $0].isWord && tokens[index + $0].lower == words[$0] }
        }?.count ?? 0
    }

    /// Whether the time noun at `index` (or a time modifier or demonstrative before one: `this
    /// morning`), inside a phrase that opens at `start`, opens an adverbial of time after the phrase (`l'édile | lundi matin,`, `the mayor | yesterday in
    /// a statement`): the word before it is a content word (no determiner, complement word,
    /// preposition or number, nor two words back either before a length of time,
    /// ``Lexicon/durationNouns``: `de soixante ans`), and after it and any
    /// further time words or modifiers (``Lexicon/timeNouns``, ``Lexicon/timeModifiers``) comes
    /// punctuation, the end, a preposition or a conjunction (`the station's morning presenter`
    /// goes on to its noun).
    func isEndingTimeAdverbial(at index: Int, from start: Int, _ tokens: [Token]) -> Bool {
        guard index > start, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized else { return false }
        // (`this morning`, `last night`: a modifier or demonstrative before the time noun opens it;
        // a capitalised weekday (`Tuesday`) is one after a lowercase noun.)
        let opener = tokens[index].lower
        let modified = (lexicon.timeModifiers.contains(opener) || lexicon.demonstratives[opener] != nil) && index + 1 < tokens.count
            && tokens[index + 1].isWord && lexicon.timeNouns.contains(tokens[index + 1].lower)
        guard modified || lexicon.timeNouns.contains(opener) else { return false }
        let before = tokens[index - 1].lower
        if lexicon.isFunctionWord(before) || before.contains(where: \.isNumber) || before.hasSuffix("'") { return false }
        // (`de soixante ans`: a length after a complement and its number word; `le syndicat des
        // cheminots jeudi`, `the head of transport yesterday`: any other time word ends the phrase.)
        if lexicon.durationNouns.contains(opener), index - 2 >= start, tokens[index - 2].isWord,
           lexicon.genitiveWords.contains(tokens[index - 2].lower) || lexicon.prepositions.contains(tokens[index - 2].lower) { return false }
        var next = index + 1
        while next < tokens.count, tokens[next].isWord, lexicon.timeNouns.contains(tokens[next].lower) || lexicon.timeModifiers.contains(tokens[next].lower) { next += 1 }
        guard next < tokens.count, tokens[next].isWord else { return true }
        return lexicon.prepositions.contains(tokens[next].lower) || lexicon.conjunctions.contains(tokens[next].lower)
    }

    /// A speech-verb form used as a verb (one word, or the first of a multi-word form such as
    /// `points out`): not right after a determiner or a possessive (`some teacher's comments`),
    /// nor after a number other than a year (`420 postes`, `12 posts`), which counts a noun
    /// (`2008 erklärte er` keeps its verb).
    func isSpeechVerbUse(at index: Int, _ tokens: [Token]) -> Bool {
        guard isSpeechVerb(tokens[index]) || lexicon.speechVerbs.multiWordLength(tokens[index..<min(tokens.count, index + 3)].lazy.map(\.lower)) > 0
        else { return false }
        // `the Nebraska State Historical Society`: a lemma inside a name is no verb.
        if isNameVerb(at: index, tokens) { return false }
        guard index > 0, tokens[index - 1].isWord else { return true }
        // `Un homme de 34 ans a été interpellé samedi`: a participle right after a passive
        // auxiliary (``Lexicon/passiveAuxiliaries``) says what was done to its subject, who said
        // nothing, unless an agent preposition follows before any punctuation (`a été interpellé
        // par un élu`, `a été publié vers 6 h par un compte`: the agent may speak).
        if lexicon.passiveAuxiliaries.contains(tokens[index - 1].lower) {
            var k = index + 1
            while k < min(tokens.count, index + 9), tokens[k].isWord, !lexicon.agentPrepositions.contains(tokens[k].lower) { k += 1 }
            if !(k < tokens.count && tokens[k].isWord && lexicon.agentPrepositions.contains(tokens[k].lower)) { return false }
        }
        if modifiesPersonNoun(at: index, tokens) { return false }
        let previous = tokens[index - 1].lower
        if previous.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }), previous.unicodeScalars.count != 4 { return false }
        if isModifiedDocumentNoun(at: index, tokens) { return false }
        // `X said demand had been “…”`, `said reports of leaks were …`: right after a verb that
        // reports a clause with no complementizer (``Lexicon/complementizerDroppingVerbs``), a word
        // that can be a verb of saying is the noun opening that clause. (Not when that verb is
        // itself a noun: a determiner, possessive or genitive before it, `The firm's claims warned`.)
        if lexicon.complementizerDroppingVerbs.contains(previous), !tokens[index - 1].isCapitalized {
            let owner = index > 1 ? tokens[index - 2] : nil
            let nounBefore = owner.map { isSaxonGenitive($0) || $0.isWord && (lexicon.determiners.contains($0.lower) || lexicon.possessives[$0.lower] != nil
                || $0.text.hasSuffix("'") || $0.text.hasSuffix("’")) } ?? false
            if !nounBefore { return false }
        }
        // `l'absence d'alerte`: after a preposition, only an infinitive or a participle is a verb
        // (`avant d'ajouter`, `en ajoutant`); another form is a noun.
        // (`de son côté dénoncé`: a preposition after a possessive or determiner is a noun.)
        let beforePrevious = index > 1 && tokens[index - 2].isWord ? tokens[index - 2].lower : ""
        if lexicon.prepositions.contains(previous), !lexicon.clitics.contains(previous), !lexicon.verbFormsAfterPreposition.isEmpty,
           !lexicon.determiners.contains(beforePrevious), lexicon.possessives[beforePrevious] == nil {
            let word = tokens[index].lower
            return lexicon.verbFormsAfterPreposition.contains { word.hasSuffix($0) }
        }
        // `Certains diront`: a determiner standing alone as a generic subject.
        return (!lexicon.determiners.contains(previous) || lexicon.genericSubjects.contains(previous)) && previous != "l'" && !previous.hasSuffix("'s")
    }

    /// Whether the speech-verb word at `index` is a document or speech noun in the singular after
    /// an owner and one modifier (`The board's preliminary report, released in August, found …`,
    /// `its annual report`): a singular owner would take `reports`, so the bare form is the noun.
    /// (`The union's members report` keeps its verb: the modifier is a plural noun. Only a Saxon
    /// genitive or `its` owns here: `Son avocat note` is a verb.)
    func isModifiedDocumentNoun(at index: Int, _ tokens: [Token]) -> Bool {
        guard index > 1, tokens[index - 1].isWord, tokens[index - 2].isWord else { return false }
        let word = tokens[index].lower, modifier = tokens[index - 1], owner = tokens[index - 2]
        guard lexicon.documentNouns.contains(word) || lexicon.speechNouns.contains(word), !word.hasSuffix("s"),
              !modifier.isCapitalized, !modifier.lower.hasSuffix("s"), !lexicon.isFunctionWord(modifier.lower) else { return false }
        return isSaxonGenitive(owner) || lexicon.impersonalPossessives.contains(owner.lower)
    }

    /// Whether the speech-verb word at `index` modifies the person noun after it inside a noun
    /// phrase (`The local state member, Renee Marsh, said`): a lowercase word before it, and
    /// after it a lowercase singular person noun (``Lexicon/isPersonNoun(_:)``) closed by a
    /// comma or followed by a name word (`the state member, X,`, `a state official Ann Roy`).
    func modifiesPersonNoun(at index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, index + 2 < tokens.count, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized,
              lexicon.pronouns[tokens[index - 1].lower] == nil, !isSpeechVerb(tokens[index - 1]),
              tokens[index + 1].isWord, !tokens[index + 1].isCapitalized, lexicon.isPersonNoun(tokens[index + 1].lower),
              !isSpeechVerb(tokens[index + 1]) else { return false }
        let after = tokens[index + 2]
        return after.text == "," || after.isWord && after.isCapitalized
    }

    /// Whether the word at `index` opens a relative clause: a relative pronoun, but one that is
    /// also a determiner (German `die`, `der`) only right after a comma (`die Firma, die …`), so
    /// that `Die Regierung sprach` keeps its article.
    func opensRelativeClause(at index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.isWord, lexicon.relativePronouns.contains(token.lower) else { return false }
        guard lexicon.determiners.contains(token.lower) else { return true }
        return index > 0 && tokens[index - 1].text == ","
    }

    /// Where every noun is capitalised (``Lexicon/capitalisedNouns``), a capitalised noun for
    /// people that may head a phrase with no determiner (`Augenzeugen berichteten`,
    /// `Medienvertreter der Opposition bezeichneten`).
    func isBarePersonNoun(_ token: Token) -> Bool {
        lexicon.capitalisedNouns && token.isWord && token.isCapitalized && lexicon.isPersonNoun(token.lower)
    }

    /// A capitalised word that may be part of a proper name.
    /// A user handle or pen name written as one: `@bia_m`, `lupe_mendizabal`, `tomas.r` (a word
    /// with a leading `@`, an underscore or an inner period, and a letter).
    func isHandle(_ token: Token) -> Bool {
        let text = token.text
        // Most words hold none of `@`, `_`, `.`: answer them from their scalars, before
        // Foundation's substring search and before counting scalars.
        guard token.isWord, text.unicodeScalars.contains(where: { $0 == "@" || $0 == "_" || $0 == "." }),
              text.hasPrefix("@") || text.contains("_") || text.contains("."),
              text.unicodeScalars.count > 2, text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
        if text.hasPrefix("@") || text.contains("_") { return true }
        guard let dot = text.firstIndex(of: "."), dot != text.startIndex, text.index(after: dot) != text.endIndex else { return false }
        // `p.m`, `a.m`, `e.g`, `U.S`: single letters between periods are an abbreviation, no handle.
        if text.split(separator: ".").allSatisfy({ $0.count == 1 }) { return false }
        return text.unicodeScalars.first.map { $0.properties.isAlphabetic } == true
    }

    /// A word that goes on a name already begun: a name word, or a capitalised word that is a
    /// common noun only by its form, not listed (``Lexicon/isDerivedCommonNoun(_:)``): `Jens Hartung`.
    func continuesName(_ token: Token) -> Bool {
        if isNameWord(token) { return true }
        guard token.isWord, token.isCapitalized, !lexicon.commonNouns.contains(token.lower), lexicon.isDerivedCommonNoun(token.lower) else { return false }
        return !isTitle(token) && !isSpeechVerb(token) && !lexicon.isFunctionWord(token.lower)
    }

    func isNameWord(_ token: Token) -> Bool {
        // `#YoTambiénMiento`: a hashtag is a label, never a name or a handle.
        if token.text.hasPrefix("#") { return false }
        if isHandle(token), !token.isInvertedPronoun { return true }
        guard token.isWord, token.isCapitalized, !token.isInvertedPronoun else { return false }
        if isTitle(token) || isHonorific(token) { return false }
        if lexicon.isFunctionWord(token.lower) || lexicon.clitics.contains(token.lower) || lexicon.adverbs.contains(token.lower) { return false }
        // A contraction of a function word (`I've`, `It's`, `You're`) is no name.
        if let apostrophe = token.lower.firstIndex(where: { $0 == "'" || $0 == "’" }),
            apostrophe > token.lower.startIndex, lexicon.isFunctionWord(String(token.lower[..<apostrophe]))
        {
            return false
        }
        if isSpeechVerb(token) || lexicon.isCommonNoun(token.lower) || lexicon.nonNameWords.contains(token.lower) { return false }
        // `un SMS de sa laiterie`: a speech noun written as an acronym is a document, no name.
        if lexicon.isSpeechNoun(token.lower), isAcronym(token) { return false }
        return true
    }

    /// Whether the capitalised speech-verb lemma at `index` is a word of a name, no verb (`State`
    /// in `the Nebraska State Historical Society`, `the Office of the State Auditor`, `the State
    /// Department said`): inside a sentence, after a name word or a determiner, and before a name
    /// word. An inflected form (`Roy Says`) or a lemma before a verb or a lowercase word (`the
    /// State said`, `Lawyers for the State argued`) stays what it was. Not where every noun is
    /// capitalised (``Lexicon/capitalisedNouns``).
    func isNameVerb(at index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard !lexicon.capitalisedNouns, token.isWord, token.isCapitalized, index > 0, index + 1 < tokens.count,
              isSpeechVerb(token), lexicon.speechVerbs.isLemma(token.lower) else { return false }
        let previous = tokens[index - 1]
        guard previous.isWord, previous.sentence == token.sentence, isNameWord(tokens[index + 1]) else { return false }
        return isNameWord(previous) || lexicon.determiners.contains(previous.lower)
    }

    /// Whether the capitalised time noun at `index` is a surname (`Paul Matin`, `Claire Soirée`,
    /// `Anne Summer`): right after a common given name (``Lexicon/givenNameGender(of:)``) inside
    /// a sentence, and not one the language writes with a capital anyway
    /// (``Lexicon/capitalisedTimeNouns``: `said Anna Monday` keeps its day). A time noun in
    /// lowercase (`a dit Paul mardi matin`) stays a time. Not where every noun is capitalised.
    func isSurnameTimeNoun(at index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard !lexicon.capitalisedNouns, index > 0, token.isWord, token.isCapitalized, lexicon.timeNouns.contains(token.lower),
              !lexicon.capitalisedTimeNouns.contains(token.lower) else { return false }
        let previous = tokens[index - 1]
        return previous.isWord && previous.sentence == token.sentence && previous.isCapitalized && isNameWord(previous)
            && !lexicon.givenNameGender(of: [previous.text]).isEmpty
    }

    /// Whether the capitalised interjection at `index` is a surname (`Mamadou Saliou Bah`, `Sandra
    /// Oh`): right after a name word in the same sentence, and a word the lexicon lists only as an
    /// interjection (``Lexicon/interjections``), no determiner, preposition or pronoun. Opening a
    /// sentence (`Bah, on verra`) or in lowercase it stays an interjection.
    func isSurnameInterjection(at index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard index > 0, token.isWord, token.isCapitalized, !isAcronym(token), lexicon.isOnlyInterjection(token.lower) else { return false }
        let previous = tokens[index - 1]
        return previous.isWord && previous.sentence == token.sentence && previous.isCapitalized && isNameWord(previous)
    }

    /// Whether the capitalised word at `index` is a speech noun heading the phrase of its author
    /// (`Réaction de l'Union des étudiants :`, `Message du collectif :`, `Statement from the Harbour
    /// Trust:`): at the head of a sentence or after a punctuation mark, before a genitive word or an
    /// agent preposition. Such a noun is no name, nor part of one; its author is the speaker.
    /// So is a capitalised word that modifies such a noun written in lowercase after it
    /// (`Dernières consignes du directeur de course, …`, `Latest update from the skipper:`,
    /// `Nouvel appel de la préfecture :`): a live blog's heading line, no name.
    func opensAuthoredSpeechNoun(at index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].isWord, tokens[index].isCapitalized, index + 1 < tokens.count,
              index == 0 || !tokens[index - 1].isWord && tokens[index - 1].quotationIndex == nil || tokens[index - 1].sentence != tokens[index].sentence,
              tokens[index + 1].isWord else { return false }
        var noun = index
        if !lexicon.isSpeechNoun(tokens[index].lower) {
            // (`Dernières consignes du …`: a modifier, then the noun in lowercase; not a name before
            // a lowercase noun, `Ana Roy's statement`, which has no genitive word after it.)
            guard index + 2 < tokens.count, !tokens[index + 1].isCapitalized, lexicon.isSpeechNoun(tokens[index + 1].lower),
                  !isHonorific(tokens[index]), !isTitle(tokens[index]), tokens[index + 2].isWord else { return false }
            noun = index + 1
        }
        let next = tokens[noun + 1].lower
        return lexicon.genitiveWords.contains(next) || lexicon.agentPrepositions.contains(next)
    }

    /// Whether the capitalised word at `index`, at the head of a sentence and before a lowercase
    /// word, opens a time adverbial rather than a name: a time noun itself (`Lundi dernier Paul
    /// Roy a …`, `Monday morning Ana Roy …`), or a word right before a time noun (`Last week Ana
    /// Roy …`, `Next month`). A time word that is also an adverb follows a name (`Roy yesterday
    /// said`), and so does a determiner (`Roy this week said`); a name that holds a time noun
    /// stays whole (`The Evening Lantern`, `Sunday Times`).
    /// Anywhere in a sentence, a capitalised time noun before a lowercase word opens one too
    /// (`The claim, filed Monday in the High Court in Carwick, argues`: no `Monday in …` name).
    /// At the head of a sentence, a time modifier (``Lexicon/timeModifiers``) opens one before a
    /// time noun, a determiner, a preposition or another modifier (`Early last year he …`,
    /// `Earlier this week`, `Late in the summer`, `Plus tard`), not before a verb (`Early said`).
    func opensTimeAdverbial(at index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].isWord, tokens[index].isCapitalized, index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.isWord, !next.isCapitalized else { return false }
        if lexicon.timeNouns.contains(tokens[index].lower) { return true }
        guard index == 0 || [".", "!", "?", "…", ";", ":", "(", "["].contains(tokens[index - 1].text) else { return false }
        if lexicon.timeModifiers.contains(tokens[index].lower), lexicon.timeNouns.contains(next.lower) || lexicon.determiners.contains(next.lower)
            || lexicon.prepositions.contains(next.lower) || lexicon.timeModifiers.contains(next.lower) { return true }
        return lexicon.timeNouns.contains(next.lower) && !lexicon.adverbs.contains(next.lower) && !lexicon.nonNameWords.contains(next.lower)
    }

    /// The token after an opening time adverbial at `index` (``opensTimeAdverbial(at:_:)``):
    /// past its first time noun within five words (`Last spring | she received`), and past a
    /// comma right after it; else past a comma within six tokens (`Late in the evening, | the
    /// mayor`). Nil when neither closes it before `limit`.
    func timeAdverbialEnd(at index: Int, _ tokens: [Token], limit: Int) -> Int? {
        let window = index..<min(limit, index + 6)
        if let noun = window.first(where: { tokens[$0].isWord && lexicon.timeNouns.contains(tokens[$0].lower) }), window.prefix(through: noun).allSatisfy({ tokens[$0].isWord }) {
            let end = noun + 1
            return end < limit && tokens[end].text == "," ? end + 1 : end
        }
        if let comma = (index..<min(limit, index + 7)).first(where: { tokens[$0].text == "," }), comma + 1 < limit,
           (index..<comma).allSatisfy({ tokens[$0].isWord }) { return comma + 1 }
        return nil
    }

    /// Whether the capitalised word at `index`, at the head of a sentence, is a participle opening
    /// a participle clause rather than a name (`Jointe par téléphone, la maire …`, `Giving evidence
    /// for a second day, Anna Roy said`, `Contacted by the Courier, the firm said`): it ends in a
    /// participle ending (``Lexicon/participleEndings``) after at least two letters, is no
    /// common given name, and a lowercase word that is no verb follows it, then a comma closes the
    /// clause before the sentence's end (`Fielding said`, `Manning, the coach,` stay names). A
    /// participle of six letters or more right before its comma (`Contactée, l'ambassade …`) opens
    /// one only with an ending no name has (``Lexicon/bareParticipleEndings``). A participle or
    /// adjective that marks gender (``Lexicon/genderMarkers``) opens one whatever its ending
    /// (`Assise par terre, Inès, 9 ans, ne lève pas les yeux`: the subject is past its comma); one
    /// that gives a name (``Lexicon/titleCues``, naming verbs) may have the name quoted after it.
    func opensParticipleClause(at index: Int, _ tokens: [Token]) -> Bool {
        guard !lexicon.participleEndings.isEmpty, tokens[index].isWord, tokens[index].isCapitalized, index + 1 < tokens.count,
              index == 0 || [".", "!", "?", "…", ";", ":", "(", "["].contains(tokens[index - 1].text) || tokens[index - 1].sentence != tokens[index].sentence
        else { return false }
        let lower = tokens[index].lower
        let marksGender = lexicon.genderMarkers[lower] != nil
        guard marksGender || lexicon.participleEndings.contains(where: { lower.count >= $0.count + 2 && lower.hasSuffix($0) }),
              lexicon.givenNameGender(of: [tokens[index].text]).isEmpty else { return false }
        let next = tokens[index + 1]
        if next.text == "," { return lower.count > 5 && lexicon.bareParticipleEndings.contains(where: { lower.hasSuffix($0) }) }
        // `Surnommé « le Renard » depuis ses débuts, Hugo Roy signe …`: a participle that gives a
        // name may have the quoted name right after it.
        let givesName = next.quotationIndex != nil && (lexicon.titleCues.contains(lower) || isNamingVerb(tokens[index]))
        guard givesName || next.isWord && !next.isCapitalized && !isSpeechVerb(next) && !lexicon.auxiliaries.contains(next.lower)
                && !lexicon.conjunctions.contains(next.lower) else { return false }
        let sentence = tokens[index].sentence
        var k = index + 2
        while k < tokens.count, tokens[k].sentence == sentence, k - index <= 16 {
            if tokens[k].text == "," { return k + 1 < tokens.count && tokens[k + 1].sentence == sentence }
            k += 1
        }
        return false
    }

    /// Whether the capitalised word at `index`, at the head of a sentence, opens a role before a
    /// full name rather than the name itself: a noun for a person capitalised only by its place
    /// (``Lexicon/isPersonNoun(_:)``, no common given name) right before two name words or more
    /// (`Plumber Ann Leigh said`, `Auctioneer Tom Hale, of …, said`), or a capitalised modifier
    /// and one or two lowercase words ending in such a noun before them (`Freight forwarder Ulla
    /// Roy, who …, said`, `Former bandmate Dora Vick`, `Dairy goat farmer Jo Wren`). Such a word
    /// is no name; the full name after it is the person. A lone surname after it (`Mason Greenwood`)
    /// leaves it a name.
    func opensRoleBeforeName(at index: Int, _ tokens: [Token]) -> Bool { nameAfterOpeningRole(at: index, tokens) != nil }

    /// The first word of the full name after the role that ``opensRoleBeforeName(at:_:)`` finds
    /// at `index` (`Ulla` in `Freight forwarder Ulla Roy`), if it finds one.
    func nameAfterOpeningRole(at index: Int, _ tokens: [Token]) -> Int? {
        guard tokens[index].isWord, tokens[index].isCapitalized, !isTitle(tokens[index]), !lexicon.isFunctionWord(tokens[index].lower),
              index == 0 || [".", "!", "?", "…", ";", ":", "(", "[", "—", "–"].contains(tokens[index - 1].text) || tokens[index - 1].sentence != tokens[index].sentence,
              lexicon.givenNameGender(of: [tokens[index].text]).isEmpty else { return nil }
        var name = index + 1
        while name < tokens.count, name - index <= 3, tokens[name].isWord, !tokens[name].isCapitalized, !lexicon.isFunctionWord(tokens[name].lower),
              !isSpeechVerb(tokens[name]) { name += 1 }
        guard name - index <= 3, lexicon.isPersonNoun(tokens[name - 1].lower) || isTitle(tokens[name - 1]),
              !lexicon.organisationNouns.contains(tokens[name - 1].lower), name + 1 < tokens.count,
              isNameWord(tokens[name]), tokens[name].sentence == tokens[index].sentence,
              nameRun(from: name, tokens, limit: tokens.count).count >= 2 else { return nil }
        return name
    }

    /// Whether the name run `run` names a place (``Lexicon/placeNouns``): it opens or closes with a
    /// place noun (`Mill Lane`, `Ash Grove`, `Rue Haute`). A place speaks no words.
    /// So does a run headed by a noun of a natural place or landmark (``Lexicon/geographicNouns``:
    /// `Lake Carra`, `Hollin Bay`, `le lac Léman`, `le Mont Aigoual`) or closed by a noun of a
    /// named thing (``Lexicon/workNouns``: `the Orrin Prize`, `le prix Orsay`), unless it opens
    /// with a common given name (`Glen Hale`, `Michael Bay`, `Bryan Ferry`); so does a run of two
    /// words or more right after a verb of moving onto a place (``Lexicon/placeVerbs``: `climbed
    /// Scafell Pike`); and so does a name right after a lowercase noun of a place or building
    /// (``Lexicon/namesakeNouns``), or after one and a genitive word (``Lexicon/genitiveWords``):
    /// `la chapelle Saint-Gorm`, `la commune de Kerbrat`, `the village of Elmsby` (not `the Mayor
    /// of Elmsby Jo Park`, whose title is no such noun, nor `the top prize on Kestrel TV`), even
    /// one with a given name after an article and such a noun (`du collège Anne-Frank`); and a
    /// name right before such a noun (``isNamesakeBeforePlaceNoun(_:_:)``).
    func isPlaceName(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let first = run.first, let last = run.last else { return false }
        if lexicon.placeNouns.contains(tokens[first].lower) || lexicon.placeNouns.contains(tokens[last].lower) { return true }
        if isSaintsPlace(run, tokens) { return true }
        let things = lexicon.geographicNouns
        var noun = first - 1
        if noun > 0, tokens[noun].isWord, lexicon.genitiveWords.contains(tokens[noun].lower) { noun -= 1 }
        let afterPlaceNoun = noun >= 0 && tokens[noun].isWord && !tokens[noun].isCapitalized && lexicon.namesakeNouns.contains(tokens[noun].lower)
        let headed = things.contains(tokens[first].lower) && run.count >= 2
            || run.count >= 2 && (things.contains(tokens[last].lower) || lexicon.workNouns.contains(tokens[last].lower))
            || first > 0 && tokens[first - 1].isWord && !tokens[first - 1].isCapitalized
                && (things.contains(tokens[first - 1].lower) || lexicon.workNouns.contains(tokens[first - 1].lower) && first > 1 && lexicon.determiners.contains(tokens[first - 2].lower))
            || afterPlaceNoun
        // `climbed Scafell Pike`, `a gravi le Puy Mary`: the object of a verb of moving onto a place.
        var v = first - 1
        if v >= 0, tokens[v].isWord, lexicon.determiners.contains(tokens[v].lower) || tokens[v].lower == "l'" { v -= 1 }
        let afterPlaceVerb = run.count >= 2 && v >= 0 && tokens[v].isWord && !tokens[v].isCapitalized && lexicon.placeVerbs.contains(tokens[v].lower)
        // `du collège Anne-Frank`, `le lycée Marie Curie`: after an article or complement word and a
        // building noun, even a given name is the building's namesake, unless a lowercase word of
        // content follows (`the museum Anne Roy founded`: her).
        let after = run.upperBound < tokens.count ? tokens[run.upperBound] : nil
        let articleBefore = noun > 0 && tokens[noun - 1].isWord
            && (lexicon.determiners.contains(tokens[noun - 1].lower) || lexicon.complementWords.contains(tokens[noun - 1].lower) || tokens[noun - 1].lower == "l'")
        if afterPlaceNoun, articleBefore, after.map({ !$0.isWord || $0.isCapitalized || lexicon.isFunctionWord($0.lower) }) ?? true { return true }
        if isNamesakeBeforePlaceNoun(run, tokens) { return true }
        return (headed || afterPlaceVerb) && lexicon.givenNameGender(of: [tokens[first].text]).isEmpty
    }

    /// Whether the name run `run` names a place after a saint: two words or more, opened by a
    /// saint's prefix (``Lexicon/saintPrefixes``, alone or before a hyphen) and closed by a
    /// capitalised noun of a place or building (``Lexicon/namesakeNouns``): `St Helena Park`,
    /// `Saint-Jean Park`, `Saint Roch Hospital` (not `St Helena`, nor `Mayor Jo Park`).
    func isSaintsPlace(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard run.count >= 2, let first = run.first, let last = run.last, tokens[last].isCapitalized,
              lexicon.namesakeNouns.contains(tokens[last].lower) else { return false }
        let opening = tokens[first].lower
        return lexicon.saintPrefixes.contains(opening)
            || opening.firstIndex(of: "-").map { lexicon.saintPrefixes.contains(String(opening[..<$0])) } == true
    }

    /// Whether the name run `run` is right before a lowercase noun of a place or building
    /// (``Lexicon/namesakeNouns``, ``Lexicon/placeNouns``) and so is its namesake, whatever title
    /// or given name it has: `Queen Ida station`, `the Ada Lovelace building`, `the Nora Vale
    /// stadium` (not `Ana Roy's school`, whose name is the owner's).
    func isNamesakeBeforePlaceNoun(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let last = run.last, run.upperBound < tokens.count, !isSaxonGenitive(tokens[last]) else { return false }
        let noun = tokens[run.upperBound]
        return noun.isWord && !noun.isCapitalized && (lexicon.namesakeNouns.contains(noun.lower) || lexicon.placeNouns.contains(noun.lower))
    }

    /// Whether the word at `index` is a detached adjective or participle opening its sentence
    /// (`Ravie, une visiteuse venue de Lunel confie`, `Delighted, the tourists said`): a lone
    /// capitalised word, no common given name, honorific or title, right after the sentence's
    /// start and before a comma and a determiner whose phrase no second comma closes before the
    /// sentence ends (`Barros, a nurse who …, ran` is a name with an apposition). A lowercase
    /// gender marker may stand between the word and its comma (``Lexicon/genderMarkers``:
    /// `Pêcheur lui-même, le maire avait …`, a noun in apposition to the subject that follows).
    func isDetachedAdjective(at index: Int, _ tokens: [Token]) -> Bool {
        detachedAdjectiveEnd(at: index, tokens) != nil
    }

    /// The index of the determiner after the comma of a detached adjective or participle at
    /// `index` (``isDetachedAdjective(at:_:)``): where the phrase after it, the subject, opens.
    func detachedAdjectiveEnd(at index: Int, _ tokens: [Token]) -> Int? {
        var comma = index + 1
        if comma < tokens.count, tokens[comma].isWord, !tokens[comma].isCapitalized, lexicon.genderMarkers[tokens[comma].lower] != nil { comma += 1 }
        guard comma + 1 < tokens.count, tokens[index].isWord, tokens[index].isCapitalized,
              index == 0 || tokens[index - 1].sentence != tokens[index].sentence,
              tokens[comma].text == ",", tokens[comma + 1].isWord, !tokens[comma + 1].isCapitalized,
              lexicon.determiners.contains(tokens[comma + 1].lower),
              !isHonorific(tokens[index]), !isTitle(tokens[index]),
              lexicon.givenNameGender(of: [tokens[index].text]).isEmpty else { return nil }
        var k = comma + 2
        while k < tokens.count, tokens[k].sentence == tokens[index].sentence, tokens[k].quotationIndex == nil, tokens[k].text != ":" {
            if tokens[k].text == "," { return nil }
            k += 1
        }
        return comma + 1
    }

    /// True when the word at `index` follows a complement word (`de`, `of`), possibly through a
    /// determiner, inside the phrase starting at `start`; or an origin (``Lexicon/originPrepositions``)
    /// right after a lowercase noun for a person, whose complement the place is (`a retired nurse from Dunmore`:
    /// `Dunmore` is where the unnamed speaker is from, no speaker; `Sam from Eastfield` keeps its name).
    func followsComplement(_ index: Int, start: Int, _ tokens: [Token]) -> Bool {
        var k = index - 1
        while k >= start, tokens[k].isWord {
            if lexicon.complementWords.contains(tokens[k].lower) { return true }
            if lexicon.originPrepositions.contains(tokens[k].lower), k - 1 >= start, tokens[k - 1].isWord, !tokens[k - 1].isCapitalized,
               lexicon.isPersonNoun(tokens[k - 1].lower) { return true }
            guard lexicon.determiners.contains(tokens[k].lower) || tokens[k].lower == "l'" else { return false }
            k -= 1
        }
        return false
    }

    /// True when the name word at `index` follows a complement word and a determiner inside the
    /// phrase from `start` to `limit`, with at most one lowercase adjective between the determiner
    /// and the name, after a lowercase noun (`the office of the District Collector`, `a resident of
    /// the new Pecan Crossing subdivision`, `un habitant de la nouvelle Cité Verte`): the whole
    /// name is the complement's. After a title or honorific the complement is the office's and a
    /// name may follow it (`le ministre de la Culture Adama Roy`), so only a lowercase word after
    /// the name (`subdivision`) tells that the name is the complement's.
    func followsDeterminedComplement(_ index: Int, start: Int, limit: Int, _ tokens: [Token]) -> Bool {
        var k = index - 1
        if k > start, tokens[k].isWord, !tokens[k].isCapitalized, !lexicon.isFunctionWord(tokens[k].lower), !isTitle(tokens[k]),
           !lexicon.isPersonNoun(tokens[k].lower), !isSpeechVerb(tokens[k]) { k -= 1 }
        guard k - 1 > start, tokens[k].isWord, lexicon.determiners.contains(tokens[k].lower) || tokens[k].lower == "l'",
              tokens[k - 1].isWord, lexicon.complementWords.contains(tokens[k - 1].lower) else { return false }
        let head = tokens[k - 2]
        guard head.isWord, !head.isCapitalized, !lexicon.isFunctionWord(head.lower) else { return false }
        if !isTitle(head), !isHonorific(head) { return true }
        let after = nameRun(from: index, tokens, limit: limit).upperBound
        return after < limit && tokens[after].isWord && !tokens[after].isCapitalized && !lexicon.isFunctionWord(tokens[after].lower)
    }

    /// True when the name word at `index` follows a name `run` of two words or more, a complement
    /// word right after it, determiners and lowercase words ending in an organisation noun
    /// (`Ana Roy of the campaign group Friends of the Wold`, `Paul Roy of the charity Safe Harbour`):
    /// the name after the noun is the organisation's, a complement of the person's name.
    func followsOrganisationNoun(_ index: Int, after run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard run.count >= 2, run.upperBound + 2 < index, lexicon.complementWords.contains(tokens[run.upperBound].lower),
              tokens[index - 1].isWord, lexicon.organisationNouns.contains(tokens[index - 1].lower) else { return false }
        return tokens[(run.upperBound + 1)..<index].allSatisfy { $0.isWord && !$0.isCapitalized && (lexicon.determiners.contains($0.lower) || !lexicon.isFunctionWord($0.lower)) }
    }

    /// True when the name word at `index` is coordinated with names after a complement word
    /// (`Dovia` in `the ministries of Arlen and Dovia`): part of the same complement.
    func followsCoordinatedComplement(_ index: Int, start: Int, _ tokens: [Token]) -> Bool {
        var k = index - 1
        guard k > start, tokens[k].isWord, lexicon.conjunctions.contains(tokens[k].lower), lexicon.nameInternalWords.contains(tokens[k].lower) else { return false }
        k -= 1
        guard isNameWord(tokens[k]) else { return false }
        while k - 1 >= start, isNameWord(tokens[k - 1]) { k -= 1 }
        return followsComplement(k, start: start, tokens)
    }

    /// Whether the word at `index` is a company's legal form ending its name (`Carrières Dorval
    /// SA`, `Harland Freight Ltd`, `Brightwell Foods plc`): a word of ``Lexicon/organisationNameEnds``
    /// written in capitals, or of three letters at most and no function word, after a name word.
    func isLegalForm(at index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, tokens[index].isWord, isNameWord(tokens[index - 1]), lexicon.organisationNameEnds.contains(tokens[index].lower) else { return false }
        return isAcronym(tokens[index]) || tokens[index].text.count <= 3 && !lexicon.isFunctionWord(tokens[index].lower)
    }

    /// Whether the name starting at `index` follows a definite article that is no complement word
    /// (`the`, `la`, `l'`; not `de`, `des`, nor `a`: `a Nora Pell of Harwick`), or a lowercase organisation noun
    /// that classifies it (`la société Forces Motrices du Rhin`): a person's name takes neither, so
    /// capitalised words after one name an organisation, an event or a thing (`the Western
    /// Register of Tall Ships`, `la Grande Foire du Val`), whose complement is a word of the name;
    /// not `the mayor of`, whose head is lowercase, nor `le fils de Paul Roy`.
    func isArticledName(at index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, tokens[index - 1].isWord else { return false }
        let before = tokens[index - 1].lower
        if !tokens[index - 1].isCapitalized, lexicon.organisationNouns.contains(before) { return true }
        return (lexicon.definiteArticles.contains(before) || before == "l'") && !lexicon.complementWords.contains(before)
    }

    /// The name run starting at `index`: name words joined by particles (`Jean-Marie Le Pen`).
    func nameRun(from index: Int, _ tokens: [Token], limit: Int) -> Range<Int> {
        var end = index + 1
        while end < limit {
            // `Anna Pike KC told`, `Paul Roy MP, 52,`: letters after a full name and before no
            // other name word close the name (``Lexicon/postNominals``), no words of it
            // (``nameWords(_:_:)``); not after a determiner or an organisation noun (`the Green Party MP said`).
            if isPostNominal(at: end, from: index, tokens), end + 1 >= limit || !isNameWord(tokens[end + 1]),
               index == 0 || !lexicon.determiners.contains(tokens[index - 1].lower),
               !tokens[index..<end].contains(where: { lexicon.organisationNouns.contains($0.lower) }) { end += 1; continue }
            // (`Nebraska State Historical Society`, `Paul Matin`: a speech verb's lemma or a time
            // noun inside a name is a word of it.)
            if continuesName(tokens[end]) || isNameVerb(at: end, tokens) || isSurnameTimeNoun(at: end, tokens) || isSurnameInterjection(at: end, tokens) { end += 1; continue }
            // `Carrières Dorval SA`, `Harland Freight Ltd`: a company's legal form written in
            // capitals (``Lexicon/organisationNameEnds``) ends its name, even one spelt like a
            // function word (`SA`, not `sa`).
            if isLegalForm(at: end, tokens) { end += 1; continue }
            // `Priya Marsh of Aldcaster Police`: after a full name (two words, no organisation noun),
            // `of X` is where the person is from, not part of the name (`Bank of England` stays whole).
            // A name right after an article is no person's (``isArticledName(at:_:)``: `the Western
            // Register of Tall Ships`), and goes on.
            let fullName = end - index >= 2 && !tokens[index..<end].contains { lexicon.organisationNouns.contains($0.lower) }
                && !isArticledName(at: index, tokens)
            // `Dennis "Big Dan" Whitfield`: a nickname in quotation marks between two name words.
            if tokens[end].quotationIndex != nil, end + 1 < limit, isNameWord(tokens[end + 1]), end - index <= 2 { end += 2; continue }
            // `the Harbour and Dock Workers' Federation`: a plural possessive inside a name.
            if isPossessiveApostrophe(at: end, tokens), end + 1 < limit, isNameWord(tokens[end + 1]) { end += 2; continue }
            // `Joris van der Lught`, `Ursula von der Leyen`: two lowercase particles, the first no
            // complement word (`Roy de la Fédération` is a person and where they are from).
            if end + 2 < limit, tokens[end].isWord, tokens[end + 1].isWord, !tokens[end].isCapitalized, !tokens[end + 1].isCapitalized,
               lexicon.nameParticles.contains(tokens[end].lower), lexicon.nameParticles.contains(tokens[end + 1].lower),
               !lexicon.complementWords.contains(tokens[end].lower), isNameWord(tokens[end + 2]) {
                end += 3
                continue
            }
            // `Tom Reyes and Ellen Pratt ran the raffle`: a coordinator between two full names of
            // name words only joins two people, unless the name after it is an organisation's
            // (`Sligo Surf and Paddle Club`); a name with a particle or preposition goes on
            // (`the Member for West Aberdeenshire and Kincardine`).
            if fullName, tokens[end].isWord, lexicon.coordinators.contains(tokens[end].lower), end + 1 < limit, isNameWord(tokens[end + 1]),
               tokens[index..<end].allSatisfy({ $0.isWord && $0.isCapitalized }) {
                let next = nameRun(from: end + 1, tokens, limit: limit)
                if next.count >= 2, tokens[next].allSatisfy({ isNameWord($0) && !lexicon.organisationNouns.contains($0.lower) }) { break }
            }
            // (A name strings no preposition twice: `Court in Fort Ash in …` is a place's complement.
            // Nor does it take, after a preposition, a name in the Saxon genitive before another
            // name: `moved to Kelby in Norfolk's Broads` is a town, then the region that owns the
            // place named after it, no one's name.)
            if tokens[end].isWord, lexicon.nameInternalWords.contains(tokens[end].lower), end + 1 < limit, isNameWord(tokens[end + 1]),
               !(fullName && lexicon.complementWords.contains(tokens[end].lower)),
               !(lexicon.prepositions.contains(tokens[end].lower) && tokens[index..<end].contains { $0.lower == tokens[end].lower }),
               !(lexicon.prepositions.contains(tokens[end].lower) && isSaxonGenitive(tokens[end + 1]) && end + 2 < limit && isNameWord(tokens[end + 2])) {
                end += 2
                continue
            }
            // `Énergies Réunies du Val-Sombre (ERVS)`: a name whose acronym in brackets, made from
            // its first word on, closes it runs on to it over its complement (`Jean Roy (PRV)`, a
            // person and their party's acronym, has none).
            if tokens[end].isWord, lexicon.nameInternalWords.contains(tokens[end].lower) || lexicon.organisationNameLinks.contains(tokens[end].lower),
               let open = acronymClosingName(from: index, at: end, limit: limit, tokens, fromStartOnly: true) {
                end = open
            }
            break
        }
        return index..<end
    }

    /// Where the name that a phrase holds ends when its acronym in brackets closes it: the
    /// bracket's token index, when at most six words (no quotation, no punctuation) part `index`
    /// from it and the acronym is made from the words of a capitalised name word at or after
    /// `start` (at `start` itself when `fromStartOnly`) up to the bracket; else nil.
    func acronymClosingName(from start: Int, at index: Int, limit: Int, _ tokens: [Token], fromStartOnly: Bool = false) -> Int? {
        var open = index
        while open < limit, open - index < 6, tokens[open].isWord, tokens[open].quotationIndex == nil { open += 1 }
        guard open > index, let acronym = bracketedAcronym(at: open, tokens) else { return nil }
        let starts = fromStartOnly ? start..<(start + 1) : start..<index
        guard starts.contains(where: { isNameWord(tokens[$0]) && !isAcronym(tokens[$0]) && isAcronym(tokens[acronym].text, of: $0..<open, tokens) }) else { return nil }
        return open
    }

    /// Whether the name run `run` is the title of a work (``Lexicon/workNouns``): the capitalised
    /// words it belongs to (`Salt and Memory`, however much of it `run` holds) stand right after a
    /// work noun used as a noun, that is after a determiner or possessive and up to two adjectives
    /// (`her exhibition Salt and Memory opens`, `la pièce de théâtre Le Blé`) or right after a
    /// relative possessive (`whose single Glass Harbour topped the charts`), or are set off by
    /// commas after one at the head of a clause (`Her new exhibition, Salt and Memory, opens`; not
    /// `After the show, Anna Roy, the director, said`, nor a common given name: `the film, Anna
    /// Roy,`). Such a title names no speaker.
    func isTitleOfWork(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard !lexicon.workNouns.isEmpty, !run.isEmpty else { return false }
        // (A title's words are capitalised, numbers too: `Her memoir, Lamp Seven, published …`.)
        func isTitleWord(_ token: Token) -> Bool { isNameWord(token) || token.isWord && token.isCapitalized && !isHonorific(token) }
        var start = run.lowerBound
        while start - 1 >= 0, isNameWord(tokens[start - 1])
            || start - 2 >= 0 && tokens[start - 1].isWord && lexicon.nameInternalWords.contains(tokens[start - 1].lower) && isNameWord(tokens[start - 2]) { start -= 1 }
        var end = run.upperBound
        while end < tokens.count, isTitleWord(tokens[end])
            || end + 1 < tokens.count && tokens[end].isWord && lexicon.nameInternalWords.contains(tokens[end].lower) && isTitleWord(tokens[end + 1]) { end += 1 }
        var k = start - 1
        let apposed = k >= 0 && tokens[k].text == ","
        if apposed { k -= 1 }
        guard k >= 0, tokens[k].isWord, !tokens[k].isCapitalized || lexicon.capitalisedNouns else { return false }
        // `la pièce de théâtre Le Blé`: the work noun and its complement.
        if !lexicon.workNouns.contains(tokens[k].lower), k - 2 >= 0, lexicon.complementWords.contains(tokens[k - 1].lower),
           lexicon.workNouns.contains(tokens[k - 2].lower) { k -= 2 }
        guard lexicon.workNouns.contains(tokens[k].lower) else { return false }
        // Used as a noun: a determiner, possessive or relative possessive (`whose single Glass
        // Harbour topped the charts`) before it, over up to two adjectives.
        var d = k - 1
        var adjectives = 0
        while d >= 0, adjectives < 2, tokens[d].isWord, !tokens[d].isCapitalized, !lexicon.isFunctionWord(tokens[d].lower) { d -= 1; adjectives += 1 }
        guard d >= 0, tokens[d].isWord, lexicon.determiners.contains(tokens[d].lower) || lexicon.possessives[tokens[d].lower] != nil || tokens[d].lower == "l'"
            || adjectives == 0 && !apposed && lexicon.relativePronouns.contains(tokens[d].lower) && !lexicon.complementizers.contains(tokens[d].lower) else { return false }
        guard apposed else { return true }
        // An apposition closes with a comma or the sentence's end, after a clause-opening phrase
        // that no preposition heads, and does not open with a common given name.
        let closed = end >= tokens.count || [",", ".", ";", ")"].contains(tokens[end].text)
        let opensPhrase = d == 0 || !tokens[d - 1].isWord || !lexicon.prepositions.contains(tokens[d - 1].lower)
        return closed && opensPhrase && lexicon.givenNameGender(of: [tokens[start].text]).isEmpty
    }

    /// Whether a verb form is a present participle (`ajoutant`, `adding`).
    func isPresentParticiple(_ verb: Token) -> Bool { verb.lower.hasSuffix("ant") || verb.lower.hasSuffix("ing") }

    /// A lowercase participle of at least five letters, no function word, that may open a
    /// participle clause after a subject: a present participle (`speaking`, `giving`,
    /// `représentant`) or one of six letters or more with an ending no finite verb nor name has
    /// (``Lexicon/bareParticipleEndings``: `interrogée`). A form in `-ed` may be a finite verb
    /// (`Ann Roy, 71, posted a photograph with the caption:`), so it opens none.
    func isClauseParticiple(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized, token.lower.count >= 5, !lexicon.isFunctionWord(token.lower) else { return false }
        return isPresentParticiple(token) || token.lower.count > 5 && lexicon.bareParticipleEndings.contains { token.lower.hasSuffix($0) }
    }

    /// Whether the word at `index` is a complementizer (`que`, `that`) that opens a clause of
    /// speech: not one right after a demonstrative pronoun (``Lexicon/demonstratives``), which is
    /// a relative pronoun opening the verb's object (`dénonce ce qu'elle appelle une « … »`: what
    /// she calls it, no words reported).
    func opensReportedClause(at index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].isWord, lexicon.complementizers.contains(tokens[index].lower) else { return false }
        return !(index > 0 && tokens[index - 1].isWord && lexicon.demonstratives[tokens[index - 1].lower] != nil)
    }

    /// The number of words of a ``Lexicon/voicePhrases`` phrase starting at `index` (`par la voix
    /// de`, `through`) with at least one word after it before `limit`, or 0.
    func voicePhraseLength(at index: Int, _ tokens: [Token], limit: Int) -> Int {
        // (A word must follow the phrase before `limit`.)
        phrase(of: lexicon.voicePhrases, startingAt: index, tokens, limit: limit - 1)
    }

    /// Whether a segment set off by commas is a participle apposition (`, venue encourager son frère
    /// avec une pancarte « … »,`, `, née à Lyon,`): a lowercase participle that marks gender
    /// (``Lexicon/genderMarkers``), then more words. It stands aside from the subject and its verb.
    func isParticipleApposition(_ segment: Range<Int>, _ tokens: [Token]) -> Bool {
        guard segment.count > 1, let first = segment.first, tokens[first].isWord, !tokens[first].isCapitalized else { return false }
        return lexicon.genderMarkers[tokens[first].lower] != nil
    }

    /// Whether tokens set off by commas are an age: a number, alone or with time nouns (`, 67
    /// ans,`, `, 31,`).
    func isAge(_ segment: ArraySlice<Token>) -> Bool {
        guard let first = segment.first, first.text.unicodeScalars.first?.properties.numericType != nil else { return false }
        return segment.dropFirst().allSatisfy { $0.isWord && lexicon.timeNouns.contains($0.lower) }
    }

    /// The age stated for the person whose name's words are `run`: a number (with time nouns)
    /// set off by commas or brackets right after it (`Ana Roy, 45,`, `Ana Roy (45)`, `Anne Roy,
    /// 45 ans,`), or after an age word (``Lexicon/ageWords``: `Ana Roy, aged 45`, `Paul Roy, âgé
    /// de 45 ans`), or as an age word with its number after an indefinite article opening an
    /// apposition (`Ana Roy, a 45-year-old teacher,`), or an age word with a number right before it, over one lowercase noun (`the
    /// 45-year-old Ana Roy`, `the 45-year-old teacher Ana Roy`). An age description later
    /// (`the 45-year-old`) means the person of that age (``SpeakerRegistry/ageDescriptionReferent(_:window:)``).
    /// - Returns: nil when none is stated, or the number is no likely age.
    func statedAge(of run: Range<Int>, limit: Int, _ tokens: [Token]) -> Int? {
        func age(_ text: String) -> Int? { Int(text).flatMap { (1...120).contains($0) ? $0 : nil } }
        var b = run.lowerBound - 1
        if b - 1 >= 0, tokens[b].isWord, !tokens[b].isCapitalized, !lexicon.isFunctionWord(tokens[b].lower), !lexicon.isAgeWord(tokens[b].lower) { b -= 1 }
        if b >= 0, tokens[b].isWord, lexicon.isAgeWord(tokens[b].lower), let number = tokens[b].lower.split(separator: "-").first.flatMap({ age(String($0)) }) {
            return number
        }
        // `À 67 ans, Anne Roy prend sa retraite`, `At 67, Ana Roy`: an age set off before the name
        // after a preposition (``Lexicon/agePrepositions``) that opens the sentence.
        if run.lowerBound >= 3, tokens[run.lowerBound - 1].text == "," {
            var n = run.lowerBound - 2
            while n > 0, tokens[n].isWord, lexicon.timeNouns.contains(tokens[n].lower) { n -= 1 }
            if n >= 1, let number = age(tokens[n].text), tokens[n - 1].isWord, lexicon.agePrepositions.contains(tokens[n - 1].lower),
               n - 1 == 0 || !tokens[n - 2].isWord && tokens[n - 2].quotationIndex == nil { return number }
        }
        var k = run.upperBound
        guard k + 2 < limit, tokens[k].text == "," || tokens[k].text == "(" else { return nil }
        let bracket = tokens[k].text == "("
        k += 1
        // `Tom Reed, a 31-year-old plumber from Ashby,`: an indefinite article and an age word
        // with its number opening the apposition.
        if !bracket, k + 1 < limit, tokens[k].isWord, lexicon.indefiniteDeterminers.contains([tokens[k].lower]),
           tokens[k + 1].isWord, lexicon.isAgeWord(tokens[k + 1].lower),
           let number = tokens[k + 1].lower.split(separator: "-").first.flatMap({ age(String($0)) }) {
            return number
        }
        var introduced = false
        if !bracket, tokens[k].isWord, lexicon.ageWords.contains(tokens[k].lower) {
            introduced = true
            k += 1
            if k + 1 < limit, tokens[k].isWord, lexicon.complementWords.contains(tokens[k].lower) { k += 1 }
        }
        guard k < limit, let number = age(tokens[k].text) else { return nil }
        var e = k + 1
        while e < limit, tokens[e].isWord, lexicon.timeNouns.contains(tokens[e].lower) { e += 1 }
        let closes = e >= limit ? !bracket : (bracket ? tokens[e].text == ")" : [",", ".", ";"].contains(tokens[e].text))
        return closes || introduced ? number : nil
    }

    /// Whether a role phrase can name an unnamed speaker: its head (the words after its
    /// determiners and before any complement, preposition or relative pronoun) holds a noun that
    /// can denote a person, a group or an organisation (``Lexicon/isPersonNoun(_:)``). `un usager rencontré`, `des
    /// manifestants`, `the ministry` can; `le béton utilisé`, `un feu de poubelles`, `ces
    /// résultats`, `du site`, a phrase led by a preposition, and a manner of speaking (`une voix
    /// tremblante`, `a trembling voice`; but `a voice from the benches`) cannot. A person
    /// described by their age (`the 19-year-old`, `le pilier de 31 ans`) can, whatever the noun.
    func namesSpeaker(_ phrase: String) -> Bool {
        let words = Lexicon.tokenWords(phrase).map { $0.hasSuffix("'s") || $0.hasSuffix("’s") ? String($0.dropLast(2)) : $0 }.filter { !$0.isEmpty }
        guard let first = words.first else { return false }
        // `du site`, `à la mairie`; a capitalised particle opens a name (`Von der Leyen`).
        if lexicon.prepositions.contains(first), !lexicon.determiners.contains(first), !lexicon.genitiveWords.contains(first),
           phrase.first?.isUppercase != true { return false }
        // `de son client`, `de la ville`: a word that may be a determiner is a preposition before
        // another determiner or a possessive.
        if lexicon.prepositions.contains(first), phrase.first?.isUppercase != true, words.count > 1,
           lexicon.determiners.contains(words[1]) || lexicon.possessives[words[1]] != nil || lexicon.elisions.contains(where: { words[1].hasPrefix($0) }) { return false }
        // `Von der Aue`: a capitalised name particle opens a name, unless a lowercase word follows
        // its particles (`La photographie`, `La mise en scène` open with an article).
        if phrase.first?.isUppercase == true, lexicon.nameParticles.contains(first) {
            let written = phrase.split(separator: " ")
            if let next = written.first(where: { !lexicon.nameParticles.contains($0.lowercased()) }), next.first?.isLowercase != true { return true }
        }
        // `fulue`: one word with no determiner is a handle or a pen name (a relative pronoun, as in
        // `selon laquelle`, is not).
        if words.count == 1, !lexicon.isFunctionWord(first), !lexicon.relativePronouns.contains(first), !lexicon.speechVerbs.isSpeechVerb(first), !lexicon.timeNouns.contains(first) { return true }
        // `the 19-year-old`, `le pilier de 31 ans`: a determiner, at most two words and an
        // age closing the phrase describe a person, whatever the noun.
        if lexicon.determiners.contains(first), let age = lexicon.ageRange(in: words), age.upperBound == words.count, age.lowerBound <= 3 { return true }
        // (Which words are capitalised, word for word with `words`.)
        let capitalised = Lexicon.tokenWords(phrase, keepingCase: true).map { $0.hasSuffix("'s") || $0.hasSuffix("’s") ? String($0.dropLast(2)) : $0 }
            .filter { !$0.isEmpty }.map { $0.first?.isUppercase == true }
        var head: [String] = []
        for (index, word) in words.enumerated() {
            // `a City of Marlow spokeswoman`, `A Port of Delmar Authority spokesperson`: a complement
            // word between two capitalised words is inside an organisation's name, which modifies
            // the head noun that follows it.
            let insideName = capitalised.count == words.count && index > 0 && index + 1 < words.count && capitalised[index - 1] && capitalised[index + 1]
            if index > 0, !insideName, lexicon.complementWords.contains(word) || lexicon.genitiveWords.contains(word) || lexicon.prepositions.contains(word)
                || lexicon.relativePronouns.contains(word) || lexicon.complementizers.contains(word) { break }
            head.append(word)
        }
        if head.contains(where: lexicon.mannerNouns.contains), !words.contains(where: lexicon.originPrepositions.contains) { return false }
        // `Un autre, plus lucide,`, `l'un d'eux`: no noun, someone already spoken of.
        let determinerWords = Set(lexicon.indefiniteDeterminers.flatMap { $0 })
        if head.allSatisfy({ lexicon.determiners.contains($0) || determinerWords.contains($0) || lexicon.genericSubjects.contains($0) }) { return true }
        // `the force`, `the carrier`: a definite article and a noun of a kind of organisation.
        // (`the airport`, after `Pellick Harbour Airport`: the head of a name the document used.)
        // (`la commune`, `the council`'s like: a place that governs itself, ``Lexicon/localAuthorityNouns``.)
        if words.count == 2, lexicon.definiteArticles.contains(first),
           lexicon.organisationSynonyms[TextFolding.fold(words[1])] != nil || organisationHeads.contains(TextFolding.fold(words[1]))
            || lexicon.localAuthorityNouns.contains(words[1]) { return true }
        // `le premier défi`, `the chief concern`: a title that is also an adjective before its noun
        // (``Lexicon/adjectivalTitles``) makes a role only before a role noun or closing the head
        // (`le Premier ministre`, `the chief`).
        let roles = head.indices.filter { index in
            !lexicon.adjectivalTitles.contains(head[index]) || index == head.count - 1 || lexicon.isPersonNoun(head[index + 1])
        }.map { head[$0] }
        // `le cabinet de la mairesse`, `l'entourage du ministre`: an office speaks for its holder.
        return roles.contains(where: lexicon.isPersonNoun) || head.contains(where: lexicon.officeNouns.contains)
    }

    /// Whether a role phrase may resolve to a speaker: it names one (``namesSpeaker(_:)``) or holds
    /// a speech or carrier noun whose author or bearer speaks (`le communiqué du ministère`, `the
    /// banner`).
    func mayNameSpeaker(_ phrase: String) -> Bool {
        namesSpeaker(phrase) || Lexicon.tokenWords(phrase).contains { lexicon.speechNouns.contains($0) || lexicon.carrierNouns.contains($0) }
    }

    /// The owner's words of a Saxon genitive: `words` (`Dana`, `Lee's`) with the possessive
    /// ending (`'s`, `’s`) dropped from the last word when it has one (`Dana`, `Lee`).
    static func genitiveOwnerWords<Words: Collection<String>>(_ words: Words) -> [String] {
        var owner = Array(words)
        if let last = owner.last, last.hasSuffix("'s") || last.hasSuffix("’s") { owner[owner.count - 1] = String(last.dropLast(2)) }
        return owner
    }

    /// The name of a Saxon genitive's owner (`Dana`, `Lee's` of `Dana Lee's new book` → `Dana
    /// Lee`): the owner's words (``genitiveOwnerWords(_:)``), written joined by spaces, gender
    /// and role unknown.
    static func genitiveOwnerName<Words: Collection<String>>(_ words: Words) -> Mention {
        let owner = genitiveOwnerWords(words)
        return .name(words: owner, written: owner.joined(separator: " "), gender: "", role: nil)
    }

    /// Whether a word is written in the Saxon genitive (`Toby's`, `Nina’s`).
    func isSaxonGenitive(_ token: Token) -> Bool {
        token.isWord && (token.text.hasSuffix("'s") || token.text.hasSuffix("’s"))
    }

    /// Whether a role phrase ends in a partitive complement that picks one person out of a group
    /// (`the son of one of the victims`): an apposition right after it names that one person, the
    /// complement's head, not the phrase's (`…, 88-year-old Harold Minns, said` is the victim).
    func endsInPartitive(_ phrase: String) -> Bool {
        let words = Lexicon.tokenWords(phrase)
        guard words.count >= 4 else { return false }
        for index in 1..<(words.count - 2) where lexicon.complementWords.contains(words[index - 1])
            && lexicon.indefiniteDeterminers.contains([words[index]]) && lexicon.complementWords.contains(words[index + 1]) {
            return true
        }
        return false
    }

    /// Whether the token at `index` is an apostrophe written right after a word ending in `s`
    /// (`Workers'`): the possessive of a plural, part of the word before it.
    func isPossessiveApostrophe(at index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, tokens[index].text == "'" || tokens[index].text == "’", tokens[index - 1].isWord else { return false }
        return tokens[index - 1].lower.hasSuffix("s") && tokens[index - 1].range.upperBound == tokens[index].range.lowerBound
    }

    /// Whether the word at `index` is letters written after a name (``Lexicon/postNominals``:
    /// `KC`, `MP`, `Jr`) with at least two words of the name before it, from `start` on.
    func isPostNominal(at index: Int, from start: Int, _ tokens: [Token]) -> Bool {
        index - start >= 2 && tokens[index].isWord && lexicon.postNominals.contains(tokens[index].text)
    }

    /// The words of a name written in `range`, with a possessive apostrophe kept on its word
    /// (`Dock`, `Workers'`, `Federation`) and an elided word on the next (`l'Ouest`, `d'études`);
    /// letters after the name (`Anna Pike KC`: ``isPostNominal(at:from:_:)``) are left out.
    func nameWords(_ range: Range<Int>, _ tokens: [Token]) -> [String] {
        var words: [String] = []
        var elided = false
        for index in range {
            let token = tokens[index]
            if isPostNominal(at: index, from: range.lowerBound, tokens), words.count >= 2 { continue }
            if token.isWord {
                if elided { words[words.count - 1] += token.text } else { words.append(token.text) }
                elided = lexicon.elisions.contains(token.lower) && index + 1 < range.upperBound && tokens[index + 1].range.lowerBound == token.range.upperBound
            } else if isPossessiveApostrophe(at: index, tokens), !words.isEmpty {
                words[words.count - 1] += token.text
                elided = false
            } else {
                elided = false
            }
        }
        return words
    }

    // MARK: Organisations

    /// A word in capitals of two letters or more (`ARS`, `OCGS`): an acronym.
    func isAcronym(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let letters = token.text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.count == token.text.unicodeScalars.count && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// The acronym in brackets starting at `index` (`(ARS)`), as its token index, if there is one.
    func bracketedAcronym(at index: Int, _ tokens: [Token]) -> Int? {
        guard index + 2 < tokens.count, tokens[index].text == "(", isAcronym(tokens[index + 1]), tokens[index + 2].text == ")" else { return nil }
        return index + 1
    }

    /// Whether `acronym` is made of the initials of the content words in `range`, each in turn,
    /// where a function word may give its initial or not: `ARS` for `agence régionale de santé`,
    /// `IAST` for `Institut alpin des sciences de la Terre`, `UPP` for `Union pour le progrès`.
    func isAcronym(_ acronym: String, of range: Range<Int>, _ tokens: [Token]) -> Bool {
        let words = tokens[range].filter(\.isWord)
        let letters = Array(TextFolding.fold(acronym))
        guard !words.isEmpty, !letters.isEmpty else { return false }
        // reachable[k]: the first k letters are spelt by the words read so far.
        var reachable = [true] + Array(repeating: false, count: letters.count)
        for word in words {
            // (A hyphenated word gives its initial or those of its parts: `Haut-Rhône`, H or HR.)
            let parts = word.text.split(separator: "-").map { Array(TextFolding.fold(String($0.prefix(1)))) }
            let spellings = parts.count > 1 ? [parts[0], parts.flatMap { $0 }] : [parts.first ?? []]
            let optional = lexicon.isFunctionWord(word.lower)
            var next = Array(repeating: false, count: letters.count + 1)
            for k in 0...letters.count where reachable[k] {
                if optional { next[k] = true }
                for spelling in spellings where !spelling.isEmpty && k + spelling.count <= letters.count
                    && Array(letters[k..<(k + spelling.count)]) == spelling { next[k + spelling.count] = true }
            }
            reachable = next
        }
        return reachable[letters.count]
    }

    /// Whether a lowercase word may be an adjective or common noun inside an organisation's name:
    /// no function word, verb of saying, auxiliary or role noun.
    private func isLowercaseNameWord(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && !lexicon.isFunctionWord(token.lower) && !isSpeechVerb(token) && !isNamingVerb(token) && !isSkippable(token)
            && !isTitle(token) && !lexicon.conjunctions.contains(token.lower) && !lexicon.relativePronouns.contains(token.lower)
    }

    /// Whether the words in `range` read as the rest of an organisation's name after its first
    /// word: capitalised words, at most two lowercase adjectives in a row, and complements joined
    /// by ``Lexicon/organisationNameLinks`` (`de la Terre`, `sans frontières`).
    /// - Returns: whether they fit, and whether a complement joined them.
    private func organisationNameRest(_ range: Range<Int>, _ tokens: [Token]) -> (fits: Bool, linked: Bool) {
        var k = range.lowerBound
        var adjectives = 0
        var linked = false
        while k < range.upperBound {
            let token = tokens[k]
            if token.isWord, lexicon.organisationNameLinks.contains(token.lower), adverbialPhrase(startingAt: k, tokens, limit: range.upperBound) == 0 {
                k += 1
                if k < range.upperBound, tokens[k].isWord, lexicon.determiners.contains(tokens[k].lower) || tokens[k].lower == "l'" { k += 1 }
                guard k < range.upperBound, isNameWord(tokens[k]) || isLowercaseNameWord(tokens[k]) else { return (false, false) }
                linked = true
                adjectives = 0
                k += 1
                continue
            }
            // `des usagers du rail et du tram`, `de maquis et bars`: a coordinator after a complement
            // joins another (the phrase's bounds were drawn by ``coordinatesNameParts(at:from:limit:_:)``).
            if linked, token.isWord, lexicon.coordinators.contains(token.lower), k + 1 < range.upperBound,
               lexicon.organisationNameLinks.contains(tokens[k + 1].lower) || isLowercaseNameWord(tokens[k + 1]) || isNameWord(tokens[k + 1]) {
                adjectives = 0
                k += 1
                continue
            }
            if isNameWord(token) { adjectives = 0; k += 1; continue }
            guard isLowercaseNameWord(token), adjectives < 2 else { return (false, false) }
            adjectives += 1
            k += 1
        }
        return (true, linked)
    }

    /// The name of an organisation that fills the phrase `range` after its article, as a token
    /// range (article and classifying noun left out), or nil. Three shapes, all general:
    /// - a capitalised first word over lowercase words and complements
    ///   (`l'Organisation de coopération du golfe de Sérane`, `la Fédération des pêcheurs du golfe`);
    /// - an organisation noun in lowercase or in capitals before a capitalised name, which is the
    ///   name (`l'ONG Rivières sans frontières` → `Rivières sans frontières`);
    /// - any such phrase, even all lowercase, followed by its acronym in brackets
    ///   (`l'agence régionale de santé (ARS)`, `la Compagnie ferroviaire atlantique (CFA)`).
    /// Names of one capitalised run with at most two adjectives (`la Ligue arabe`) are left to
    /// ``classify(_:in:)``'s article rule; a lexicon without ``Lexicon/organisationNameLinks``
    /// (English, German: names in title case, joined by name-internal words) uses none of this.
    func organisationName(in range: Range<Int>, of block: BlockText) -> Range<Int>? {
        let tokens = block.tokens
        guard range.count >= 2, !lexicon.organisationNameLinks.isEmpty, tokens[range.lowerBound].isWord,
              lexicon.determiners.contains(tokens[range.lowerBound].lower) || tokens[range.lowerBound].lower == "l'",
              !lexicon.genitiveWords.contains(tokens[range.lowerBound].lower) else { return nil }
        var start = range.lowerBound + 1
        let head = tokens[start]
        guard head.isWord, !isTitle(head), !isHonorific(head) else { return nil }
        let isOrganisationNoun = lexicon.organisationNouns.contains(head.lower)
        var classified = false
        if isOrganisationNoun, !head.isCapitalized || isAcronym(head), start + 1 < range.upperBound, isNameWord(tokens[start + 1]) {
            // `l'ONG Rivières sans frontières`, `l'association Droit au logement`: the noun classifies the name.
            start += 1
            classified = true
        }
        let acronym = bracketedAcronym(at: range.upperBound, tokens).map { isAcronym(tokens[$0].text, of: start..<range.upperBound, tokens) } ?? false
        guard isNameWord(tokens[start]) || acronym && isLowercaseNameWord(tokens[start]) else { return nil }
        // An acronym is a whole name: a lowercase word after it is a verb (`le SIP appelle à …`).
        if isAcronym(tokens[start]), start + 1 < range.upperBound, !tokens[start + 1].isCapitalized { return nil }
        let rest = organisationNameRest((start + 1)..<range.upperBound, tokens)
        guard rest.fits, classified || acronym || rest.linked else { return nil }
        return start..<range.upperBound
    }

    /// The name of the local authority that the phrase `range` is, as a token range without the
    /// article, or nil: the whole phrase is a definite article, a lowercase noun of a place that
    /// governs itself (``Lexicon/localAuthorityNouns``), a complement word and one name run (`The
    /// city of Halverston said`, `the town of Marlow Cross`, `la commune de Kerbrat annonce`):
    /// `city of Halverston`, an organisation, not the place. Not a phrase with more before the
    /// noun (`the mayor of the town of Ashgrove`, `residents of the village of Elmsby`).
    func localAuthorityName(in range: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        let first = range.lowerBound
        guard range.count >= 4, tokens[first].isWord, lexicon.definiteArticles.contains(tokens[first].lower),
              tokens[first + 1].isWord, !tokens[first + 1].isCapitalized, lexicon.localAuthorityNouns.contains(tokens[first + 1].lower),
              tokens[first + 2].isWord, lexicon.complementWords.contains(tokens[first + 2].lower),
              isNameWord(tokens[first + 3]), nameRun(from: first + 3, tokens, limit: range.upperBound).upperBound == range.upperBound else { return nil }
        return (first + 1)..<range.upperBound
    }

    /// Organisations named with their acronym in brackets in `range` (`l'Institut alpin des
    /// sciences de la Terre (IAST)`): the name, found back from the bracket as the words whose
    /// initials make the acronym, and the acronym, an alias of the same speaker (`L'IAST appelle …`).
    func acronymDefinitions(in range: Range<Int>, of block: BlockText) -> [(name: Mention, acronym: String)] {
        let tokens = block.tokens
        var result: [(name: Mention, acronym: String)] = []
        for open in range where tokens[open].text == "(" {
            guard let acronymIndex = bracketedAcronym(at: open, tokens), acronymIndex + 1 < range.upperBound else { continue }
            let acronym = tokens[acronymIndex].text
            // `L'Organisation non gouvernementale (ONG) Clarté pour Grandir a …`: an acronym that is
            // an organisation noun (``Lexicon/organisationNouns``: `ONG`, `NGO`) names the kind, and
            // the name right after the bracket is the organisation's, which the acronym then means.
            if lexicon.organisationNouns.contains(acronym.lowercased()) {
                if let name = organisationNameAfterKind(at: acronymIndex + 2, limit: range.upperBound, tokens) {
                    result.append((.name(words: nameWords(name, tokens), written: block.text(tokens: name), gender: "", role: nil), acronym))
                }
                continue
            }
            var start = open - 1
            var found: Int?
            while start >= range.lowerBound, open - start <= Self.maximumPhraseLength, tokens[start].isWord {
                if !lexicon.isFunctionWord(tokens[start].lower), !isTitle(tokens[start]), isAcronym(acronym, of: start..<open, tokens) { found = start }
                start -= 1
            }
            guard let first = found, first < open else { continue }
            let words = nameWords(first..<open, tokens)
            result.append((.name(words: words, written: block.text(tokens: first..<open), gender: "", role: nil), acronym))
        }
        return result
    }

    /// The name that starts at `index` after an organisation's kind (`Clarté pour Grandir` in
    /// `l'ONG Clarté pour Grandir a …`), as a token range, or nil when no name word is there: a
    /// name run, which goes on over a complement that joins another name word (``Lexicon/organisationNameLinks``,
    /// then maybe an article: `Ensemble pour la Vallée`).
    func organisationNameAfterKind(at index: Int, limit: Int, _ tokens: [Token]) -> Range<Int>? {
        guard index < limit, isNameWord(tokens[index]) else { return nil }
        var end = nameRun(from: index, tokens, limit: limit).upperBound
        while end + 1 < limit, tokens[end].isWord, lexicon.organisationNameLinks.contains(tokens[end].lower) {
            var next = end + 1
            if tokens[next].isWord, lexicon.determiners.contains(tokens[next].lower) || tokens[next].lower == "l'" { next += 1 }
            guard next < limit, isNameWord(tokens[next]) else { break }
            end = nameRun(from: next, tokens, limit: limit).upperBound
        }
        return index..<end
    }

    // MARK: Classifying a phrase

    /// What a phrase of tokens names.
    /// The phrase of two words at `start` that stands for the person named last, as a pronoun
    /// does (``Lexicon/latterPronouns``: `ce dernier`, `cette dernière`, `the latter`), when the
    /// phrase ends there or is followed (before `limit`) by no word of a noun phrase: a
    /// punctuation mark, an auxiliary, a verb of saying or a function word that is no determiner
    /// or preposition (`Ce dernier est plus prudent`, `Ce dernier ne veut pas`, `, a dit ce
    /// dernier.`); not `ce dernier point`, `the latter half`.
    /// - Returns: the phrase's tokens, or nil.
    func latterPhrase(at start: Int, limit: Int, _ tokens: [Token]) -> Range<Int>? {
        guard start + 2 <= limit, tokens[start].isWord, tokens[start + 1].isWord,
              lexicon.latterPronouns.contains("\(tokens[start].lower) \(tokens[start + 1].lower)") else { return nil }
        if start + 2 < limit {
            let next = tokens[start + 2]
            guard !next.isWord || lexicon.auxiliaries.contains(next.lower) || isSpeechVerb(next)
                    || lexicon.isFunctionWord(next.lower) && !lexicon.determiners.contains(next.lower) && !lexicon.prepositions.contains(next.lower) else { return nil }
        }
        return start..<(start + 2)
    }

    func classify(_ range: Range<Int>, in block: BlockText) -> Mention? {
        let tokens = block.tokens
        guard !range.isEmpty else { return nil }
        if range.count == 1, tokens[range.lowerBound].isWord {
            let lower = tokens[range.lowerBound].lower
            if let gender = lexicon.pronouns[lower] { return .pronoun(tokens[range.lowerBound].text, gender: gender) }
            if lexicon.unresolvablePronouns.contains(lower) { return .unresolvable(tokens[range.lowerBound].text) }
            // `Certains m'ont dit : « … »`, `Some told me: "…"`: a determiner standing alone as a
            // generic subject (``Lexicon/genericSubjects``) is an unnamed group that speaks.
            if lexicon.determiners.contains(lower), lexicon.genericSubjects.contains(lower) { return .phrase(tokens[range.lowerBound].text, gender: "plural") }
            // `Il said: « … »` in English: another language's pronoun, capitalised, names no one.
            if tokens[range.lowerBound].isCapitalized, lexicon.foreignPronouns.contains(lower) { return .unresolvable(tokens[range.lowerBound].text) }
        }
        if let latter = latterPhrase(at: range.lowerBound, limit: range.upperBound, tokens) {
            // `Ce dernier est plus prudent :`, `, a ajouté cette dernière`, `The latter was blunt:`.
            let written = block.text(tokens: latter)
            return .pronoun(written, gender: lexicon.pronouns[written.lowercased()] ?? "")
        }
        // `Émue, la maire a pris la parole`: a detached adjective, no name; the phrase after it speaks.
        if let end = detachedAdjectiveEnd(at: range.lowerBound, tokens), end < range.upperBound { return classify(end..<range.upperBound, in: block) }
        // `Buyers from Hamburg used to write`: a group described with where it is from.
        if isPluralGroupOpening(range, tokens) { return .phrase(block.text(tokens: range), gender: "plural") }
        var lastRun: Range<Int>?
        var k = range.lowerBound
        while k < range.upperBound {
            // `Last week Ana Roy`, `Lundi dernier`: a time adverbial, no name.
            if opensTimeAdverbial(at: k, tokens) || opensAuthoredSpeechNoun(at: k, tokens) || opensParticipleClause(at: k, tokens) || opensRoleBeforeName(at: k, tokens),
               !isHonorific(tokens[k]) { k += 1; continue }
            if isNameWord(tokens[k]), let run = lastRun, followsOrganisationNoun(k, after: run, tokens) {
                // `Ana Roy of the campaign group Friends of the Wold`: after a person's name, an
                // organisation its noun classifies is where the person is from, not the person.
                k = nameRun(from: k, tokens, limit: range.upperBound).upperBound
            } else if isNameWord(tokens[k]) || isNameVerb(at: k, tokens), !followsComplement(k, start: range.lowerBound, tokens), !followsCoordinatedComplement(k, start: range.lowerBound, tokens),
                      !followsDeterminedComplement(k, start: range.lowerBound, limit: range.upperBound, tokens) {
                let run = nameRun(from: k, tokens, limit: range.upperBound)
                lastRun = run
                k = run.upperBound
            } else if isNameWord(tokens[k]) || isNameVerb(at: k, tokens), lastRun != nil {
                // `X of Aldcaster Police`: after a name, the whole name after `of` is a complement.
                k = nameRun(from: k, tokens, limit: range.upperBound).upperBound
            } else if isNameWord(tokens[k]), let end = organisationNameEnd(from: k, tokens, limit: range.upperBound) {
                // `the chief executive of Harwick Council`: after a complement word, a name up to its
                // organisation noun is the organisation's, a complement; `Council` names no one.
                k = end
            } else if isNameWord(tokens[k]), case let run = nameRun(from: k, tokens, limit: range.upperBound), run.count >= 2,
                      isPlaceName(run, tokens) || lexicon.namesakeNouns.contains(tokens[run.upperBound - 1].lower) {
                // `The mayor of Dunmore Bay said`, `the warden of Kestrel Valley`: after a complement
                // word, the whole name of a place or building is the complement; its last word
                // (`Bay`, `Valley`) names no one.
                k = run.upperBound
            } else if isNameWord(tokens[k]), followsDeterminedComplement(k, start: range.lowerBound, limit: range.upperBound, tokens) {
                // `the office of the District Collector`, `a resident of the new Pecan Crossing
                // subdivision`: a name after a complement word and a determiner (and an adjective)
                // is the complement's, all of it; no word of it names the speaker.
                k = nameRun(from: k, tokens, limit: range.upperBound).upperBound
            } else if isNameWord(tokens[k]), k > range.lowerBound, lexicon.originPrepositions.contains(tokens[k - 1].lower) {
                // `a fisherman from Kell Bay`: the whole place after an origin is the description's.
                k = nameRun(from: k, tokens, limit: range.upperBound).upperBound
            } else {
                k += 1
            }
        }
        let written = block.text(tokens: range)
        // `this year`, `last Monday`: a time, no speaker.
        // `une lectrice de 40 ans`: an age after a complement is no time; the head before it speaks.
        // (`cet homme d'une quarantaine d'années`: a person described by their age is no time.)
        if let last = range.last, tokens[last].isWord, lexicon.timeNouns.contains(tokens[last].lower), !isSurnameTimeNoun(at: last, tokens),
           !(last - 2 > range.lowerBound && lexicon.complementWords.contains(tokens[last - 2].lower)
             && tokens[last - 1].text.unicodeScalars.first?.properties.numericType != nil),
           !(lexicon.determiners.contains(tokens[range.lowerBound].lower) && namesSpeaker(written)) {
            // `a annoncé Paul Roy mardi soir`: a name before the time is the speaker.
            var end = last
            while end > range.lowerBound, tokens[end].isWord, lexicon.timeNouns.contains(tokens[end].lower), !isSurnameTimeNoun(at: end, tokens) { end -= 1 }
            if end < last, isNameWord(tokens[end]) { return classify(range.lowerBound..<(end + 1), in: block) }
            return nil
        }
        // `Page 12 of the report`, `Recommendation 5`, `Question proposed`: a part of a text, no speaker.
        if range.count == 1, tokens[range.lowerBound].isWord, lexicon.documentPartNouns.contains(tokens[range.lowerBound].lower) {
            return .unresolvable(written)
        }
        if range.contains(where: { tokens[$0].isWord && lexicon.documentPartNouns.contains(tokens[$0].lower)
            && $0 + 1 < tokens.count && tokens[$0 + 1].text.unicodeScalars.first.map { $0.properties.numericType != nil } == true }) {
            return .unresolvable(written)
        }
        if let authority = localAuthorityName(in: range, tokens) {
            return .name(words: nameWords(authority, tokens), written: written, gender: "", role: nil)
        }
        if let name = organisationName(in: range, of: block) {
            return .name(words: nameWords(name, tokens), written: written, gender: "", role: nil)
        }
        // `Pour l'association écologiste Ciel ouvert, …`: the whole name its organisation noun announces.
        if let announced = announcedOrganisationName(endingAt: range.upperBound - 1, from: range.lowerBound, in: block), announced.start == range.lowerBound,
           case .name(let words, _, _, _) = announced.mention {
            return .name(words: words, written: written, gender: "", role: nil)
        }
        // `another Kenyan blogger`, `the BBC reporter`: capitalised words that only modify the role
        // noun heading the phrase are no name; the phrase describes someone.
        // `Her new exhibition, Salt and Memory, opens`: a work's title names no speaker.
        if let run = lastRun, isTitleOfWork(run, tokens) { lastRun = nil }
        // `Mill Lane`, `Rue Haute`: a place names no speaker.
        if let run = lastRun, isPlaceName(run, tokens) { lastRun = nil }
        // `a photograph from Camp 4 on social media`, `a message from Gate 12 with …`: one
        // capitalised word and a number, with more words after them in the phrase, is a numbered
        // place or thing, no name (`Channel 4 said` keeps its name).
        if let run = lastRun, run.count == 1, run.upperBound + 1 < range.upperBound,
           tokens[run.upperBound].text.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { lastRun = nil }
        // `Toby's mother`, `Nina's agent`: a name in the Saxon genitive before a lowercase noun is
        // the owner; the phrase describes someone else, whom an apposition may name.
        if let run = lastRun, run.upperBound < range.upperBound, isSaxonGenitive(tokens[run.upperBound - 1]),
           tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized, !lexicon.isFunctionWord(tokens[run.upperBound].lower) {
            lastRun = nil
        }
        if let run = lastRun, run.upperBound < range.upperBound, isTitle(tokens[range.upperBound - 1]),
           tokens[run.upperBound..<range.upperBound].allSatisfy({ isTitle($0) || ($0.isWord && !$0.isCapitalized && !lexicon.isFunctionWord($0.lower)) }) {
            lastRun = nil
        }
        // `Agriculture experts said`, `Harbour residents say`: a name opening the phrase with no
        // determiner, right before the plural of a noun for people that closes it, only modifies
        // that plural; the phrase describes a group.
        if let run = lastRun, run.lowerBound == range.lowerBound, run.upperBound + 1 == range.upperBound, !lexicon.capitalisedNouns,
           case let head = tokens[run.upperBound], head.isWord, !head.isCapitalized, isPluralPersonNoun(head.lower) {
            return .phrase(written, gender: "plural")
        }
        // `Reacting to the news, Parents said:`: a capitalised plural of a noun for people, alone,
        // is a group described, no name.
        if let run = lastRun, run == range, run.count == 1, isPluralPersonNoun(tokens[run.lowerBound].lower) {
            return .phrase(written, gender: "plural")
        }
        if let run = lastRun {
            var gender = ""
            var p = run.lowerBound - 1
            var sawTitle = false
            while p >= range.lowerBound, isHonorific(tokens[p]) || isTitle(tokens[p]) {
                if let g = lexicon.honorifics[tokens[p].lower], !g.isEmpty { gender = g }
                sawTitle = sawTitle || isTitle(tokens[p])
                p -= 1
            }
            // `la ministre Claire Roux`: a gendered determiner before the title.
            // (`le capitaine Lucie Aubertin`, `le ministre Anne Roy`: a rank or office written in
            // the masculine for a woman; her given name tells, the article does not.)
            if gender.isEmpty, sawTitle, p >= range.lowerBound, let g = lexicon.genderedDeterminers[tokens[p].lower],
               !(g == "m" && lexicon.givenNameGender(of: [tokens[run.lowerBound].text]) == "f") { gender = g }
            var words = nameWords(run, tokens)
            // An organisation written with its article and adjectives (`la Ligue arabe`, `Le Figaro`,
            // `The Red Pepper`): the whole phrase is its name.
            if run.lowerBound == range.lowerBound + 1, lexicon.determiners.contains(tokens[range.lowerBound].lower) || tokens[range.lowerBound].lower == "l'",
               tokens[range.lowerBound].lower != "de", range.upperBound - run.upperBound <= 2,
               tokens[run.upperBound..<range.upperBound].allSatisfy({ $0.isWord && !$0.isCapitalized && !lexicon.isFunctionWord($0.lower) }) {
                words = nameWords(range, tokens)
            }
            // A pen name with lowercase words after a role noun (`the blogger Deep blue sea`): the
            // words up to the end of the phrase belong to the name.
            if run.count == 1, run.lowerBound > range.lowerBound, isTitle(tokens[run.lowerBound - 1]),
               (1...3).contains(range.upperBound - run.upperBound),
               tokens[run.upperBound..<range.upperBound].allSatisfy({ $0.isWord && !$0.isCapitalized && !lexicon.isFunctionWord($0.lower)
                   && !isTitle($0) && !lexicon.organisationNouns.contains($0.lower) && !lexicon.speechNouns.contains($0.lower) }) {
                words = tokens[run.lowerBound..<range.upperBound].map(\.text)
            }
            // `A Facebook page for Ana and Léa`, `une page Facebook de soutien`: a name that only
            // modifies the common noun heading the phrase names no speaker; the phrase describes one.
            if words == nameWords(run, tokens), isNameModifyingHead(run, in: range, tokens) {
                return .phrase(written, gender: lexicon.genderedDeterminers[tokens[range.lowerBound].lower] ?? "")
            }
            return .name(words: words, written: written, gender: gender, role: nil)
        }
        // (`D'ici là, la piscine restera fermée, précise-t-elle`: adverbs alone name no one.)
        // (`one of them`: a partitive of function words names someone of a group.)
        let hasContent = tokens[range].contains { $0.isWord && !lexicon.isFunctionWord($0.lower) && !lexicon.adverbs.contains($0.lower) }
            || closesPartitive(at: range.upperBound - 1, from: range.lowerBound, tokens)
        // `la ministre`, `une porte-parole`: the determiner gives the gender of a role phrase; `The
        // dancers`, `3 nurses`: a plural head noun or a number makes it plural, whatever the determiner.
        var gender = tokens[range.lowerBound].isWord ? lexicon.genderedDeterminers[tokens[range.lowerBound].lower] ?? "" : ""
        if gender.isEmpty, isPluralPhrase(range, tokens) { gender = "plural" }
        return hasContent ? .phrase(written, gender: gender) : nil
    }

    /// Whether the name `run` inside the phrase `range` only modifies the common noun that heads
    /// the phrase: the phrase opens with a determiner, right before the name or before one
    /// lowercase noun that is no title, noun for a person or organisation (those are apposed to
    /// the name: `le maire Paul Roy`, `the charity Safe Harbour`), and the name is followed inside
    /// the phrase by a lowercase word, the head or its complement (`A Facebook page for Ana and
    /// Léa`, `the Kilbrack branch of the Farmers' Union`, `une page Facebook de soutien`, `le
    /// compte Instagram du club`). A name ending the phrase (`le constructeur Vantor`) or followed
    /// by a coordinator or relative pronoun (`Ana Roy and her son`) is the head itself. Not in a
    /// language that capitalises every noun (``Lexicon/capitalisedNouns``: `Die Autoren des
    /// Berichts`), where the capitalised word may be the head.
    func isNameModifyingHead(_ run: Range<Int>, in range: Range<Int>, _ tokens: [Token]) -> Bool {
        let opener = tokens[range.lowerBound]
        guard !lexicon.capitalisedNouns, opener.isWord, lexicon.determiners.contains(opener.lower), !lexicon.complementWords.contains(opener.lower),
              run.upperBound < range.upperBound else { return false }
        if run.lowerBound == range.lowerBound + 2 {
            let noun = tokens[range.lowerBound + 1]
            guard noun.isWord, !noun.isCapitalized, !lexicon.isFunctionWord(noun.lower), !lexicon.isPersonNoun(noun.lower),
                  !isHonorific(noun) else { return false }
        } else if run.lowerBound != range.lowerBound + 1 {
            return false
        }
        let next = tokens[run.upperBound]
        return next.isWord && !next.isCapitalized && !lexicon.coordinators.contains(next.lower) && !lexicon.relativePronouns.contains(next.lower)
            && !lexicon.conjunctions.contains(next.lower)
    }

    /// The end of the name run at `index` up to and with its last organisation noun (`Harwick
    /// Council` in `the chief executive of Harwick Council Dana Moss`), or nil when it holds none.
    func organisationNameEnd(from index: Int, _ tokens: [Token], limit: Int) -> Int? {
        nameRun(from: index, tokens, limit: limit).last { lexicon.organisationNouns.contains(tokens[$0].lower) }.map { $0 + 1 }
    }

    /// Whether a phrase with no name is plural: a number above one opens it, after a determiner or
    /// not (`3 nurses`, `the 12 jurors`), or its head noun, the last word before a complement, is
    /// the plural of a noun for people (``isPluralPersonNoun(_:)``: `The dancers`, `the reporters
    /// at the gate`; not `the boss`, whose `s` is no plural). What a plural phrase means is never
    /// the antecedent of `he`, `she`, `il` or `elle`.
    func isPluralPhrase(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var k = range.lowerBound
        if k < range.upperBound, tokens[k].isWord, lexicon.determiners.contains(tokens[k].lower) { k += 1 }
        if k < range.upperBound, let number = Int(tokens[k].text) { return number > 1 }
        let head = range[k...].prefix { tokens[$0].isWord && !lexicon.complementWords.contains(tokens[$0].lower) && !lexicon.prepositions.contains(tokens[$0].lower) }.last
        return head.map { !tokens[$0].isCapitalized && isPluralPersonNoun(tokens[$0].lower) } ?? false
    }

    /// Whether a lowercased word is the plural of a noun for people (`parents`, `stallholders`):
    /// a ``Lexicon/pluralEndings`` ending dropped leaves a title, person or speaker noun (not an
    /// organisation noun, so that `Banks` stays a name).
    func isPluralPersonNoun(_ lower: String) -> Bool {
        lexicon.pluralEndings.contains { ending in
            let parts = ending.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            guard lower.count > parts[0].count + 2, lower.hasSuffix(parts[0]) else { return false }
            let singular = String(lower.dropLast(parts[0].count)) + (parts.count > 1 ? parts[1] : "")
            return !lexicon.organisationNouns.contains(singular) && lexicon.isPersonNoun(singular)
        }
    }

    /// Whether a segment between commas reads as an appositive role: a title, or a determiner
    /// or lowercase noun leading a short phrase without verbs, names first, or numbers.
    func isRoleSegment(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.count >= 1, range.count <= Self.maximumPhraseLength else { return false }
        for index in range {
            let token = tokens[index]
            guard token.isWord else {
                if token.text == "&" || token.text == "-" { continue }
                return false
            }
            // `Kofi Mensah, called the offer`, `Bernard Roy, surnommé « … »`: a verb is no role.
            if isSpeechVerb(token) || isNamingVerb(token) || lexicon.auxiliaries.contains(token.lower) || lexicon.conjunctions.contains(token.lower) && !lexicon.coordinators.contains(token.lower) {
                return false
            }
        }
        // `Ilse Tann, the trust's music director makes this plain`: a lowercase word right after the
        // role's noun and before a determiner or pronoun is a finite verb with its object; the
        // segment is the subject and verb of a clause, no role.
        if let head = range.dropLast(2).first(where: { isTitle(tokens[$0]) || lexicon.isPersonNoun(tokens[$0].lower) }) {
            let verb = tokens[head + 1], object = tokens[head + 2]
            if verb.isWord, !verb.isCapitalized, !lexicon.isFunctionWord(verb.lower), !isTitle(verb), !lexicon.isPersonNoun(verb.lower),
               !lexicon.organisationNouns.contains(verb.lower), object.isWord,
               lexicon.determiners.contains(object.lower) || lexicon.pronouns[object.lower] != nil || lexicon.demonstratives[object.lower] != nil {
                return false
            }
        }
        let first = tokens[range.lowerBound]
        if isTitle(first) { return true }
        if isNameWord(first) || isHonorific(first) { return false }
        if lexicon.determiners.contains(first.lower) || first.lower == "l'" {
            guard range.count >= 2 else { return false }
            let second = tokens[range.lowerBound + 1]
            return second.text.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false
        }
        if lexicon.genitiveWords.contains(first.lower), range.count >= 2 {
            // `Myriam Martinet, de la CGT,`: an affiliation.
            let second = tokens[range.lowerBound + 1]
            return lexicon.determiners.contains(second.lower) || second.lower == "l'" || isNameWord(second)
        }
        if lexicon.prepositions.contains(first.lower) || lexicon.adverbs.contains(first.lower)
            || lexicon.pronouns[first.lower] != nil || lexicon.unresolvablePronouns.contains(first.lower)
            || lexicon.clitics.contains(first.lower) {
            return false
        }
        // `le gouvernement malien, impuissant, verb`: one lowercase word (an adjective); longer
        // lowercase segments are clauses (`, arrived at dawn.`, `, venue acheter une fougasse`).
        return !first.isCapitalized && (first.text.unicodeScalars.first?.properties.isAlphabetic ?? false)
    }

    /// A role that names another person in its complement, ending just before `end` (a comma)
    /// and opening after a comma or at `start`: a determiner or possessive, at most one modifier,
    /// a noun for a person, then a genitive word and words up to the comma, a name among them
    /// (`L'entraîneur de Léo Marin au club de Brenac`, `La mère de Léo Marin`, `The coach of
    /// Ann Lee`). The name after it in apposition (`…, Paul Roy, parle`) is the speaker, in that
    /// role; the person in the complement is not.
    func roleOfAnother(endingBefore end: Int, from start: Int, _ tokens: [Token]) -> Range<Int>? {
        var first = end
        while first - 1 >= start, tokens[first - 1].isWord, end - first < Self.maximumPhraseLength { first -= 1 }
        guard first + 3 < end, first == start || !tokens[first - 1].isWord,
              lexicon.determiners.contains(tokens[first].lower) || tokens[first].lower == "l'" || lexicon.possessives[tokens[first].lower] != nil else { return nil }
        guard let genitive = ((first + 2)..<min(end, first + 4)).first(where: { lexicon.genitiveWords.contains(tokens[$0].lower) }),
              ((first + 1)..<genitive).allSatisfy({ !tokens[$0].isCapitalized }), lexicon.isPersonNoun(tokens[genitive - 1].lower),
              ((genitive + 1)..<end).contains(where: { isNameWord(tokens[$0]) }) else { return nil }
        return first..<end
    }

    // MARK: Phrases before and after a position

    /// The subject noun phrase that ends just before `position` (a verb), looking no further back
    /// than `start`. Adverbs, clitics and auxiliaries before the verb are skipped; a parenthesis
    /// is stepped over; `Name, role,` and `Name, le rôle` give the name with its role.
    func phrase(before position: Int, from start: Int, in block: BlockText) -> (mention: Mention, start: Int)? {
        let found = phrase(before: position, from: start, in: block, depth: 0)
        // `Ravie, une visiteuse venue de Lunel confie`: a detached adjective opening the sentence is
        // no subject; the phrase after it is.
        if let found, let end = detachedAdjectiveEnd(at: found.start, block.tokens), end < position {
            return phrase(before: position, from: end, in: block, depth: 0)
        }
        return found
    }

    /// The part of `range` before an origin (``Lexicon/originPrepositions``) that only capitalised
    /// words follow (`Margaret from Fenwick Street` → `Margaret`), else `range`: a name with the
    /// place it is from.
    func nameBeforeOrigin(in range: Range<Int>, _ tokens: [Token]) -> Range<Int> {
        guard let origin = range.first(where: { $0 > range.lowerBound && tokens[$0].isWord && lexicon.originPrepositions.contains(tokens[$0].lower) }),
              origin + 1 < range.upperBound, isNameWord(tokens[origin - 1]), !isPluralGroupOpening(range, tokens),
              (origin + 1..<range.upperBound).allSatisfy({ isNameWord(tokens[$0]) || lexicon.nameInternalWords.contains(tokens[$0].lower) }) else { return range }
        return range.lowerBound..<origin
    }

    /// Whether `range` opens with a capitalised plural of a noun for people standing alone before an
    /// origin (``Lexicon/originPrepositions``: `Buyers from Hamburg`, `Growers from Kell Bay`): a
    /// group described, no name; the place after it is where the group is from. (Not before a
    /// complement word: `Friends of the Earth` is a name.)
    func isPluralGroupOpening(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let first = range.lowerBound
        guard range.count >= 3, tokens[first].isWord, tokens[first].isCapitalized, !isAcronym(tokens[first]),
              isPluralPersonNoun(tokens[first].lower), tokens[first + 1].isWord else { return false }
        return lexicon.originPrepositions.contains(tokens[first + 1].lower)
    }

    /// The name of an organisation written in quotation marks right after its organisation noun
    /// (``Lexicon/organisationNouns``), the quotation at token `k` (`Le collectif « Air libre »
    /// dénonce`, `L'association « Rives vivantes » réclame`). The quotation must open with a
    /// capital and hold at most ``maximumQuotedNameWords`` words with no sentence punctuation.
    /// - Returns: the name (its words, the noun as its role) and the token where the phrase
    ///   starts (the determiner before the noun, else the noun), or nil.
    func quotedOrganisationName(at k: Int, from start: Int, in block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard tokens[k].quotationIndex != nil, k - 1 >= start, tokens[k - 1].isWord, lexicon.organisationNouns.contains(tokens[k - 1].lower) else { return nil }
        let scalars = Array(tokens[k].text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
              let last = scalars.lastIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return nil }
        var inner = String.UnicodeScalarView()
        inner.append(contentsOf: scalars[first...last])
        let written = String(inner)
        let words = written.split(separator: " ").map(String.init)
        guard (1...Self.maximumQuotedNameWords).contains(words.count), scalars[first].properties.isUppercase,
              !written.unicodeScalars.contains(where: { ".!?;:".unicodeScalars.contains($0) }) else { return nil }
        var phraseStart = k - 1
        if phraseStart - 1 >= start, tokens[phraseStart - 1].isWord, lexicon.determiners.contains(tokens[phraseStart - 1].lower) { phraseStart -= 1 }
        return (.name(words: words, written: written, gender: "", role: tokens[k - 1].text), phraseStart)
    }

    /// Most words of a quoted organisation name (``quotedOrganisationName(at:from:in:)``).
    static let maximumQuotedNameWords = 6

    /// The name of an organisation that its noun announces, written without quotation marks and
    /// with lowercase words in it, in the subject that ends at token `k` (the word before its
    /// verb or before the comma of a relative clause): a definite article opening the subject, at
    /// most two lowercase words, a lowercase organisation noun (``Lexicon/organisationNouns``),
    /// at most one lowercase word or a complement of one (`d'usagers`, `anticorruption`), then a
    /// capitalised word and every word up to `k` (`L'association d'usagers Rives à pied et à vélo
    /// salue`, `Le collectif Sauvons nos talus dénonce`, `The campaign group Voice for Quiet
    /// Lanes welcomed`). The noun tells that a name follows, so its lowercase words are the
    /// name's; the name stops before a relative pronoun, a complementizer, an auxiliary, a verb
    /// of saying or a quotation. A name all in capitals is left to ``classify(_:in:)``; a noun
    /// after a preposition (`pour l'association X`) opens no subject.
    /// - Returns: the name (its words, the noun as its role) and the token where the phrase
    ///   starts (the article), or nil.
    func announcedOrganisationName(endingAt k: Int, from start: Int, in block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        guard k >= start, k < tokens.count, tokens[k].isWord else { return nil }
        // The name's first word: the earliest capitalised word after an organisation noun, going back from `k`.
        var m = k
        while m >= start, k - m < Self.maximumPhraseLength, !endsAnnouncedName(tokens[m]) {
            defer { m -= 1 }
            guard let (d, n) = organisationLead(before: m, from: start, in: tokens) else { continue }
            // (`L'association Les Amis du …`: the name's own article is left out, as ``classify(_:in:)`` does.)
            var name = (lexicon.determiners.contains(tokens[m].lower) && m < k ? m + 1 : m)..<(k + 1)
            // (`The union Unite at the plant said`, `Le groupe X dans la région dénonce`: a preposition
            // other than a genitive, before a determiner, opens a place, not the name; before a
            // capital it may be the name's, `Berges propres à Kervil`.)
            if let cut = (name.lowerBound + 1..<name.upperBound).first(where: { j in
                tokens[j].isWord && !tokens[j].isCapitalized && lexicon.prepositions.contains(tokens[j].lower)
                    && !lexicon.genitiveWords.contains(tokens[j].lower) && !lexicon.nameInternalWords.contains(tokens[j].lower)
                    && j + 1 < name.upperBound && lexicon.determiners.contains(tokens[j + 1].lower) && !tokens[j + 1].isCapitalized
            }) {
                name = name.lowerBound..<cut
            }
            let last = name.upperBound - 1
            guard tokens[name].contains(where: { $0.isWord && !$0.isCapitalized }), tokens[last].isCapitalized || isLowercaseContent(tokens[last]) else { return nil }
            let written = block.text(tokens: name)
            return (.name(words: written.split(separator: " ").map(String.init), written: written, gender: "", role: tokens[n].text), d)
        }
        return nil
    }

    /// The organisation noun and its modifiers that announce a name whose first word is token
    /// `m`, in a subject opening no earlier than `start` (`The animal rights group Voice for …`,
    /// `L'association d'usagers Rives …`, `Le collectif Sauvons …`): a definite article opening
    /// the subject, at most two lowercase words, a lowercase organisation noun
    /// (``Lexicon/organisationNouns``) or its acronym, then nothing, one lowercase word, or a
    /// complement and one lowercase word before the name. The name's first word is capitalised
    /// and no title, honorific, verb of saying or inverted pronoun; it may be a common noun, a
    /// verb or an article (`Friends of …`, `Gardons nos …`, `Les Amis du …`). The one test of an
    /// organisation noun before a name, for ``announcedOrganisationName(endingAt:from:in:)`` and
    /// for the subject in view.
    /// - Returns: the token of the article and of the noun, or nil.
    func organisationLead(before m: Int, from start: Int, in tokens: [Token]) -> (article: Int, noun: Int)? {
        guard m - 1 >= start, m < tokens.count else { return nil }
        let first = tokens[m]
        guard first.isWord, first.isCapitalized, !first.isInvertedPronoun, !isTitle(first), !isHonorific(first), !isSpeechVerb(first) else { return nil }
        // After the noun: nothing, one lowercase word, or a complement word and a lowercase word.
        var n = m - 1
        func isNoun(_ token: Token) -> Bool {
            token.isWord && (!token.isCapitalized || isAcronym(token)) && lexicon.organisationNouns.contains(token.lower)
        }
        if !isNoun(tokens[n]), isLowercaseContent(tokens[n]) {
            n -= 1
            if n >= start, tokens[n].isWord, lexicon.genitiveWords.contains(tokens[n].lower) { n -= 1 }
        }
        guard n >= start, isNoun(tokens[n]) else { return nil }
        // Before the noun: at most two lowercase words (`the animal welfare group`), then a definite article opening the subject.
        var d = n - 1
        while d >= start, n - d <= 2, isLowercaseContent(tokens[d]) { d -= 1 }
        guard d >= start, tokens[d].isWord, lexicon.definiteArticles.contains(tokens[d].lower),
              d == start || !tokens[d - 1].isWord || lexicon.coordinators.contains(tokens[d - 1].lower) else { return nil }
        return (d, n)
    }

    /// Whether a token ends an organisation's name that its noun announces
    /// (``announcedOrganisationName(endingAt:from:in:)``): no word, a quotation, a relative pronoun,
    /// a complementizer, a subordinating conjunction, or a lowercase auxiliary, verb of saying or clitic.
    private func endsAnnouncedName(_ token: Token) -> Bool {
        !token.isWord || token.quotationIndex != nil || lexicon.relativePronouns.contains(token.lower) || lexicon.complementizers.contains(token.lower)
            || lexicon.conjunctions.contains(token.lower) && !lexicon.coordinators.contains(token.lower)
            || !token.isCapitalized && (lexicon.auxiliaries.contains(token.lower) || isSpeechVerb(token))
            || !token.isCapitalized && lexicon.clitics.contains(token.lower) && !lexicon.determiners.contains(token.lower)
    }

    /// A lowercase word of content that may stand in an announced organisation's name or before
    /// its noun (``organisationLead(before:from:in:)``): no function word, title or word that ends the name.
    private func isLowercaseContent(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && !lexicon.isFunctionWord(token.lower) && !isTitle(token) && !endsAnnouncedName(token)
    }

    /// How many commas (appositions, inserted adverbials, relative clauses) ``phrase(before:from:in:)``
    /// looks past, so that a sentence of many commas stays linear.
    static let maximumCommaDepth = 4

    private func phrase(before position: Int, from start: Int, in block: BlockText, depth: Int) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var k = position - 1
        while k >= start {
            if isSkippable(tokens[k]) { k -= 1; continue }
            let phrase = adverbialPhrase(endingAt: k, tokens, from: start)
            if phrase > 0 { k -= phrase; continue }
            // `My mother used to say`, `Ma mère avait l'habitude de dire`: words of habit.
            let habit = habitualPhrase(endingAt: k, tokens, from: start)
            if habit > 0 { k -= habit; continue }
            break
        }
        // `l'Office indique ne pas commenter « … »`, `le syndicat dit regretter « … »`: a verb of
        // saying right before the infinitive at `position` (a negation between) is the clause's
        // verb, no word of its subject, which stands before it. (Only where infinitives have
        // their own endings, ``Lexicon/verbFormsAfterPreposition``.)
        if k > start, k < position, position < tokens.count, depth < Self.maximumCommaDepth, tokens[k].isWord, !tokens[k].isCapitalized,
           isSpeechVerbUse(at: k, tokens), tokens[k - 1].isWord, tokens[position].isWord, !tokens[position].isCapitalized,
           lexicon.verbFormsAfterPreposition.contains(where: { !$0.hasSuffix("ant") && tokens[position].lower.hasSuffix($0) }) {
            return phrase(before: k, from: start, in: block, depth: depth + 1)
        }
        var bracketed: Mention?
        if k >= start, tokens[k].text == ")" || tokens[k].text == "]" {
            let close = k
            var depth = 0
            while k >= start {
                if tokens[k].text == ")" || tokens[k].text == "]" { depth += 1 }
                if tokens[k].text == "(" || tokens[k].text == "[" { depth -= 1; if depth == 0 { break } }
                k -= 1
            }
            if k >= start { bracketed = bracketedName(k, close, tokens) }
            k -= 1
            while k >= start, isSkippable(tokens[k]) { k -= 1 }
        }
        guard k >= start else { return nil }
        if tokens[k].text == "," {
            var j = k - 1
            // (A quotation inside the segment is one of its words: `X, venue avec une pancarte « … », résumait`.)
            while j >= start, tokens[j].isWord || tokens[j].quotationIndex != nil || ["&", "-", "(", ")", "[", "]"].contains(tokens[j].text) { j -= 1 }
            let segment = (j + 1)..<k
            guard !segment.isEmpty else { return nil }
            let first = tokens[segment.lowerBound]
            // `X, who lives in the hills, wrote`: a relative clause between the subject and its verb.
            if lexicon.relativePronouns.contains(first.lower), j >= start, tokens[j].text == "," {
                guard depth < Self.maximumCommaDepth else { return nil }
                // `Tom Hale, of Hale & Moss, which handled the sale, said`: the clause is about the
                // firm in an affiliation opened by a preposition; the subject stands before it.
                var a = j - 1
                while a >= start, tokens[a].isWord || ["&", "-"].contains(tokens[a].text) { a -= 1 }
                if a > start, tokens[a].text == ",", a + 2 < j, tokens[a + 1].isWord, lexicon.prepositions.contains(tokens[a + 1].lower),
                   !lexicon.relativePronouns.contains(tokens[a + 2].lower) {
                    return phrase(before: a, from: start, in: block, depth: depth + 1)
                }
                return phrase(before: j, from: start, in: block, depth: depth + 1)
            }
            // `Le retraité, lui, a déjà …`: a stressed pronoun set off by commas repeats the subject.
            if segment.count == 1, lexicon.disjunctivePronouns[first.lower] != nil, j >= start, tokens[j].text == "," {
                return depth < Self.maximumCommaDepth ? phrase(before: j, from: start, in: block, depth: depth + 1) : nil
            }
            // `X, an engineer who blogs at Caudal, argues`: the role ends at its relative clause.
            let relative = segment.first { tokens[$0].isWord && lexicon.relativePronouns.contains(tokens[$0].lower) }
            let roleSegment = relative.map { segment.lowerBound..<$0 } ?? segment
            if !roleSegment.isEmpty, isRoleSegment(roleSegment, tokens) {
                // `Name, role, verb` or `le gouvernement malien, impuissant, verb`.
                guard j >= start, tokens[j].text == ",", let before = (depth < Self.maximumCommaDepth ? phrase(before: j, from: start, in: block, depth: depth + 1) : nil) else { return nil }
                switch before.mention {
                case .name(let words, let written, let gender, _):
                    return (.name(words: words, written: written, gender: gender, role: block.text(tokens: roleSegment)), before.start)
                case .phrase(_, let gender) where relative == nil && isIndefiniteDeterminer(before.start, tokens) && isIndefiniteDeterminer(roleSegment.lowerBound, tokens):
                    // `One member, a retired nurse from Elmside, told`: an unnamed speaker and the
                    // description in apposition are one speaker, named by both (with a relative
                    // clause in the apposition, `One worker, a supervisor who …,`, the first alone).
                    return (.phrase(block.text(tokens: before.start..<roleSegment.upperBound), gender: gender), before.start)
                case .phrase(let role, _):
                    // `Le commandant de la caserne, le lieutenant Anne Roy, a évoqué`: a role, then
                    // a title and a name in apposition: the named person, in that role.
                    if let first = roleSegment.first(where: { isNameWord(tokens[$0]) }), first > roleSegment.lowerBound,
                       isTitle(tokens[first - 1]) || isHonorific(tokens[first - 1]) || lexicon.isPersonNoun(tokens[first - 1].lower),
                       case .name(let words, let written, let gender, _)? = classify(roleSegment, in: block) {
                        return (.name(words: words, written: written, gender: gender, role: role), roleSegment.lowerBound)
                    }
                    return before
                default:
                    return nil
                }
            }
            // `L'organisation, par la voix de son président Paul Roy, a promis`: whoever speaks for
            // the subject is the speaker.
            let voice = voicePhraseLength(at: segment.lowerBound, tokens, limit: k)
            if voice > 0, let name = names(in: (segment.lowerBound + voice)..<k, of: block).first {
                return (name, segment.lowerBound + voice)
            }
            let isDate = segment.count >= 2 && lexicon.determiners.contains(first.lower)
                && tokens[segment.lowerBound + 1].text.unicodeScalars.first.map { $0.properties.numericType != nil } == true
                // `Achterberg, 31, said`, `Le boulanger, 67 ans, a dit`: an age.
                || segment.allSatisfy { tokens[$0].text.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }
                || segment.count == 2 && first.text.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
                    && lexicon.timeNouns.contains(tokens[segment.lowerBound + 1].lower)
            // `A senior figure, speaking on condition of anonymity, described`, `Reed, named player
            // of the match, described`: a participle clause.
            let participleClause = (isSpeechVerb(first) || isNamingVerb(first)) && !first.isCapitalized || isParticipleApposition(segment, tokens)
            if lexicon.prepositions.contains(first.lower) || (isSkippable(first) && !lexicon.clitics.contains(first.lower)) || isDate || participleClause {
                // `X, malgré cette division, a affirmé`, `X, le 11 avril 2016, a souligné`: an inserted adverbial.
                guard j >= start, tokens[j].text == "," else { return nil }
                return (depth < Self.maximumCommaDepth ? phrase(before: j + 1, from: start, in: block, depth: depth + 1) : nil) ?? (depth < Self.maximumCommaDepth ? phrase(before: j, from: start, in: block, depth: depth + 1) : nil)
            }
            // `A reader, Margaret from Fenwick Street, emails:`: a name with its origin, an origin
            // preposition and capitalised words; the name is the speaker.
            let nameRange = nameBeforeOrigin(in: segment, tokens)
            let named = classify(nameRange, in: block)
            if let named, case .name = named, j >= start, tokens[j].text == ",", depth < Self.maximumCommaDepth,
               let before = phrase(before: j, from: start, in: block, depth: depth + 1), case .phrase(let text, _) = before.mention, endsInPartitive(text) {
                // `the son of one of the victims, 88-year-old Harold Minns, said`: the name is the victim's.
                return before
            }
            if let named, case .name(let words, let written, let gender, _) = named,
               // `, the poet and critic Anselm Vary,`: a role with its article and the name.
               nameRange.allSatisfy({ isNameWord(tokens[$0]) || isHonorific(tokens[$0]) || isTitle(tokens[$0]) || lexicon.nameInternalWords.contains(tokens[$0].lower)
                   || $0 == segment.lowerBound && lexicon.determiners.contains(tokens[$0].lower)
                   || lexicon.coordinators.contains(tokens[$0].lower) && $0 + 1 < k && isTitle(tokens[$0 + 1]) }) {
                // `La procureure de la Cour, Mme Fatou Bensouda, a déclaré`.
                var role: String?
                if j >= start, tokens[j].text == ",", let before = (depth < Self.maximumCommaDepth ? phrase(before: j, from: start, in: block, depth: depth + 1) : nil), case .phrase(let text, _) = before.mention {
                    role = text
                } else if j >= start, tokens[j].text == ",", let relation = roleOfAnother(endingBefore: j, from: start, tokens) {
                    // `L'entraîneur de Léo Marin au club, Paul Roy, parle`, `The coach of Ann Lee,
                    // Tom Hale, said`: a role naming another person, then the speaker's name.
                    role = block.text(tokens: relation)
                }
                return (.name(words: words, written: written, gender: gender, role: role), segment.lowerBound)
            }
            return nil
        }
        // `Le collectif « Air libre » dénonce`, `Le collectif « Air libre », qui …, dénonce`.
        if let quoted = quotedOrganisationName(at: k, from: start, in: block) { return quoted }
        guard tokens[k].isWord else { return nil }
        // `One of them said:`: the pronoun closes a partitive, whose whole phrase is the subject.
        if k - 2 >= start, closesPartitive(at: k, from: k - 2, tokens) {
            return classify((k - 2)..<(k + 1), in: block).map { ($0, k - 2) }
        }
        if lexicon.pronouns[tokens[k].lower] != nil || lexicon.unresolvablePronouns.contains(tokens[k].lower) {
            return classify(k..<(k + 1), in: block).map { ($0, k) }
        }
        // `L'association d'usagers Rives à pied et à vélo salue`: a name its organisation noun announces.
        if let announced = announcedOrganisationName(endingAt: k, from: start, in: block) { return announced }
        // A subject does not end with a preposition (`wrote a post to | answer`), nor with a
        // coordinator: the verb after one shares the subject of the first (`a plaidé la « … » de
        // son client et | souligné`).
        if lexicon.prepositions.contains(tokens[k].lower) || lexicon.coordinators.contains(tokens[k].lower), !isNameWord(tokens[k]) { return nil }
        if let described = describedAntecedent(before: k + 1, from: start, in: block) { return described }
        if let described = describedSubject(before: k + 1, from: start, in: block) { return described }
        var first = k
        while first - 1 >= start, k - first + 1 < Self.maximumPhraseLength {
            let token = tokens[first - 1]
            // (`the Secretary of State for Work and Pensions said`: names coordinated in a complement,
            // and a capitalised speech-verb form right after a complement word, are a role's words.)
            // (`the players’ committee wrote`: a plural's possessive apostrophe belongs to its word; a
            // capitalised name after one, `The Metal Workers' Union`, is the name's own business.)
            if isPossessiveApostrophe(at: first - 1, tokens), first - 2 >= start, !tokens[first].isCapitalized,
               !lexicon.determiners.contains(tokens[first].lower) { first -= 1; continue }
            guard token.isWord, !lexicon.conjunctions.contains(token.lower) || isNameWord(tokens[first]) && followsCoordinatedComplement(first, start: start, tokens)
                    || coordinatesTitles(at: first - 1, tokens) || coordinatesComplements(at: first - 1, from: start, tokens)
                    || coordinatesNameParts(at: first - 1, from: start, limit: k + 1, tokens),
                  !isSpeechVerb(token) || token.isCapitalized && followsComplement(first - 1, start: start, tokens),
                  !lexicon.auxiliaries.contains(token.lower), !opensRelativeClause(at: first - 1, tokens) else { break }
            // A determiner opens its phrase: what stands before it belongs to the phrase only
            // through a preposition (`the leader of the party`), else it is another constituent
            // (`wrote | a post`). A capitalised particle inside a name is no determiner: `Paul Le
            // Guen a dit` is Paul Le Guen, not a namesake called `Le Guen`.
            let particleInName = tokens[first].isCapitalized && lexicon.nameParticles.contains(tokens[first].lower)
                && isNameWord(token) && first + 1 <= k && isNameWord(tokens[first + 1])
            if !particleInName, lexicon.determiners.contains(tokens[first].lower) || tokens[first].lower == "l'",
               !lexicon.prepositions.contains(tokens[first].lower), !lexicon.complementWords.contains(tokens[first].lower),
               !lexicon.prepositions.contains(token.lower), !lexicon.complementWords.contains(token.lower),
               !lexicon.genitiveWords.contains(token.lower), !lexicon.determiners.contains(token.lower) { break }
            first -= 1
        }
        // A lone lowercase word between a clause boundary and the verb is a handle (`, fulue highlighted`).
        if first == k, tokens[k].isWord, !tokens[k].isCapitalized, !lexicon.isFunctionWord(tokens[k].lower),
           k - 1 >= start, tokens[k - 1].text == ",", tokens[k].text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) {
            return (.phrase(tokens[k].text, gender: ""), k)
        }
        // `Tom Reyes, speaking for the board on 14 March said,`: a participle clause after the
        // subject that no comma closes; the verb's subject is the speaker before the clause.
        let participle = first - 1 >= start && isSpeechVerb(tokens[first - 1]) && isClauseParticiple(tokens[first - 1]) ? first - 1 : first
        if participle - 1 > start, participle < k, tokens[participle - 1].text == ",", isClauseParticiple(tokens[participle]),
           depth < Self.maximumCommaDepth, let before = phrase(before: participle - 1, from: start, in: block, depth: depth + 1),
           before.start == start || !tokens[before.start - 1].isWord {
            switch before.mention {
            case .name: return before
            case .phrase(let text, _) where namesSpeaker(text): return before
            default: break
            }
        }
        // The phrase starts at the first determiner, honorific, title or name word that does not follow a preposition.
        var phraseStart: Int?
        for index in first...k {
            let token = tokens[index]
            // A capitalised name particle opening the sentence starts a name (`Von der Leyen sagte`).
            let opensName = index == first && token.isCapitalized && lexicon.nameParticles.contains(token.lower)
                && (first == start || !tokens[first - 1].isWord) && index < k
            let startsPhrase = lexicon.determiners.contains(token.lower) || token.lower == "l'" || isHonorific(token)
                || isTitle(token) || isNameWord(token) || opensName || isBarePersonNoun(token)
            guard startsPhrase else { continue }
            if index > first {
                // Only where a phrase can begin: not after a preposition, nor inside one already begun,
                // nor after a common noun whose complement it is (`einer Erklärung der Gewerkschaft`).
                let previous = tokens[index - 1]
                if lexicon.prepositions.contains(previous.lower) || lexicon.determiners.contains(previous.lower) || previous.lower == "l'"
                    || isHonorific(previous) || isTitle(previous) || isNameWord(previous) || lexicon.isCommonNoun(previous.lower) { continue }
            }
            phraseStart = index
            break
        }
        // `a performance critics called “luminous”`, `a plan residents described as …`: a singular
        // indefinite determiner, one lowercase noun and the plural of a noun for people right
        // before the verb is a noun and the subject of a relative clause without its pronoun;
        // the plural alone is the subject (not `a few critics`, `a dozen nurses`).
        if let phraseStart, k - phraseStart == 2, isIndefiniteDeterminer(phraseStart, tokens), !isPluralPhrase(phraseStart..<(phraseStart + 2), tokens),
           tokens[phraseStart + 1].isWord, !tokens[phraseStart + 1].isCapitalized, !lexicon.isFunctionWord(tokens[phraseStart + 1].lower),
           !lexicon.quantityNouns.contains(tokens[phraseStart + 1].lower), !lexicon.nonNameWords.contains(tokens[phraseStart + 1].lower),
           !lexicon.isPersonNoun(tokens[phraseStart + 1].lower), !isTitle(tokens[phraseStart + 1]),
           !tokens[k].isCapitalized, isPluralPersonNoun(tokens[k].lower) {
            return (.phrase(tokens[k].text, gender: "plural"), k)
        }
        // `Sam from Eastfield writes in:`: the name, not its place.
        guard let phraseStart, let mention = classify(nameBeforeOrigin(in: phraseStart..<(k + 1), tokens), in: block) else { return nil }
        // A bare role with no determiner (`Président du Kazakhstan`) is an apposition, not a subject.
        if case .phrase = mention, isTitle(tokens[phraseStart]), phraseStart == first,
           phraseStart > start, tokens[phraseStart - 1].text == "," { return nil }
        // `Name, le rôle` before the verb; a phrase that names no one is the subject of a new
        // clause (`Pour la procureure, Anne Roy, les faits sont graves`), no role. A name deep in
        // an adverbial that a preposition opens, after a noun (`In a post on the app Porchly in
        // May, a resident of … complained`), is no subject the role could describe.
        if case .phrase(let role, _) = mention, namesSpeaker(role), phraseStart == first, phraseStart - 1 >= start, tokens[phraseStart - 1].text == ",",
           depth < Self.maximumCommaDepth, let named = phrase(before: phraseStart - 1, from: start, in: block, depth: depth + 1),
           !isInsideOpeningAdverbial(named.start, from: start, tokens), case .name(let words, let written, let gender, _) = named.mention {
            return (.name(words: words, written: written, gender: gender, role: role), named.start)
        }
        // `a commenter on the forum (handle: @greyheron) wrote`: the handle or name in brackets
        // names the person the description is about.
        if case .phrase(let role, let gender) = mention, namesSpeaker(role), case .name(let words, let written, _, _)? = bracketed {
            return (.name(words: words, written: written, gender: gender, role: role), phraseStart)
        }
        return (mention, phraseStart)
    }

    /// Whether the name at `index` stands inside an adverbial opening its segment: the words
    /// before it, back to a punctuation mark or `start`, open with a preposition and end with a
    /// lowercase noun that is no title nor noun for a person (`In a post on the app Porchly`,
    /// `Dans un message sur l'application Lignée`). Not after a verb (`rigole Patrick, le gérant,`)
    /// nor a role (`Pour la procureure Anne Roy`).
    func isInsideOpeningAdverbial(_ index: Int, from start: Int, _ tokens: [Token]) -> Bool {
        var s = index
        while s > start, tokens[s - 1].isWord { s -= 1 }
        guard s + 1 < index, lexicon.prepositions.contains(tokens[s].lower), !lexicon.determiners.contains(tokens[s].lower) else { return false }
        let before = tokens[index - 1]
        return !before.isCapitalized && !lexicon.isFunctionWord(before.lower) && !isTitle(before) && !lexicon.isPersonNoun(before.lower)
            && !isSpeechVerb(before) && !lexicon.kinNouns.keys.contains(before.lower)
    }

    /// Whether the coordinator at `index` joins two roles of the one person named right after them
    /// (`president and chief executive Ann Roy said`, `founder and managing director Ann Roy`, `la
    /// maire et conseillère départementale Anne Roy`): a title or noun for a person stands right
    /// before it, and after it at most four lowercase words, a title or noun for a person among
    /// them, run to a name word. Such a phrase is one speaker's, not two subjects.
    func coordinatesTitles(at index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, index + 2 < tokens.count, tokens[index].isWord, lexicon.coordinators.contains(tokens[index].lower),
              isTitle(tokens[index - 1]) || lexicon.isPersonNoun(tokens[index - 1].lower) else { return false }
        var k = index + 1
        var hasRole = false
        while k < min(tokens.count, index + 5), tokens[k].isWord, !isNameWord(tokens[k]) {
            if isTitle(tokens[k]) || lexicon.isPersonNoun(tokens[k].lower) { hasRole = true }
            else if tokens[k].isCapitalized || lexicon.isFunctionWord(tokens[k].lower) || isSpeechVerb(tokens[k]) { return false }
            k += 1
        }
        return hasRole && k < tokens.count && isNameWord(tokens[k])
    }

    /// Whether the coordinator at `index` joins two complements of one noun (`Le ministère de
    /// l'Économie et de l'Énergie`, `le service départemental d'incendie et de secours`, `the
    /// museum of art and of history`): a genitive word right after it, and another in the words
    /// before it back to `start` (no punctuation between). Such a phrase is one subject, not two.
    func coordinatesComplements(at index: Int, from start: Int, _ tokens: [Token]) -> Bool {
        guard index > start, index + 1 < tokens.count, tokens[index].isWord, lexicon.coordinators.contains(tokens[index].lower),
              tokens[index + 1].isWord, lexicon.genitiveWords.contains(tokens[index + 1].lower) else { return false }
        var k = index - 1
        while k >= start, tokens[k].isWord, index - k < Self.maximumPhraseLength {
            if lexicon.genitiveWords.contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// Whether the coordinator at `index` joins two parts of one organisation's name inside the
    /// phrase opening at `start` (and ending before `limit`), so that the phrase goes on past it:
    /// - two complements of its noun (``coordinatesComplements(at:from:_:)``: `la Fédération des
    ///   usagers du rail et du tram`, `le service départemental d'incendie et de secours`); after
    ///   a complement word that is also a plural determiner (`et des`), only in a capitalised name
    ///   or before a capitalised word (`la Fédération des usagers et des cheminots`, `le ministère
    ///   de l'Économie et des Finances`), since `le directeur de l'usine et des salariés` is two
    ///   subjects;
    /// - two bare nouns of one complement in a capitalised name, the second ending the clause
    ///   (`le Syndicat national des exploitants de maquis et bars.`);
    /// - in a language whose names take the coordinator (``Lexicon/nameInternalWords``: `and`),
    ///   one capitalised word that is no common given name and a name run that ends with, or
    ///   stands before, an organisation noun or a title (`Parks and Recreation Director Lauren
    ///   Hsu`, `the Fish and Wildlife Service`); not two people (`Mary Dubois and John Roy`,
    ///   `Paul and Health Secretary Jane Roe`).
    func coordinatesNameParts(at index: Int, from start: Int, limit: Int, _ tokens: [Token]) -> Bool {
        guard index > start, index + 1 < limit, tokens[index].isWord, lexicon.coordinators.contains(tokens[index].lower),
              tokens[index - 1].isWord, tokens[index + 1].isWord else { return false }
        // The phrase names an organisation in capitals: its first word after the determiner is capitalised.
        let head = lexicon.determiners.contains(tokens[start].lower) || tokens[start].lower == "l'" ? start + 1 : start
        let capitalisedName = head < index && tokens[head].isCapitalized && isNameWord(tokens[head])
        let next = tokens[index + 1]
        if coordinatesComplements(at: index, from: start, tokens) {
            guard lexicon.genderedDeterminers[next.lower] == "plural" else { return true }
            var k = index + 2
            while k < limit, tokens[k].isWord, lexicon.determiners.contains(tokens[k].lower) || tokens[k].lower == "l'" { k += 1 }
            return capitalisedName || k < limit && isNameWord(tokens[k])
        }
        let previous = tokens[index - 1]
        if capitalisedName, !previous.isCapitalized, !lexicon.isFunctionWord(previous.lower), followsComplement(index - 1, start: start, tokens),
           isLowercaseNameWord(next), index + 2 >= limit || !tokens[index + 2].isWord {
            return true
        }
        guard lexicon.nameInternalWords.contains(tokens[index].lower), isNameWord(previous), isNameWord(next),
              index - 1 == start || !isNameWord(tokens[index - 2]), lexicon.givenNameGender(of: [previous.text]).isEmpty else { return false }
        let run = nameRun(from: index + 1, tokens, limit: limit)
        if let last = run.last, lexicon.organisationNouns.contains(tokens[last].lower) { return true }
        return run.upperBound < limit && (isTitle(tokens[run.upperBound]) || lexicon.organisationNouns.contains(tokens[run.upperBound].lower))
    }

    /// The handle or full name alone in the brackets from `open` to `close`, after a label and a
    /// colon at most (`(handle: @greyheron)`, `(pseudonyme : @merle_noir)`, `(Anna Roy)`), if any.
    func bracketedName(_ open: Int, _ close: Int, _ tokens: [Token]) -> Mention? {
        var k = open + 1
        if k + 1 < close, tokens[k].isWord, tokens[k + 1].text == ":" { k += 2 }
        guard k < close else { return nil }
        if close - k == 1, isHandle(tokens[k]) {
            return .name(words: [tokens[k].text], written: tokens[k].text, gender: "", role: nil)
        }
        guard isNameWord(tokens[k]), !isHandle(tokens[k]) else { return nil }
        let run = nameRun(from: k, tokens, limit: close)
        guard run.count >= 2, run.upperBound == close else { return nil }
        let words = nameWords(run, tokens)
        return .name(words: words, written: tokens[run].map(\.text).joined(separator: " "), gender: "", role: nil)
    }

    /// The noun phrase that starts at or after `position` (an inverted subject after a verb, or the
    /// object of `selon`), up to `limit`. Adverbs and up to two short prepositional phrases
    /// (`de son côté`, `à l'AFP`) are skipped first; `la maire, Mme Roche` gives the name with its role.
    func phrase(after position: Int, limit: Int, in block: BlockText) -> (mention: Mention, end: Int)? {
        let tokens = block.tokens
        var j = position
        var skippedPhrases = 0
        var skippedOrganisation = false
        while j < limit {
            if isSkippable(tokens[j]) && !(lexicon.determiners.contains(tokens[j].lower)) { j += 1; continue }
            let adverbial = adverbialPhrase(startingAt: j, tokens, limit: limit)
            if adverbial > 0 { j += adverbial; continue }
            if skippedPhrases < 2, tokens[j].isWord, lexicon.prepositions.contains(tokens[j].lower) {
                j += 1
                while j < limit, tokens[j].isWord, lexicon.determiners.contains(tokens[j].lower) || tokens[j].lower == "l'" { j += 1 }
                if j < limit, tokens[j].isWord {
                    skippedOrganisation = tokens[j].isCapitalized && lexicon.organisationNouns.contains(tokens[j].lower)
                    j += 1
                }
                skippedPhrases += 1
                continue
            }
            break
        }
        guard j < limit, tokens[j].isWord else { return nil }
        // `a raconté à l'Agence Littoral Presse Yannick Le Goff, patron pêcheur`: the name of the
        // organisation skipped runs on to the person's, who starts at a common given name
        // followed by another name word.
        if skippedOrganisation, isNameWord(tokens[j]), lexicon.givenNameGender(of: [tokens[j].text]).isEmpty {
            let run = nameRun(from: j, tokens, limit: limit)
            if let given = run.dropFirst().first(where: { $0 + 1 < run.upperBound && !lexicon.givenNameGender(of: [tokens[$0].text]).isEmpty }) { j = given }
        }
        if let late = lateNamedDescription(from: j, limit: limit, in: block) { return late }
        // `one passenger`: a pronoun that is also a determiner, before a noun, is the determiner;
        // so it is before a partitive (`one of them`, `one of the drivers`): someone of a group.
        let partitive = j + 2 < limit && tokens[j + 1].isWord && lexicon.genitiveWords.contains(tokens[j + 1].lower) && tokens[j + 2].isWord
        let determinesNoun = lexicon.determiners.contains(tokens[j].lower) && j + 1 < limit && tokens[j + 1].isWord
            && (!lexicon.isFunctionWord(tokens[j + 1].lower) || partitive) && !isSpeechVerb(tokens[j + 1])
        if !determinesNoun, lexicon.pronouns[tokens[j].lower] != nil || lexicon.unresolvablePronouns.contains(tokens[j].lower) {
            return classify(j..<(j + 1), in: block).map { ($0, j + 1) }
        }
        var end = j
        while end < limit, end - j < Self.maximumPhraseLength {
            let token = tokens[end]
            guard token.isWord else { break }
            // `the foreign ministries of Veldran and Ostmark`: names coordinated after a complement
            // word belong to the one complement.
            let coordinatedComplement = lexicon.nameInternalWords.contains(token.lower) && end > j && isNameWord(tokens[end - 1])
                && followsComplement(end - 1, start: j, tokens) && end + 1 < limit && isNameWord(tokens[end + 1])
            if lexicon.conjunctions.contains(token.lower), !coordinatedComplement, !coordinatesTitles(at: end, tokens),
               !coordinatesNameParts(at: end, from: j, limit: limit, tokens) { break }
            // `l'ONG Rivières sans frontières`: a complement word inside an organisation's name,
            // after its article and first word.
            if lexicon.organisationNameLinks.contains(token.lower), !lexicon.genitiveWords.contains(token.lower), end >= j + 2,
               lexicon.determiners.contains(tokens[j].lower) || tokens[j].lower == "l'", isNameWord(tokens[j + 1]),
               adverbialPhrase(startingAt: end, tokens, limit: limit) == 0,
               end + 1 < limit, isLowercaseNameWord(tokens[end + 1]) || isNameWord(tokens[end + 1]) {
                end += 1
                continue
            }
            // `a dit le prévenu`: a verb form right after a determiner is a noun.
            if end > j, isSpeechVerbUse(at: end, tokens) { break }
            // `un courrier de l'Office fédéral de l'accueil et du séjour lui donnant trente jours`: a
            // clitic pronoun (no determiner, no adverb: `in einer gestern verbreiteten Erklärung`),
            // after a word that is no preposition, opens the clause after the phrase.
            if end > j, !token.isCapitalized, lexicon.clitics.contains(token.lower), !lexicon.determiners.contains(token.lower), token.lower != "l'",
               !lexicon.adverbs.contains(token.lower),
               tokens[end - 1].isWord, !lexicon.prepositions.contains(tokens[end - 1].lower), !lexicon.genitiveWords.contains(tokens[end - 1].lower) { break }
            // `Le rapport de la commission d'enquête a une conclusion sans appel :`: a lowercase
            // auxiliary after the phrase's noun is the verb of its clause, no word of the phrase.
            if end > j, !token.isCapitalized, lexicon.auxiliaries.contains(token.lower), tokens[end - 1].isWord,
               !lexicon.isFunctionWord(tokens[end - 1].lower), !tokens[end - 1].lower.hasSuffix("'") { break }
            // `a justifié l'édile lundi matin`, `said the mayor yesterday`: a lowercase time noun
            // right after the phrase's noun opens an adverbial of time, no part of the speaker (not
            // after a determiner, a complement word or a number: `the night nurse`, `le marché du
            // soir`, `un retraité de 70 ans`).
            if end > j, isEndingTimeAdverbial(at: end, from: j, tokens) { break }
            // Where every noun is capitalised, a lowercase word after a noun, or an auxiliary, is the
            // verb of the clause (`nach Aussagen der Anwältin | handelte es sich`).
            if lexicon.capitalisedNouns, end > j, lexicon.auxiliaries.contains(token.lower)
                || !token.isCapitalized && tokens[end - 1].isCapitalized && !lexicon.isFunctionWord(token.lower) && !lexicon.nameInternalWords.contains(token.lower) { break }
            // `a voice from the opposition benches`: where an unnamed speaker is from belongs to them.
            let origin = lexicon.originPrepositions.contains(token.lower) && !(j..<end).contains { isNameWord(tokens[$0]) }
                && end + 1 < limit && lexicon.determiners.contains(tokens[end + 1].lower)
            // `a spokesperson for the authority`: whom a title's holder speaks for belongs to the phrase.
            let behalf = lexicon.behalfPrepositions.contains(token.lower) && end > j && isTitle(tokens[end - 1])
                && end + 1 < limit && lexicon.determiners.contains(tokens[end + 1].lower)
            if lexicon.prepositions.contains(token.lower), !lexicon.genitiveWords.contains(token.lower), !origin, !behalf {
                // `la Ligue picarde pour les oiseaux nicheurs (LPON)`, `un cadre du Rassemblement pour
                // la concorde (RPC)`: a name that its acronym in brackets closes runs on to it.
                if let open = acronymClosingName(from: j, at: end, limit: limit, tokens) { end = open }
                break
            }
            // A lowercase word followed by a determiner after a complete phrase is a verb (`X apporte une …`).
            if end > j, !token.isCapitalized, !lexicon.isFunctionWord(token.lower), !isTitle(token), end + 1 < limit,
               lexicon.determiners.contains(tokens[end + 1].lower) || tokens[end + 1].lower == "l'",
               !lexicon.genitiveWords.contains(tokens[end + 1].lower), !lexicon.genitiveWords.contains(tokens[end - 1].lower), !lexicon.determiners.contains(tokens[end - 1].lower) { break }
            end += 1
        }
        // `said one of them, who gave her name only as Selvi`, `a driver who asked to be identified
        // only as Mick`: the name the relative clause gives is the speaker's.
        if end > j, end < limit, opensRelativeClause(at: end, tokens) || tokens[end].text == "," && end + 1 < limit && opensRelativeClause(at: end + 1, tokens),
           let named = givenName(after: end - 1, limit: limit, in: block) { return (named.mention, named.end) }
        while end > j, lexicon.isFunctionWord(tokens[end - 1].lower), !isLegalForm(at: end - 1, tokens), !isSurnameInterjection(at: end - 1, tokens),
              !closesPartitive(at: end - 1, from: j, tokens) { end -= 1 }
        guard end > j, let mention = classify(j..<end, in: block) else { return nil }
        // `a réagi la CGT par la voix de son délégué, Marc Hervé`: whoever speaks for the inverted
        // subject is the speaker, as before the verb.
        let voiceStart = end < limit && tokens[end].text == "," ? end + 1 : end
        let voice = voicePhraseLength(at: voiceStart, tokens, limit: limit)
        if voice > 0 {
            var close = voiceStart + voice
            while close < limit, tokens[close].isWord || tokens[close].text == "," || tokens[close].text == "-" { close += 1 }
            if let name = names(in: (voiceStart + voice)..<close, of: block).first { return (name, close) }
        }
        // `a déclaré la présidente du Syndicat autonome des internes (SAI), Clémence Aubrac`,
        // `said the chair of the National Farmers Union (NFU), Tom Hale`: the acronym in brackets
        // closes a role's organisation, and the name in apposition after it is the speaker.
        // (Without a name there, the phrase ends where it did.)
        let phraseEnd = end
        // (The organisation's name may go on past where the phrase stopped: `de l'Union des
        // étudiants en santé (UES)`, a few words with no comma before the brackets.)
        var open = end
        while open < limit, open - end < 4, tokens[open].isWord, tokens[open].quotationIndex == nil { open += 1 }
        if case .phrase = mention, j + 1 < end, isTitle(tokens[j + 1]) || lexicon.isPersonNoun(tokens[j + 1].lower),
           let acronym = bracketedAcronym(at: open, tokens), acronym + 2 < limit, tokens[acronym + 2].text == "," {
            end = acronym + 2
        }
        // Apposition after the phrase.
        if end < limit, tokens[end].text == "," {
            var e = end + 1
            while e < limit, tokens[e].isWord || tokens[e].text == "&" || tokens[e].text == "-" { e += 1 }
            let segment = (end + 1)..<e
            // `X, chair of the Coast Research Agency (CRA), told …`: the organisation's acronym in
            // brackets closes the role, and the apposition goes on to its comma.
            if let acronym = bracketedAcronym(at: e, tokens), acronym + 2 < limit, tokens[acronym + 2].text == "," { e = acronym + 2 }
            switch mention {
            case .name(let words, let written, let gender, nil) where isRoleSegment(segment, tokens):
                return (.name(words: words, written: written, gender: gender, role: block.text(tokens: segment)), e)
            case .phrase(let role, _):
                // (`la lettre, que Le Journal a pu consulter`: a relative clause, no apposition.)
                if let opening = segment.first, !lexicon.relativePronouns.contains(tokens[opening].lower), !lexicon.complementizers.contains(tokens[opening].lower),
                   let inner = classify(segment, in: block), case .name(let words, let written, let gender, _) = inner {
                    return (.name(words: words, written: written, gender: gender, role: role), e)
                }
            default:
                break
            }
        }
        end = phraseEnd
        if case .phrase(_, let gender) = mention, let tail = describingTail(of: j..<end, limit: limit, in: block) {
            return (.phrase(block.text(tokens: j..<tail), gender: gender), tail)
        }
        return (mention, end)
    }

    /// Whether the token at `index` is an object pronoun (``Lexicon/disjunctivePronouns``) closing
    /// a partitive that opens at `start`: a determiner or numeral, a genitive word and the pronoun
    /// (`one of them`, `two of us`, `l'un d'eux`). The pronoun names the group the speaker is one of;
    /// the phrase is someone of it, not the word before it. Not when a written thing is named
    /// just before in the sentence (`The council sent two letters, and one of them said: “…”`):
    /// the pronoun stands for those things (``Lexicon/writtenTextNouns``, ``Lexicon/noticeNouns``).
    func closesPartitive(at index: Int, from start: Int, _ tokens: [Token]) -> Bool {
        guard index == start + 2, tokens[index].isWord, lexicon.disjunctivePronouns[tokens[index].lower] != nil || lexicon.unresolvablePronouns.contains(tokens[index].lower),
              tokens[start + 1].isWord, lexicon.genitiveWords.contains(tokens[start + 1].lower), tokens[start].isWord else { return false }
        guard lexicon.determiners.contains(tokens[start].lower) || tokens[start].text.unicodeScalars.first?.properties.numericType != nil else { return false }
        let before = tokens[max(0, start - 10)..<start]
        let sentenceStart = before.lastIndex { [".", "!", "?"].contains($0.text) }.map { $0 + 1 } ?? before.startIndex
        return !tokens[sentenceStart..<start].contains { $0.isWord && (lexicon.writtenTextNouns.contains($0.lower) || lexicon.noticeNouns.contains($0.lower)) }
    }

    /// The name a person described without one goes by, given in the words after the
    /// description (from the token after `start` up to `limit`, at most 32 tokens, with no
    /// quotation and no capitalised word before the name): a noun for a name
    /// (``Lexicon/givenNameNouns``: `name`, `prénom`) after a possessive (one modifier between at
    /// most) or in a relative clause opened after `start`, or a verb of naming oneself
    /// (``Lexicon/givenNameVerbs``: `identified`, `présente`, `appeler`) in such a clause or next
    /// to a reflexive pronoun; then a comma after the noun, or the name right after the verb
    /// (`qui se fait appeler Kroko`), or at most three lowercase words (`only`, `herself`, `sous le
    /// prénom`) and a naming particle, a genitive word or an agent preposition (`as`, `comme`,
    /// `de`, `by`); then the name (an honorific before it allowed), with a punctuation mark, a
    /// lowercase word or `limit` after it. `Her neighbour, who gave his name only as Col, was
    /// …`, `said one of them, who gave her name only as Selvi`, `a retired machinist who asked
    /// that only his first name, Walt, be used`, `a stallholder who asked to be identified only as
    /// Mick`, `One resident, who goes by Tex,`, `Un automobiliste, qui se présente seulement comme
    /// Mathieu,`, `une infirmière, qui n'a voulu donner que son prénom, Léa,`. Newsrooms name so a
    /// witness who gives no full name; the gold corpora give the words to that name. Not `Paul
    /// Roy gave his name to the stand` (no particle), `gave the lane the name Mill Lane` (no owner,
    /// no clause), `who called the police`, `who moved to Harwick` (no noun or verb of naming).
    /// - Returns: the name as a mention (of the gender a possessive or reflexive pronoun in the
    ///   clause gives when the name gives none), its first token and the token after it; nil when
    ///   the words give none.
    func givenName(after start: Int, limit: Int, in block: BlockText) -> (mention: Mention, start: Int, end: Int)? {
        let tokens = block.tokens
        guard !lexicon.givenNameNouns.isEmpty else { return nil }
        let end = min(limit, start + 32)
        func isParticle(_ token: Token) -> Bool {
            token.isWord && (lexicon.namingParticles.contains(token.lower) || lexicon.genitiveWords.contains(token.lower) || lexicon.agentPrepositions.contains(token.lower))
        }
        func gendered(_ token: Token) -> String? {
            guard token.isWord else { return nil }
            let g = lexicon.possessives[token.lower] ?? (lexicon.reflexivePronouns.contains(token.lower) ? lexicon.pronouns[token.lower] : nil)
            return g == "m" || g == "f" ? g : nil
        }
        var inClause = false
        var gender = ""
        var k = start + 1
        while k < end {
            let token = tokens[k]
            if token.quotationIndex != nil || token.isCapitalized { return nil }
            guard token.isWord else { k += 1; continue }
            if opensRelativeClause(at: k, tokens) { inClause = true; gender = "" }
            if let g = gendered(token) { gender = g }
            let noun = lexicon.givenNameNouns.contains(token.lower)
            // `his name`, `his first name`, `son prénom`: a possessive gives the owner.
            let owned = noun && [k - 1, k - 2].contains { $0 > start && tokens[$0].isWord && lexicon.possessives[tokens[$0].lower] != nil
                && ($0 == k - 1 || !lexicon.isFunctionWord(tokens[k - 1].lower)) }
            let verb = !noun && lexicon.givenNameVerbs.contains(token.lower)
            let reflexive = [k - 1, k + 1].contains { $0 > start && $0 < end && tokens[$0].isWord && lexicon.reflexivePronouns.contains(tokens[$0].lower) }
            guard noun && (owned || inClause) || verb && (inClause || reflexive) else { k += 1; continue }
            var n = k + 1
            if n < end, tokens[n].isWord, tokens[n].isCapitalized {
                // `qui se fait appeler Kroko`: right after a verb only.
                guard verb else { return nil }
            } else if n < end, tokens[n].text == ",", noun {
                n += 1
            } else {
                var steps = 0
                while n < end, steps < 3, tokens[n].isWord, !tokens[n].isCapitalized, !isParticle(tokens[n]) {
                    if let g = gendered(tokens[n]) { gender = g }
                    n += 1
                    steps += 1
                }
                guard n < end, isParticle(tokens[n]) else { k += 1; continue }
                n += 1
            }
            let first = n
            if n + 1 < end, isHonorific(tokens[n]) { n += 1 }
            guard n < end, tokens[n].isWord, tokens[n].isCapitalized, !lexicon.isFunctionWord(tokens[n].lower), tokens[n].quotationIndex == nil else { return nil }
            let run = isNameWord(tokens[n]) ? nameRun(from: n, tokens, limit: limit) : n..<(n + 1)
            // (The name ends there: a punctuation mark or a lowercase word after it, `as Joe was mending`.)
            guard run.upperBound == limit || tokens[run.upperBound].quotationIndex == nil && !(tokens[run.upperBound].isWord && tokens[run.upperBound].isCapitalized) else { return nil }
            if case .name(let words, let written, let nameGender, let role)? = classify(first..<run.upperBound, in: block) {
                return (.name(words: words, written: written, gender: nameGender.isEmpty ? gender : nameGender, role: role), first, run.upperBound)
            }
            return (.name(words: nameWords(run, tokens), written: block.text(tokens: run), gender: gender, role: nil), run.lowerBound, run.upperBound)
        }
        return nil
    }

    /// `says a collector in Hove who bought two of the fakes, Ann Roy.`, `said one former
    /// colleague, Tom Hale, who …`: a description opened by a determiner at `j` (its complements
    /// and a restrictive relative clause, with no verb of saying, no other conjunction and no
    /// quotation, up to a comma), then a name set off by that comma which closes the clause (a
    /// comma or sentence punctuation after it): the named person is the one described, and speaks
    /// in that role.
    /// - Returns: the name with the description as its role and the end of the name, or nil.
    func lateNamedDescription(from j: Int, limit: Int, in block: BlockText) -> (mention: Mention, end: Int)? {
        let tokens = block.tokens
        guard lexicon.determiners.contains(tokens[j].lower), j + 1 < limit, tokens[j + 1].isWord, !tokens[j + 1].isCapitalized else { return nil }
        var comma = j + 1
        while comma < limit, comma - j <= Self.maximumPhraseLength, tokens[comma].isWord || tokens[comma].text == "-" {
            let token = tokens[comma]
            if isSpeechVerb(token) || lexicon.conjunctions.contains(token.lower) && !lexicon.relativePronouns.contains(token.lower) { return nil }
            comma += 1
        }
        guard comma < limit, tokens[comma].text == ",", comma > j + 1 else { return nil }
        var end = comma + 1
        while end < limit, tokens[end].isWord || tokens[end].text == "-" { end += 1 }
        guard end > comma + 1, end == limit || [",", ".", ";", ":", "!", "?", ")"].contains(tokens[end].text),
              ((comma + 1)..<end).allSatisfy({ isNameWord(tokens[$0]) || isHonorific(tokens[$0]) || lexicon.nameParticles.contains(tokens[$0].lower) }),
              case .name(let words, let written, let gender, _)? = classify((comma + 1)..<end, in: block) else { return nil }
        return (.name(words: words, written: written, gender: gender, role: block.text(tokens: j..<comma)), end)
    }

    /// Whether the token at `index` is a one-word indefinite determiner (`un`, `a`, `ein`).
    func isIndefiniteDeterminer(_ index: Int, _ tokens: [Token]) -> Bool {
        tokens[index].isWord && lexicon.indefiniteDeterminers.contains([tokens[index].lower])
    }

    /// Where the description of an unnamed speaker goes on after its phrase (`raconte un usager
    /// rencontré | à la station Gare-Centrale, qui …`, `sourit une patiente de 34 ans suivie | dans
    /// le cadre de l'étude,`, `raconte une riveraine | qui habite l'immeuble d'en face.`): for a
    /// phrase opened by an indefinite determiner and headed by a person noun, its complements,
    /// participles and a restrictive relative clause (no comma before it) up to a comma, a colon,
    /// a semicolon, a parenthesis or the end of the sentence. A non-restrictive clause set off by
    /// a comma stays out.
    /// - Returns: the end of the description, or nil when it would run into a quotation, a speech
    ///   verb, a conjunction or a time noun (`a spokesman on Monday`), or grow past
    ///   ``maximumPhraseLength``.
    func describingTail(of phrase: Range<Int>, limit: Int, in block: BlockText) -> Int? {
        let tokens = block.tokens
        // `une commerçante de Plouvic | sur Facebook`: a description that ends in a place is whole.
        guard phrase.upperBound < limit, tokens[phrase.upperBound].isWord, isIndefiniteDeterminer(phrase.lowerBound, tokens),
              !tokens[phrase.upperBound - 1].isCapitalized, namesSpeaker(block.text(tokens: phrase)) else { return nil }
        // A complement goes on a modifier (`un usager rencontré | à la gare`), not a noun, whose
        // next complement may be an addressee (`un technicien de la société | à sa hiérarchie`).
        let last = tokens[phrase.upperBound - 1].lower
        let beforeLast = phrase.count >= 2 ? tokens[phrase.upperBound - 2].lower : ""
        let modified = phrase.count >= 2 && !lexicon.isPersonNoun(last) && !lexicon.determiners.contains(beforeLast)
            && !lexicon.complementWords.contains(beforeLast) && !beforeLast.hasSuffix("'")
        guard lexicon.relativePronouns.contains(tokens[phrase.upperBound].lower) || modified else { return nil }
        var e = phrase.upperBound
        while e < limit {
            let token = tokens[e]
            guard token.isWord else {
                if token.text == "-" { e += 1; continue }
                return [",", ".", ";", ":", "!", "?", ")", "…"].contains(token.text) ? e : nil
            }
            guard e - phrase.lowerBound < Self.maximumPhraseLength else { return nil }
            let relative = e == phrase.upperBound && lexicon.relativePronouns.contains(token.lower)
            if lexicon.conjunctions.contains(token.lower) && !relative || isSpeechVerb(token) || lexicon.timeNouns.contains(token.lower) { return nil }
            e += 1
        }
        return e
    }

    /// `A woman who had queued since dawn with her two grandchildren said:`: before the verb at
    /// `end`, a phrase opened by an indefinite determiner or a definite article at the head of its clause, headed by a
    /// person noun and followed by a restrictive relative clause (no comma before it) that runs
    /// up to the verb: the subject is the phrase with its clause.
    func describedAntecedent(before end: Int, from start: Int, in block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var r = end - 1
        // `A cousin who sat through every hearing but declined to be named said`: a second verb
        // of the clause, after a coordinator, ends the description (the first coordinator wins).
        // `A violinist who asked not to be named because she was not authorized to speak to the
        // press was blunter:`: a speech verb right after the relative pronoun, or after a
        // preposition (an infinitive), is the clause's own; another ends the walk.
        var coordinated: Int?
        while r > start, tokens[r].isWord, !lexicon.relativePronouns.contains(tokens[r].lower) || lexicon.determiners.contains(tokens[r].lower) {
            if isSpeechVerb(tokens[r]) && coordinated == nil, !lexicon.prepositions.contains(tokens[r - 1].lower),
               !(lexicon.relativePronouns.contains(tokens[r - 1].lower) && !lexicon.determiners.contains(tokens[r - 1].lower)) { return nil }
            if lexicon.coordinators.contains(tokens[r].lower) {
                let next = tokens[r + 1]
                guard r + 1 < end - 1, next.isWord, !next.isCapitalized, !lexicon.isFunctionWord(next.lower) else { return nil }
                coordinated = r
            }
            r -= 1
        }
        guard r - 2 >= start, r < (coordinated ?? end) - 1, tokens[r].isWord, lexicon.relativePronouns.contains(tokens[r].lower) else { return nil }
        // (`… who asked not to be named because she was not authorized to speak …`: a subordinate
        // clause inside the description says why; the description ends before it.)
        let described = ((r + 2)..<(coordinated ?? end)).first { lexicon.conjunctions.contains(tokens[$0].lower)
            && !lexicon.coordinators.contains(tokens[$0].lower) && !lexicon.relativePronouns.contains(tokens[$0].lower) } ?? coordinated ?? end
        // (`A violinist who asked not to be | named`: a description never ends on an auxiliary or
        // a preposition; the verb there is the clause's own.)
        guard !lexicon.auxiliaries.contains(tokens[described - 1].lower), !lexicon.prepositions.contains(tokens[described - 1].lower) else { return nil }
        // (`The woman who found the dog said`, `Les jeunes ingénieurs qui viennent ici me disent`:
        // a definite article opens such a description too; the clause tells which one.)
        for d in max(start, r - 4)...(r - 2) where isIndefiniteDeterminer(d, tokens) || tokens[d].isWord && lexicon.definiteArticles.contains(tokens[d].lower) {
            guard d == start || [",", ":"].contains(tokens[d - 1].text), (d..<r).allSatisfy({ tokens[$0].isWord }),
                  described - d <= Self.maximumPhraseLength, namesSpeaker(block.text(tokens: d..<r)) else { continue }
            return (.phrase(block.text(tokens: d..<described), gender: lexicon.genderedDeterminers[tokens[d].lower] ?? ""), d)
        }
        return nil
    }

    /// `One shopkeeper on the corner of Ash Grove and Kiln Street said`, `Une habitante du coin des
    /// rues Haute et Basse a raconté`: before the verb at `end`, a phrase at the head of its clause
    /// (the sentence's start or after punctuation) opened by an indefinite determiner and headed by
    /// a person noun, then a prepositional complement that holds names joined by a coordinator,
    /// with no verb, pronoun or clause up to `end`: the subject is the described person (`One
    /// shopkeeper`), whatever names the complement holds (they say where the person is, not who
    /// speaks). The walk back from the verb would stop at the coordinator and take the last name.
    /// A complement with no coordinator (`A nurse at Pellham General said`) stays in the phrase.
    func describedSubject(before end: Int, from start: Int, in block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var d = end - 1
        while d > start, tokens[d - 1].isWord || isPossessiveApostrophe(at: d - 1, tokens) { d -= 1 }
        guard d + 3 < end, end - d <= Self.maximumPhraseLength + 4, isIndefiniteDeterminer(d, tokens) else { return nil }
        guard let p = ((d + 2)..<end).first(where: { tokens[$0].isWord && lexicon.prepositions.contains(tokens[$0].lower) }), p - d <= 4,
              namesSpeaker(block.text(tokens: d..<p)) else { return nil }
        let complement = p..<end
        guard complement.contains(where: { isNameWord(tokens[$0]) }), complement.contains(where: { tokens[$0].isWord && lexicon.coordinators.contains(tokens[$0].lower) }),
              !complement.contains(where: { tokens[$0].isWord && (isSpeechVerb(tokens[$0]) || lexicon.auxiliaries.contains(tokens[$0].lower)
                  || lexicon.relativePronouns.contains(tokens[$0].lower) || lexicon.complementizers.contains(tokens[$0].lower)
                  || lexicon.pronouns[tokens[$0].lower] != nil) }) else { return nil }
        return (.phrase(block.text(tokens: d..<p), gender: lexicon.genderedDeterminers[tokens[d].lower] ?? ""), d)
    }

    /// Whether the name starting at `index`, after a complement word, is an organisation's: two
    /// words or more whose last one, or the last one's owner in the Saxon genitive, ends
    /// organisations' names (``Lexicon/organisationNameEnds``: `on Kestrel TV last month`, `on
    /// Kestrel TV’s Late Quiz`). Such a name is in view for a later head-noun anaphor (`the
    /// channel said`: ``SpeakerRegistry/organisationAnaphorReferent(_:)``).
    func namesOrganisationAfterComplement(_ index: Int, limit: Int, _ tokens: [Token]) -> Bool {
        var run = nameRun(from: index, tokens, limit: limit)
        if let owner = run.first(where: { isSaxonGenitive(tokens[$0]) }) { run = run.lowerBound..<(owner + 1) }
        guard run.count >= 2 else { return false }
        var last = tokens[run.upperBound - 1].lower
        if isSaxonGenitive(tokens[run.upperBound - 1]) { last = String(last.dropLast(2)) }
        return lexicon.organisationNameEnds.contains(last)
    }

    /// `l'atelier de Gaston Lebrave`, `the workshop of Harold Pennick`: whether the name starting at
    /// `index`, right after a complement word (through a determiner), is a person's full name: a
    /// common given name (``Lexicon/givenNameGender(of:)``) and at least one more name word, no
    /// coordinator between, complementing a lowercase noun that is no place and no organisation (`la rue de Victor
    /// Hugo`, `l'hôpital de …`; `Université de …`, `Bank of …` are one name already).
    /// A full name of any given name is a person's too when a relative pronoun for persons opens a
    /// clause on it after a comma (``Lexicon/personRelativePronouns``: `That question weighed on
    /// Ada Brill, who has …`), unless the word before the complement word is a noun for a person,
    /// whom the clause is about (`a nurse at Pellham General, who asked not to be named`).
    func namesPersonAfterComplement(_ index: Int, start: Int, limit: Int, _ tokens: [Token]) -> Bool {
        let run = nameRun(from: index, tokens, limit: limit)
        let opensPersonClause = run.upperBound + 1 < tokens.count && tokens[run.upperBound].text == ","
            && tokens[run.upperBound + 1].isWord && lexicon.personRelativePronouns.contains(tokens[run.upperBound + 1].lower)
        // One person's name: no coordinator inside (`a page for Laura and Euna`).
        guard run.count >= 2, opensPersonClause || !lexicon.givenNameGender(of: [tokens[index].text]).isEmpty,
              !tokens[run].contains(where: { lexicon.conjunctions.contains($0.lower) || lexicon.coordinators.contains($0.lower) }) else { return false }
        var c = index - 1
        while c >= start, tokens[c].isWord, !lexicon.complementWords.contains(tokens[c].lower) { c -= 1 }
        var head = c - 1
        // `attribué jeudi à Nadia Berthelot`: a time noun between a verb and a complement word that
        // marks no genitive is an adverbial; the word before it heads the complement.
        if head - 1 >= start, c >= start, tokens[head].isWord, lexicon.timeNouns.contains(tokens[head].lower), !lexicon.genitiveWords.contains(tokens[c].lower),
           tokens[head - 1].isWord, !tokens[head - 1].isCapitalized, !lexicon.isFunctionWord(tokens[head - 1].lower) { head -= 1 }
        guard head >= start, tokens[head].isWord, !tokens[head].isCapitalized, !lexicon.isFunctionWord(tokens[head].lower) else { return false }
        let noun = tokens[head].lower
        if opensPersonClause, lexicon.givenNameGender(of: [tokens[index].text]).isEmpty, lexicon.isPersonNoun(noun) { return false }
        return !lexicon.namesakeNouns.contains(noun) && !lexicon.organisationNouns.contains(noun) && !lexicon.timeNouns.contains(noun)
    }

    /// Every proper name in `range` worth registering: two or more name words, or one after an
    /// honorific or title; with a role from an apposition after it (`, Président du Kazakhstan,`)
    /// or before it (`le Président iranien, Hassan Rouhani`).
    func names(in range: Range<Int>, of block: BlockText) -> [Mention] {
        namedRuns(in: range, of: block).map(\.mention)
    }

    /// ``names(in:of:)`` with the tokens of each name's words (its run, without honorifics and titles).
    func namedRuns(in range: Range<Int>, of block: BlockText) -> [(mention: Mention, run: Range<Int>)] {
        let tokens = block.tokens
        var result: [(mention: Mention, run: Range<Int>)] = []
        var k = range.lowerBound
        // Where a role opening the sentence starts (`Independent senator` before `Ana Roy`).
        var openingRole: Int?
        while k < range.upperBound {
            var prefixStart = k
            while k < range.upperBound, isHonorific(tokens[k]) || (isTitle(tokens[k]) && tokens[k].isCapitalized) { k += 1 }
            guard k < range.upperBound else { break }
            // `The Minister's Parliamentary Private Secretary`: a title in the Saxon genitive is an
            // owner, no prefix of the words after it.
            if k > prefixStart, isSaxonGenitive(tokens[k - 1]) { prefixStart = k }
            let hasPrefix = k > prefixStart
            let titlesOnly = hasPrefix && !tokens[prefixStart..<k].contains { isHonorific($0) }
            // `Last week Ana Roy`, `Lundi dernier Paul Roy`: a time adverbial before the name.
            if !hasPrefix {
                let opensRole = opensRoleBeforeName(at: k, tokens)
                if opensTimeAdverbial(at: k, tokens) || opensAuthoredSpeechNoun(at: k, tokens) || opensParticipleClause(at: k, tokens) || opensRole {
                    if opensRole { openingRole = k }
                    k += 1
                    continue
                }
            }
            guard isNameWord(tokens[k]), hasPrefix || !followsComplement(k, start: range.lowerBound, tokens)
                    || namesPersonAfterComplement(k, start: range.lowerBound, limit: range.upperBound, tokens)
                    || namesOrganisationAfterComplement(k, limit: range.upperBound, tokens) else {
                k = max(k, prefixStart) + 1
                continue
            }
            var run = nameRun(from: k, tokens, limit: range.upperBound)
            let runEnd = run.upperBound
            defer { k = runEnd }
            // `Edvin Roos’s Third Symphony`, `Ana Tell's Blue Period`: capitalised words after a name
            // in the Saxon genitive are a thing that person owns, no part of the name; the owner's
            // name is the run (not `the Women's Institute`, with an organisation noun, nor
            // `Labour's Chief Whip Ann Roy`, with a title).
            if let owner = run.dropLast().first(where: { isSaxonGenitive(tokens[$0]) }),
               !tokens[(owner + 1)..<run.upperBound].contains(where: { isTitle($0) || isHonorific($0) || lexicon.organisationNouns.contains($0.lower) }) {
                run = run.lowerBound..<(owner + 1)
            }
            // `leur fils Michel, 67 ans,`, `her husband Tom`: one given name right after a kin noun.
            let kinNamed = run.count == 1 && !hasPrefix && kinNoun(before: run.lowerBound, from: range.lowerBound, tokens, apposed: false) != nil
            guard run.count >= 2 || hasPrefix || kinNamed || isHandle(tokens[run.lowerBound]) else { continue }
            // `her exhibition Salt and Memory`: a work's title, no one's name; `Ash Grove and Kiln
            // Street`: a place.
            // (`Queen Ida station`: a namesake even after a title.)
            if !hasPrefix, isTitleOfWork(run, tokens) || isPlaceName(run, tokens) { continue }
            // (`Saint Roch Hospital`: a saint's title before a place's name is part of it.)
            if hasPrefix, isSaintsPlace(prefixStart..<run.upperBound, tokens) { continue }
            if isNamesakeBeforePlaceNoun(run, tokens) { continue }
            // `Parliamentary Private Secretary`, `Labour Party leader`, `Chief Economic Adviser`:
            // capitalised words before a role noun modify it, also after titles (an owner's name
            // ending in `'s` stays a name); so do those between a determiner and a lowercase
            // organisation noun (`the Kestrel Dale startup`: a place, no speaker).
            let modifiesOrganisationNoun = !hasPrefix && run.lowerBound > range.lowerBound && lexicon.determiners.contains(tokens[run.lowerBound - 1].lower)
                && run.upperBound < range.upperBound && !tokens[run.upperBound].isCapitalized && lexicon.organisationNouns.contains(tokens[run.upperBound].lower)
            if run.upperBound < range.upperBound, !isSaxonGenitive(tokens[run.upperBound - 1]),
               (!hasPrefix || titlesOnly) && isTitle(tokens[run.upperBound]) || modifiesOrganisationNoun { continue }
            if hasPrefix, prefixStart > range.lowerBound, tokens[prefixStart - 1].lower == "l'" { prefixStart -= 1 }
            var gender = ""
            for index in prefixStart..<run.lowerBound { if let g = lexicon.honorifics[tokens[index].lower], !g.isEmpty { gender = g } }
            if gender.isEmpty { gender = appositionGender(after: run.upperBound, limit: range.upperBound, tokens) }
            if gender.isEmpty, let kin = kinNoun(before: prefixStart, from: range.lowerBound, tokens, apposed: true) {
                gender = lexicon.kinNouns[tokens[kin].lower] ?? lexicon.personNouns[tokens[kin].lower] ?? ""
            }
            var role: String?
            if run.upperBound < range.upperBound, tokens[run.upperBound].text == "," {
                var e = run.upperBound + 1
                while e < range.upperBound, tokens[e].isWord || tokens[e].text == "&" || tokens[e].text == "-" { e += 1 }
                // The range may end at a quotation (`Pour Anne Roy, le projet « … »`): no role ends there.
                let closed = e >= range.upperBound ? e >= tokens.count || tokens[e].quotationIndex == nil : [",", ".", ";", ")"].contains(tokens[e].text)
                let segment = (run.upperBound + 1)..<e
                // A role after a name has a role noun or is one word (`, impuissant,`); other
                // lowercase segments are clauses (`, arrived at dawn.`, `, venue acheter …`).
                let hasRoleWord = segment.count == 1 || segment.contains { isTitle(tokens[$0]) || lexicon.organisationNouns.contains(tokens[$0].lower)
                    || lexicon.determiners.contains(tokens[$0].lower) || lexicon.genitiveWords.contains(tokens[$0].lower) }
                if closed, hasRoleWord, isRoleSegment(segment, tokens) { role = block.text(tokens: segment) }
            }
            // `Independent senator Ana Roy – who … – has used her time`: the role opening the
            // sentence is hers, whatever comes between her name and her verb; a later `the
            // senator` means her (``SpeakerRegistry/resolveRole(_:)``).
            if role == nil, let opening = openingRole, nameAfterOpeningRole(at: opening, tokens) == run.lowerBound {
                role = block.text(tokens: opening..<run.lowerBound)
            }
            if prefixStart - 1 > range.lowerBound, tokens[prefixStart - 1].text == "," {
                // `le Président iranien, Hassan Rouhani`: the last determiner phrase before the comma.
                // `His daughter, Kit Farrow, skipper of the Gull,`: a kin noun there (``Lexicon/seniorityWords``)
                // says more about who she is than the apposition after the name.
                // `du maire de Valbonne, Bernard Lavel`: over a genitive word of no gender or number
                // before a proper name, which is a complement of the role, not its determiner (not
                // `des Sports`: `Au cabinet de la ministre des Sports, Line Dorval, on indique`).
                var d = prefixStart - 2
                while d >= range.lowerBound, tokens[d].isWord,
                      !lexicon.determiners.contains(tokens[d].lower) && tokens[d].lower != "l'"
                        || lexicon.genitiveWords.contains(tokens[d].lower) && lexicon.genderedDeterminers[tokens[d].lower] == nil && d + 1 < prefixStart - 1 && tokens[d + 1].isCapitalized && d > range.lowerBound { d -= 1 }
                // `Dans l'entourage du maire de Valbonne, Bernard Lavel, on assure`: a role that is
                // the complement of an office noun (``Lexicon/officeNouns``) is the holder's, and
                // the side phrase stays the office's: no walk over the genitive then.
                if d > range.lowerBound, tokens[d].isWord, lexicon.determiners.contains(tokens[d].lower) || tokens[d].lower == "l'" {
                    var owner = d - 1
                    if owner > range.lowerBound, lexicon.genitiveWords.contains(tokens[owner].lower) { owner -= 1 }
                    if tokens[owner].isWord, lexicon.officeNouns.contains(tokens[owner].lower) {
                        d = prefixStart - 2
                        while d >= range.lowerBound, tokens[d].isWord, !lexicon.determiners.contains(tokens[d].lower), tokens[d].lower != "l'" { d -= 1 }
                    }
                }
                if d >= range.lowerBound, tokens[d].isWord, prefixStart - 1 - d <= 6, d + 1 < prefixStart - 1 {
                    let kin = prefixStart - 2 == d + 1 && (lexicon.seniorityWords[tokens[d + 1].lower] != nil || lexicon.kinNouns[tokens[d + 1].lower] != nil)
                    if kin || role == nil && isTitle(tokens[d + 1]) { role = block.text(tokens: d..<(prefixStart - 1)) }
                }
            }
            if role == nil, !hasPrefix, run.lowerBound - 2 >= range.lowerBound, tokens[run.lowerBound - 1].isWord, !tokens[run.lowerBound - 1].isCapitalized,
               lexicon.isPersonNoun(tokens[run.lowerBound - 1].lower) || isTitle(tokens[run.lowerBound - 1]),
               tokens[run.lowerBound - 2].isWord, lexicon.determiners.contains(tokens[run.lowerBound - 2].lower) {
                // `a reçu le médecin Marc Rey`: a determiner and a lowercase role noun right before the name.
                role = block.text(tokens: (run.lowerBound - 2)..<run.lowerBound)
            }
            // `Her mother, the translator Ana Roy,`: a kin noun after a possessive, apposed to the
            // name, says who she is more than the role after it (a namesake brought in as someone's
            // relative: ``SpeakerRegistry/resolveName(words:written:gender:role:)``).
            if let kin = kinNoun(before: prefixStart, from: range.lowerBound, tokens, apposed: true), lexicon.kinNouns[tokens[kin].lower] != nil,
               let owner = [kin - 1, kin - 2].first(where: { $0 >= range.lowerBound && tokens[$0].isWord && lexicon.possessives[tokens[$0].lower] != nil }) {
                role = block.text(tokens: owner..<(kin + 1))
            }
            let words = nameWords(run, tokens)
            result.append((.name(words: words, written: block.text(tokens: prefixStart..<run.upperBound), gender: gender, role: role), run))
        }
        return result
    }

    /// The kin noun, or noun for a person, that says who the name starting at `start` is, in a
    /// possessive phrase right before it: `Mr Roy’s wife, Ann Lee,`, `Roy’s daughter, council
    /// member Ann Roy-Lee,`, `the firm’s spokeswoman, Ann Lee,`, `leur fils Michel`, `her late
    /// husband Tom`. The noun (``Lexicon/kinNouns``, or a ``Lexicon/personNouns`` entry) is
    /// lowercase, after a possessive determiner or a Saxon genitive (`Roy’s`, `Haskins’`), over at
    /// most one modifier; it stands right before the name, or (with `apposed`) before a comma and
    /// at most three lowercase role words ending in a noun for a person or title (`council member`).
    /// - Returns: the noun's index, or nil when no such phrase stands there.
    func kinNoun(before start: Int, from lower: Int, _ tokens: [Token], apposed: Bool) -> Int? {
        var k = start - 1
        if apposed {
            var words = 0
            while k >= lower, words < 3, tokens[k].isWord, !tokens[k].isCapitalized, !lexicon.isFunctionWord(tokens[k].lower) { k -= 1; words += 1 }
            if words > 0, !(isTitle(tokens[start - 1]) || lexicon.isPersonNoun(tokens[start - 1].lower)) { return nil }
            // `Her mother, the translator Ana Roy,`: an article may open the role words.
            if words > 0, k > lower, tokens[k].isWord, lexicon.definiteArticles.contains(tokens[k].lower) || lexicon.indefiniteDeterminers.contains([tokens[k].lower]) { k -= 1 }
            guard k >= lower, tokens[k].text == "," else { return nil }
            k -= 1
        }
        guard k > lower, tokens[k].isWord, !tokens[k].isCapitalized,
              lexicon.kinNouns[tokens[k].lower] != nil || lexicon.personNouns[tokens[k].lower] != nil else { return nil }
        func owner(_ i: Int) -> Bool {
            i >= lower && (isSaxonGenitive(tokens[i]) || isPossessiveApostrophe(at: i, tokens)
                || tokens[i].isWord && (lexicon.possessives[tokens[i].lower] != nil || lexicon.determiners.contains(tokens[i].lower) && !lexicon.definiteArticles.contains(tokens[i].lower) && !lexicon.indefiniteDeterminers.contains([tokens[i].lower])))
        }
        let noun = k
        if owner(k - 1) { return noun }
        if k - 2 >= lower, tokens[k - 1].isWord, !tokens[k - 1].isCapitalized, !lexicon.isFunctionWord(tokens[k - 1].lower), owner(k - 2) { return noun }
        return nil
    }

    /// The gender an apposition right after a name agrees in (`Anne Roy, 38 ans, venue avec …`,
    /// `Paul Roy, né à Lyon`, `Anne Roy, la quadragénaire,`, `Paul Roy, boulanger à Vire`): its
    /// first word a gender marker, a gendered person noun, or a singular gendered determiner
    /// before a title or person noun; an age before it (`, 38 ans,`) is passed over.
    /// - Returns: `m`, `f` or `""`.
    func appositionGender(after end: Int, limit: Int, _ tokens: [Token]) -> String {
        var k = end
        for _ in 0..<2 {
            guard k + 1 < limit, tokens[k].text == ",", tokens[k + 1].isWord else { return "" }
            let word = tokens[k + 1].lower
            if let gender = lexicon.genderMarkers[word] { return gender }
            if let gender = lexicon.personNouns[word], !gender.isEmpty, !tokens[k + 1].isCapitalized { return gender }
            // `, la quadragénaire,`, `, la fille de Paul,`; not `, le maire,` said of a woman. The
            // apposition ends at a comma or the sentence's end; with a verb first it is the subject
            // of the next clause (`Pour la procureure, Anne Roy, le prévenu n'est « … »`), no apposition.
            if let gender = lexicon.genderedDeterminers[word], gender == "m" || gender == "f", k + 2 < limit,
               isTitle(tokens[k + 2]) || lexicon.personNouns[tokens[k + 2].lower] != nil || lexicon.kinNouns[tokens[k + 2].lower] != nil,
               gender == "f" || lexicon.personNouns[tokens[k + 2].lower] != "",
               appositionCloses(from: k + 3, limit: limit, tokens) { return gender }
            guard tokens[k + 1].text.unicodeScalars.first?.properties.numericType != nil else { return "" }
            k += 1
            while k < limit, tokens[k].isWord { k += 1 }
        }
        return ""
    }

    /// Whether the words from `start` run to a comma or the sentence's end before any verb,
    /// clitic or quotation mark: the rest of an apposition (`la présidente du club,`).
    private func appositionCloses(from start: Int, limit: Int, _ tokens: [Token]) -> Bool {
        var j = start
        while j < limit {
            let token = tokens[j]
            if [",", ".", ";", ")", "!", "?"].contains(token.text) { return true }
            guard token.isWord, token.quotationIndex == nil, !lexicon.auxiliaries.contains(token.lower), !lexicon.clitics.contains(token.lower),
                  !isSpeechVerb(token) else { return false }
            j += 1
        }
        return limit >= tokens.count || tokens[limit].quotationIndex == nil
    }

    /// The author named through a speech noun in `range`: `le rapport de la Ligue arabe`,
    /// `Un rapport de X`, `X's speech`, `the statement of X`, `the questions X had asked`. The last such phrase wins, or with
    /// `first` the first one (the object of a relay verb: in `He posted X's speech on his blog`
    /// the speech is X's, the blog only where it was posted). With `written`, a noun of a written
    /// text that cannot speak (``Lexicon/writtenTextNouns``: `un courrier de l'Office`, `an order
    /// by the tribunal`) counts as a speech noun.
    func authorOfSpeechNoun(in range: Range<Int>, of block: BlockText, first: Bool = false, written: Bool = false) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var found: (mention: Mention, start: Int)?
        func isSpeechNoun(_ word: String) -> Bool { lexicon.speechNouns.contains(word) || written && lexicon.writtenTextNouns.contains(word) }
        for index in range where tokens[index].isWord && (isSpeechNoun(tokens[index].lower) || lexicon.accountNouns.contains(tokens[index].lower)) {
            if first, found != nil { break }
            // `in his words`, `in his own words`, `by her own count`, `selon ses propres mots`: a
            // possessive, over one adjective.
            var owner = index - 1
            if owner - 1 >= range.lowerBound, tokens[owner].isWord, !lexicon.isFunctionWord(tokens[owner].lower), !tokens[owner].isCapitalized,
               lexicon.possessives[tokens[owner - 1].lower] != nil { owner -= 1 }
            let possessive = owner >= range.lowerBound ? lexicon.possessives[tokens[owner].lower].map { (Mention.pronoun(tokens[owner].text, gender: $0), owner) } : nil
            // An account noun (`count`, `mots`) names an author only after a possessive.
            guard isSpeechNoun(tokens[index].lower) else {
                if let possessive { found = possessive }
                continue
            }
            // `a commentary written by X`, `un texte signé par X`, `the e-mail I got from X`
            var agent = index + 1
            // (`The report, written by the Leisure Trust,`: over the comma of an apposed participle,
            // which must stand before the agent: `The statement, by contrast,` names no one.)
            let apposed = agent < range.upperBound && tokens[agent].text == ","
            if apposed { agent += 1 }
            while agent < min(range.upperBound, index + (apposed ? 5 : 4)), tokens[agent].isWord, !lexicon.agentPrepositions.contains(tokens[agent].lower),
                  !lexicon.speechNouns.contains(tokens[agent].lower) { agent += 1 }
            // (`The report, seen by this newspaper,`, `La note, obtenue par l'AFP,`: who got hold of
            // a text is no author of it.)
            let received = (index + 1..<agent).contains { tokens[$0].isWord && lexicon.receiptParticiples.contains(tokens[$0].lower) }
            if agent + 1 < range.upperBound, !received, !apposed || agent > index + 2, lexicon.agentPrepositions.contains(tokens[agent].lower),
               let author = phrase(after: agent + 1, limit: range.upperBound, in: block), author.end > agent + 1 {
                found = (author.mention, agent + 1)
                continue
            }
            // `rapport d'inspection de l'Agence`, `communiqué de presse de la préfecture`, `a letter
            // of support from the union`: a bare singular noun after the genitive word (no
            // determiner, lower case) says what kind of text it is, never who wrote it; the author,
            // if any, comes in a genitive or agent complement right after that noun.
            var genitive = index + 1
            if genitive + 1 < range.upperBound, isClassifierComplement(at: genitive, tokens) {
                let next = genitive + 2
                if next + 1 < range.upperBound, lexicon.agentPrepositions.contains(tokens[next].lower),
                   let author = phrase(after: next + 1, limit: range.upperBound, in: block), author.end > next + 1 {
                    found = (author.mention, next + 1)
                    continue
                }
                guard next < range.upperBound, lexicon.genitiveWords.contains(tokens[next].lower) else { continue }
                genitive = next
            }
            // `rapport de X`
            if genitive < range.upperBound, lexicon.genitiveWords.contains(tokens[genitive].lower) {
                let index = genitive - 1
                var j = index + 2
                if tokens[index + 1].lower == "du" || tokens[index + 1].lower == "des" { j = index + 1 }
                if let author = ownerPhrase(from: j, limit: range.upperBound, block: block) { found = (author, j) }
                continue
            }
            // `the questions The Red Pepper had asked`, `les questions que le journal a posées`: a
            // relative clause (with or without `that`/`que`) whose subject is a name or phrase.
            var relative = index + 1
            if relative < range.upperBound, tokens[relative].isWord,
               lexicon.complementizers.contains(tokens[relative].lower) || lexicon.relativePronouns.contains(tokens[relative].lower) { relative += 1 }
            if relative < range.upperBound, tokens[relative].isWord, lexicon.determiners.contains(tokens[relative].lower) || isNameWord(tokens[relative]),
               let author = phrase(after: relative, limit: range.upperBound, in: block), author.end < range.upperBound,
               lexicon.auxiliaries.contains(tokens[author.end].lower) || isSpeechVerb(tokens[author.end]) {
                switch author.mention {
                case .name, .phrase:
                    found = (author.mention, relative)
                    continue
                default: break
                }
            }
            if let possessive {
                found = possessive
                continue
            }
            // `X's speech`, and over one lowercase adjective (`the assembly's final statement`).
            if index > range.lowerBound {
                var o = index - 1
                if o - 1 >= range.lowerBound, tokens[o].isWord, !tokens[o].isCapitalized, !lexicon.isFunctionWord(tokens[o].lower),
                   !isSaxonGenitive(tokens[o]), isSaxonGenitive(tokens[o - 1]) { o -= 1 }
                let owner = tokens[o]
                for suffix in ["'s", "’s"] where owner.text.hasSuffix(suffix) && !owner.isCapitalized && owner.text.count > 2 {
                    // `some teacher's comments`: an unnamed author; `the assembly's statement`: with
                    // its definite article, someone already named (the assembly).
                    let noun = String(owner.text.dropLast(2))
                    if o - 1 >= range.lowerBound, tokens[o - 1].isWord, lexicon.definiteArticles.contains(tokens[o - 1].lower) {
                        found = (.phrase(tokens[o - 1].text + " " + noun, gender: ""), o - 1)
                    } else {
                        found = (.phrase(noun, gender: ""), o)
                    }
                }
                for suffix in ["'s", "’s"] where owner.text.hasSuffix(suffix) && owner.isCapitalized {
                    var first = o
                    while first - 1 >= range.lowerBound, isNameWord(tokens[first - 1]) { first -= 1 }
                    found = (Self.genitiveOwnerName(tokens[first...o].map(\.text)), first)
                }
            }
        }
        return found
    }

    /// The last name in `range` set in apposition to a speech noun with an indefinite
    /// determiner (`Mega Foo! [Mega Bar!, pt], a blog created to …`, `Le Veilleur, un blog
    /// militant`): a publication, which speaks for itself. Punctuation and a bracketed gloss
    /// may stand between the name and the comma.
    func nameWithAppositiveMedium(in range: Range<Int>, of block: BlockText) -> (mention: Mention, start: Int)? {
        let tokens = block.tokens
        var found: (mention: Mention, start: Int)?
        for index in range where index - 2 > range.lowerBound && tokens[index].isWord && lexicon.speechNouns.contains(tokens[index].lower) {
            guard lexicon.determiners.contains(tokens[index - 1].lower), tokens[index - 2].text == "," else { continue }
            var k = index - 3
            if k >= range.lowerBound, tokens[k].text == "]" || tokens[k].text == ")" {
                while k >= range.lowerBound, tokens[k].text != "[", tokens[k].text != "(" { k -= 1 }
                k -= 1
            }
            while k >= range.lowerBound, tokens[k].kind == .punctuation, ["!", "?"].contains(tokens[k].text) { k -= 1 }
            guard k >= range.lowerBound, isNameWord(tokens[k]) else { continue }
            var first = k
            while first - 1 >= range.lowerBound, isNameWord(tokens[first - 1]) || lexicon.nameInternalWords.contains(tokens[first - 1].lower) && first - 2 >= range.lowerBound && isNameWord(tokens[first - 2]) { first -= 1 }
            let words = tokens[first...k].map(\.text)
            found = (.name(words: words, written: block.text(tokens: first..<(k + 1)), gender: "", role: nil), first)
        }
        return found
    }

    /// Whether the genitive word at `genitive` (`de`, `d'`, `of`; not `du`/`des`, which hold an
    /// article) opens a bare classifier noun (`rapport d'inspection`, `lettre de soutien`, `letter of
    /// support`): the next token a lowercase word, singular (no ``Lexicon/pluralEndings``), no
    /// function word, no determiner and no organisation noun (`rapport de police` keeps its author).
    func isClassifierComplement(at genitive: Int, _ tokens: [Token]) -> Bool {
        guard genitive + 1 < tokens.count, lexicon.genitiveWords.contains(tokens[genitive].lower),
              tokens[genitive].lower != "du", tokens[genitive].lower != "des" else { return false }
        let noun = tokens[genitive + 1]
        return noun.isWord && !noun.isCapitalized && noun.text.count > 2 && !noun.text.contains(where: \.isNumber)
            && !lexicon.isFunctionWord(noun.lower) && !lexicon.determiners.contains(noun.lower)
            && !lexicon.organisationNouns.contains(noun.lower) && !lexicon.pluralEndings.contains(where: { ending in
                let suffix = ending.split(separator: "=").first.map(String.init) ?? ending
                return noun.lower.hasSuffix(suffix)
            })
    }

    /// A phrase starting at `start` for a speech noun's owner; `du`/`des` count as `de le`/`de les`.
    private func ownerPhrase(from start: Int, limit: Int, block: BlockText) -> Mention? {
        let tokens = block.tokens
        guard start < limit else { return nil }
        if tokens[start].lower == "du" || tokens[start].lower == "des" {
            // `du ministère` → `le ministère` is not written; keep what is written after `du`.
            guard let rest = phrase(after: start + 1, limit: limit, in: block) else { return nil }
            return rest.mention
        }
        return phrase(after: start, limit: limit, in: block)?.mention
    }
}
