import Foundation

/// The language data the annotator needs for one language, decoded from
/// `Sources/Annotate/Lexicons/<lang>.json`: quotation marks, speech verbs, titles, honorifics,
/// pronouns, function words and a demonym table. Adding a language is adding one such file.
///
/// Every word list is matched case-insensitively; the sets built at load time hold lowercased forms.
public struct Lexicon: Sendable, Hashable {
    /// One pair of quotation marks and how ambiguous it is.
    public struct MarkPair: Sendable, Hashable, Codable {
        /// How a mark may be confused with other punctuation.
        public enum Style: String, Sendable, Hashable, Codable {
            /// `« »`: never anything but a quotation mark.
            case guillemet
            /// `“ ”`: curly double quotes.
            case double
            /// `"`: the same character opens and closes.
            case straightDouble
            /// `‘ ’`: the closing one is also the typographic apostrophe.
            case single
            /// `'`: opens, closes and is the typewriter apostrophe.
            case straightSingle
            /// `「 」`: CJK corner brackets.
            case corner
        }
        /// The opening mark, one Unicode scalar.
        public var open: String
        /// The closing mark, one Unicode scalar (may equal `open`).
        public var close: String
        /// Ambiguity class, which decides the context checks applied.
        public var style: Style
    }

    /// A form with a grammatical gender (`m`, `f`, `plural` or empty when unknown).
    public struct GenderedForm: Sendable, Hashable, Codable {
        /// The form as written (`M.`, `il`).
        public var form: String
        /// `m`, `f`, `plural` or `""`.
        public var gender: String
    }

    /// A country and the adjectives derived from it (`Kazakhstan` ↔ `kazakh`).
    public struct Demonym: Sendable, Hashable, Codable {
        /// The country as written in a role (`Président du Kazakhstan`).
        public var country: String
        /// Its adjectives (`kazakh`, `kazakhe`).
        public var adjectives: [String]
    }

    /// Speech verbs as lemmas (inflected with ``inflections``) and as explicit forms.
    public struct SpeechVerbData: Sendable, Hashable, Codable {
        /// Infinitives or base forms, inflected with the language's endings.
        public var lemmas: [String]
        /// Irregular forms, listed as written (multi-word forms allowed: `s'est dit`, `pointed out`).
        public var forms: [String]
        /// Lemmas of naming verbs (`qualifier`, `call`): a short quoted span after them is a direct fragment.
        public var naming: [String]
        /// Irregular forms of naming verbs.
        public var namingForms: [String]
    }

    /// A regular inflection: lemmas ending in `lemmaEnding` take each of `endings` in its place.
    public struct Inflection: Sendable, Hashable, Codable {
        /// The ending replaced, `er` or `e`; empty matches every lemma.
        public var lemmaEnding: String
        /// The endings put in its place.
        public var endings: [String]
    }

