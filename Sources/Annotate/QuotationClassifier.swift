/// Tells words presented as said by someone (`.direct`) from scare quotes, titles, names of
/// campaigns and terms (`.mention`), following the gold annotation guide
/// (corpus/gold/README.md, `kind`).
///
/// A span is direct when it has sentence punctuation or at least four words, unless it is
/// title-cased or follows a naming word (`intitulé`, `called`); a shorter span is direct only when
/// it is a clause (an auxiliary or copula inside: `« est une femme »`), a cue stands right next
/// to it (`a promis de « … »`, `», a-t-il dit`), a naming verb with a
/// subject precedes it (`l'avait appelé la « châtelaine … »`), or, for two words or more, it ends
/// a short `verb que …` clause (`estiment que la télévision est une « machine … »`), or, for two
/// words or more, its sentence's speech verb has a subject at most twelve words before it.
/// One capitalised word after a determiner or preposition with a speech verb is the medium or
/// addressee (`sagte er der „Welt“`), a mention.
struct QuotationClassifier {
    let lexicon: Lexicon

    /// Minimum number of words for a span with no sentence punctuation to count as speech on its own.
    static let minimumSpeechWords = 4

    /// - Parameter namingInSentence: the sentence holds a naming verb (`bezeichnete`, `described`).
    /// - Parameter reportedMood: the sentence is in the mood of reported speech (a
    ///   `reportedSpeechMarkers` form outside the span).
    /// - Parameter byAuthor: an agent preposition and a name end the phrase right after the span (`„…“ von Eva Lind,`).
    /// - Parameter glossed: the span stands alone in brackets, or a bracketed abbreviation follows it.
    /// - Parameter followingWord: the word right after the closing mark, lowercased, if a word follows it.
    /// - Parameter carrierBefore: a noun of a thing that carries words (`banderoles`, `placards`)
    ///   stands a few words before the span in its sentence.
    /// - Parameter explained: the words after the span's comma say what it is: a definition
    ///   (`, c'est-à-dire …`, ``Lexicon/definitionMarkers``) or an apposition headed by a noun of
    ///   works or names (`, son premier roman`, `, a nickname …`).
    /// - Parameter clauseWords: up to eight words of the sentence before the span, lowercased
    ///   (`["will", "publish", "a", "set", "of"]`), for cues further back than `precedingWords`.
    /// - Parameter appositive: commas set the span off right after a word (`The report, “…”, replaces`).
    /// - Parameter carrierAfterSpeaker: a carrier noun stands between the speaker's mention and
    ///   the span, with no speech verb (`X brandissait une pancarte sur laquelle on pouvait lire : « … »`).
    /// - Parameter afterWord: a word of the sentence stands right before the opening mark, with no
    ///   punctuation between (`the shooter "…"`, not `the shooter: "…"`).
    /// - Parameter speechAfter: the sentence after the span's, in its paragraph, holds a speech
    ///   verb (`“The End.” That was all Mr Holt said.`): someone may be found there to say it.
    /// - Parameter namer: who gives the name, when a naming verb stands right before the span
    ///   (``AttributionRules/namingSubject(_:bounds:block:)``).
    /// - Parameter setPhrase: how the span follows a noun of set phrases, right after it or after
    ///   it, its complement and a comma or colon (`le surnom du stade, « … »`; ``Lexicon/setPhraseNouns``).
    func kind(text: String, evidence: AttributionEvidence?, precedingWords: [String], namingInSentence: Bool = false, reportedMood: Bool = false,
              byAuthor: Bool = false, glossed: Bool = false, followingWord: String? = nil, carrierBefore: Bool = false, explained: Bool = false,
              clauseWords: [String] = [], appositive: Bool = false, carrierAfterSpeaker: Bool = false, afterWord: Bool = false,
              speechAfter: Bool = false, namer: NamingSubject? = nil, setPhrase: SetPhrase? = nil) -> Kind {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" }).filter { word in
            word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let hasSentencePunctuation = trimmed.unicodeScalars.enumerated().contains { offset, scalar in
            guard [".", "!", "?", "…"].contains(scalar) else { return false }
            let rest = trimmed.unicodeScalars.dropFirst(offset + 1)
            return rest.isEmpty || rest.first == " "
        }
        // `hailed the vote as "historic."`: a period (or other mark) closing the span closes the
        // sentence around it (American style); only one inside makes the span words of its own.
        let innerSentencePunctuation = trimmed.unicodeScalars.dropLast().enumerated().contains { offset, scalar in
            guard [".", "!", "?", "…"].contains(scalar) else { return false }
            return trimmed.unicodeScalars.dropFirst(offset + 1).first == " "
        }
        // `signed “E. Lindqvist,”`, `under the title “Honest Work.”`: in a short span, an
        // initial's period (one letter before it) or a mark closing the span ends no sentence; a
        // name or title after a naming word may hold them (not words after a verb and its
        // particle: `signed off “Bye all.”`).
        let namePunctuation = words.count > 6 || precedingWords.last.map(lexicon.verbParticles.contains) == true ? hasSentencePunctuation : innerSentencePunctuation && trimmed.unicodeScalars.dropLast().enumerated().contains { offset, scalar in
            guard [".", "!", "?", "…"].contains(scalar), trimmed.unicodeScalars.dropFirst(offset + 1).first == " " else { return false }
            let before = trimmed.unicodeScalars.prefix(offset)
            let letters = before.reversed().prefix { $0.properties.isAlphabetic }
            return !(letters.count == 1 && (letters.count == before.count || before.dropLast(1).last == " "))
        }
        func capitalised(_ word: Substring) -> Bool {
            word.unicodeScalars.first { $0.properties.isAlphabetic }?.properties.isUppercase ?? false
        }
        func numeral(_ word: Substring) -> Bool { word.unicodeScalars.first?.properties.numericType != nil }
        // `Clean Air Now`, `How Are You`, `Hermit Kingdom`, `Quay 2030`: every word capitalised (or
        // a number) but short function words, two such words at least, one capitalised.
        var titleCased = words.allSatisfy { capitalised($0) || $0.count <= 3 || numeral($0) } && words.contains(where: capitalised)
            && words.filter({ capitalised($0) || numeral($0) }).count >= 2
        // In a language that capitalises every noun (`capitalisedNouns`), capitals make no title of a
        // span that opens in lower case (`„ein Stück aus dem Tollhaus“`).
        if lexicon.capitalisedNouns, titleCased {
            if let first = words.first, !capitalised(first) { titleCased = false }
            // Nor after an indefinite determiner (`eine „Verhöhnung Polens“`), or a naming particle
            // after a naming verb (`bezeichnete ihn als „Knaller aus Karlsruhe“`): a description.
            if let previous = precedingWords.last, lexicon.indefiniteDeterminers.contains([previous])
                || evidence?.naming == true && lexicon.namingParticles.contains(previous) { titleCased = false }
        }
        // A cue may end a hyphenated compound (`ZDF-Sendung`, `BBC-programme`).
        // In a language that writes compounds as one word, a word ending in a cue (`Wochenzeitschrift`).
        func isMentionCue(_ word: String) -> Bool {
            if lexicon.mentionCues.contains(word) { return true }
            if let last = word.split(separator: "-").last, lexicon.mentionCues.contains(String(last)) { return true }
            return lexicon.compoundNouns && lexicon.mentionCues.contains { $0.count >= 6 && word.count > $0.count + 2 && word.hasSuffix($0) }
        }
        // The cue stands right before the span, or one function word or adverb before it (`called the`,
        // `baptisée officiellement`); a cue followed by its verb is the subject of a clause (`die Aktion erinnere „…“`).
        func isFunctionWordOrAdverb(_ word: String) -> Bool {
            lexicon.isFunctionWord(word) || lexicon.isAdverbLike(word)
        }
        // `pour reprendre ses termes, « … »`, `in his own words`: a cue word that is an account or
        // speech noun, after a possessive (one adjective at most between), is the owner's account
        // of their words, no name or term (`sa campagne « … »` stays a name).
        let n = precedingWords.count
        let ownedCue = precedingWords.last.map { lexicon.accountNouns.contains($0) || lexicon.speechNouns.contains($0) } == true
            && (n >= 2 && lexicon.possessives[precedingWords[n - 2]] != nil
                || n >= 3 && lexicon.possessives[precedingWords[n - 3]] != nil && !lexicon.isFunctionWord(precedingWords[n - 2]))
        // A span in lowercase after a work noun and a copula (`the novel was “the book we waited
        // for”`) is words said about the work, not its title.
        let predicateOfWork = precedingWords.count >= 2 && lexicon.auxiliaries.contains(precedingWords[precedingWords.count - 1])
            && words.first.map { !capitalised($0) } == true
        let afterMentionCue = !ownedCue && precedingWords.last.map(isMentionCue) == true
            || (precedingWords.count >= 2 && !predicateOfWork && isMentionCue(precedingWords[precedingWords.count - 2])
                && precedingWords.last.map { isFunctionWordOrAdverb($0) || isMentionCue($0) || lexicon.speechVerbs.isNamingVerb($0)
                    // `its motto is "Fix, Share, Repeat"`, `sa devise est « … »`: a capitalised span after the cue and a copula.
                    || lexicon.copulas.contains($0) && words.first.map(capitalised) == true } == true)
        // `Kreuzungen („Hybride“) zwischen …`, `der „Grünen Liste“ (GL)`: a short span alone in
        // brackets is a gloss of a term; one with its abbreviation after it is a name.
        if glossed, words.count <= 6, !hasSentencePunctuation { return .mention }
        // `le surnom du stade, « la Cuvette »,`, `une devise en lettres dorées : « Fait main »`,
        // `an old saying in the trade: “…”`, `l'étiquette « miel de montagne »`: the content of a
        // noun of set phrases (a motto, a saying, a nickname, a label) is that phrase, whoever
        // recalls it; one sentence at most (a closing mark only). An indefinite noun before a
        // colon (`un pêcheur résume la situation d'un proverbe : « … »`) brings in the words of
        // the sentence's speaker; they are a mention only when no one says them (`Il y a un vieux
        // dicton dans le métier : « … »`).
        if let setPhrase, setPhrase == .named || evidence?.mention == nil || evidence?.cue == nil, words.count <= 15, !innerSentencePunctuation { return .mention }
        // `des « services coupés », c'est-à-dire des journées …`, `“Low Water”, his first novel`,
        // `comme « le patron des amis », surnom dont …`: a short span that the words after its
        // comma define, or name the kind of, is a term, a title or a nickname; unless a speech
        // verb and its speaker stand right next to it (`she said “no”, meaning she refused`).
        let spokenNextToIt = evidence.map { $0.adjacent && $0.mention != nil && !$0.naming && $0.cue?.lowercased() == precedingWords.last } ?? false
        if explained, words.count <= 8, !hasSentencePunctuation, !spokenNextToIt { return .mention }
        // `what locals call “the bend”`, `Staff have taken to calling it “the bean book”`, `ce que
        // tout le monde appelle déjà le « … »`, `Son équipe a rebaptisé le village « … »`: a short
        // span a naming verb gives, whose subject is people in general or an unnamed crowd, is the
        // name in use, no one's words (`Mayor Ada Finch called it “a disgrace”` stays hers).
        // (Not a call for something, whose words open with a preposition: `Les syndicats appelaient
        // « à la mobilisation générale »` is the unions' words.)
        if namer == .generic, words.count <= 6, !innerSentencePunctuation,
           !(words.first.map { lexicon.prepositions.contains($0.lowercased()) } ?? false) { return .mention }
        if let kind = givenName(words: words, clauseWords: clauseWords, evidence: evidence, followingWord: followingWord,
                                innerSentencePunctuation: innerSentencePunctuation, hasSentencePunctuation: hasSentencePunctuation,
                                endsWithComma: trimmed.hasSuffix(",")) { return kind }
        // `le décret dit « Encres sûres »`, `la loi dite « … »`: a mention cue that is also a
        // speech form (`dit`: so-called), right after a noun that names no person (nor a name: no
        // speaker found by name), before a capitalised span of two to six words with no verb
        // (auxiliary) inside, calls the thing by its name.
        if n >= 2, words.count >= 2, words.count <= 6, !hasSentencePunctuation, let first = words.first, capitalised(first),
           isMentionCue(precedingWords[n - 1]), lexicon.speechVerbs.isSpeechVerb(precedingWords[n - 1]),
           !words.contains(where: { lexicon.auxiliaries.contains($0.lowercased()) }) {
            let noun = precedingWords[n - 2]
            var byName = false
            if case .name? = evidence?.mention { byName = true }
            if !byName, !lexicon.isFunctionWord(noun), !lexicon.isPersonNoun(noun), !lexicon.titles.contains(noun),
               !lexicon.speechVerbs.isSpeechVerb(noun), lexicon.pronouns[noun] == nil { return .mention }
        }
        if let kind = termOrTitle(words: words, precedingWords: precedingWords, clauseWords: clauseWords, appositive: appositive,
                                  hasSentencePunctuation: hasSentencePunctuation, innerSentencePunctuation: innerSentencePunctuation,
                                  titleCased: titleCased, namedBySpeaker: namer == .specific) { return kind }
        // `a plan that names “managed retreat” as an option`, `décrit « X » comme …`: a short span
        // between a naming verb and a naming particle is the thing named, its object, no one's words.
        if !hasSentencePunctuation, words.count <= 6, let next = followingWord, lexicon.namingParticles.contains(next),
           let last = precedingWords.last, lexicon.speechVerbs.isNamingVerb(last) || lexicon.presentNamingForms.contains(last) { return .mention }
        // `a digital currency called “GullCoin”`, `a scheme named “Fresh Start”`: a naming participle
        // right before the span whose own subject cannot speak (the speaker was looked for further
        // back, rule `participle`) names the noun before it.
        if let evidence, evidence.naming, evidence.rule == "participle", !hasSentencePunctuation, words.count <= 6,
           let last = precedingWords.last, evidence.cue?.lowercased() == last, isMentionCue(last) { return .mention }
        // `a group calling itself "Nightjar"`, `un collectif se faisant appeler « … »`, `qui se
        // surnomme « … »`: a short span right after a naming verb with a reflexive pronoun
        // (after it, or up to two words before it) is the name its subject goes by. A span in
        // lower case is a description the subject gave of itself, its words (`in which he called
        // himself "the quiet banker"`); an article before a capitalised name opens the name (`Il
        // se fait appeler « le Baron » et …`).
        let opensName = words.first(where: { !lexicon.determiners.contains($0.lowercased()) }).map(capitalised) == true
        if !hasSentencePunctuation, words.count <= 6, opensName, let last = precedingWords.last,
           n >= 2 && lexicon.reflexivePronouns.contains(last) && lexicon.speechVerbs.isNamingVerb(precedingWords[n - 2])
            || lexicon.speechVerbs.isNamingVerb(last) && precedingWords.dropLast().suffix(2).contains(where: lexicon.reflexivePronouns.contains) { return .mention }
        // `The home fans are singing “…”`, `les supporters entonnent « … »`: the words of a song
        // or a chant, a verb of singing at most three words before them.
        if !hasSentencePunctuation, words.count <= 8, precedingWords.contains(where: { lexicon.songVerbs.contains($0) }) { return .mention }
        // `what can only be called “weather report”`: a short span a naming verb gives in the
        // passive after a modal is a term the text uses, no one's words.
        if let evidence, evidence.hypothetical, evidence.naming, !hasSentencePunctuation, words.count <= 8 { return .mention }
        // `The council named the new scheme “blue”`, `Organisers renamed the route “the long way”`,
        // `La mairie a rebaptisé la place « … »`: a short span after a verb that only gives a name
        // (``Lexicon/nameGivingForms``) and its object is the name given, whoever gives it.
        if let evidence, evidence.rule == "cue-before", let cue = evidence.cue?.lowercased(), lexicon.nameGivingForms.contains(cue),
           clauseWords.suffix(5).contains(cue), !hasSentencePunctuation, words.count <= 6 { return .mention }
        // `inspectors rated it “good”`, `graded the bridge “poor”`, `classified as “high risk”`,
        // `a classé le site « prioritaire »`: a short span after a verb of rating and its object
        // (or a naming particle) is the grade given; not one right after the verb, a determiner
        // or a preposition (`the rating of “…”`, `rates “…”`).
        if !hasSentencePunctuation, words.count <= 3, let v = precedingWords.lastIndex(where: { lexicon.ratingVerbs.contains($0) }), v < n - 1,
           let last = precedingWords.last, lexicon.namingParticles.contains(last)
            || !lexicon.determiners.contains(last) && !lexicon.prepositions.contains(last) && !lexicon.complementizers.contains(last) {
            return .mention
        }
        // `It will be listed as “did not finish”`, `to be classed as an “essential service”`, `mark
        // pupils as “present”`, `what drivers still refer to as “the crawl.”`: a span of a few words
        // after a verb of labelling and its naming particle (and a determiner) is the label given.
        // (The verb may stand up to five words back, with its object: `mark every pupil as “…”`.)
        let particleEnds = n >= 1 && lexicon.namingParticles.contains(precedingWords[n - 1])
            || n >= 2 && lexicon.namingParticles.contains(precedingWords[n - 2]) && lexicon.determiners.contains(precedingWords[n - 1])
        let c = clauseWords.count
        if particleEnds, !innerSentencePunctuation, words.count <= 6,
           let v = clauseWords.lastIndex(where: { lexicon.ratingVerbs.contains($0) || lexicon.labellingVerbs.contains($0) }), v >= c - 6, v < c - 1,
           !clauseWords[(v + 1)...].contains(where: { lexicon.speechVerbs.isSpeechVerb($0) }) {
            return .mention
        }
        // `le « plan Horizon 2030 »`, `the "Project Kestrel"`: a span that opens with a noun of a
        // plan or scheme (``Lexicon/schemeNouns``) before its capitalised name or number names it.
        if words.count >= 2, words.count <= 6, !hasSentencePunctuation, let first = words.first, lexicon.schemeNouns.contains(first.lowercased()),
           words.dropFirst().allSatisfy({ capitalised($0) || $0.unicodeScalars.first?.properties.numericType != nil }) { return .mention }
        // `Vorträge wie „Wie das Dorf zur Stadt wurde“ von Eva Lind, …`: a capitalised span with its
        // author after it, and no cue before it, is the title of a work.
        if byAuthor, let first = words.first, capitalised(first), evidence.map({ !$0.adjacent || $0.rule == "none" || $0.rule == "cue-after" }) ?? true { return .mention }
        // `que le peloton surnomme « … »`, `nicknamed the road ‘…’`, `son recueil « … »`: a name
        // given or a title, not words said.
        if !namePunctuation, precedingWords.suffix(predicateOfWork ? 1 : 2).contains(where: { lexicon.titleCues.contains($0) })
            || evidence.map({ $0.naming && $0.distance <= 8 && $0.cue.map { lexicon.titleCues.contains($0.lowercased()) } == true }) == true {
            return .mention
        }
        // `la pièce de théâtre « Le Blé de nos pères »`, `her exhibition “Salt and Memory”`, `le film
        // culte « … »`: a capitalised span right after a work noun, its complement or one adjective
        // after it, is the work's title, even with a subject and a speech verb before it; not when
        // a speech verb and a colon introduce it (`a dit après le spectacle : « Magnifique »`).
        if let first = words.first, capitalised(first), !hasSentencePunctuation, words.count <= 8, let last = precedingWords.last,
           !(evidence.map { $0.rule == "colon-before" && $0.cue != nil } ?? false) {
            // `l'autrice de « Sel noir »`, `the author of “Low Water”`: a title after an author noun and its complement word.
            // (So is a capitalised span right after a noun of plans or schemes: `son plan « Naître en sécurité »`.)
            if lexicon.workNouns.contains(last) || lexicon.schemeNouns.contains(last)
                || n >= 2 && lexicon.authorNouns.contains(precedingWords[n - 2]) && lexicon.complementWords.contains(last)
                || n >= 3 && lexicon.workNouns.contains(precedingWords[n - 3]) && lexicon.complementWords.contains(precedingWords[n - 2])
                || n >= 2 && lexicon.workNouns.contains(precedingWords[n - 2]) && !lexicon.isFunctionWord(last)
                    && !lexicon.speechVerbs.isSpeechVerb(last) && !lexicon.speechVerbs.isNamingVerb(last) { return .mention }
            // `Elle publie ce mois-ci « La Mémoire du sel »`, `She publishes “The Long Tide” next
            // month`, `il sort « Rien ne presse »`: a verb of publishing or releasing, at most two
            // words before the span (no preposition between: `a publié sur son blog « … »`), gives its object, a title.
            for start in max(0, n - 3)..<n {
                let verb = lexicon.publicationVerbs.contains(precedingWords[start])
                    || start + 1 < n && lexicon.publicationVerbs.contains(precedingWords[start] + " " + precedingWords[start + 1])
                if verb, !precedingWords[(start + 1)...].contains(where: { lexicon.prepositions.contains($0) && !lexicon.publicationVerbs.contains(precedingWords[start] + " " + $0) }) {
                    return .mention
                }
            }
        }
        // `dans « La Traversée des ombres »`, `in “The Long Night”`: a short span opening with a
        // capitalised article, with no verb inside, is a title. So is a title-cased one closed by a
        // period alone that no one is found to say (`“The Lanterns.” That was our first draft.`;
        // not when the next sentence has a speech verb: `“The End.” That was all Mr Holt said.`).
        let closingPeriodOnly = hasSentencePunctuation && !innerSentencePunctuation && trimmed.hasSuffix(".") && !speechAfter
        if let first = words.first, capitalised(first), lexicon.determiners.contains(first.lowercased()), words.count >= 2, words.count <= 8,
           !hasSentencePunctuation || closingPeriodOnly && titleCased && evidence?.mention == nil,
           !words.contains(where: { lexicon.auxiliaries.contains($0.lowercased()) }),
           !(evidence.map { $0.adjacent && $0.mention != nil && !$0.naming } ?? false) {
            return .mention
        }
        // `une banderole proclamant « … »`: words a sign carries are a slogan. So are they a few
        // words after the sign, when no person is the subject of the verb (`des banderoles, dont
        // l'une proclamait « … »`, `des pancartes sur lesquelles on pouvait lire « … »`).
        // (`L'intersyndicale a fait savoir dans un tract qu'elle jugeait ces horaires « … »`: a
        // pronoun subject of a verb of judgement gives a verdict, no slogan.)
        var personSpeaks = false
        if case .name? = evidence?.mention { personSpeaks = true }
        if case .pronoun? = evidence?.mention, let cue = evidence?.cue, lexicon.evaluativeVerbs.contains(cue.lowercased()) { personSpeaks = true }
        // (`When we tested the signs, one man said, “…”`: a person named by a noun, subject of the
        // speech verb right before the span, gives their own words; the carrier is in a clause
        // before. Not a phrase that holds the carrier itself: `A banner held by two fans read “…”`.)
        if case .phrase(let phrase, _)? = evidence?.mention, let evidence, evidence.adjacent, evidence.cue != nil, !evidence.naming {
            let phraseWords = phrase.lowercased().split(separator: " ").map(String.init)
            if let head = phraseWords.last, lexicon.isPersonNoun(head), !phraseWords.contains(where: lexicon.carrierNouns.contains) { personSpeaks = true }
        }
        if precedingWords.contains(where: { lexicon.carrierNouns.contains($0) }) || carrierBefore && (!personSpeaks || carrierAfterSpeaker),
           !hasSentencePunctuation || words.count <= 6 {
            return .mention
        }
        // `spoke about the “golden hour”`, `talked about “resilience”`: a short span right after a
        // speech verb and a topic preposition (and a determiner) is what was spoken of, a term.
        if words.count <= 4, !hasSentencePunctuation, n >= 2 {
            let preposition = lexicon.determiners.contains(precedingWords[n - 1]) ? n - 2 : n - 1
            if preposition >= 1, lexicon.topicPrepositions.contains(precedingWords[preposition]),
               lexicon.speechVerbs.isSpeechVerb(precedingWords[preposition - 1]) { return .mention }
        }
        // `an amber “danger to life” warning`, `its "green furnace" project`: a span of two words
        // or more right before a label noun, after a modifier rather than a verb, is a label.
        if let next = followingWord, lexicon.labelNouns.contains(next), words.count >= 2, words.count <= 5, !hasSentencePunctuation,
           let previous = precedingWords.last, !lexicon.speechVerbs.isSpeechVerb(previous), !lexicon.speechVerbs.isNamingVerb(previous) {
            return .mention
        }
        // `le dispositif régional « Cœur de bourg »`, `son émission dominicale « Les Gens d'ici »`,
        // `sous le mot d'ordre « Pas de … »`: a capitalised span after a mention cue and one
        // adjective, or a cue and its complement (`d'ordre`), with no verb inside, is a name.
        if let first = words.first, capitalised(first), words.count <= 6, !hasSentencePunctuation, precedingWords.count >= 2,
           !words.contains(where: { lexicon.auxiliaries.contains($0.lowercased()) }), let last = precedingWords.last,
           !capitalised(Substring(last)), !lexicon.isFunctionWord(last), !lexicon.speechVerbs.isSpeechVerb(last), !lexicon.speechVerbs.isNamingVerb(last) {
            if isMentionCue(precedingWords[n - 2]) && !isMentionCue(last)
                || n >= 3 && isMentionCue(precedingWords[n - 3]) && lexicon.complementWords.contains(precedingWords[n - 2]) { return .mention }
        }
        // `juge les résultats « solides »`, `a regretté une grève « incompréhensible »`, `dénonce
        // une campagne « faite de rumeurs »`, `condemned the “reckless” decision`: a short span
        // opening in lower case that closes the object of a verb of judgement or demand, with its
        // speaker, is the speaker's verdict (even after a mention cue: `campagne`), also with the
        // sentence's period inside the closing mark (`hailed the vote as "historic."`).
        // (Not right after a labelling word, a mention cue that is a naming verb or a title cue: `condemned
        // a scheme called “Fresh Start”`.)
        let afterLabellingWord = precedingWords.last.map { isMentionCue($0) && (lexicon.speechVerbs.isNamingVerb($0) || lexicon.titleCues.contains($0)) } == true
            && evidence?.cue?.lowercased() != precedingWords.last
        if let evidence, let cue = evidence.cue, lexicon.evaluativeVerbs.contains(cue.lowercased()), evidence.mention != nil,
           !evidence.hypothetical, evidence.distance <= 5, words.count <= 8, !innerSentencePunctuation, !afterLabellingWord,
           let first = words.first, !capitalised(first), !titleCased {
            return .direct
        }
        // `annonce un retour « progressif »`, `describes a situation “untenable”`: one lowercase
        // word right after a speech verb's object (its determiner and a noun that names no words:
        // not `says the word “…”`), with the verb's speaker, qualifies it in the speaker's words.
        if words.count == 1, n == 3, let evidence, let cue = evidence.cue, cue.lowercased() == precedingWords[0], evidence.mention != nil,
           !evidence.hypothetical, !evidence.naming, lexicon.speechVerbs.isSpeechVerb(precedingWords[0]), lexicon.determiners.contains(precedingWords[1]),
           !lexicon.isFunctionWord(precedingWords[2]), !isMentionCue(precedingWords[2]), !lexicon.speechNouns.contains(precedingWords[2]),
           let first = words.first, !capitalised(first), !innerSentencePunctuation {
            return .direct
        }
        if words.count == 1, let evidence, let first = words.first, !capitalised(first), !innerSentencePunctuation,
           closesSpeechVerbComplement(word: first.lowercased(), evidence: evidence, clauseWords: clauseWords) {
            return .direct
        }
        var hasAdjacentCue = evidence.map { ($0.adjacent && $0.mention != nil) || ($0.adjacent && !$0.naming && $0.rule != "none") } ?? false
        // A single quoted word needs its speech verb right before it (`a jugé « inacceptable »`),
        // or a naming verb (`décrit sa fille comme « … »`).
        if words.count == 1, let evidence, !evidence.naming, evidence.distance > 1 { hasAdjacentCue = false }
        // `sagte er der „Welt“`, `a déclaré au « Monde »`, `told the "Times"`: one capitalised word
        // right after a determiner or preposition, with a speech verb (not a naming one), is the
        // medium or the addressee, a name. An indefinite determiner (`in einen „Bunker“`) opens a
        // description, no name.
        if words.count == 1, let word = words.first, capitalised(word), let previous = precedingWords.last,
           lexicon.determiners.contains(previous) || lexicon.prepositions.contains(previous), evidence?.naming != true,
           !lexicon.indefiniteDeterminers.contains([previous]) {
            return .mention
        }
        // `skandierten Sprüche wie „…“`, `slogans like "…"`: a short span after a speech noun and an
        // example particle is an example of those words.
        if words.count <= 6, precedingWords.count >= 2, lexicon.exampleParticles.contains(precedingWords[precedingWords.count - 1]),
           lexicon.speechNouns.contains(precedingWords[precedingWords.count - 2]) { return .direct }
        // `als „falsch“ zurückgewiesen`, `described as "reckless"`, `qualifié comme « … »`: a short
        // span after a naming particle in a sentence with a naming verb is what someone called it.
        let particleBefore = precedingWords.last.map { lexicon.namingParticles.contains($0) } == true
            || (precedingWords.count >= 2 && lexicon.namingParticles.contains(precedingWords[precedingWords.count - 2])
                && precedingWords.last.map { lexicon.determiners.contains($0) } == true)
        if words.count <= 3, !titleCased, namingInSentence, particleBefore {
            return .direct
        }
        // `die „Partij voor de Vrijheid“`, `the "Daily Lantern"`: a capitalised span of a few words
        // right after a definite article, or after an article and one adjective (`die regierende
        // „Democratic Front“`), with no verb inside, is a name; unless a naming verb calls it so.
        let articleBefore = precedingWords.last.map { lexicon.definiteArticles.contains($0) } == true
            || (precedingWords.count >= 2 && lexicon.definiteArticles.contains(precedingWords[precedingWords.count - 2])
                && precedingWords.last.map { !lexicon.isFunctionWord($0) && !lexicon.speechVerbs.isSpeechVerb($0) && !lexicon.speechVerbs.isNamingVerb($0) } == true)
        if let first = words.first, capitalised(first), words.count <= 6, !hasSentencePunctuation, articleBefore, evidence?.naming != true,
           !words.contains(where: { lexicon.auxiliaries.contains($0.lowercased()) }) {
            return .mention
        }
        // `das „Gesetz zur Förderung der Heimarbeit“`, `beim „3. Internationalen Musikkongress“`, the
        // `"Council for Fair Trade"`: a span of two words or more whose opening capitalised words
        // (with ordinals) hold a mention cue or an organisation noun, with no verb, names such a thing.
        // A period after digits is an ordinal's (`3. Kongress`), no sentence end.
        let endsASentence = trimmed.unicodeScalars.enumerated().contains { offset, scalar in
            guard [".", "!", "?", "…"].contains(scalar) else { return false }
            let rest = trimmed.unicodeScalars.dropFirst(offset + 1)
            let before = offset > 0 ? trimmed.unicodeScalars.dropFirst(offset - 1).first : nil
            if scalar == ".", before?.properties.numericType != nil { return false }
            return rest.isEmpty || rest.first == " "
        }
        // (Not when a speech verb with its speaker stands right next to it: `"Police need this
        // data to solve crimes," Becker wrote.`)
        let spokenRightThere = evidence.map { $0.adjacent && $0.mention != nil && !$0.naming && $0.distance <= 1 } ?? false
        if words.count >= 2, !endsASentence, evidence?.naming != true, !spokenRightThere,
           !words.contains(where: { lexicon.auxiliaries.contains($0.lowercased()) }) {
            let opening = words.prefix { word in
                (capitalised(word) && !lexicon.isFunctionWord(word.lowercased())) || word.unicodeScalars.first?.properties.numericType != nil
            }
            if opening.contains(where: { word in
                let lower = word.lowercased()
                return isMentionCue(lower) || lexicon.organisationNouns.contains(lower)
            }) { return .mention }
        }
        // `die ZDF-Sendung „Aktenzeichen XY… ungelöst“`, `unter dem Motto „Nie wieder!“`: a span
        // right after a mention cue is a name or title even with sentence punctuation inside.
        // So is a span after a cue and a colon with no verb (`ihr Erstwerk: „Sie sind hier“`).
        let verblessColon = evidence.map { $0.rule == "colon-before" && $0.cue == nil } ?? false
        if hasSentencePunctuation && !hasAdjacentCue && evidence?.rule != "colon-before" || verblessColon && !hasSentencePunctuation,
           let previous = precedingWords.last, isMentionCue(previous) { return .mention }
        // `consulter le guide « Que faire en cas de séisme ? »`: a capitalised span of a few words
        // right after a noun of documents, works or schemes (no colon between: `wrote in her book:
        // “…”` gives her words) is its title, though it asks or exclaims.
        if hasSentencePunctuation, afterWord, words.count <= 10, evidence?.rule != "colon-before", let first = words.first, capitalised(first),
           let previous = precedingWords.last,
           lexicon.documentNouns.contains(previous) || lexicon.workNouns.contains(previous) || lexicon.schemeNouns.contains(previous) { return .mention }
        // `a report called “Hands On: The Future of Technical Education”`: a title-cased span right
        // after a naming verb that is also a mention cue is a title, however long; it may close
        // with a question or exclamation mark (`an online forum called “Where Is My Refund?”`).
        let closingMarkOnly = hasSentencePunctuation && ["?", "!"].contains(trimmed.last)
            && !trimmed.dropLast().unicodeScalars.enumerated().contains { offset, scalar in
                [".", "!", "?", "…"].contains(scalar) && (trimmed.unicodeScalars.dropFirst(offset + 1).first == " ")
            }
        if hasSentencePunctuation && words.count >= 2 && !(titleCased && closingMarkOnly && precedingWords.last.map { isMentionCue($0) && lexicon.speechVerbs.isNamingVerb($0) } == true) {
            return .direct
        }
        if titleCased, !hasSentencePunctuation || closingMarkOnly, let previous = precedingWords.last, isMentionCue(previous),
           lexicon.speechVerbs.isNamingVerb(previous) { return .mention }
        if afterMentionCue && !hasAdjacentCue { return .mention }
        // `Berichte der Wochenzeitung „Le Canard enchaîné“`, `nannte im Radiosender „Nordfunk“`: a
        // short span right after a mention cue is a name, though a speech noun or verb stands before the cue.
        // (Not when the cue word ends the speech verb right before the span: `s'est dite « … »`.)
        let cueEndsVerb = evidence.map { $0.rule == "cue-before" && $0.cue != nil && $0.distance == 0 && $0.adjacent } ?? false
        if let previous = precedingWords.last, isMentionCue(previous), !ownedCue, words.count <= 6, !hasSentencePunctuation, !cueEndsVerb,
           evidence?.rule != "colon-before", evidence?.cue.map({ $0.lowercased() != previous }) ?? true { return .mention }
        // `In “The Low Carbon Plan”, the Government say`: a title after a preposition, whatever follows.
        // `a league of the online shooter "Vanguard Ops", investigators said`: so is one right after
        // a noun with its determiner before it (no punctuation between, no speech verb before): a
        // name in apposition, not words the cue after it gives.
        let afterNoun = afterWord && n >= 2 && precedingWords.last.map { !lexicon.isFunctionWord($0) && !lexicon.speechVerbs.isSpeechVerb($0) && !lexicon.speechVerbs.isNamingVerb($0) } == true
            && precedingWords.dropLast().contains(where: { lexicon.determiners.contains($0) })
            && !precedingWords.contains(where: { lexicon.speechVerbs.isSpeechVerb($0) || lexicon.speechVerbs.isNamingVerb($0) })
        if titleCased && words.count <= 6 && (!(evidence?.rule == "cue-after") || precedingWords.last.map { lexicon.prepositions.contains($0) } == true || afterNoun) {
            return .mention
        }
        // `the band struck up “Oh I Do Like to Be Beside the Sea Today”`: a title-cased span of
        // seven words or more (every word of four letters or more capitalised) with no sentence
        // punctuation is a title, not speech, unless a speaker and a speech verb stand right next
        // to it (`“Thanks To Every Volunteer Who Came Today,” the club wrote`).
        if titleCased, words.count >= 7, words.count <= 12, !hasSentencePunctuation,
           !(evidence.map { $0.adjacent && $0.mention != nil && !$0.naming } ?? false) { return .mention }
        if words.count >= Self.minimumSpeechWords { return .direct }
        // `Bis vor zwei Jahren sei es der „Normalfall“ gewesen`: a fragment inside reported speech.
        // A span opening the sentence is its subject, a name (`„Nordlicht“ habe …`), no fragment.
        if reportedMood, !titleCased, !afterMentionCue, !precedingWords.isEmpty { return .direct }
        // A clause (`est une femme`, `Wikipédia est incontournable`): a finite auxiliary or copula inside.
        let lowered = words.map { $0.lowercased() }
        if words.count >= 2, !titleCased, lowered.contains(where: { lexicon.auxiliaries.contains($0) && $0.count > 1 }) { return .direct }
        // A fragment closing a short reported clause (`said the response had been “overwhelming”`,
        // `a estimé que le budget était « rééquilibré »`): the speaker's own word.
        // One word after a determiner is a term (`le succès de la « dédiabolisation »`).
        let afterDeterminer = precedingWords.last.map { lexicon.determiners.contains($0) } ?? false
        if evidence?.inReportedClause == true, evidence?.mention != nil, (evidence?.distance ?? 0) <= 12,
           words.count >= 2 || !titleCased && !afterMentionCue && !afterDeterminer { return .direct }
        // `said in a note that the cost would be limited but that the damage could be "significant"`,
        // `indique que la ligne pourrait être « revue »`: one lowercase word right after a copula,
        // closing a longer reported clause of a speaker, is the speaker's own word (a scare quote
        // in narration has no reported clause: `the so-called "reform"`). So is one right after a
        // naming particle there (`said … that the fire was being treated as “suspicious”`,
        // `que l'incendie est considéré comme « suspect »`).
        if words.count == 1, let evidence, evidence.inReportedClause, evidence.mention != nil, evidence.distance <= 30, !evidence.naming,
           let last = precedingWords.last, lexicon.copulas.contains(last) || lexicon.namingParticles.contains(last),
           let first = words.first, !capitalised(first), !afterMentionCue { return .direct }
        // `a rappelé que la commune prévoyait l'ouverture d'un centre …, « d'ici à 2028 »`: a span
        // of two words or more opening in lower case that closes a longer `que` clause of a speaker.
        if let evidence, evidence.inReportedClause, evidence.mention != nil, evidence.distance <= 30, !evidence.naming,
           words.count >= 2, let first = words.first, !capitalised(first), !afterMentionCue { return .direct }
        // A fragment of two words or more in a sentence whose speech verb has a subject
        // (`Er nannte die Schlussfolgerungen des Berichts eine „Verhöhnung Polens“`).
        if words.count >= 2, !titleCased, let evidence, evidence.mention != nil, evidence.confidence > 0, evidence.distance <= 12 { return .direct }
        return hasAdjacentCue ? .direct : .mention
    }

