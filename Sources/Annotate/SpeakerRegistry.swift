import Model

/// The entities of one document and how salient each is, in document order.
///
/// Names resolve by word suffix (`Khamenei`, `L'Ayatollah Khamenei` → `Sayed Ali Khamenei`) and
/// initials (`A. Montebourg` → `Arnaud Montebourg`); role phrases resolve by shared content words
/// with a known role or alias, demonyms mapped to their country (`le Président kazakh` ↔
/// `Président du Kazakhstan`, `Le Leader de la Révolution` ↔ `Guide de la Révolution islamique`);
/// pronouns resolve to the most recent salient entity of compatible gender.
struct SpeakerRegistry {
    let lexicon: Lexicon
    private(set) var entities: [Entity] = []
    /// Entities in the order they were subjects or speakers, most recent last, with the
    /// narrative position (paragraph count, block quotations not counted) where they were.
    private var salience: [(entity: Int, position: Int, sentence: Int)] = []
    /// Named entities by the folded last word of their name, for resolving names without a full scan.
    private var byLastWord: [String: [Int]] = [:]
    /// How many of the most recent entities a role phrase or pronoun is compared with.
    static let lookBack = 200
    /// How many narrative positions back a person named lately may have been named to stand for
    /// a pronoun no one in view answers (``recentlyNamed(gender:window:orUngendered:)``,
    /// ``recentlyNamedUngendered()``): the paragraph before.
    static let recentNamingWindow = 1
    /// The narrative position (paragraph count) of the sentence being read, and a number for
    /// that sentence, so that an entity's mentions count once per sentence (``Entity/mentions``).
    private(set) var position = 0
    private var sentence = 0
    /// The last sentence in which each entity's mention was counted.
    private var countedIn: [Int: Int] = [:]
    /// For each entity the text named, the rank of its last naming in text order (``noteNamed(_:)``).
    private var namedRank: [Int: Int] = [:]
    private var namings = 0
    /// The sentence (``sentence``) in which ``noteNamed(_:)`` last recorded each entity.
    private var namedInSentence: [Int: Int] = [:]
    /// The last speaker named in full (two name words or more) as a speech verb's subject, with
    /// the narrative position and sentence where it spoke (``noteSpeakerNamedInFull(_:)``).
    private var speakerNamedInFull: (entity: Int, position: Int, sentence: Int)?

    /// ``impliedRoleTitles(of:)`` of each phrase met so far (a name as written, an alias): the
    /// same phrase comes back at each mention, and is tokenised once.
    private var impliedTitlesByPhrase: [String: Set<String>] = [:]

    /// Each entity's name spelled out for ``spelledAcronymMatch(words:)``, worked out whenever
    /// the entity comes in or its name changes (``spell(_:)``), in the order of ``entities``.
    private var spellings: [Spelling] = []

    /// A name's initials (``initials(of:)``, for a name of three words or more; none else) and,
    /// for a one-word name in capitals past its article, that acronym, folded to upper case
    /// without accents; `name` is the name they were worked out for.
    private struct Spelling {
        var name: String
        var initials: [String]
        var acronym: String?
    }

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Works out the spelling (``Spelling``) of the entity at `index`, just added or renamed.
    private mutating func spell(_ index: Int) {
        let name = entities[index].name
        let written = name.split(separator: " ").map(String.init)
        let bare = written.drop { lexicon.determiners.contains($0.lowercased()) }
        let spelling = Spelling(name: name, initials: written.count >= 3 ? initials(of: written) : [],
                                acronym: bare.count == 1 ? bare.first.flatMap(acronymLetters).map { TextFolding.fold($0).uppercased() } : nil)
        if index == spellings.count { spellings.append(spelling) } else { spellings[index] = spelling }
    }

    // MARK: Content words

    /// What separates the words of a phrase for ``contentWords(of:)``.
    private static let wordSeparators: Set<Character> = [" ", "'", "’", ",", "(", ")", "\u{A0}"]

    /// Folded content words of a phrase: function words dropped, demonyms made countries. A title
    /// in a complement of a lowercase noun that is no title (`A source close to the singer`) is
    /// someone else's, not a title of the phrase.
    /// - Returns: the specific words and the generic title words, separately.
    func contentWords(of phrase: String) -> (specific: Set<String>, titles: Set<String>) {
        var specific: Set<String> = []
        var titles: Set<String> = []
        var head: String?
        var inComplement = false
        for raw in phrase.split(whereSeparator: { Self.wordSeparators.contains($0) }) {
            let lower = raw.lowercased()
            if head != nil, lexicon.prepositions.contains(lower) { inComplement = true }
            if lexicon.stopwords.contains(lower) || lexicon.isFunctionWord(lower) || lexicon.elisions.contains(lower + "'") { continue }
            let folded = TextFolding.fold(String(raw))
            if lexicon.titles.contains(lower) {
                if !inComplement { titles.insert(folded) }
                continue
            }
            if head == nil, raw.first?.isLowercase == true { head = lower }
            if let country = lexicon.demonymToCountry[folded] {
                for word in country.split(separator: " ") { specific.insert(String(word)) }
            } else {
                specific.insert(folded)
            }
        }
        return (specific, titles)
    }

    /// Starts a new sentence at a narrative position (paragraphs up to here, block quotations not counted).
    mutating func enterSentence(position: Int) {
        self.position = position
        sentence += 1
    }

    /// Counts a mention of an entity in the current sentence (once per sentence).
    private mutating func countMention(of index: Int) {
        guard countedIn[index] != sentence else { return }
        countedIn[index] = sentence
        entities[index].mentions += 1
    }

    private mutating func absorb(_ phrase: String, into index: Int) {
        let words = contentWords(of: phrase)
        entities[index].contentWords.formUnion(words.specific)
        entities[index].contentWords.formUnion(words.titles)
        entities[index].contentWords.formUnion(impliedRoleTitlesOnce(of: phrase))
    }

    /// ``impliedRoleTitles(of:)``, worked out once per phrase (``impliedTitlesByPhrase``).
    private mutating func impliedRoleTitlesOnce(of phrase: String) -> Set<String> {
        if let titles = impliedTitlesByPhrase[phrase] { return titles }
        let titles = impliedRoleTitles(of: phrase)
        impliedTitlesByPhrase[phrase] = titles
        return titles
    }

    /// The folded titles of the roles a phrase gives its holder besides its own
    /// (``Lexicon/roleImplications``): `le chef du gouvernement` → `premier`, `ministre`; an
    /// honorific opening a name, `Me Paul Roy` → `avocat`. `le premier ministre` then means the
    /// one the text called `le chef du gouvernement, M. Roy`.
    func impliedRoleTitles(of phrase: String) -> Set<String> {
        let words = Lexicon.tokenWords(phrase).map(TextFolding.fold)
        var titles: Set<String> = []
        for implication in lexicon.roleImplications {
            let length = implication.phrase.count
            guard length > 0, words.count > length || length > 1 && words.count == length else { continue }
            // (A one-word phrase is an honorific: only as the first word, before a name.)
            let found = length == 1 ? words[0] == implication.phrase[0]
                : (0...(words.count - length)).contains { words[$0..<($0 + length)].elementsEqual(implication.phrase) }
            if found { titles.formUnion(contentWords(of: implication.role).titles) }
        }
        return titles
    }

    // MARK: Resolution

    /// Finds or creates the entity a proper name refers to and records how it was written.
    /// - Returns: the entity's index.
    /// Resolves a speaker-turn label: like ``resolveName(words:written:gender:role:)``, and the
    /// entity then takes the label's words as its name, for good (``Entity/isLabelled``), unless
    /// a declared speaker (front matter, speakers.yml) names it.
    mutating func resolveLabel(words: [String], written: String, gender: String) -> Int {
        let index = resolveName(words: words, written: written, gender: gender, role: nil)
        if !entities[index].isLabelled, entities[index].declaredID == nil {
            let name = words.joined(separator: " ")
            if entities[index].name != name {
                entities[index].addAlias(entities[index].name)
                entities[index].name = name
                entities[index].nameWords = words.map(TextFolding.fold)
                spell(index)
                entities[index].aliases.removeAll { $0 == name }
                let last = entities[index].nameWords.last ?? ""
                if !(byLastWord[last] ?? []).contains(index) { byLastWord[last, default: []].append(index) }
            }
            entities[index].isLabelled = true
        }
        return index
    }