    struct FileFormat: Codable {
        var language: String
        var quotationMarks: [MarkPair]
        var speechVerbs: SpeechVerbData
        var inflections: [Inflection]
        var honorifics: [GenderedForm]
        var titles: [String]
        var pronouns: [GenderedForm]
        var unresolvablePronouns: [String]
        var inversionPronouns: [String]
        var determiners: [String]
        var prepositions: [String]
        var nameInternalWords: [String]
        var nameParticles: [String]
        var complementWords: [String]
        var conjunctions: [String]
        var auxiliaries: [String]
        var participleAuxiliaries: [String]
        var clitics: [String]
        var adverbs: [String]
        var attributionPrepositions: [String]
        var elisions: [String]
        var abbreviations: [String]
        var stopwords: [String]
        var demonyms: [Demonym]
        var mentionCues: [String]
        var genitiveWords: [String]
        var relativePronouns: [String]
        var adverbSuffixes: [String]
        var adverbialPhrases: [String]
        var coordinators: [String]
        var speechNouns: [String]
        var agentPrepositions: [String]
        var relayVerbs: [String]
        var complementizers: [String]
        var negations: [String]
        var possessives: [GenderedForm]
        /// Optional: languages that capitalise common nouns list the frequent ones here.
        var commonNouns: [String]?
        /// Optional: nouns of organisations (`fédération`, `ministry`) that may speak.
        var organisationNouns: [String]?
        /// Optional: complement words that may join the words of an organisation's name
        /// (`de`, `sans`, `pour` in `Rivières sans frontières`, `Organisation de coopération du golfe`).
        var organisationNameLinks: [String]?
        /// Optional: nouns of the authors of a text (`auteurs`, `authors`): after a possessive
        /// (`selon ses auteurs`) they stand for the one who published it, like a pronoun.
        var authorNouns: [String]?
        /// Optional: attribution prepositions that attribute only at the head of a sentence,
        /// before a comma, and only to a speaker already met (`pour`).
        var headOnlyAttributionPrepositions: [String]?
        /// Optional: words that introduce what a naming verb calls something (`als`, `as`, `comme`).
        var namingParticles: [String]?
        /// Optional: determiners that mark the gender of the person they introduce (`la`, `une`).
        var genderedDeterminers: [GenderedForm]?
        /// Optional: definite articles (`der`, `the`, `le`): a capitalised span right after one is a name.
        var definiteArticles: [String]?
        var firstPersonPronouns: [String]?
        /// Optional: modals of possibility (`might`, `pourrait`): a speech verb right after one
        /// reports words nobody said yet (`People might say, “…”`), with no speaker.
        var hypotheticalModals: [String]?
        /// Optional: pronouns that refer to persons only (`he`, `his`), never to an organisation.
        var personalPronouns: [String]?
        /// Optional: things that carry someone's words (`banner`, `placard`, `pancarte`): `The
        /// banner said: …` quotes whoever held it, the person last spoken of.
        var carrierNouns: [String]?
        /// Optional: determiners that bring in someone new (`a`, `another`, `un`, `une autre`):
        /// a role phrase they open, with no complement, is never someone already met.
        var indefiniteDeterminers: [String]?
        /// Optional: interjections (`hi`, `yeah`, `euh`): function words, never a name or a handle.
        var interjections: [String]?
        /// Optional: nouns of parts of a text (`page`, `recommendation`, `alinéa`): `Page 12 says:`
        /// names no speaker.
        var documentPartNouns: [String]?
        /// Optional: nouns of time (`year`, `Monday`, `semaine`): a phrase headed by one
        /// (`this year called`) names no speaker.
        var timeNouns: [String]?
        var titleCues: [String]?
        /// Optional: speech verb forms after which the complementizer may be left out (`said`
        /// in `X said the talks had failed`).
        var complementizerDroppingVerbs: [String]?
        /// Optional: pronouns that refer to organisations or things only (`it`): outside their own
        /// sentence they resolve to an organisation, never to a person.
        var impersonalPronouns: [String]?
        /// Optional: prepositions that say where an unnamed speaker is from (`a voice from the
        /// benches`): the phrase after them belongs to the speaker's description.
        var originPrepositions: [String]?
        /// Optional: generic subjects (`some`, `critics`, `certains`) and future or conditional
        /// markers (`will`, `diront`): `Critics will say “…”` is imagined speech too.
        var genericSubjects: [String]?
        var futureMarkers: [String]?
        /// Optional: words opening a sentence that imagines (`Imagine`, `Supposons`).
        var hypotheticalOpeners: [String]?
        /// Optional `{form, gender}`: stressed pronouns after an attribution preposition
        /// (`selon lui`, `according to her`).
        var disjunctivePronouns: [GenderedForm]?
        /// Optional: verb forms that mark reported speech by themselves (German Konjunktiv I: `sei`, `habe`).
        var reportedSpeechMarkers: [String]?
        /// Optional: words that bring in examples (`wie`, `such as`): a short span right after a
        /// speech noun and one of them (`Sprüche wie „…“`, `slogans such as "…"`) is an example of those words.
        var exampleParticles: [String]?
        /// Optional: true for languages that write compounds as one word (German): a word ending
        /// in a mention cue of six letters or more counts as that cue (`Wochenzeitschrift`).
        var compoundNouns: Bool?
        /// Optional: true for verb-second languages (German): the subject may follow the speech
        /// verb before a quotation (`Weiter sagte er: „…“`).
        var verbSecond: Bool?
        /// Optional: true for languages that capitalise every noun (German): a phrase with no
        /// capitalised word names no one (`laut geworden` is no `laut X`).
        var capitalisedNouns: Bool?
    }