    /// Whether one lowercase quoted `word` closes the complement of the speech verb of `evidence`,
    /// two to four words after it: a preposition (`accused objectors of ‘scaremongering’`,
    /// `reconnaît en revanche des « imprécisions »`), a preposition and a determiner (`s'inquiète
    /// d'une « hémorragie »`, `apologized for the “frustration”`), or those and a noun the word
    /// qualifies (`se souvient d'un accueil « glacial »`, `complained of a response “pathetic”`).
    /// Then the word is the speaker's, as when the verb stands right before it.
    ///
    /// Not after a naming verb or particle (`described it as “…”`), nor a preposition of topic
    /// (`talked about “resilience”`), nor a noun of words, names, works or bodies between
    /// (`said the word “…”`, `a témoigné devant la « commission »`), nor for imagined words.
    /// - Parameter word: the span's one word, lowercased.
    /// - Parameter clauseWords: up to eight lowercased words of the sentence before the span.
    func closesSpeechVerbComplement(word: String, evidence: AttributionEvidence, clauseWords: [String]) -> Bool {
        guard let cue = evidence.cue?.lowercased(), evidence.mention != nil, !evidence.hypothetical, !evidence.naming, evidence.adjacent,
              evidence.rule == "cue-before" || evidence.rule == "participle", lexicon.speechVerbs.isSpeechVerb(cue),
              let verb = clauseWords.lastIndex(of: cue) else { return false }
        let between = Array(clauseWords[(verb + 1)...])
        guard (2...4).contains(between.count), lexicon.topicPrepositions.isDisjoint(with: between.prefix(1)),
              !between.contains(where: { lexicon.namingParticles.contains($0) || lexicon.speechNouns.contains($0) || lexicon.accountNouns.contains($0)
                  || lexicon.mentionCues.contains($0) || lexicon.workNouns.contains($0) || lexicon.organisationNouns.contains($0)
                  || lexicon.speechVerbs.isSpeechVerb($0) || lexicon.speechVerbs.isNamingVerb($0) }),
              !lexicon.mentionCues.contains(word), !lexicon.organisationNouns.contains(word), !lexicon.carrierNouns.contains(word),
              !lexicon.workNouns.contains(word) else { return false }
        let k = between.count
        func preposition(_ i: Int) -> Bool { i >= 0 && lexicon.prepositions.contains(between[i]) && !lexicon.topicPrepositions.contains(between[i]) }
        func determiner(_ i: Int) -> Bool { i >= 0 && lexicon.determiners.contains(between[i]) }
        return preposition(k - 1)
            || determiner(k - 1) && preposition(k - 2)
            || !lexicon.isFunctionWord(between[k - 1]) && determiner(k - 2) && preposition(k - 3)
    }