    mutating func resolveName(words: [String], written: String, gender: String, role: String?) -> Int {
        // `Ian Dunmore’s review`: the owner's name, without the possessive ending.
        var words = words
        if let last = words.last, last.count > 2, last.hasSuffix("'s") || last.hasSuffix("’s") { words[words.count - 1] = String(last.dropLast(2)) }
        // `la zone de police Marlière-Nord`: a head that is words of the institution's name
        // (``Lexicon/institutionNameHeads``) names it with the name after it, which stays an alias.
        var bareName: String?
        if let head = institutionNameHead(before: words, in: written) {
            bareName = words.joined(separator: " ")
            words = head + words
        }
        let folded = words.map(TextFolding.fold)
        var match: Int?
        // `M. Martin` after Paul and Claire Martin: a name with a gendered honorific or title
        // (`gender`) is first looked for among the people whose gender, known or suggested by a
        // common given name, agrees.
        var candidates = (byLastWord[folded.last ?? ""] ?? []).reversed().map { $0 }
        // `Fenn, who sets crosswords, …` then `Their son, Julian Fenn, …` and `Fenn is unrepentant`:
        // a short form (a surname, `Mr Tennant`) the text already used for one of several people
        // who share the surname still means that one, not the namesake introduced since, whom the
        // text names in full.
        // `Furlong's brother, Patrick Furlong` then `replied Furlong`: a namesake the text brought
        // in as someone's relative (a kin noun in a role or alias: `her mother`, `sa fille`) is
        // named by that relation or in full; the short form means the other one.
        if candidates.count > 1 {
            let kin = candidates.filter { index in
                entities[index].nameWords.count > folded.count && (entities[index].aliases + [entities[index].role].compactMap { $0 }).contains { alias in
                    Lexicon.tokenWords(alias).contains { lexicon.kinNouns[$0] != nil }
                }
            }
            if kin.count < candidates.count { candidates = candidates.filter { !kin.contains($0) } + kin }
        }
        if candidates.count > 1 {
            let key = Self.shortFormKey(written)
            let established = candidates.filter { index in
                entities[index].nameWords.count > folded.count && entities[index].aliases.contains { Self.shortFormKey($0) == key }
            }
            candidates = established + candidates.filter { !established.contains($0) }
            // `His son, Andrew Selby, said the family …. “…,” Mr Selby said.`: a namesake named in
            // full who spoke in this sentence or the one just before, in the same paragraph, is
            // the one the short form means now, whoever it meant before.
            if let speaker = speakerNamedInFull, speaker.position == position, sentence - speaker.sentence <= 1,
               let first = candidates.first, first != speaker.entity, candidates.contains(speaker.entity),
               entities[speaker.entity].nameWords.count > folded.count, !entities[speaker.entity].isOrganisation {
                candidates = [speaker.entity] + candidates.filter { $0 != speaker.entity }
            }
        }
        // `Roy, 49, grew up …, the daughter of an organist, Ilse Roy.`: the names of a sentence are
        // read before its subject is, but a short form cannot mean a namesake that very sentence
        // brings in by full name; it means the one known before, a person whose gender is known
        // (`Traverses Roy`, a firm or no one known, and `Paul Roy` keep their order).
        if candidates.count > 1, folded.count == 1 {
            let new = candidates.filter { entities[$0].introducedInSentence == sentence && entities[$0].nameWords.count > 1 }
            let known = candidates.filter { !new.contains($0) }
            if !new.isEmpty, !known.isEmpty, known.allSatisfy({ !entities[$0].isOrganisation && !entities[$0].likelyGender.isEmpty }) { candidates = known + new }
        }
        if !gender.isEmpty {
            func genderOf(_ entity: Entity) -> String {
                entity.gender.isEmpty ? lexicon.givenNameGender(of: entity.name.split(separator: " ").prefix(1).map(String.init)) : entity.gender
            }
            let agreeing = candidates.filter { genderOf(entities[$0]).isEmpty || genderOf(entities[$0]) == gender }
            candidates = agreeing + candidates.filter { !agreeing.contains($0) }
            // `Mr Dunlop’s wife, Fiona, … “…,” Mrs Dunlop said.`, `Sa femme, Sylvie, … ajoute Mme
            // Morel`: a surname with an honorific of the other gender than every person the text
            // gave that surname means the person it named last by a given name alone, of the
            // honorific's gender, who takes the surname (`Fiona Dunlop`), when the text brought her
            // in as a spouse (``Lexicon/spouseNouns``; `His daughter, Helen,` is no Mrs Dunlop).
            if folded.count == 1, agreeing.isEmpty, !candidates.isEmpty,
               candidates.allSatisfy({ !entities[$0].isOrganisation && !genderOf(entities[$0]).isEmpty }),
               let given = entities.indices.suffix(Self.lookBack).last(where: { index in
                   let entity = entities[index]
                   return entity.isNamed && !entity.isOrganisation && entity.declaredID == nil && !entity.isLabelled
                       && entity.nameWords.count == 1 && entity.likelyGender == gender && byLastWord[entity.nameWords[0]]?.contains(index) == true
                       && (entity.role?.split(separator: " ").last).map { lexicon.spouseNouns.contains($0.lowercased()) } == true
               }) {
                let surname = words[words.count - 1]
                entities[given].addAlias(entities[given].name)
                entities[given].name += " " + surname
                spell(given)
                entities[given].nameWords.append(folded[0])
                byLastWord[folded[0], default: []].append(given)
                candidates = [given]
            }
            // `Owen Pryce … “…,” Mrs Pryce said.`: an honorific of the other gender than every
            // person of that surname, whose given name says their gender, means someone else.
            if folded.count == 1, agreeing.isEmpty, !candidates.isEmpty, candidates.allSatisfy({ index in
                let entity = entities[index]
                let given = entity.nameWords.count >= 2 ? lexicon.givenNameGender(of: entity.name.split(separator: " ").prefix(1).map(String.init)) : ""
                return !entity.isOrganisation && ["m", "f"].contains(given) && given != gender && ["m", "f"].contains(gender)
            }) {
                candidates = []
            }
        }
        // `the elder Farrow` after Ned Farrow and `His daughter, Kit Farrow`: a seniority word
        // before the name (``Lexicon/seniorityWords``) puts first those whose role or aliases give
        // that rank (`father`), and last those whose give the other (`daughter`).
        if candidates.count > 1, let rank = seniorityRank(of: written.split(separator: " ").dropLast(words.count)) {
            func rankOf(_ index: Int) -> String? {
                for alias in entities[index].aliases + [entities[index].role].compactMap({ $0 }) {
                    if let found = seniorityRank(of: alias.split(separator: " ")) { return found }
                }
                return nil
            }
            var same: [Int] = [], unknown: [Int] = [], other: [Int] = []
            for index in candidates {
                switch rankOf(index) {
                case rank?: same.append(index)
                case nil: unknown.append(index)
                default: other.append(index)
                }
            }
            candidates = same + unknown + other
        }
        for index in candidates {
            let entity = entities[index]
            // A fuller name than an alias (`Marc Roy` for the alias `Roy`) must not contradict the
            // given name the entity's own name has (`Paul Roy`).
            let givenNameAgrees = folded.count < 2 || entity.nameWords.count < 2 || entity.isOrganisation || lexicon.determiners.contains(folded[0])
                || Self.namesAgree([folded[0]], [entity.nameWords[0]])
                || Self.namesAgree(folded, entity.nameWords)
            if Self.namesAgree(folded, entity.nameWords) || entity.aliasNameWords.contains(where: { alias in
                Self.namesAgree(folded, alias) && (folded.count <= alias.count || givenNameAgrees)
            }) {
                match = index
                break
            }
        }
        if match == nil, folded.count == 1, let elision = lexicon.elisions.first(where: { folded[0].hasPrefix($0) && folded[0].count > $0.count }) {
            // `l'ARS`, `L'IAST`: an acronym written with its elided article is the acronym.
            let bare = [String(folded[0].dropFirst(elision.count))]
            match = (byLastWord[bare[0]] ?? []).last { Self.namesAgree(bare, entities[$0].nameWords) || entities[$0].aliasNameWords.contains(bare) }
        }
        if match == nil, folded.count == 1 {
            // `l'Agence`, `la Ligue` alone after `l'Agence nationale des forêts`: an organisation
            // noun written as a name is the last organisation named in full with it.
            let bare = withoutElision(folded[0])
            if lexicon.organisationNouns.contains(bare) {
                match = entities.indices.last { entities[$0].isNamed && entities[$0].nameWords.count >= 2 && entities[$0].nameWords[0] == bare }
            }
        }
        if match == nil, folded.count == 1 {
            // `Kelvaig` alone after `Kelvaig Seafoods`, `Harbourline` after `Harbourline Moorage
            // Ltd.`: the first word of a company's name whose last word ends organisations' names
            // (``Lexicon/organisationNameEnds``) is that company, as a newsroom shortens it.
            match = entities.indices.last { index in
                let entity = entities[index]
                return entity.isNamed && entity.isOrganisation && entity.nameWords.count >= 2 && entity.nameWords[0] == folded[0]
                    && lexicon.organisationNameEnds.contains(entity.nameWords[entity.nameWords.count - 1])
            }
        }
        if match == nil, folded.count == 1 {
            // `Margaret`, `René` alone after `Margaret Pennington`: a given name of a person named in full.
            match = entities.indices.last { entities[$0].isNamed && !entities[$0].isOrganisation && entities[$0].nameWords.count >= 2 && entities[$0].nameWords[0] == folded[0] }
        }
        if match == nil, let family = acronymFamily(of: folded, written: words) {
            match = family
            if entities[family].declaredID == nil, folded[0].count > entities[family].nameWords[0].count {
                // The fuller form names the organisation: `SUD-PTT`, with `SUD` as an alias.
                entities[family].addAlias(entities[family].name)
                entities[family].name = words[0]
                spell(family)
                entities[family].nameWords = folded
                byLastWord[folded[0], default: []].append(family)
            }
        }
        if match == nil, let (spelled, inFull) = spelledAcronymMatch(words: words) {
            match = spelled
            if inFull, entities[spelled].declaredID == nil, !entities[spelled].isLabelled {
                // `l'ONFA` first, `l'Office national des filières agricoles` later: the name in
                // full names the organisation, with its acronym as an alias.
                let acronym = entities[spelled].name.split(separator: " ").last.flatMap { acronymLetters(String($0)) } ?? entities[spelled].name
                entities[spelled].name = words.joined(separator: " ")
                spell(spelled)
                entities[spelled].nameWords = folded
                let fullName = entities[spelled].name
                entities[spelled].aliases.removeAll { $0 == fullName }
                byLastWord[folded.last ?? "", default: []].append(spelled)
                addAcronym(acronym, to: spelled)
            } else if !inFull, let acronym = words.last.flatMap(acronymLetters) {
                addAcronym(acronym, to: spelled)
            }
        }
        let index: Int
        if let match {
            index = match
            if entities[index].declaredID == nil, !entities[index].isLabelled, folded.count > entities[index].nameWords.count, folded.suffix(entities[index].nameWords.count).elementsEqual(entities[index].nameWords) {
                entities[index].addAlias(entities[index].name)
                entities[index].name = words.joined(separator: " ")
                spell(index)
                entities[index].nameWords = folded
                let newName = entities[index].name
                entities[index].aliases.removeAll { $0 == newName }
            }
        } else {
            var entity = Entity(name: words.joined(separator: " "), nameWords: folded, isNamed: true)
            entity.introducedInSentence = sentence
            entities.append(entity)
            spell(entities.count - 1)
            index = entities.count - 1
            byLastWord[folded.last ?? "", default: []].append(index)
        }
        entities[index].addAlias(written)
        if let bareName { entities[index].addAlias(bareName) }
        countMention(of: index)
        entities[index].lastNamed = position
        // `la cheffe Lucie Arbogast`: the title written before the name is hers (`la cheffe` later).
        entities[index].contentWords.formUnion(contentWords(of: written).titles)
        entities[index].contentWords.formUnion(innerTitleWords(before: words, in: written))
        entities[index].contentWords.formUnion(impliedRoleTitlesOnce(of: written))
        if let first = words.first?.lowercased(), lexicon.determiners.contains(first) || first.hasPrefix("l'") || first.hasPrefix("l’") {
            entities[index].isOrganisation = true
        }
        // `Ardle Gazette`, `Brindle Police`: a name ending in an organisation noun; `Drayton
        // Motors`, `Wendle FM`: or in a word that ends organisations' names (``Lexicon/organisationNameEnds``).
        if words.count >= 2, let last = words.last?.lowercased(), lexicon.organisationNouns.contains(last) || lexicon.organisationNameEnds.contains(last),
           entities[index].gender.isEmpty {
            entities[index].isOrganisation = true
        }
        // `Organisation de coopération du golfe`, `Rivières sans frontières`: a name opening with
        // an organisation noun, or with a lowercase word that is no name particle, is an organisation's.
        if words.count >= 2, entities[index].gender.isEmpty,
           lexicon.organisationNouns.contains(words[0].lowercased())
            // `city of Halverston`: a local authority (``SpeakerMentionFinder/localAuthorityName(in:_:)``).
            || words[0].first?.isLowercase == true && lexicon.localAuthorityNouns.contains(words[0])
            || words.dropFirst().contains(where: { $0.first?.isLowercase == true && !lexicon.nameInternalWords.contains($0.lowercased()) && !lexicon.nameParticles.contains($0.lowercased()) }) {
            entities[index].isOrganisation = true
        }
        if let classifier = classifyingNoun(of: words, written: written) {
            // `l'ONG Rivières sans frontières`, `l'association Droit au logement`: the noun that
            // classifies the name names the organisation again (`l'ONG`, `l'association`).
            let folded = TextFolding.fold(classifier)
            entities[index].isOrganisation = true
            entities[index].contentWords.insert(folded)
            if classifier.count >= 2, classifier == classifier.uppercased(), !entities[index].aliasNameWords.contains([folded]) {
                entities[index].aliasNameWords.append([folded])
                byLastWord[folded, default: []].append(index)
            }
        }
        absorb(entities[index].name, into: index)
        if entities[index].gender.isEmpty, !gender.isEmpty {
            entities[index].gender = gender
            // (`le docteur Ada Vell`: a title's article, not an honorific, gave it.)
            entities[index].genderFromRole = !Lexicon.tokenWords(written).contains { lexicon.honorifics[$0] == gender }
        }
        // `sa présidente, Nadia Roux`, `Anne Roy, la quadragénaire,`: a role in apposition agrees.
        if entities[index].gender.isEmpty, !entities[index].isOrganisation, let role {
            entities[index].gender = lexicon.gender(ofRole: role)
            entities[index].genderFromRole = !entities[index].gender.isEmpty
        }
        if entities[index].givenNameGender.isEmpty, !entities[index].isOrganisation { entities[index].givenNameGender = lexicon.givenNameGender(of: words) }
        if let role {
            if entities[index].role == nil { entities[index].role = role }
            entities[index].addAlias(role)
            absorb(role, into: index)
        }
        return index
    }