    /// BCP 47 primary language subtag, e.g. `fr`.
    public let language: String
    /// Quotation-mark pairs, in the order they are tried.
    public let quotationMarks: [MarkPair]
    /// Speech and naming verbs with all their forms.
    public let speechVerbs: SpeechVerbLexicon
    /// Honorifics (lowercased form → gender).
    let honorifics: [String: String]
    /// Generic titles and role nouns (lowercased).
    let titles: Set<String>
    /// Resolvable subject pronouns (lowercased form → gender).
    let pronouns: [String: String]
    let unresolvablePronouns: Set<String>
    let inversionPronouns: Set<String>
    let determiners: Set<String>
    let prepositions: Set<String>
    let nameInternalWords: Set<String>
    let nameParticles: Set<String>
    let complementWords: Set<String>
    let conjunctions: Set<String>
    let auxiliaries: Set<String>
    let participleAuxiliaries: Set<String>
    let clitics: Set<String>
    let adverbs: Set<String>
    /// Multi-word attribution prepositions as lowercased word sequences (`according to`).
    let attributionPrepositions: [[String]]
    let elisions: Set<String>
    /// Abbreviations whose final period does not end a sentence (as written).
    let abbreviations: Set<String>
    let stopwords: Set<String>
    /// Words that, just before a short quoted span, mark it as a name or term (`intitulé`, `called`).
    let mentionCues: Set<String>
    /// Complement words that may continue a subject phrase (`de`, `of`).
    let genitiveWords: Set<String>
    /// Relative pronouns whose antecedent is the subject of the verb after them (`qui`, `who`).
    let relativePronouns: Set<String>
    /// Endings of adverbs (`-ment`, `-ly`), skipped between a subject and its verb.
    let adverbSuffixes: [String]
    /// Fixed adverbial phrases skipped like adverbs (`de son côté`), as lowercased token sequences.
    let adverbialPhrases: [[String]]
    /// Coordinating conjunctions (`et`, `and`); the other conjunctions open subordinate clauses.
    let coordinators: Set<String>
    /// Nouns for something said or written (`communiqué`, `speech`): `le rapport de X`, `X's speech` name X.
    let speechNouns: Set<String>
    /// Prepositions of the agent (`by`, `par`): `a commentary written by X` names X.
    let agentPrepositions: Set<String>
    /// Verbs that pass on someone else's words (`posted`, `translated`, `cité`): the author of the
    /// speech noun they govern speaks, not their subject.
    let relayVerbs: Set<String>
    /// Words that open reported speech after a verb (`que`, `that`).
    let complementizers: Set<String>
    /// Negations (`non`, `not`): `et non « … »` sets a span against the speaker's words.
    let negations: Set<String>
    /// Possessive determiners with the owner's gender when they mark it (`his` → m; `son` → unknown).
    let possessives: [String: String]
    /// Capitalised common nouns that are never part of a name (`commonNouns`, for languages that
    /// capitalise every noun), together with the speech nouns and mention cues of such a lexicon.
    let commonNouns: Set<String>
    /// Nouns of organisations that speak as one (`la fédération`, `the ministry`), lowercased.
    let organisationNouns: Set<String>
    /// Complement words allowed inside an organisation's name (`de`, `sans`), lowercased.
    let organisationNameLinks: Set<String>
    /// Nouns of a text's authors (`auteurs`, `authors`), lowercased.
    let authorNouns: Set<String>
    /// Attribution prepositions valid only at the head of a sentence and for known speakers, as
    /// lowercased word sequences (`pour` in `Pour X, « … »`).
    let headOnlyAttributionPrepositions: Set<[String]>
    /// Words introducing what a naming verb calls something (`als`, `as`), lowercased.
    let namingParticles: Set<String>
    /// Determiners marking gender (lowercased form → `m`, `f`): `la ministre` is a woman.
    let genderedDeterminers: [String: String]
    /// Definite articles, lowercased.
    let definiteArticles: Set<String>
    /// Pronouns of the first person singular (`I`, `je`, `ich`): inside a speaker turn, they
    /// name the turn's speaker.
    let firstPersonPronouns: Set<String>
    /// Modals of possibility, lowercased: `X might say “…”` is hypothetical speech, unattributed.
    let hypotheticalModals: Set<String>
    /// Pronouns and possessives that refer to persons only, lowercased (`he`, `his`; not `they`).
    let personalPronouns: Set<String>
    /// Nouns of things that carry someone's words (`banner`, `sign`), lowercased.
    let carrierNouns: Set<String>
    /// Determiners that bring in someone new, as lowercased word sequences (`another`, `une autre`).
    let indefiniteDeterminers: Set<[String]>
    /// Interjections, lowercased; counted among the function words.
    let interjections: Set<String>
    /// Nouns of parts of a text, lowercased.
    let documentPartNouns: Set<String>
    /// Nouns of time, lowercased.
    let timeNouns: Set<String>
    /// Naming-verb forms that give a name, not an opinion (`surnommé`, `nicknamed`), and nouns of
    /// works (`recueil`, `novel`), lowercased: a span with no sentence punctuation right after one,
    /// or after such a naming verb and its object, is a nickname or title, even next to a cue.
    let titleCues: Set<String>
    /// Speech verb forms that may drop their complementizer, lowercased.
    let complementizerDroppingVerbs: Set<String>
    /// Pronouns that refer to organisations or things only, lowercased.
    let impersonalPronouns: Set<String>
    /// Prepositions of origin for unnamed speakers, lowercased.
    let originPrepositions: Set<String>
    /// Generic subjects, future markers and imagining openers, lowercased (see the file keys).
    let genericSubjects: Set<String>
    let futureMarkers: Set<String>
    let hypotheticalOpeners: Set<String>
    /// Stressed pronouns (lowercased form → gender) for `selon lui`.
    let disjunctivePronouns: [String: String]
    /// Verb forms that mark a clause as reported speech (`sei`, `habe`), lowercased.
    let reportedSpeechMarkers: Set<String>
    /// Words that bring in examples of a speech noun (`Sprüche wie „…“`).
    let exampleParticles: Set<String>
    /// True when compounds are written as one word, so cues match word endings.
    let compoundNouns: Bool
    /// True when the finite verb comes second, so a subject may stand right after a speech verb.
    let verbSecond: Bool
    /// True when every noun is capitalised, so a phrase of lowercase words is no noun phrase.
    let capitalisedNouns: Bool
    /// Folded demonym adjective → folded country, for comparing role phrases.
    let demonymToCountry: [String: String]