    /// Whether `precedingWords` (lowercased, the words right before a span) end with a charge and
    /// its preposition (``Lexicon/offenceCues``: `une enquête pour`, `charged with`), so that a
    /// span opening in lower case right after them names the offence.
    func followsOffenceCue(_ precedingWords: [String]) -> Bool {
        lexicon.offenceCues.contains(Array(precedingWords.suffix(2)))
            || precedingWords.count >= 3 && lexicon.offenceCues.contains(Array(precedingWords.suffix(3)))
    }

    /// A mention told by the words around a span that are no speech: an offence after its charge
    /// (`une enquête pour « mise en danger … »`), a document's title in apposition (`The report,
    /// “Growing Up Online”, replaces`), a name given with a present naming verb (`what it calls a
    /// “food map”`), a thing provided (`will publish a set of “sample papers”`); nil when none fits.
    /// - Parameter words: the span's words; `precedingWords`, `clauseWords`: as for ``kind(text:evidence:precedingWords:namingInSentence:reportedMood:byAuthor:glossed:followingWord:carrierBefore:explained:clauseWords:appositive:carrierAfterSpeaker:afterWord:)``.
    /// - Parameter namedBySpeaker: a name or a gendered pronoun is the subject of the naming verb
    ///   before the span (`what she calls “…”`): a name it gives in lower case is that speaker's words.
    private func termOrTitle(words: [Substring], precedingWords: [String], clauseWords: [String], appositive: Bool,
                             hasSentencePunctuation: Bool, innerSentencePunctuation: Bool, titleCased: Bool, namedBySpeaker: Bool = false) -> Kind? {
        // (A period closing the span may close the sentence around it, American style: `what the
        // rulebook calls “conduct of the sale.”`; only a name given with a present naming verb takes one.)
        guard !innerSentencePunctuation, let first = words.first, let last = precedingWords.last else { return nil }
        let n = precedingWords.count
        let lowerStart = first.unicodeScalars.first { $0.properties.isAlphabetic }?.properties.isLowercase ?? false
        let lowered = words.map { $0.lowercased() }
        // `une enquête pour « mise en danger de la vie d'autrui »`, `charged with “causing a nuisance”`.
        if !hasSentencePunctuation, lowerStart, words.count <= 12, followsOffenceCue(precedingWords) {
            return .mention
        }
        // `The 40-page report, “Growing Up Online: Advice for Parents”, replaces …`, `une pétition, « Sauvons le marché », qui …`.
        // (Not the source of words: `Selon le rapport, « Les écoles … », …`.)
        let sourced = lexicon.attributionPrepositions.contains { phrase in phrase.first.map { clauseWords.suffix(4).contains($0) } == true }
        // (The noun may take a short complement, `Le slogan en question, « … »,`, `une pétition en
        // ligne, « … »,`; a slogan or a campaign names its words too.)
        let m = clauseWords.count
        func namesWords(_ noun: String) -> Bool {
            lexicon.documentNouns.contains(noun) || lexicon.workNouns.contains(noun) || lexicon.mentionCues.contains(noun)
                || lexicon.organisationNouns.contains(noun)
        }
        let head = m >= 3 && clauseWords[m - 1] == last && lexicon.prepositions.contains(clauseWords[m - 2]) ? clauseWords[m - 3] : last
        if !hasSentencePunctuation, appositive, !lowerStart, !sourced, words.count <= 12,
           lexicon.documentNouns.contains(last) || lexicon.workNouns.contains(last) || lexicon.organisationNouns.contains(last)
            || head != last && namesWords(head) { return .mention }
        // `what it calls a “food map”`, `ce qu'on appelle une « cible molle »`: a present naming verb
        // whose object is the thing named before it (not `to call`, nor a verb opening the sentence).
        // (An adverb may stand after the verb: `que les anciens appellent encore « … »`.)
        // (An adverb and a determiner may both stand there: `ce que tout le monde appelle déjà le « … »`.)
        let adverb = lexicon.isAdverbLike(last)
        let verb = lexicon.presentNamingForms.contains(last) ? n - 1
            : n >= 2 && (lexicon.determiners.contains(last) || adverb) && lexicon.presentNamingForms.contains(precedingWords[n - 2]) ? n - 2
            : n >= 3 && lexicon.determiners.contains(last) && lexicon.isAdverbLike(precedingWords[n - 2])
                && lexicon.presentNamingForms.contains(precedingWords[n - 3]) ? n - 3 : nil
        // (Not a call for something, whose words open with a preposition: `Les syndicats appelaient
        // « à la mobilisation générale »` is the unions' words.)
        // (Not a lowercase description a named speaker gives: `what she calls “a small avalanche”` is hers.)
        if let verb, verb >= 1, words.count <= 6, !lexicon.prepositions.contains(precedingWords[verb - 1]),
           !(namedBySpeaker && !titleCased && lowerStart),
           !(lowered.first.map(lexicon.prepositions.contains) ?? false) { return .mention }
        // `should include a short “reading diary”`, `will publish a set of “sample papers”`, `a lancé
        // un « fonds de soutien »`: a lowercase noun phrase whose indefinite determiner stands outside the marks.
        // (Not an adverbial after a noun: `lance une enquête « dès la semaine prochaine »`. What a
        // French speaker promises stays their words, `promet une « concertation ouverte »`: no provision verb.)
        guard !hasSentencePunctuation, lowerStart, !titleCased, (2...5).contains(words.count), !lexicon.isFunctionWord(lowered[0]),
              !lowered.contains(where: { lexicon.auxiliaries.contains($0) }) else { return nil }
        func indefinite(_ i: Int) -> Bool { i >= 0 && lexicon.indefiniteDeterminers.contains([clauseWords[i]]) }
        let determiner: Int? = indefinite(m - 1) ? m - 1
            : indefinite(m - 2) && !lexicon.isFunctionWord(clauseWords[m - 1]) && !lexicon.speechVerbs.isSpeechVerb(clauseWords[m - 1])
                && !lexicon.speechVerbs.isNamingVerb(clauseWords[m - 1]) ? m - 2
            : indefinite(m - 3) && lexicon.complementWords.contains(clauseWords[m - 1]) && !lexicon.isFunctionWord(clauseWords[m - 2]) ? m - 3 : nil
        guard let determiner else { return nil }
        // The verb (or phrase) ends at most four words before the determiner, with no speech verb
        // between: in `un communiqué publié dimanche, saluant une « organisation irréprochable »`
        // the span is what the participle says, not the thing published.
        for phrase in lexicon.provisionVerbs where !phrase.isEmpty {
            for end in max(phrase.count, determiner - 4)...max(phrase.count, determiner) where end <= determiner && end - phrase.count >= 0 {
                if Array(clauseWords[(end - phrase.count)..<end]) == phrase,
                   !clauseWords[end..<determiner].contains(where: lexicon.speechVerbs.isSpeechVerb) { return .mention }
            }
        }
        return nil
    }