    /// A written form of a name compared as a short form: folded, without a possessive ending
    /// (`Fenn’s` is `fenn`).
    private static func shortFormKey(_ written: String) -> String {
        var text = written
        if text.count > 2, text.hasSuffix("'s") || text.hasSuffix("’s") { text.removeLast(2) }
        return TextFolding.fold(text)
    }

    /// The head right before `words` in `written` that is words of an institution's name
    /// (``Lexicon/institutionNameHeads``: `zone de police` in `la zone de police Marlière-Nord`),
    /// as written; nil when none stands there.
    private func institutionNameHead(before words: [String], in written: String) -> [String]? {
        guard !lexicon.institutionNameHeads.isEmpty, let text = Self.writtenBefore(words, in: written) else { return nil }
        let before = Lexicon.tokenWords(String(text), keepingCase: true)
        for head in lexicon.institutionNameHeads where before.count >= head.count {
            let last = Array(before.suffix(head.count))
            if last.map({ $0.lowercased() }) == head { return last }
        }
        return nil
    }

    /// The organisation noun written right before a name of two words or more (`ONG` in `l'ONG
    /// Rivières sans frontières`; not `le gouvernement Barrault`, a person), or before a one-word
    /// name when the noun is of an ``Lexicon/organisationSynonyms`` group (`le groupe Orvalis`,
    /// `the company Dunmore`), if there is one. Not when a title or a noun for a person stands
    /// before that noun, whose complement it is (`Leader of the Opposition Kiran Dale`, `Chair of
    /// the Board Ada Vell`, `la présidente de l'association Lucie Arbogast`): the name is the
    /// office holder's, a person's.
    private func classifyingNoun(of words: [String], written: String) -> String? {
        guard let text = Self.writtenBefore(words, in: written) else { return nil }
        let before = text.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" || $0 == "\u{A0}" })
        guard let noun = before.last, lexicon.organisationNouns.contains(noun.lowercased()),
              words.count >= 2 || lexicon.organisationSynonyms[TextFolding.fold(String(noun))] != nil,
              !before.dropLast().contains(where: { lexicon.isTitle($0.lowercased()) || lexicon.personNouns[$0.lowercased()] != nil }) else { return nil }
        return String(noun)
    }

    /// The folded words a compound title written before a name holds between its title words
    /// (`fire` in `Chief Fire Officer Jane Moss`, `medical` in `Chief Medical Officer Ann Roy`):
    /// the words of the office, so that `the chief fire officer` later means that person, not an
    /// organisation that shares the word (`the Kelby Fire Authority`). Words before the first title
    /// (`Kelby` in `Kelby Council leader`) and after the last are no part of it; none without two
    /// titles.
    private func innerTitleWords(before words: [String], in written: String) -> Set<String> {
        guard let text = Self.writtenBefore(words, in: written) else { return [] }
        let before = Lexicon.tokenWords(String(text))
        guard let first = before.firstIndex(where: { lexicon.titles.contains($0) }),
              let last = before.lastIndex(where: { lexicon.titles.contains($0) }), last - first >= 2 else { return [] }
        return Set(before[(first + 1)..<last].filter { !lexicon.titles.contains($0) && !lexicon.isFunctionWord($0) && !lexicon.stopwords.contains($0) }
            .map { TextFolding.fold($0) })
    }

    /// What `written` holds before the first of a name's `words` (`la zone de police ` in `la
    /// zone de police Marlière-Nord`, `the ` in `the Dunmore Harbour Board`), found as written;
    /// nil when that word opens it or is not in it.
    private static func writtenBefore(_ words: [String], in written: String) -> Substring? {
        guard let first = words.first, let range = written.range(of: first), range.lowerBound > written.startIndex else { return nil }
        return written[..<range.lowerBound]
    }

    /// The rank (`elder` or `younger`, ``Lexicon/seniorityWords``) the first seniority word among
    /// `words` gives, if any.
    private func seniorityRank(of words: some Sequence<Substring>) -> String? {
        for word in words { if let rank = lexicon.seniorityWords[word.lowercased()] { return rank } }
        return nil
    }

    /// Whether two folded names name the same one: equal, one a word suffix of the other, or the
    /// same last word with matching initials before it (`a. montebourg`, `j-m ayrault`).
    static func namesAgree(_ a: [String], _ b: [String]) -> Bool {
        guard let lastA = a.last, let lastB = b.last, lastA == lastB else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if long.suffix(short.count).elementsEqual(short) { return true }
        // Initials: every word of the shorter before the last is the longer's word there or its
        // initials (`J. Martin`, `J.-P. Roy`, `Several Members` for `Several hon. Members`); a
        // given name is no initial (`Jeanne Martin` is not `Jean
        // Martin`, `Mario` not `Marie`).
        func abbreviates(_ initials: [String], _ names: [String]) -> Bool {
            let shortHead = initials.dropLast(), longHead = names.dropLast()
            guard shortHead.count <= longHead.count else { return false }
            for (s, l) in zip(shortHead, longHead.prefix(shortHead.count)) where s != l {
                let letters = s.split(whereSeparator: { $0 == "." || $0 == "-" })
                guard letters.allSatisfy({ $0.count == 1 }) else { return false }
                if letters.map(\.first) != l.split(separator: "-").map(\.first) { return false }
            }
            return true
        }
        return abbreviates(short, long) || short.count == long.count && abbreviates(long, short)
    }