    /// Decodes a lexicon from the JSON file format described in `Lexicons/README.md`.
    /// - Throws: `DecodingError` when the data does not have that shape.
    public init(json data: Data) throws {
        let file = try JSONDecoder().decode(FileFormat.self, from: data)
        func set(_ words: [String]) -> Set<String> { Set(words.map { $0.lowercased() }) }
        /// Lowercased form → gender; a later form wins over an earlier one.
        func genders(_ forms: [GenderedForm]) -> [String: String] {
            var result: [String: String] = [:]
            for item in forms { result[item.form.lowercased()] = item.gender }
            return result
        }
        language = file.language
        quotationMarks = file.quotationMarks
        speechVerbs = SpeechVerbLexicon(data: file.speechVerbs, inflections: file.inflections)
        self.honorifics = genders(file.honorifics)
        titles = set(file.titles)
        self.pronouns = genders(file.pronouns)
        unresolvablePronouns = set(file.unresolvablePronouns)
        inversionPronouns = set(file.inversionPronouns)
        determiners = set(file.determiners)
        prepositions = set(file.prepositions)
        nameInternalWords = set(file.nameInternalWords)
        nameParticles = set(file.nameParticles)
        complementWords = set(file.complementWords)
        conjunctions = set(file.conjunctions)
        auxiliaries = set(file.auxiliaries)
        participleAuxiliaries = set(file.participleAuxiliaries)
        clitics = set(file.clitics)
        adverbs = set(file.adverbs)
        attributionPrepositions = file.attributionPrepositions.map(Lexicon.tokenWords)
        elisions = set(file.elisions.map { $0.replacingOccurrences(of: "’", with: "'") })
        abbreviations = Set(file.abbreviations)
        stopwords = set(file.stopwords)
        mentionCues = set(file.mentionCues)
        genitiveWords = set(file.genitiveWords)
        relativePronouns = set(file.relativePronouns)
        adverbSuffixes = file.adverbSuffixes
        adverbialPhrases = file.adverbialPhrases.map { Lexicon.tokenWords($0) }
        coordinators = set(file.coordinators)
        speechNouns = set(file.speechNouns)
        agentPrepositions = set(file.agentPrepositions)
        relayVerbs = set(file.relayVerbs)
        complementizers = set(file.complementizers)
        negations = set(file.negations)
        commonNouns = file.commonNouns.map { set($0).union(set(file.speechNouns)).union(set(file.mentionCues)) } ?? []
        organisationNouns = set(file.organisationNouns ?? [])
        organisationNameLinks = set((file.organisationNameLinks ?? []).map { $0.replacingOccurrences(of: "’", with: "'") })
        authorNouns = set(file.authorNouns ?? [])
        namingParticles = set(file.namingParticles ?? [])
        definiteArticles = set(file.definiteArticles ?? [])
        firstPersonPronouns = set(file.firstPersonPronouns ?? [])
        hypotheticalModals = set(file.hypotheticalModals ?? [])
        personalPronouns = set(file.personalPronouns ?? [])
        carrierNouns = set(file.carrierNouns ?? [])
        indefiniteDeterminers = Set((file.indefiniteDeterminers ?? []).map(Lexicon.tokenWords))
        interjections = set(file.interjections ?? [])
        documentPartNouns = set(file.documentPartNouns ?? [])
        timeNouns = set(file.timeNouns ?? [])
        titleCues = set(file.titleCues ?? [])
        complementizerDroppingVerbs = set(file.complementizerDroppingVerbs ?? [])
        impersonalPronouns = set(file.impersonalPronouns ?? [])
        originPrepositions = set(file.originPrepositions ?? [])
        genericSubjects = set(file.genericSubjects ?? [])
        futureMarkers = set(file.futureMarkers ?? [])
        hypotheticalOpeners = set(file.hypotheticalOpeners ?? [])
        disjunctivePronouns = genders(file.disjunctivePronouns ?? [])
        reportedSpeechMarkers = set(file.reportedSpeechMarkers ?? [])
        exampleParticles = set(file.exampleParticles ?? [])
        compoundNouns = file.compoundNouns ?? false
        verbSecond = file.verbSecond ?? false
        capitalisedNouns = file.capitalisedNouns ?? false
        self.genderedDeterminers = genders(file.genderedDeterminers ?? [])
        headOnlyAttributionPrepositions = Set((file.headOnlyAttributionPrepositions ?? []).map(Lexicon.tokenWords))
        self.possessives = genders(file.possessives)
        var demonymToCountry: [String: String] = [:]
        for demonym in file.demonyms {
            let country = TextFolding.fold(demonym.country)
            for adjective in demonym.adjectives { demonymToCountry[TextFolding.fold(adjective)] = country }
        }
        self.demonymToCountry = demonymToCountry
    }

    /// A phrase as the tokenizer splits it: lowercased words, elisions apart (`d'après` → `d'`, `après`).
    static func tokenWords(_ phrase: String) -> [String] {
        phrase.lowercased().replacingOccurrences(of: "’", with: "'").split(separator: " ").flatMap { word -> [String] in
            if let apostrophe = word.firstIndex(of: "'"), word.index(after: apostrophe) < word.endIndex {
                return [String(word[...apostrophe]), String(word[word.index(after: apostrophe)...])]
            }
            return [String(word)]
        }
    }

    /// True when `word` (any case) is a word that can never be part of a person's name here:
    /// determiners, prepositions, conjunctions, pronouns, auxiliaries.
    func isFunctionWord(_ lower: String) -> Bool {
        determiners.contains(lower) || prepositions.contains(lower) || conjunctions.contains(lower)
            || pronouns[lower] != nil || unresolvablePronouns.contains(lower) || auxiliaries.contains(lower)
            || elisions.contains(lower) || interjections.contains(lower)
    }
}