    /// A name given to someone or something, told by the naming words before the span or by the
    /// verb right after it; nil when none fits.
    ///
    /// - `The regulars call Halvorsen “Doc.”`, `who call the dog "Old Tom"`, `a channel its members
    ///   called "the Lobby"`, `a site it has branded the “Harbour Hub.”`: a span shaped like a name
    ///   (every word capitalised but function words, at most four words, no sentence inside it)
    ///   after a naming verb and its object (at most three words, no preposition) is the name given.
    /// - `known locally as “…”`, `dismissed locally as “…”`, `que l'on appelle familièrement « … »`:
    ///   any short span after a naming verb or particle with an adverb of common use
    ///   (``Lexicon/nicknameAdverbs``) is a name in common use, whoever uses it.
    /// - `« Ton silence en hiver » confirme une écriture …`: a capitalised span with no comma or
    ///   sentence punctuation before the verb right after it is that verb's subject, a title or
    ///   name, not words said (a cue after words said is set off by a comma); not when the verb's
    ///   subject is a name or a pronoun (`“Never” says Paul Roy`).
    /// Not in a language that capitalises every noun (``Lexicon/capitalisedNouns``).
    /// - Parameter words: the span's words; `clauseWords`, `followingWord`: as for ``kind(text:evidence:precedingWords:namingInSentence:reportedMood:byAuthor:glossed:followingWord:carrierBefore:explained:clauseWords:appositive:carrierAfterSpeaker:afterWord:)``.
    private func givenName(words: [Substring], clauseWords: [String], evidence: AttributionEvidence?, followingWord: String?,
                           innerSentencePunctuation: Bool, hasSentencePunctuation: Bool, endsWithComma: Bool) -> Kind? {
        guard !lexicon.capitalisedNouns, !words.isEmpty else { return nil }
        func capitalised(_ word: Substring) -> Bool {
            word.unicodeScalars.first { $0.properties.isAlphabetic }?.properties.isUppercase ?? false
        }
        let m = clauseWords.count
        func naming(_ word: String) -> Bool {
            lexicon.speechVerbs.isNamingVerb(word) || lexicon.presentNamingForms.contains(word) || lexicon.namingParticles.contains(word)
        }
        // The naming word, at most three words before the span, with only its object between.
        let namingIndex = (max(0, m - 4)..<m).last { i in
            naming(clauseWords[i]) && !clauseWords[(i + 1)...].contains { word in
                lexicon.prepositions.contains(word) && !lexicon.namingParticles.contains(word) || lexicon.speechVerbs.isSpeechVerb(word) || naming(word)
            }
        }
        if let namingIndex, !innerSentencePunctuation, words.count <= 6,
           clauseWords[max(0, namingIndex - 2)...].contains(where: { lexicon.nicknameAdverbs.contains($0) }) { return .mention }
        let nameShaped = words.count <= 4 && words.contains(where: capitalised)
            && words.allSatisfy { capitalised($0) || lexicon.isFunctionWord($0.lowercased()) }
        if let namingIndex, nameShaped, !innerSentencePunctuation, !lexicon.namingParticles.contains(clauseWords[namingIndex]) { return .mention }
        if let evidence, evidence.rule == "cue-after", followingWord != nil, !endsWithComma, !hasSentencePunctuation, words.count <= 8,
           let first = words.first, capitalised(first) {
            switch evidence.mention {
            case .name?, .pronoun?: return nil
            default: return .mention
            }
        }
        return nil
    }

    /// Direct speech or mention.
    enum Kind { case direct, mention }

    /// How a span follows a noun of set phrases (``Lexicon/setPhraseNouns``): `named` by it (`le
    /// surnom du stade, « … »`, `l'étiquette « … »`), or `introduced` by an indefinite one before
    /// a colon (`d'un proverbe : « … »`), which a speaker of the sentence may say as their own.
    enum SetPhrase { case named, introduced }
}