    /// The entity a role phrase refers to: the one sharing the most specific content words with
    /// it (at least one, and at least half of the phrase's), or, for a phrase with only a generic
    /// head (`le syndicat`, `la fédération`), the most recent entity whose words include that head.
    /// Only the words after a Saxon genitive describe the referent: `Toby's mother` is not Toby;
    /// nor those after a kin noun's genitive that mean someone known (``kinOfOwner(_:)``:
    /// `l'épouse du boulanger` is not the baker).
    /// A phrase headed by an organisation noun (``isOrganisationPhrase(_:)``: `la fédération`,
    /// `the transport ministry`) never means a person it shares words with only through that
    /// person's role (`Paul Roy, délégué général de la Fédération des tanneurs`: a man); a phrase with
    /// a title never means someone described by other titles only (`le négociateur palestinien`
    /// is not `le président palestinien Paul Roy`), nor, with a gendered article, someone of the
    /// other gender (`Le maire` is not `la maire, Anne Roy`).
    func resolveRole(_ phrase: String) -> Int? {
        if introducesSomeoneNew(phrase) { return nil }
        if let tie = narratorTieWords(phrase) { return narratorTieReferent(tie) }
        let indefiniteHead = indefiniteHeadWords(phrase)
        let written = phrase.split(separator: " ")
        var owned = written.lastIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }).map { written[($0 + 1)...] } ?? written[...]
        // (Nor the words after a kin noun's genitive: `l'épouse du boulanger` is not the baker.)
        if let kin = kinOfOwner(phrase), ownerReferent(kin.owner) != nil { owned = owned.prefix(kin.kinWords) }
        let words = contentWords(of: owned.isEmpty ? phrase : owned.joined(separator: " "))
        let organisationPhrase = isOrganisationPhrase(phrase)
        let hasComplement = Lexicon.tokenWords(phrase).contains { lexicon.prepositions.contains($0) || lexicon.complementWords.contains($0) }
        var best: (index: Int, score: Int)?
        if !words.specific.isEmpty {
            for index in entities.indices.reversed().prefix(Self.lookBack) {
                let entity = entities[index]
                if let head = indefiniteHead, !describes(index, by: head) { continue }
                let shared = words.specific.intersection(entity.contentWords)
                guard shared.count >= 1, shared.count * 2 >= words.specific.count else { continue }
                // (A modifier alone, `le négociateur palestinien`, never means `le président palestinien
                // Paul Roy`; a complement may: `le Leader de la Révolution` for `le Guide de la Révolution`.)
                if !words.titles.isEmpty, words.titles.isDisjoint(with: entity.contentWords),
                   shared.count < words.specific.count || !hasComplement && isDescribed(index, otherwiseThan: words.titles) { continue }
                // (`la fédération` is not `Paul Roy, délégué général de la Fédération des tanneurs`.)
                if organisationPhrase, !entity.isOrganisation, entity.likelyGender == "m" || entity.likelyGender == "f",
                   shared.isDisjoint(with: entity.nameWords) { continue }
                if best == nil || shared.count > best!.score { best = (index, shared.count) }
            }
            return best?.index
        }
        guard !words.titles.isEmpty else { return nil }
        let gender = Lexicon.tokenWords(phrase).first.flatMap { lexicon.genderedDeterminers[$0] } ?? ""
        // Every title word must agree: `the Prime Minister` is not `another Minister`; nor may the gender.
        for index in entities.indices.reversed().prefix(Self.lookBack) where words.titles.isSubset(of: entities[index].contentWords) {
            if let head = indefiniteHead, !describes(index, by: head) { continue }
            if gender == "m" || gender == "f", !entities[index].likelyGender.isEmpty, entities[index].likelyGender != gender { continue }
            return index
        }
        return nil
    }

    /// The folded words after the narrator's possessive that opens `phrase` (`my old boss` →
    /// `old`, `boss`; ``Lexicon/firstPersonPossessives``), or nil when it opens with none.
    func narratorTieWords(_ phrase: String) -> Set<String>? {
        let words = Lexicon.tokenWords(phrase)
        guard let first = words.first, lexicon.firstPersonPossessives.contains(first), words.count > 1 else { return nil }
        return Set(words.dropFirst().map { TextFolding.fold($0) })
    }

    /// The one the narrator named before by a tie whose words hold the words of `tie`
    /// (``narratorTieWords(_:)``) or lie among them: `my boss` and `my new boss` are one person,
    /// `my old boss` and `my new boss` two, `my uncle` and `my aunt` two. The most recent.
    func narratorTieReferent(_ tie: Set<String>) -> Int? {
        entities.indices.reversed().prefix(Self.lookBack).first { index in
            ([entities[index].name] + entities[index].aliases).contains { written in
                guard let other = narratorTieWords(written) else { return false }
                return other.isSubset(of: tie) || tie.isSubset(of: other)
            }
        }
    }

    /// Whether a phrase's head noun is an organisation noun (``Lexicon/organisationKind(of:)``):
    /// the first word after the article where ``Lexicon/organisationHeadFirst`` (`l'organisation
    /// militant pour …`, `le comité des fêtes`), else the last before any complement (`the
    /// transport ministry`).
    func isOrganisationPhrase(_ phrase: String) -> Bool {
        let words = Lexicon.tokenWords(phrase)
        guard let article = words.first, lexicon.definiteArticles.contains(article) else { return false }
        let head = words.dropFirst().prefix { !lexicon.complementWords.contains($0) && !lexicon.prepositions.contains($0) }
        guard let noun = lexicon.organisationHeadFirst ? head.first : head.last else { return false }
        return !lexicon.organisationKind(of: noun).isEmpty && !lexicon.isTitle(noun) && lexicon.personNouns[noun] == nil
    }

    /// The titles and person nouns (``Lexicon/foldedRoleNouns``) among an entity's words, those
    /// of its name, role and aliases (`le président Paul Roy` → `president`).
    func describedRoleNouns(of index: Int) -> Set<String> {
        entities[index].contentWords.intersection(lexicon.foldedRoleNouns)
    }

    /// Whether the text described an entity by role nouns (``describedRoleNouns(of:)``), none of
    /// which agrees with any of `nouns` (folded): `Paul Roy, président,` for `le négociateur`.
    func isDescribed(_ index: Int, otherwiseThan nouns: Set<String>) -> Bool {
        let described = describedRoleNouns(of: index)
        return !described.isEmpty && !described.contains { noun in nouns.contains { Self.rolesAgree(noun, $0) } }
    }

    /// Whether two folded role nouns are one, in either gender (`ministre`, `president` and
    /// `presidente`, `directeur` and `directrice`, `chef` and `cheffe`): equal, or sharing their
    /// first five letters (all of the shorter, when it is shorter).
    static func rolesAgree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let length = min(5, a.count, b.count)
        return length >= 4 && a.prefix(length) == b.prefix(length)
    }

    /// The organisation a definite head-noun anaphor refers to (`the panel`, `le bureau`, `the
    /// force`, `the airline`): a singular definite article, at most one modifier and a head noun
    /// that is an organisation noun or in an ``Lexicon/organisationSynonyms`` group. It is the
    /// organisation met most recently whose words hold that noun or one of its synonyms
    /// (`Tarnford Constabulary` for `the force`, `l'Office d'enquêtes sur les incidents portuaires` for `l'office`).
    /// A noun any organisation may be called by (``Lexicon/genericOrganisationNouns``: `l'organisme`)
    /// means the organisation met last.
    /// A definite article and a noun of no such kind mean the one name met before whose head it is
    /// (``nameHead(of:)``: `Pellick Harbour Airport … the airport said`), none when two share it.
    /// - Returns: nil for any other phrase, or when no such organisation is known.
    func organisationAnaphorReferent(_ phrase: String) -> Int? {
        let words = Lexicon.tokenWords(phrase)
        guard words.count == 2 || words.count == 3, let article = words.first, lexicon.definiteArticles.contains(article),
              lexicon.genderedDeterminers[article] != "plural", let head = words.last else { return nil }
        if words.count == 2, lexicon.genericOrganisationNouns.contains(head) {
            // `l'organisme`: a noun any organisation may be called by means the one met last.
            return entities.indices.reversed().prefix(Self.lookBack).first { entities[$0].isOrganisation }
        }
        let nouns = lexicon.organisationKind(of: head)
        if nouns.isEmpty, words.count == 2 {
            // `Pellick Harbour Airport … the airport said`: the one name met before with that head.
            return nameHeadReferent(TextFolding.fold(head))
        }
        guard !nouns.isEmpty, words.count == 2 || !lexicon.isFunctionWord(words[1]) && !lexicon.complementWords.contains(words[1]) else { return nil }
        // A noun listed only as a synonym (`the channel`, `the force`) names no organisation by
        // itself: it means the one organisation of its kind in view, none when two are
        // (`Kestrel TV … Harbour TV … the channel said` is either).
        let synonymOnly = !lexicon.foldedOrganisationNouns.contains(TextFolding.fold(head))
        var found: Int?
        for index in entities.indices.reversed().prefix(Self.lookBack)
        where entities[index].isOrganisation && !entities[index].contentWords.isDisjoint(with: nouns) {
            guard synonymOnly else { return index }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// The head noun of a name that may be an organisation's, folded: the last word of a proper
    /// name of two words or more (`Pellick Harbour Airport` → `airport`), the first where
    /// ``Lexicon/organisationHeadFirst`` (`Banque Orlane` → `banque`); nil for a person (a
    /// gender known or suggested by a common given name) and for other entities. A definite article and that head (`the airport`) may mean it
    /// (``organisationAnaphorReferent(_:)``).
    func nameHead(of index: Int) -> String? {
        let entity = entities[index]
        guard entity.isNamed, entity.nameWords.count >= 2, entity.likelyGender.isEmpty,
              let head = lexicon.organisationHeadFirst ? entity.nameWords.first : entity.nameWords.last,
              !lexicon.isFunctionWord(head) else { return nil }
        return head
    }

    /// The one entity whose name has the head `head` (folded, ``nameHead(of:)``); nil when none
    /// or two or more do (`Pellick Harbour Airport` and `Dunmore City Airport`: `the airport` is
    /// either).
    func nameHeadReferent(_ head: String) -> Int? {
        var found: Int?
        for index in entities.indices.reversed().prefix(Self.lookBack) where nameHead(of: index) == head {
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// Whether an organisation's words hold an organisation noun and none of `nouns` (folded): a
    /// bare `La mairie` does not mean the `Autorité de protection des données` in view.
    func isOtherKindOfOrganisation(_ index: Int, than nouns: Set<String>) -> Bool {
        let words = entities[index].contentWords
        return words.isDisjoint(with: nouns) && !words.isDisjoint(with: lexicon.foldedOrganisationNouns)
    }

    /// The person a definite description refers to when it names no one new (`Le boulanger, 67
    /// ans, ne cache pas son émotion`, `Le retraité, lui, a déjà des projets`, `L'élue a rappelé`):
    /// a phrase of a singular definite article, at most two modifiers and a person noun, title or
    /// general role noun (``Lexicon/generalRoleNouns``), with no complement, whose gender the
    /// article or the noun marks, else `phraseGender` (what the clause gave it: `The singer …
    /// says her new record`). It is the named person whose role it is (``resolveRole(_:)``), else
    /// the person of that gender the text named last in this very paragraph (`La maire, Anne Roy,
    /// a reçu les grévistes. « … », insiste l'élue.`; with no gender, the one person named there:
    /// `The mayor, Linda Croft, … “…,” the official said.`), else the document's protagonist of that
    /// gender: the named person mentioned in the most sentences so far, the first introduced on a
    /// tie, not merely the most recent name. A person whose appositive role has another role noun
    /// (`Le maire, Paul Roy,` for `le retraité`) is someone else, unless the phrase's nouns are
    /// general role nouns, which fit any office (`Le maire, Paul Roy,` for `l'élu`); so is one
    /// whose stated age (``Entity/statedAge``) the phrase's age noun does not allow (`Anne Roy, 38
    /// ans,` for `la quinquagénaire`). A phrase with a title of a specific office (`le préfet`, `le
    /// négociateur palestinien`, `the prime minister`; not a general role noun) means only someone
    /// the text described by that title or a variant of it (``describedRoleNouns(of:)``: a title
    /// before the name, an apposition, an alias, a role it implies: ``impliedRoleTitles(of:)``),
    /// the one such holder (none when two are), never someone the text described by other titles
    /// only (``isDescribed(_:otherwiseThan:)``); with no described holder, no one: the phrase stays
    /// its own words (`le négociateur palestinien` is not the protagonist, nor the man named last).
    /// - Returns: nil for any other phrase, or when no named person of that gender is known.
    func definiteDescriptionReferent(_ phrase: String, gender phraseGender: String = "") -> Int? {
        let words = Lexicon.tokenWords(phrase)
        guard words.count >= 2, words.count <= 4, let article = words.first, lexicon.definiteArticles.contains(article),
              lexicon.genderedDeterminers[article] != "plural",
              !words.dropFirst().contains(where: { lexicon.complementWords.contains($0) || lexicon.determiners.contains($0) }) else { return nil }
        let nouns = Set(words.dropFirst().filter { lexicon.titles.contains($0) || lexicon.personNouns[$0] != nil || lexicon.generalRoleNouns.contains($0) })
        guard !nouns.isEmpty else { return nil }
        // `Le torréfacteur Paul Roy …. L'intéressé confirme`: a noun of the person spoken of
        // (``Lexicon/concernedPersonNouns``) means the person of its gender the text named last,
        // whatever role the text gave them, not one it once called so, nor the protagonist.
        if nouns.isSubset(of: lexicon.concernedPersonNouns) {
            var gender = lexicon.genderedDeterminers[article] ?? ""
            if gender.isEmpty { gender = nouns.compactMap { lexicon.personNouns[$0] }.first { !$0.isEmpty } ?? phraseGender }
            return namedLast(gender: gender)
        }
        if let index = resolveRole(phrase) { return index }
        // `le négociateur palestinien`, `the prime minister`: a title means someone the text described
        // by it (``resolveRole(_:)``, or a variant: `la ministre`); someone described otherwise never.
        let office = nouns.contains { lexicon.titles.contains($0) && !lexicon.generalRoleNouns.contains($0) }
        let foldedNouns = Set(nouns.map { TextFolding.fold($0) })
        var gender = lexicon.genderedDeterminers[article] ?? ""
        if gender.isEmpty { gender = nouns.compactMap { lexicon.personNouns[$0] }.first { !$0.isEmpty } ?? "" }
        if gender.isEmpty { gender = phraseGender }
        // (`Anne Roy, 38 ans, … la quinquagénaire`: never someone whose stated age the phrase's does not allow.)
        let ages = lexicon.describedAges(in: words)
        let general = nouns.isSubset(of: lexicon.generalRoleNouns)
        let publicNouns = lexicon.foldedPublicRoleNouns.union(foldedNouns)
        func fits(_ index: Int) -> Bool {
            let entity = entities[index]
            guard entity.isNamed, !entity.isOrganisation, gender.isEmpty || entity.likelyGender == gender,
                  ages == nil || entity.statedAge.map({ ages!.contains($0) }) != false else { return false }
            if office, isDescribed(index, otherwiseThan: foldedNouns) { return false }
            if general {
                // (`l'élu` for `Le maire, Paul Roy,`: a general role noun fits a public office or post
                // (``Lexicon/foldedPublicRoleNouns``), never `le médecin Marc Rey`.)
                let described = describedRoleNouns(of: index)
                return described.isEmpty || described.contains { noun in publicNouns.contains { Self.rolesAgree(noun, $0) } }
            }
            guard let role = entity.role else { return true }
            let roleNouns = Set(Lexicon.tokenWords(role).filter { lexicon.titles.contains($0) || lexicon.personNouns[$0] != nil })
            return roleNouns.isEmpty || !roleNouns.isDisjoint(with: nouns)
        }
        if office {
            // The one the text described by the title; none when it described two (`Committee chair
            // Ann Roy … Jo Lee, chair of the residents' group, … the chairwoman`: either) or none.
            let holders = entities.indices.suffix(Self.lookBack).filter { fits($0) && !describedRoleNouns(of: $0).isEmpty }
            return holders.count == 1 ? holders[0] : nil
        }
        // `La maire, Anne Roy, a reçu les grévistes. « … », insiste l'élue.`: named in this paragraph;
        // a noun of no gender (`the official`) means the one person named there.
        if general {
            // `Le maire Paul Dumas a reçu le médecin Marc Rey. L'élu a promis …`: the one person named
            // in this paragraph whose role the noun may stand for; none when two are, or only people
            // of other roles (`Resident Tom Hill … The official said`).
            let named = namedInParagraph(gender: gender)
            if !named.isEmpty {
                let holders = named.filter(fits)
                return holders.count == 1 ? holders[0] : nil
            }
        }
        let recent = (gender.isEmpty ? ["m", "f"] : [gender]).compactMap { recentlyNamed(gender: $0, window: 0) }
        if recent.count == 1, fits(recent[0]) { return recent[0] }
        guard gender == "m" || gender == "f" else { return nil }
        var best: Int?
        // (The most recent ``lookBack`` entities, as every look-back; oldest first among them, so
        // that a tie goes to the one introduced first.)
        for index in entities.indices.suffix(Self.lookBack) where fits(index) {
            if best == nil || entities[index].mentions > entities[best!].mentions { best = index }
        }
        return best
    }

    /// The person a definite description by their age refers to (`le pilier de 31 ans`,
    /// `the 19-year-old`, `the 34-year-old mother`, and by a compound as `the mum-of-three`): a
    /// singular definite article, at most two other words and an age (``Lexicon/ageRange(in:)``),
    /// which always describes a person; a noun for a person may follow the age (`the 31-year-old
    /// singer`). It is the
    /// named person whose role the rest of the phrase is (``resolveRole(_:)``, `le pilier`
    /// for `Paul Roy, pilier du club`), else the person the text named last (a name as a sentence
    /// subject counts as named there, ``noteNamedIfNew(_:)``; in one sentence, its subject comes
    /// before a name of no known gender only mentioned in it) whose likely
    /// gender agrees with the article or the noun (any, when neither gives one), named at most
    /// `window` paragraphs back: a named person who is no organisation, named by two words or
    /// more, or by one with a role or a known gender. A description with an age in numbers or
    /// decades (``Lexicon/describedAges(in:)``) means first the person whose stated age
    /// (``Entity/statedAge``) it allows, however far back, and never one whose stated age it does
    /// not (`Ana Roy, 45, … Paul Roy, 19, … the 45-year-old` is Ana Roy).
    /// - Returns: nil for any other phrase, when no such person is known, or when the stated ages
    ///   of two or more fit (``ageDescriptionIsAmbiguous(_:)``).
    func ageDescriptionReferent(_ phrase: String, window: Int = 2) -> Int? {
        let words = Lexicon.tokenWords(phrase)
        guard let article = words.first, lexicon.definiteArticles.contains(article), lexicon.genderedDeterminers[article] != "plural",
              let age = lexicon.ageRange(in: words), age.lowerBound <= 3,
              age.upperBound == words.count || age.upperBound + 1 == words.count && lexicon.isPersonNoun(words[age.upperBound]) else { return nil }
        // (`the 31-year-old singer`: a noun for a person after the age belongs to the role.)
        let rest = words[1..<age.lowerBound] + words[age.upperBound...]
        // (`the 45-year-old` is never someone whose stated age is another.)
        let ages = lexicon.describedAges(in: words)
        func contradicts(_ index: Int) -> Bool { ages != nil && entities[index].statedAge.map { !ages!.contains($0) } == true }
        if !rest.isEmpty, let index = resolveRole(([article] + rest).joined(separator: " ")), !entities[index].isOrganisation, !contradicts(index) { return index }
        var gender = lexicon.genderedDeterminers[article] ?? ""
        if gender.isEmpty { gender = rest.compactMap { lexicon.personNouns[$0] }.first { !$0.isEmpty } ?? "" }
        // `the mum-of-three`: the compound's own noun gives the gender.
        if gender.isEmpty { gender = lexicon.compoundPersonGender(words[age.lowerBound]) ?? "" }
        var best: Int?
        // `Ana Roy, 45, … her brother Paul Roy … the 45-year-old`: the person whose stated age
        // the description gives, however far back; none when two or more fit
        // (``ageDescriptionIsAmbiguous(_:)``).
        if let ages {
            let fitting = peopleOfStatedAge(ages, gender: gender)
            if fitting.count > 1 { return nil }
            if let only = fitting.first { return only }
        }
        // The person the text named last (`Kettering rejected that account. “…,” the 49-year-old
        // said.`); in one sentence, its subject over a name of no known gender only mentioned in
        // it (`His son, Conor Hart, who rode Grey Lad to victory, …`: not the horse).
        var lastSubject: [Int: Int] = [:]
        for item in salience.suffix(Self.lookBack) { lastSubject[item.entity] = item.sentence }
        func isLater(_ a: Int, than b: Int) -> Bool {
            let sentenceA = namedInSentence[a] ?? -1, sentenceB = namedInSentence[b] ?? -1
            if sentenceA != sentenceB { return sentenceA > sentenceB }
            let subjectA = lastSubject[a] == sentenceA, subjectB = lastSubject[b] == sentenceB
            if subjectA, !subjectB, entities[b].likelyGender.isEmpty { return true }
            if subjectB, !subjectA, entities[a].likelyGender.isEmpty { return false }
            return namedRank[a]! > namedRank[b]!
        }
        // (In text order of naming, so that the choice never depends on a dictionary's order.)
        for index in namedRank.keys.sorted(by: { namedRank[$0]! < namedRank[$1]! }) where !contradicts(index) {
            let entity = entities[index]
            // (A person whose gender nothing gave yet, named in this very paragraph, may be the one:
            // `Pour Camille Roy, … », plaide la jeune femme de 27 ans.`)
            guard entity.isNamed, !entity.isOrganisation, position - entity.lastNamed <= window,
                  gender.isEmpty || entity.likelyGender == gender || entity.likelyGender.isEmpty && entity.lastNamed == position,
                  entity.nameWords.count >= 2 || entity.role != nil || !entity.likelyGender.isEmpty else { continue }
            if best == nil || isLater(index, than: best!) { best = index }
        }
        // `His son, Conor Hartigan, who rode Cold Harbour to victory, was calmer. “…,” the
        // 31-year-old said.`: not the bare name (``isBareName(_:)``) named last, but a person of
        // known gender that the same sentence made its subject.
        if let found = best, isBareName(found), let named = namedInSentence[found], (lastSubject[found] ?? -1) < named,
           let person = salience.reversed().prefix(Self.lookBack).prefix(while: { $0.sentence >= named }).first(where: { item in
               let entity = entities[item.entity]
               return item.entity != found && entity.isNamed && !entity.isOrganisation && !entity.likelyGender.isEmpty
                   && (gender.isEmpty || entity.likelyGender == gender) && !contradicts(item.entity)
           }) {
            return person.entity
        }
        return best
    }

    /// The named people, no organisations, whose stated age (``Entity/statedAge``) lies in
    /// `ages` and whose likely gender agrees with `gender` (any, when either is unknown).
    private func peopleOfStatedAge(_ ages: ClosedRange<Int>, gender: String) -> [Int] {
        namedRank.keys.filter { index in
            let entity = entities[index]
            return entity.isNamed && !entity.isOrganisation && entity.statedAge.map { ages.contains($0) } == true
                && (gender.isEmpty || entity.likelyGender.isEmpty || entity.likelyGender == gender)
        }
    }

    /// Whether a description by age in numbers or decades (``ageDescriptionReferent(_:window:)``)
    /// fits the stated age of more than one named person its article or noun allows (`Ana Roy,
    /// 45, and her neighbour Paul Lee, 45, … the 45-year-old`): it means no one, and no other
    /// reading of the phrase (by gender or role) may pick one of them. `the 45-year-old woman`
    /// still means Ana Roy alone.
    func ageDescriptionIsAmbiguous(_ phrase: String) -> Bool {
        let words = Lexicon.tokenWords(phrase)
        guard let article = words.first, lexicon.definiteArticles.contains(article), lexicon.genderedDeterminers[article] != "plural",
              let age = lexicon.ageRange(in: words), age.lowerBound <= 3, let ages = lexicon.describedAges(in: words) else { return false }
        let rest = words[1..<age.lowerBound] + words[age.upperBound...]
        var gender = lexicon.genderedDeterminers[article] ?? ""
        if gender.isEmpty { gender = rest.compactMap { lexicon.personNouns[$0] }.first { !$0.isEmpty } ?? "" }
        if gender.isEmpty { gender = lexicon.compoundPersonGender(words[age.lowerBound]) ?? "" }
        return peopleOfStatedAge(ages, gender: gender).count > 1
    }

    /// The relative a possessive kin phrase as a subject refers to (`son père`, `sa mère`, `her
    /// father`): a possessive and a kin noun (``Lexicon/kinNouns``) whose owner is the person most
    /// in view (of the possessive's gender, when it marks one: `her`), no more than `window`
    /// paragraphs back. It is the other named person who shares the owner's surname and whose
    /// gender agrees with the kin noun, the one the text named last (`Camille Roy, la fille de
    /// Paul, … En attendant, son père a commandé …` is Paul Roy). The owner is never someone the
    /// same kin phrase already meant: once `Son père, lui, reste digne.` put the father in view,
    /// `dit son père` is still the father, not the father's father.
    /// - Returns: nil for any other phrase, or when no such relative is known.
    func kinReferent(_ phrase: String, window: Int = 3) -> Int? {
        if let kin = kinOfOwner(phrase) {
            // `l'épouse du boulanger`, `the keeper's wife`, `la fille de Paul Roy`: the owner is
            // the one the rest of the phrase means, never the referent.
            guard let owner = ownerReferent(kin.owner), entities[owner].isNamed, !entities[owner].isOrganisation,
                  entities[owner].nameWords.count >= 2, let surname = entities[owner].nameWords.last else { return nil }
            return namesake(of: owner, surname: surname, gender: kin.gender)
        }
        let words = Lexicon.tokenWords(phrase)
        guard words.count == 2, let ownerGender = lexicon.possessives[words[0]], ownerGender != "plural",
              let kinGender = lexicon.kinNouns[words[1]] else { return nil }
        let meant = Set(entities.indices.filter { index in entities[index].aliases.contains { Lexicon.tokenWords($0) == words } })
        guard let owner = mostSalient(gender: ownerGender, before: position, window: window, person: true, skipping: meant),
              entities[owner].isNamed, entities[owner].nameWords.count >= 2, let surname = entities[owner].nameWords.last else { return nil }
        return namesake(of: owner, surname: surname, gender: kinGender)
    }

    /// The other named person than `owner` whose surname is `surname` and whose likely gender
    /// agrees with `gender` (any, when empty), the one the text named last.
    private func namesake(of owner: Int, surname: String, gender kinGender: String) -> Int? {
        var best: Int?
        for index in byLastWord[surname] ?? [] where index != owner {
            let entity = entities[index]
            guard entity.isNamed, !entity.isOrganisation, entity.nameWords.count >= 2, entity.nameWords.last == surname,
                  kinGender.isEmpty || entity.likelyGender.isEmpty || entity.likelyGender == kinGender else { continue }
            if best == nil || entity.lastNamed > entities[best!].lastNamed { best = index }
        }
        return best
    }

    /// A kin phrase relative to someone named or described in it: a definite article, a kin noun
    /// (``Lexicon/kinNouns``), a genitive word and the owner (`l'épouse du boulanger`, `la fille
    /// de Paul Roy`, `the wife of the keeper`), or the owner with a Saxon genitive before the kin
    /// noun (`the keeper's wife`, `Paul Roy’s son`).
    /// - Returns: the kin noun's gender (empty when it gives none), the owner as a phrase of its
    ///   own (`le boulanger`, `the keeper`, `Paul Roy`), and how many written words, from the
    ///   first, the kin part takes (`l'épouse`: 1); nil for any other phrase.
    func kinOfOwner(_ phrase: String) -> (gender: String, owner: String, kinWords: Int)? {
        let written = TextFolding.straightApostrophes(phrase).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
        guard written.count >= 2 else { return nil }
        if written.count <= 5, let last = written.last, let gender = lexicon.kinNouns[last.lowercased()],
           let saxon = written.lastIndex(where: { $0.count > 2 && $0.hasSuffix("'s") }), saxon == written.count - 2 {
            return (gender, SpeakerMentionFinder.genitiveOwnerWords(written[...saxon]).joined(separator: " "), written.count)
        }
        // The kin noun: the first written word, after its elided article or a separate one.
        var kinIndex = 0
        var noun = written[0].lowercased()
        if let apostrophe = noun.firstIndex(of: "'"), lexicon.definiteArticles.contains(String(noun[...apostrophe])) {
            noun = String(noun[noun.index(after: apostrophe)...])
        } else {
            guard lexicon.definiteArticles.contains(noun), lexicon.genderedDeterminers[noun] != "plural" else { return nil }
            kinIndex = 1
            noun = written[1].lowercased()
        }
        guard let gender = lexicon.kinNouns[noun], kinIndex + 2 < written.count, written.count - kinIndex <= 6 else { return nil }
        let genitive = written[kinIndex + 1].lowercased()
        let rest = written[(kinIndex + 2)...].joined(separator: " ")
        // (`du boulanger` keeps its article, a definite one; `de la maire`, `de Paul Roy`, `of the
        // keeper` the rest; `des voisins`, plural, no one.)
        let contracted = lexicon.definiteArticles.contains(genitive) && lexicon.genitiveWords.contains(genitive)
        if contracted, lexicon.genderedDeterminers[genitive] == "plural" { return nil }
        if genitive.count > 2, genitive.hasPrefix("d'"), lexicon.genitiveWords.contains("d'") {
            return (gender, String(written[kinIndex + 1].dropFirst(2)) + (rest.isEmpty ? "" : " " + rest), kinIndex + 1)
        }
        guard lexicon.genitiveWords.contains(genitive) else { return nil }
        return (gender, contracted ? genitive + " " + rest : rest, kinIndex + 1)
    }

    /// The entity the owner part of a kin phrase means (``kinOfOwner(_:)``): a person by a name
    /// (`Paul Roy`, `Roy`) or by the role the text gave them (`le boulanger`, `the keeper`).
    private func ownerReferent(_ owner: String) -> Int? {
        let words = owner.split(separator: " ").map(String.init)
        if let first = words.first?.first, first.isUppercase, !lexicon.determiners.contains(words[0].lowercased()) {
            let folded = words.map(TextFolding.fold)
            return (byLastWord[folded.last ?? ""] ?? []).last { Self.namesAgree(folded, entities[$0].nameWords) || entities[$0].aliasNameWords.contains(folded) }
        }
        return resolveRole(owner) ?? definiteDescriptionReferent(owner)
    }

    /// Records the age the text states for an entity (``Entity/statedAge``), the first one stated.
    mutating func noteStatedAge(_ age: Int, of index: Int) {
        if entities[index].statedAge == nil { entities[index].statedAge = age }
    }

    /// Records that the text names an entity here (a name written in the sentence being read),
    /// in text order: ``ageDescriptionReferent(_:window:)`` looks for the person named last.
    mutating func noteNamed(_ index: Int) {
        namings += 1
        namedRank[index] = namings
        namedInSentence[index] = sentence
    }

    /// Records that the text names an entity in the sentence being read (``noteNamed(_:)``), unless
    /// it already did there: a subject the name finder passed over (`…, and Adeyemi finished the
    /// move.`) counts as named, after the names of its sentence.
    mutating func noteNamedIfNew(_ index: Int) {
        if namedInSentence[index] != sentence { noteNamed(index) }
    }

    /// Whether a role phrase opens with an indefinite determiner and has no complement
    /// (`another Kenyan blogger`, `un témoin`; not `un porte-parole du ministère`): it brings in
    /// someone new.
    func introducesSomeoneNew(_ phrase: String) -> Bool {
        let words = phrase.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { $0.lowercased() }
        guard lexicon.indefiniteDeterminers.contains(where: { words.starts(with: $0) }) else { return false }
        return !words.contains { lexicon.complementWords.contains($0) || lexicon.genitiveWords.contains($0) || $0.hasPrefix("d'") || $0.hasPrefix("d’") }
    }

    /// The folded words of an indefinite phrase's head, between its determiner and its complement
    /// (`Un membre du jury` → `membre`, `a senior deckhand with X` → `senior`, `deckhand`), or nil
    /// for a phrase with no indefinite determiner, no such word, or a noun of a public office or
    /// post among them (``Lexicon/foldedPublicRoleNouns``). Such a phrase introduces
    /// someone: it means someone met before only when one of these words described them
    /// (``describes(_:by:)``: `un porte-parole de la préfecture` for `Anne Roy, porte-parole de
    /// la préfecture`), never through its complement alone (`Un membre du jury` is not `le
    /// président du jury, Paul Roy`; `Un matelot de X` is not `le président de X`).
    func indefiniteHeadWords(_ phrase: String) -> Set<String>? {
        let words = phrase.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { $0.lowercased() }
        guard let determiner = lexicon.indefiniteDeterminers.filter({ words.starts(with: $0) }).max(by: { $0.count < $1.count })
        else { return nil }
        let head = words.dropFirst(determiner.count).prefix {
            !lexicon.complementWords.contains($0) && !lexicon.genitiveWords.contains($0) && !lexicon.prepositions.contains($0)
                && !$0.hasPrefix("d'") && !$0.hasPrefix("d’")
        }
        let folded = Set(head.filter { !lexicon.isFunctionWord($0) && !lexicon.stopwords.contains($0) }.map { TextFolding.fold($0) })
        // (A public office or post speaks for whom its complement names: `A spokesman for Marsh`,
        // `un porte-parole de la préfecture` keep to the complement, as the gold README wants.)
        guard !folded.isEmpty, folded.isDisjoint(with: lexicon.foldedPublicRoleNouns) else { return nil }
        return folded
    }

    /// Whether any of `words` (folded) agrees with a word the text used for an entity, its name,
    /// role or aliases (``rolesAgree(_:_:)``: either gender).
    func describes(_ index: Int, by words: Set<String>) -> Bool {
        entities[index].contentWords.contains { word in words.contains { Self.rolesAgree(word, $0) } }
    }

    /// Resolves a role phrase to a known entity, or creates an unnamed one named by the phrase.
    mutating func resolveOrCreatePhrase(_ phrase: String, gender: String) -> Int {
        if let index = resolveRole(phrase) {
            entities[index].addAlias(phrase)
            absorb(phrase, into: index)
            return index
        }
        return createPhrase(phrase, gender: gender)
    }

    /// The unnamed entity a collective phrase names (`A Facebook page for Ann and Lena`, `The
    /// residents' association`): the one already named by that very phrase (case folded), else a
    /// new one. Never someone named inside its complement (``resolveRole(_:)`` would take Ann and
    /// Lena for it).
    mutating func resolveOrCreateCollective(_ phrase: String) -> Int {
        let folded = TextFolding.fold(phrase)
        if let index = entities.indices.last(where: { !entities[$0].isNamed && TextFolding.fold(entities[$0].name) == folded }) { return index }
        return createPhrase(phrase, gender: "")
    }

    /// Creates an unnamed entity named by a role phrase; an organisation when its head noun (the
    /// last word before a complement) is an organisation noun.
    private mutating func createPhrase(_ phrase: String, gender: String) -> Int {
        var entity = Entity(name: phrase, nameWords: phrase.split(separator: " ").map { TextFolding.fold(String($0)) }, isNamed: false)
        entity.gender = gender
        // The head noun is the last word before a complement (`a neighbour | of the office`).
        let words = phrase.split(separator: " ").map { $0.lowercased() }
        let head = words.prefix { !lexicon.complementWords.contains($0) && !lexicon.genitiveWords.contains($0) }.last
        entity.isOrganisation = head.map { lexicon.organisationNouns.contains($0) } ?? false
        // `A spokesman said …`, `a local man`: a head noun that marks a person's gender gives the
        // phrase's when nothing else gave one, so a pronoun of that gender can mean it.
        if gender.isEmpty, !entity.isOrganisation, let head, let headGender = lexicon.personNouns[head], ["m", "f"].contains(headGender) {
            entity.gender = headGender
        }
        entities.append(entity)
        spell(entities.count - 1)
        absorb(phrase, into: entities.count - 1)
        return entities.count - 1
    }

    /// `SUD` and `SUD-PTT`, `CGT` and `CGT-FO`: a one-word name in capitals is the same
    /// organisation as a one-word capitalised name whose first hyphenated part it is (either way).
    /// - Returns: the most recent such entity, if any.
    private func acronymFamily(of folded: [String], written words: [String]) -> Int? {
        guard folded.count == 1, let word = words.first, word.count >= 2,
              word.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) else { return nil }
        let name = folded[0]
        let head = name.split(separator: "-").first.map(String.init) ?? name
        for index in entities.indices.reversed() where entities[index].isNamed && entities[index].nameWords.count == 1 {
            let other = entities[index].nameWords[0]
            guard other != name, entities[index].name.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) else { continue }
            let otherHead = other.split(separator: "-").first.map(String.init) ?? other
            if other == head || name == otherHead { return index }
        }
        return nil
    }

    /// `word` without an elided article it opens with (``Lexicon/elisions``: `l'ONFA` → `ONFA`,
    /// `d'orvalis` → `orvalis`), compared without regard to case; the word itself when it has none
    /// or is nothing more.
    private func withoutElision(_ word: String) -> String {
        let lower = word.lowercased()
        return lexicon.elisions.first(where: { lower.hasPrefix($0) && word.count > $0.count }).map { String(word.dropFirst($0.count)) } ?? word
    }

    /// The letters of a one-word acronym of three letters or more (`ONFA`, `l'ONFA`: an elided
    /// article is dropped), or nil when the word has a lowercase letter or is shorter.
    private func acronymLetters(_ word: String) -> String? {
        let bare = withoutElision(TextFolding.straightApostrophes(word))
        guard bare.count >= 3, bare.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return nil }
        return bare
    }

    /// The initials of a name of two words or more, each word's first letter with the function
    /// words left out (`Office national des filières agricoles` → `ONFA`), and with a hyphenated
    /// word's parts each giving one (`Forces Motrices du Haut-Rhône` → `FMHR`), folded
    /// to upper case without accents; both readings (whole words, hyphen parts).
    private func initials(of words: [String]) -> [String] {
        var whole = "", parts = ""
        for word in words {
            let bare = withoutElision(TextFolding.straightApostrophes(word))
            guard !bare.isEmpty, !lexicon.isFunctionWord(bare.lowercased()) else { continue }
            whole += String(bare.prefix(1))
            for part in bare.split(separator: "-") where !lexicon.isFunctionWord(part.lowercased()) { parts += String(part.prefix(1)) }
        }
        return [whole, parts].map { TextFolding.fold($0).uppercased() }
    }

    /// `l'ONFA` and `l'Office national des filières agricoles`, either first, with no brackets to
    /// define one by the other: the named organisation whose acronym (a one-word name in capitals
    /// of three letters or more) spells the other's initials (``initials(of:)``), most recent
    /// first, and whether `words` are the name in full (else the acronym); nil when none does. A
    /// name of people (with a given name's gender) is never one.
    private func spelledAcronymMatch(words: [String]) -> (index: Int, inFull: Bool)? {
        assert(spellings.count == entities.count && zip(spellings, entities).allSatisfy { $0.name == $1.name }, "an entity was added or renamed without spell(_:)")
        // (`the NRWA`, `la SMHV`: the article is no part of the acronym.)
        var words = words
        while words.count > 1, lexicon.determiners.contains(words[0].lowercased()) { words.removeFirst() }
        if words.count == 1, let acronym = acronymLetters(words[0]) {
            let folded = TextFolding.fold(acronym).uppercased()
            return entities.indices.last { index in
                let entity = entities[index]
                return entity.isNamed && entity.givenNameGender.isEmpty && spellings[index].initials.contains(folded)
            }.map { ($0, false) }
        }
        guard words.count >= 3, words.filter({ !lexicon.isFunctionWord(TextFolding.straightApostrophes($0).lowercased()) }).count >= 3 else { return nil }
        let spelled = initials(of: words)
        return entities.indices.last { index in
            guard entities[index].isNamed, let acronym = spellings[index].acronym else { return false }
            return spelled.contains(acronym)
        }.map { ($0, true) }
    }

    /// Makes `acronym` (`ARS`) an alias of an organisation named in full just before it, so that
    /// `l'ARS` and `la direction de l'ARS` resolve to it.
    mutating func addAcronym(_ acronym: String, to index: Int) {
        let folded = TextFolding.fold(acronym)
        entities[index].addAlias(acronym)
        entities[index].isOrganisation = true
        entities[index].contentWords.insert(folded)
        guard !entities[index].aliasNameWords.contains([folded]) else { return }
        entities[index].aliasNameWords.append([folded])
        byLastWord[folded, default: []].append(index)
    }

    /// Adds an alias (an appositive role or a role phrase) to an entity.
    mutating func addAlias(_ alias: String, to index: Int, asRole: Bool) {
        entities[index].addAlias(alias)
        if asRole, entities[index].role == nil { entities[index].role = alias }
        absorb(alias, into: index)
    }

    /// Registers a speaker the document declares (front matter, `speakers.yml`): its id, name,
    /// aliases and role are kept as given, and mentions resolve to it first.
    /// - Returns: the entity's index.
    mutating func declare(_ speaker: Speaker) -> Int {
        let words = speaker.name.split(separator: " ").map { TextFolding.fold(String($0)) }
        var entity = Entity(name: speaker.name, nameWords: words, isNamed: true)
        entity.declaredID = speaker.id
        entity.role = speaker.role
        entity.aliases = speaker.aliases
        entities.append(entity)
        spell(entities.count - 1)
        let index = entities.count - 1
        byLastWord[words.last ?? "", default: []].append(index)
        for alias in speaker.aliases + (speaker.role.map { [$0] } ?? []) {
            absorb(alias, into: index)
            // `M. Roy`: the honorific is no initial of a given name.
            let aliasWords = Array(alias.split(separator: " ").map(String.init).drop { lexicon.honorifics[$0.lowercased()] != nil })
            // An alias that is a name (capitalised last word) resolves names too.
            if let last = aliasWords.last, last.first?.isUppercase == true, !lexicon.titles.contains(last.lowercased()) {
                let folded = aliasWords.map(TextFolding.fold)
                entities[index].aliasNameWords.append(folded)
                byLastWord[folded.last ?? "", default: []].append(index)
            }
        }
        absorb(speaker.name, into: index)
        return index
    }

    /// The member of a coordinated pair registered as one name (`Agnes Porter and Dylan Moss`,
    /// `Jasper and Lina Vell`, whose first member shares the last one's surname) that a singular
    /// pronoun of gender `gender` (`m` or `f`) means: the one member whose common given name
    /// agrees (`"…," he said` → Dylan Moss). A plural pronoun, or a name, still means the pair.
    /// - Returns: nil when the entity is no such pair, or when no one member, or both, agree.
    mutating func memberOfPair(_ index: Int, gender: String) -> Int? {
        guard gender == "m" || gender == "f", entities[index].isNamed, !entities[index].isOrganisation else { return nil }
        let words = entities[index].name.split(separator: " ").map(String.init)
        let joins = words.indices.filter { lexicon.coordinators.contains(words[$0].lowercased()) }
        guard joins.count == 1, let join = joins.first, join > 0, join + 1 < words.count else { return nil }
        var first = Array(words[..<join])
        let second = Array(words[(join + 1)...])
        if first.count == 1, second.count >= 2, let surname = second.last { first.append(surname) }
        let agreeing = [first, second].filter { lexicon.givenNameGender(of: [$0[0]]) == gender }
        guard agreeing.count == 1, let member = agreeing.first else { return nil }
        // (Not through ``resolveName(words:written:gender:role:)``: the pair's last words agree
        // with the member's, so it would give the pair back.)
        let folded = member.map(TextFolding.fold)
        if let known = entities.indices.last(where: { entities[$0].nameWords == folded }) { return known }
        var entity = Entity(name: member.joined(separator: " "), nameWords: folded, isNamed: true)
        entity.gender = gender
        entity.givenNameGender = gender
        entity.lastNamed = entities[index].lastNamed
        entities.append(entity)
        spell(entities.count - 1)
        byLastWord[folded.last ?? "", default: []].append(entities.count - 1)
        absorb(entity.name, into: entities.count - 1)
        return entities.count - 1
    }

    /// Gives an entity of unknown gender the gender of a pronoun (`m`, `f`) that resolved to it;
    /// not one that contradicts the gender of its common given name (``Entity/givenNameGender``):
    /// `Margot Vey, libraire, lui, ferme plus tôt` leaves Margot Vey a woman.
    mutating func learnGender(_ gender: String, of index: Int) {
        guard gender == "m" || gender == "f", entities[index].gender.isEmpty, !entities[index].isOrganisation,
              entities[index].givenNameGender.isEmpty || entities[index].givenNameGender == gender else { return }
        entities[index].gender = gender
    }

    /// Gives a person whose gender came only from a role (``Entity/genderFromRole``: `The trust's
    /// chairman, Ada Vell`) the gender of a pronoun (`m`, `f`) that resolved to them
    /// (``roleGenderedLatestPerson(gender:before:window:person:)``); the gender is the text's from now on.
    mutating func correctRoleGender(_ gender: String, of index: Int) {
        guard gender == "m" || gender == "f", entities[index].genderFromRole else { return }
        entities[index].gender = gender
        entities[index].genderFromRole = false
    }

    /// Records that a speech verb's subject, written `written`, named the entity in full in the
    /// current sentence (`His son, Andrew Selby, said …`, `Andrew Selby said …`): a short form it
    /// shares with a namesake (`Mr Selby`) means it in this sentence and the next of the same
    /// paragraph. Nothing is recorded unless `written` is the entity's whole name, of two words or
    /// more (not `Mr Selby`, not `Selby`).
    mutating func noteSpeakerNamedInFull(_ index: Int, written: String) {
        let words = written.split(separator: " ").map { TextFolding.fold(String($0)) }
        guard entities[index].isNamed, !entities[index].isOrganisation, words.count >= 2, words == entities[index].nameWords else { return }
        speakerNamedInFull = (index, position, sentence)
    }

    /// Records that an entity was a subject or speaker at a narrative position (the number of
    /// paragraphs up to here, block quotations not counted).
    mutating func markSalient(_ index: Int, position: Int) {
        salience.append((index, position, sentence))
        countMention(of: index)
    }

    /// The most recent salient entity whose gender agrees with `gender`, at most `window`
    /// narrative positions (paragraphs, block quotations not counted) back.
    /// - Parameter person: true for a personal pronoun (`he`, `his`): organisations and places
    ///   named after someone (``isNamesake(_:)``) are skipped.
    /// - Parameter organisation: true for an impersonal pronoun (`it`): only organisations count.
    /// - Parameter strict: true to skip entities of unknown gender, but for the most recent one
    ///   when it is a named person (``isUngenderedLatestPerson(_:)``).
    /// - Parameter skipping: entities passed over (the relative a kin phrase already meant).
    func mostSalient(gender: String, before position: Int, window: Int = 3, person: Bool = false, organisation: Bool = false, strict: Bool = false,
                     skipping: Set<Int> = []) -> Int? {
        var latest = true
        for item in salience.reversed().prefix(Self.lookBack) {
            if position - item.position > window { return nil }
            if skipping.contains(item.entity) { continue }
            if person, entities[item.entity].isOrganisation || isNamesake(item.entity) { continue }
            if organisation, !entities[item.entity].isOrganisation { continue }
            let entityGender = entities[item.entity].likelyGender
            defer { latest = false }
            if strict, entityGender != gender, !(latest && person && isUngenderedLatestPerson(item.entity)) { continue }
            if gender.isEmpty || entityGender.isEmpty || entityGender == gender { return item.entity }
        }
        return nil
    }

    /// The person a personal pronoun of gender `gender` (`m` or `f`) means when no one of that
    /// gender is in view, was named lately or is the protagonist, and the person most in view
    /// (the most recent salient one, no organisation, at most `window` narrative positions back)
    /// has the other gender only from a role or title written with their name
    /// (``Entity/genderFromRole``) and no given name of the other gender: an office written in
    /// the masculine for a woman (`le docteur Ada Vell constate … « … », affirme-t-elle`, `The
    /// trust's chairman, Ada Vell, is careful. “…,” she told me.`).
    /// - Parameter person: true for a pronoun that means a person only (`she`); false for one
    ///   that may mean an organisation (`elle`), which then stops at an organisation most in view.
    /// - Returns: nil when the person most in view is no such person.
    func roleGenderedLatestPerson(gender: String, before position: Int, window: Int = 1, person: Bool) -> Int? {
        guard gender == "m" || gender == "f" else { return nil }
        for item in salience.reversed().prefix(Self.lookBack) {
            if position - item.position > window { return nil }
            let entity = entities[item.entity]
            if entity.isOrganisation, !person { return nil }
            if entity.isOrganisation || isNamesake(item.entity) { continue }
            guard entity.isNamed, entity.genderFromRole, ["m", "f"].contains(entity.gender), entity.gender != gender,
                  entity.givenNameGender.isEmpty || entity.givenNameGender == gender else { return nil }
            return item.entity
        }
        return nil
    }

    /// The named person of no known gender (no organisation, no place named after someone:
    /// ``isNamesake(_:)``) the text named last, at most ``recentNamingWindow`` narrative positions
    /// back (as ``recentlyNamed(gender:window:orUngendered:)`` looks for one of a gender, the one
    /// named last; this one gives every candidate, ties broken by the order of naming): the
    /// antecedent of a personal pronoun when no one of its gender is in view, was named lately or
    /// is the protagonist, and nothing made that person a subject (`… and the woman at the
    /// wheel is Wenna Coyle, 58. ¶ “…,” she told me.`, `Le texte, porté par le ministre Ilario
    /// Vantes, est destiné selon lui à « … »`). Of several named in one paragraph, the one named
    /// last in text order.
    /// - Returns: every such person, the one named last first (the caller passes over names the
    ///   text uses as no person's: `the Millbrook allotments`).
    func recentlyNamedUngendered() -> [Int] {
        entities.indices.reversed().prefix(Self.lookBack).filter { index in
            let entity = entities[index]
            return entity.isNamed && !entity.isOrganisation && entity.likelyGender.isEmpty && !isNamesake(index)
                && position - entity.lastNamed <= Self.recentNamingWindow
        }.sorted { a, b in
            entities[a].lastNamed != entities[b].lastNamed ? entities[a].lastNamed > entities[b].lastNamed : (namedRank[a] ?? 0) > (namedRank[b] ?? 0)
        }
    }

    /// Whether a named entity is a bare name: nothing the text gave marks it as a person or says
    /// what it is (no gender from the text or a given name, no role, no stated age, no speaker
    /// label, no organisation). `Kelvaig Seafoods`, `Cold Harbour` (a horse), `The Kitchen Garden
    /// Year` (a book) are; so is a person whose first name no list knows.
    func isBareName(_ index: Int) -> Bool {
        let entity = entities[index]
        return entity.isNamed && !entity.isOrganisation && entity.likelyGender.isEmpty && entity.role == nil
            && entity.statedAge == nil && !entity.isLabelled
    }

    /// The person whose gender `gender` (`m` or `f`) a pronoun or description gives, when the
    /// entity found for it, `candidate`, is a bare name (``isBareName(_:)``) and that person was
    /// in view in the same paragraph: `Mary Ellison said Kelvaig Seafoods would publish the
    /// review. Asked whether it would pay, she said: “…”` is Mary Ellison, not the company the
    /// reported clause named; `Sylvie Orsoni a fondé le collectif Calanquette Vivante. Pour
    /// elle, …` is Sylvie Orsoni. A gendered pronoun agrees with a person the text gave that
    /// gender over a name it gave none (no role, no age) that the same sentence put in view. The
    /// person is a subject or speaker in view (``markSalient(_:position:)``) in the sentence where
    /// the bare name last was, or later; the most recent such person is returned. (`Mary Roy hired
    /// Oona Friedel. Friedel recalls …. “…,” she says.` stays Friedel, a subject of her own sentence.)
    /// - Returns: nil when `candidate` is no bare name, `gender` is neither `m` nor `f`, or no
    ///   such person is in view.
    func agreeingPerson(over candidate: Int, gender: String) -> Int? {
        guard gender == "m" || gender == "f", isBareName(candidate),
              let at = salience.last(where: { $0.entity == candidate })?.sentence else { return nil }
        for item in salience.reversed().prefix(Self.lookBack) {
            if item.sentence < at { return nil }
            let entity = entities[item.entity]
            if item.entity != candidate, !entity.isOrganisation, !isNamesake(item.entity), entity.likelyGender == gender { return item.entity }
        }
        return nil
    }

    /// Whether an entity may be the antecedent of `she` or `he` when it is the most recent subject
    /// though its gender is unknown: a person named with a first name the first-name list lacks
    /// (`a conservator named Oona Friedel`, then `Friedel recalls …. She is careful …`): a named
    /// entity of two words or more, not an organisation, with no gender known, whose last word is
    /// no noun of a place or building named after someone (``Lexicon/namesakeNouns``: `Millbrook
    /// Primary School`, `Ashby Bridge` are no one).
    func isUngenderedLatestPerson(_ index: Int) -> Bool {
        let entity = entities[index]
        return entity.isNamed && !entity.isOrganisation && entity.likelyGender.isEmpty && entity.nameWords.count >= 2
            && !isNamesake(index)
    }

    /// Whether an entity is a place or building named after someone, by the noun ending its name
    /// (``Lexicon/namesakeNouns``: `Millbrook Primary School`, `Ashby Bridge`), with no gender
    /// known: no personal pronoun's antecedent.
    func isNamesake(_ index: Int) -> Bool {
        let entity = entities[index]
        return entity.isNamed && entity.nameWords.count >= 2 && entity.likelyGender.isEmpty && lexicon.namesakeNouns.contains(entity.nameWords.last ?? "")
    }

    /// How often the protagonist of a gender must have been named or made a subject (``protagonist(gender:)``).
    static let protagonistMentions = 3

    /// The protagonist of gender `gender` (`m` or `f`): the named person of that gender the text
    /// named or made a subject or speaker most (``Entity/mentions``), at least
    /// ``protagonistMentions`` times and more than twice as often as anyone else of that gender.
    /// The antecedent of a personal pronoun when no one of its gender is in view or was named in
    /// the last paragraphs (a profile: `The book's hardest chapter recounts the winter of 1987. ¶
    /// “…,” she writes.` is the woman the piece is about).
    func protagonist(gender: String) -> Int? {
        guard gender == "m" || gender == "f" else { return nil }
        var best: Int?
        var second = 0
        for index in entities.indices where entities[index].isNamed && !entities[index].isOrganisation && entities[index].likelyGender == gender {
            let mentions = entities[index].mentions
            if let b = best, mentions <= entities[b].mentions { second = max(second, mentions); continue }
            if let b = best { second = max(second, entities[b].mentions) }
            best = index
        }
        guard let best, entities[best].mentions >= Self.protagonistMentions, entities[best].mentions > 2 * second else { return nil }
        return best
    }

    /// The person the text named last, in text order (``noteNamed(_:)``), at most `window`
    /// narrative positions back, whose likely gender is `gender` (`m` or `f`; any when `gender` is
    /// empty), or not yet known: what `Celui-ci`, `ce dernier` or `the latter` means (`Karim
    /// Fadel tient le café avec son frère Nordan. Ce dernier est plus prudent` is Nordan). No
    /// organisation.
    /// - Parameter notNamedNow: true for a word at the head of its sentence (`Selon ce
    ///   dernier, l'accord de Jean Dufour …`): no one the sentence being read names (after it).
    func namedLast(gender: String, window: Int = recentNamingWindow, notNamedNow: Bool = false) -> Int? {
        var best: Int?
        for (index, rank) in namedRank {
            let entity = entities[index]
            guard entity.isNamed, !entity.isOrganisation, gender.isEmpty || entity.likelyGender.isEmpty || entity.likelyGender == gender,
                  position - entity.lastNamed <= window, !notNamedNow || namedInSentence[index] != sentence else { continue }
            if best == nil || rank > namedRank[best!]! { best = index }
        }
        return best
    }

    /// The named people, no organisations, the text named in this very paragraph whose likely
    /// gender is `gender` (`m` or `f`; any when `gender` is empty): the candidates of a general
    /// role noun (`L'élue a jugé …` after `Anne Roy et Julie Lee ont visité …`: both).
    func namedInParagraph(gender: String) -> [Int] {
        entities.indices.reversed().prefix(Self.lookBack).filter { index in
            let entity = entities[index]
            return entity.isNamed && !entity.isOrganisation && entity.lastNamed == position && (gender.isEmpty || entity.likelyGender == gender)
        }
    }

    /// The named person of gender `gender` (`m` or `f`) the text named last, at most `window`
    /// narrative positions back: the antecedent of a personal pronoun when no subject or speaker
    /// of that gender is in view (`Le film de la réalisatrice Anne Roy a gagné. « … », a-t-elle dit`).
    /// With `orUngendered`, a named person of unknown gender may be it too
    /// (``isUngenderedLatestPerson(_:)``: `a team led by Dr. Ama Oboe. Her report notes …`).
    func recentlyNamed(gender: String, window: Int = recentNamingWindow, orUngendered: Bool = false) -> Int? {
        guard gender == "m" || gender == "f" else { return nil }
        var best: Int?
        for index in entities.indices.reversed().prefix(Self.lookBack) {
            let entity = entities[index]
            guard entity.isNamed, !entity.isOrganisation, entity.likelyGender == gender || orUngendered && isUngenderedLatestPerson(index),
                  position - entity.lastNamed <= window else { continue }
            if best == nil || entity.lastNamed > entities[best!].lastNamed { best = index }
        }
        return best
    }
}
