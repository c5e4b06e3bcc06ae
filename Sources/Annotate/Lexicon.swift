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
        /// Optional: words of habit between a subject and its verb of saying (`used to`, `would
        /// often`, `always`, `avait l'habitude de`): ``Lexicon/habitualPhrases``.
        var habitualPhrases: [String]?
        /// Optional: phrases that bring in who speaks for the subject (`par la voix de`,
        /// `through`): `La ligue, par la voix de son président Paul Roy, a promis …` → Paul Roy.
        var voicePhrases: [String]?
        /// Optional: prepositions of place after an inverted impersonal subject (`à`, `chez`):
        /// `« … », insiste-t-on à l'Agence` quotes the organisation named after one.
        var placePrepositions: [String]?
        /// Optional: words right before a name that show it names a place, a publication, a
        /// product or a group, not a person (`in`, `near`, `the`, `près de`, `la revue`):
        /// ``Lexicon/nonPersonMarkers``.
        var nonPersonMarkers: [String]?
        /// Optional: last words of a group's name (`Guild`, `Guilde`); with
        /// ``publicationNameEnds``, ``Lexicon/nonPersonNameEnds``.
        var nonPersonNameEnds: [String]?
        /// Optional: last words of a publication's name (`Gazette`, `Courier`, `Hebdo`):
        /// ``Lexicon/publicationNameEnds``.
        var publicationNameEnds: [String]?
        var coordinators: [String]
        var speechNouns: [String]
        var agentPrepositions: [String]
        /// Optional: participles that say how someone got hold of a text, not who wrote it
        /// (`seen`, `obtained`, `obtenue`): ``Lexicon/receiptParticiples``.
        var receiptParticiples: [String]?
        /// Optional: adjectives that say which body issued a text, each with a phrase for that
        /// body (`préfectoral` → `la préfecture`, `municipal` → `la mairie`): ``Lexicon/issuerAdjectives``.
        var issuerAdjectives: [String: String]?
        /// Optional: kin nouns for a spouse (`wife`, `épouse`): ``Lexicon/spouseNouns``.
        var spouseNouns: [String]?
        var relayVerbs: [String]
        var complementizers: [String]
        var negations: [String]
        var possessives: [GenderedForm]
        /// Optional: languages that capitalise common nouns list the frequent ones here.
        var commonNouns: [String]?
        /// Optional, with `commonNouns`: endings that make a common noun (`ung`, `heit`, `schaft`):
        /// a capitalised word with at least three letters before one is no name (`Begründung`).
        var commonNounEndings: [String]?
        /// Optional: nouns of organisations (`fédération`, `ministry`) that may speak.
        var organisationNouns: [String]?
        /// Optional: groups of nouns that name the same kind of organisation (`force`,
        /// `constabulary`, `police`): `the force said` means the constabulary named before.
        var organisationSynonyms: [[String]]?
        /// Optional: words that, ending a capitalised name, make it an organisation's though no
        /// organisation noun is in it (`Kestrel Motors`, `Wendle FM`, `Copperline Live`).
        var organisationNameEnds: [String]?
        /// Optional: lowercase nouns of a place that governs itself (`city`, `town`, `county`,
        /// `ville`, `commune`): with its article, a complement word and a name (`The city of
        /// Halverston said`, `la commune de Kerbrat annonce`), the phrase names the local authority.
        var localAuthorityNouns: [String]?
        /// Optional: lowercase heads that are words of the name of the institution they open
        /// (`zone de police`, `zone de secours`): `la zone de police Marlière-Nord` is named
        /// `zone de police Marlière-Nord`, with `Marlière-Nord` as an alias.
        var institutionNameHeads: [String]?
        /// Optional: lowercase words that, after an indefinite determiner, count people rather
        /// than name a thing (`few`, `dozen`, `handful`: `a few critics said`), so the phrase is one
        /// plural subject, not a noun and the subject of a relative clause.
        var quantityNouns: [String]?
        /// Optional: phrases that, opening a sentence before an organisation or group and a comma,
        /// make it the speaker of an impersonal `on` (`Du côté de la société X, on se félicite …`).
        var sidePhrases: [String]?
        /// Optional: prepositions (`au`, `à la`, `dans`) that frame a side like ``sidePhrases`` only
        /// before an organisation or an office: `Au Syndicat des X, on parle de …`, `précise-t-on
        /// dans l'entourage du préfet` (not `Au Brésil, on …`).
        var organisationSidePhrases: [String]?
        /// Optional: relative pronouns of place (`où`) whose clause, right after the organisation
        /// a side phrase reaches, lets an impersonal subject speak for it: `transmise au conseil
        /// régional, où l'on assure « … »`.
        var placeRelativePronouns: [String]?
        /// Optional: plural nouns of an organisation's staff (`officials`, `engineers`): `Officials
        /// of the Roads Directorate said` is the directorate speaking.
        var staffNouns: [String]?
        /// Optional: nouns of a holder's office or entourage (`cabinet`, `office`): `le cabinet de
        /// la mairesse` and `the mayor's office` speak for the mayor named before.
        var officeNouns: [String]?
        /// Optional: office nouns (``officeNouns``) of the people around a holder, not the holder's
        /// office (`entourage`, `proches`): `l'entourage du ministre` frames a side as an office
        /// does but speaks for itself, never for the holder (`Selon l'entourage de la ministre, …`
        /// is the entourage's word, not the minister's).
        var entourageNouns: [String]?
        /// Optional: nouns any holder of an office or trade may be called by (`élu`, `édile`,
        /// `official`): `La maire, Anne Roy, … », insiste l'élue` is the mayor.
        var generalRoleNouns: [String]?
        /// Optional: nouns of a public office or post (`maire`, `adjointe`, `mayor`, `engineer`)
        /// that a general role noun may stand for: `l'élu` never means `le médecin Marc Rey`.
        var publicRoleNouns: [String]?
        /// Optional: nouns that describe a person as the one the text is speaking of, whatever their
        /// role (`intéressé`, `intéressée`): `Le torréfacteur Paul Roy …. L'intéressé confirme` is
        /// the man named last, though his role is another noun.
        var concernedPersonNouns: [String]?
        /// Optional: phrases of a role that give another role of the same holder (`chef du
        /// gouvernement` → `premier ministre`, `head of state` → `president`); a one-word phrase is
        /// an honorific and gives its role only before a name (`Me` → `avocat`: `Me Paul Roy` is
        /// `l'avocat`). Keys and values lowercased.
        var roleImplications: [String: String]?
        /// Optional: prepositions of where a text's words stand (`in`, `auf`): with an impersonal
        /// subject, `heißt es in einer Erklärung der Partei` names the text and its author.
        var sourcePrepositions: [String]?
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
        /// Optional: conjunctions after which a verb of saying puts its subject after it
        /// (`comme`: `Comme le rappelle le maire, « … »`): ``Lexicon/inversionConjunctions``.
        var inversionConjunctions: [String]?
        /// Optional: verbs by which someone gives a name for themselves (`identified`, `appeler`):
        /// ``Lexicon/givenNameVerbs``.
        var givenNameVerbs: [String]?
        /// Optional: determiners that mark the gender of the person they introduce (`la`, `une`).
        var genderedDeterminers: [GenderedForm]?
        /// Optional: definite articles (`der`, `the`, `le`): a capitalised span right after one is a name.
        var definiteArticles: [String]?
        var firstPersonPronouns: [String]?
        /// Optional: the narrator's possessive determiners (`my`, `mon`, `ma`): ``Lexicon/firstPersonPossessives``.
        var firstPersonPossessives: [String]?
        /// Optional: modals of possibility (`might`, `pourrait`): a speech verb right after one
        /// reports words nobody said yet (`People might say, “…”`), with no speaker.
        var hypotheticalModals: [String]?
        /// Optional: pronouns that refer to persons only (`he`, `his`), never to an organisation.
        var personalPronouns: [String]?
        /// Optional: demonstrative pronouns that point back to the person named last (`celui-ci`,
        /// `celle-ci`): `… renvoie vers son avocat, Me Paul Roy. Celui-ci affirme …` → Paul Roy.
        var latterPronouns: [String]?
        /// Optional: things that carry someone's words (`banner`, `placard`, `pancarte`): `The
        /// banner said: …` quotes whoever held it, the person last spoken of.
        var carrierNouns: [String]?
        /// Optional: nouns of notices whose text someone put up or posted (`sign`, `notice`,
        /// `note`, `board`, `post`, `panneau`, `affiche`, `mot`): `A sign on her gate reads “…”`
        /// quotes the notice's owner, or no one when the text gives none.
        var noticeNouns: [String]?
        /// Optional: verbs a notice's text follows (`reads`, `read`), never speech verbs.
        var noticeVerbs: [String]?
        /// Optional: participles that put a notice's text right after its noun (`reading`: `a note
        /// reading “…”`); the text is the notice's when it is a quotation at all (a slogan on a
        /// sign stays one), its owner's or no one's.
        var noticeParticiples: [String]?
        /// Optional: nouns of written texts that cannot speak (`letter`, `report`, `rule book`,
        /// `courrier`, `règlement`, `panneau`): a quotation whose sentence has one as its subject
        /// (or in an opening `according to`) and no speaker is the text's, so its owner's (`issued
        /// by X`, `from X`, `de X`, a possessive) or no one's, never the last speaker's.
        var writtenTextNouns: [String]?
        /// Optional: nouns of a press release (`communiqué`, `press release`; two words with one
        /// space): one the sentence brings in with an article and no issuer (`C'est ce qu'indique
        /// un communiqué parvenu à notre rédaction.`) was issued by the organisation last found as
        /// a sentence subject in its paragraph or the one before, whom it and a later `le
        /// document`, `the release` speak for.
        var pressReleaseNouns: [String]?
        /// Optional: participles and verbs of putting a notice up (`put`, `posted`, `installé`):
        /// their subject or agent is the notice's owner.
        var postingVerbs: [String]?
        /// Optional: finite forms of the verbs of putting a notice up (`colle`, `affichent`, `posts`,
        /// `tapes`), kept apart from ``postingVerbs`` because some are also nouns (`affiche`): read
        /// only right before the notice they put up (`Les mairies affichent un petit mot : « … »`).
        var finitePostingVerbs: [String]?
        /// Optional: nouns of groups, pages and campaigns that speak through their members
        /// (`group`, `page`, `campaign`, `association`): a plural pronoun opening the sentence
        /// after one whose subject such a noun heads means that subject (``Lexicon/collectiveNouns``).
        var collectiveNouns: [String]?
        /// Optional: determiners that bring in someone new (`a`, `another`, `un`, `une autre`):
        /// a role phrase they open, with no complement, is never someone already met.
        var indefiniteDeterminers: [String]?
        /// Optional: determiners of one more thing of a kind already met (`another`, `une autre`):
        /// a text they open (`Another study found`) is not the text just quoted, so its words are
        /// not the last speaker's (``Lexicon/otherDeterminers``).
        var otherDeterminers: [String]?
        /// Optional: interjections (`hi`, `yeah`, `euh`): function words, never a name or a handle.
        var interjections: [String]?
        /// Optional: nouns of parts of a text (`page`, `recommendation`, `alinéa`): `Page 12 says:`
        /// names no speaker.
        var documentPartNouns: [String]?
        /// Optional: nouns of time (`year`, `Monday`, `semaine`): a phrase headed by one
        /// (`this year called`) names no speaker.
        var timeNouns: [String]?
        /// Optional: the time nouns the language always writes with a capital (`Monday` in
        /// English): a capitalised one after a given name may be a time, not a surname
        /// (``Lexicon/capitalisedTimeNouns``).
        var capitalisedTimeNouns: [String]?
        /// Optional: the time nouns that measure a length of time (`years`, `jours`): after a
        /// complement and a word (`de soixante ans`) they are part of the phrase
        /// (``Lexicon/durationNouns``).
        var durationNouns: [String]?
        /// Optional: words that open a time adverbial at the head of a sentence (`last`, `early`,
        /// `début`): `Last spring she …` names no speaker `Last` (``Lexicon/timeModifiers``).
        var timeModifiers: [String]?
        /// Optional: endings of participles (`é`, `ée`, `inte`, `ing`, `ed`): a capitalised word
        /// with one, opening a sentence before a lowercase word and a comma (`Jointe par téléphone,
        /// la maire …`, `Giving evidence on Tuesday, X said`), opens a participle clause and names
        /// no one (``SpeakerMentionFinder/opensParticipleClause(at:_:)``).
        var participleEndings: [String]?
        /// Optional: the endings of ``participleEndings`` that no name ends with (`é`, `ée`): a
        /// participle with one opens a clause even right before its comma (`Contactée, l'ambassade
        /// …`); `Manning,` and `Alfred,` stay names.
        var bareParticipleEndings: [String]?
        /// Optional: nouns of plans, projects and schemes (`plan`, `projet`, `scheme`): a quoted span
        /// that opens with one before its capitalised name or number (`le « plan Horizon 2030 »`) is a name, a mention.
        var schemeNouns: [String]?
        var titleCues: [String]?
        /// Optional: nouns of works (`pièce`, `exposition`, `book`, `exhibition`): a capitalised
        /// span or name right after one is the work's title (``Lexicon/workNouns``).
        var workNouns: [String]?
        /// Optional: speech verb forms after which the complementizer may be left out (`said`
        /// in `X said the talks had failed`).
        var complementizerDroppingVerbs: [String]?
        /// Optional: pronouns that refer to organisations or things only (`it`): outside their own
        /// sentence they resolve to an organisation, never to a person.
        var impersonalPronouns: [String]?
        /// Optional: possessive determiners of an organisation or thing only (`its`): a document
        /// noun phrase one opens (`Its own survey found …`) speaks for whom the matching
        /// impersonal pronoun would mean.
        var impersonalPossessives: [String]?
        /// Optional: emphatic pronouns that may close a noun phrase (`itself`, `lui-même`): not
        /// part of the author a document phrase names (`Le rapport de l'agence lui-même`).
        var emphaticPronouns: [String]?
        /// Optional: nouns any organisation may be called by (`organisme`): a definite article and
        /// one mean the organisation met last (`Selon l'Observatoire des côtes, … Un rapport de
        /// l'organisme décrit …`). Listed among `organisationNouns` too.
        var genericOrganisationNouns: [String]?
        /// Optional: relative pronouns that refer to persons only (`who`): a full name after a
        /// preposition that one opens, set off by a comma, is a person's (`That question weighed
        /// on Ada Brill, who has …`).
        var personRelativePronouns: [String]?
        /// Optional: relative pronouns that, after a preposition, refer to persons only (`qui`,
        /// `whom`): `X, pour qui « … »` gives X's view, as `X, for whom "…"` does.
        var prepositionalPersonRelatives: [String]?
        /// Optional: relative pronouns of possession or complement (`dont`, `whose`, `dessen`): the
        /// clause one opens has a subject of its own, so its antecedent is no subject of it (`la
        /// commune de Kerbrat, dont le maire, Yves Roy, a offert …`: Yves Roy is in view, not the
        /// commune's name).
        var possessiveRelativePronouns: [String]?
        /// Optional: whether an organisation's name has its head noun first (`Banque Orlane` →
        /// `la banque`) rather than last (`Pellick Harbour Airport` → `the airport`).
        var organisationHeadFirst: Bool?
        /// Optional: prepositions that say where an unnamed speaker is from (`a voice from the
        /// benches`): the phrase after them belongs to the speaker's description.
        var originPrepositions: [String]?
        /// Optional: nouns of settlements and lands that an apposition heads to say what a name is,
        /// besides ``namesakeNouns``, ``geographicNouns`` and ``localAuthorityNouns`` (`harbour`,
        /// `suburb`, `hameau`): `Victoria, the island's main harbour, …` names a place, which no
        /// `she` means.
        var placeAppositionNouns: [String]?
        /// Optional: prepositions that, right after a title, name whom its holder speaks or acts
        /// for (`a spokesperson for the authority`): the complement belongs to the phrase.
        var behalfPrepositions: [String]?
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
        /// Optional: lemmas (inflected with ``inflections``) or forms of speech verbs that pass
        /// judgement on their object or ask for it (`juger`, `dénoncer`, `demander`, `condemn`): a
        /// short lowercase span closing their object (`juge les résultats « solides »`) is the
        /// speaker's verdict, direct speech.
        var evaluativeVerbs: [String]?
        /// Optional: nouns that a quoted label may stand right before as a modifier (`warning`,
        /// `project` in `an amber “…” warning`): a short span right before one is a label, a mention.
        var labelNouns: [String]?
        /// Optional: nouns whose content is a set phrase, no one's words (`motto`, `slogan`,
        /// `saying`, `nickname`, `devise`, `dicton`, `étiquette`): a span right after one, or set off
        /// by a comma or a colon after one and its short complement (`le surnom du stade, « … »`, `a
        /// motto in gold letters: “…”`), is that phrase, a mention.
        var setPhraseNouns: [String]?
        /// Optional: forms of verbs of having or taking up a set phrase as one's own (`has`,
        /// `adopted`, `a`, `ont`): ``Lexicon/possessionVerbs``.
        var possessionVerbs: [String]?
        /// Optional: forms of verbs that give a name and nothing else (`named`, `renamed`,
        /// `rebaptisé`), unlike those that also describe (`called`, `qualifié`): a short span
        /// right after one and its object is the name given, a mention, whoever gives it.
        var nameGivingForms: [String]?
        /// Optional: adverbs that make a naming verb or particle give a name in common use, a
        /// nickname (`locally`, `fondly`, `familièrement`: `known locally as “…”`, `who fondly call
        /// the dog “…”`): the span after them is a mention.
        var nicknameAdverbs: [String]?
        /// Optional: words that give a person's other name right after their name and a comma
        /// (`dit`, `dite`, `alias`, `aka`: `Paul Roy, dit « Popaul »,`): the name-like span after
        /// one is a nickname, a mention, not words the person said.
        var aliasWords: [String]?
        /// Optional: titles that are also adjectives before a noun (`premier`, `chief`): one makes a
        /// role only before a role noun or closing the phrase's head (`le Premier ministre`, `the
        /// chief`), not before a noun of a thing (`le premier défi`, `the chief concern`).
        var adjectivalTitles: [String]?
        /// Optional: words that open a place named after a saint (`st`, `saint`): a name run opened by
        /// one (or by one and a hyphen, `Saint-Jean`) and closed by a noun of a place or building
        /// names the place (`St Helena Park`), however the words between read.
        var saintPrefixes: [String]?
        /// Optional: forms of the copula (`be`, `was`, `être`, `sont`): one word quoted right after
        /// one, closing a reported clause, is the speaker's own word (`could be "significant"`).
        var copulas: [String]?
        /// Optional: reflexive pronouns (`itself`, `themselves`, `se`): a short span right after a
        /// naming verb with one names its subject (`a group calling itself "…"`), a mention.
        var reflexivePronouns: [String]?
        /// Optional: nouns for the name a person goes by (`name`, `prénom`): after a possessive
        /// or in a relative clause, with a naming particle or a comma before a name, they give the
        /// name of the person described just before (`who gave his name only as Col`).
        var givenNameNouns: [String]?
        /// Optional: subject pronouns of a first-person narrator (`I`, `we`, `je`, `nous`): the
        /// person such a clause meets or calls (`We caught up with a cornet player`) is in view.
        var narratorPronouns: [String]?
        /// Optional: phrases by which a newsroom speaks of its own reporter (`our reporter`, `notre
        /// journaliste`): as a narrator's pronoun, the person such a clause meets is in view.
        var reporterPhrases: [String]?
        /// Optional: true for languages that write compounds as one word (German): a word ending
        /// in a mention cue of six letters or more counts as that cue (`Wochenzeitschrift`).
        var compoundNouns: Bool?
        /// Optional: true for verb-second languages (German): the subject may follow the speech
        /// verb before a quotation (`Weiter sagte er: „…“`).
        var verbSecond: Bool?
        /// Optional: true for languages that capitalise every noun (German): a phrase with no
        /// capitalised word names no one (`laut geworden` is no `laut X`).
        var capitalisedNouns: Bool?
        /// Optional: true for languages whose gendered personal pronouns stand for organisations as
        /// well as people (French: `elle` for `l'association X`, `il` for `le collectif X`): a name an
        /// organisation noun introduces is then no name a gendered pronoun passes over.
        var genderedPronounsNameOrganisations: Bool?
        /// Optional `{"m": […], "f": […]}`: common given names by gender, generic data (no list of
        /// particular people): the gender of a named person when the text gives no other evidence.
        var givenNames: [String: [String]]?
        /// Optional `{form, gender}`: nouns for a person's office, occupation, age or situation
        /// (`présidente` f, `boulanger` m, `septuagénaire` ''), matched in lower case only.
        var personNouns: [GenderedForm]?
        /// Optional `{form, gender}`: words that, opening an apposition right after a name, agree
        /// with it in gender (`venue`, `née`, `âgée`, `elle-même`).
        var genderMarkers: [GenderedForm]?
        /// Optional `{"elder": […], "younger": […]}`: words that place a person among relatives
        /// sharing a surname, adjectives (`elder`, `younger`) and kin nouns (`father`, `daughter`).
        var seniorityWords: [String: [String]]?
        /// Optional `{form, gender}`: nouns of family ties (`père` m, `fille` f, `father` m): a
        /// possessive and one as a subject (`son père`, `her father`) is the relative, sharing the
        /// surname, of the person in view.
        var kinNouns: [GenderedForm]?
        /// Optional: phrases that, opening a short paragraph before a name, announce an interview
        /// (`questions à`, `entretien avec`, `Q&A with`): the questions after it are put to that person.
        var interviewHeadings: [String]?
        /// Optional: words that, before a colon, label an interview's answer (`A`, `Answer`, `R`,
        /// `Réponse`: `A: “On a bad week, …”`); matched in lower case.
        var answerLabels: [String]?
        /// Optional: words that, before a colon, label an interview's question (`Q`, `Question`:
        /// `Q: How much cover comes from agencies?`); matched in lower case.
        var questionLabels: [String]?
        /// Optional: phrases with which an interviewer quotes the interviewee back (`vous
        /// écrivez`, `you wrote`): matched in lower case as whole words, shortly before a
        /// quotation in a question.
        var quotedBackPhrases: [String]?
        /// Optional: nouns for people and groups that are no titles nor `personNouns` (`habitant`, `witness`,
        /// `Anwohner`): with the titles and organisation nouns, what may head an unnamed speaker.
        var speakerNouns: [String]?
        /// Optional: words that open sentences with a capital and never begin a name (number
        /// words, interrogatives, `quant`, `back`): `Onze personnes ont été évacuées`.
        var nonNameWords: [String]?
        /// Optional: particles that follow a verb and belong to it (`out` in `read out a letter`,
        /// `up` in `put up a notice`): the word before one is the verb.
        var verbParticles: [String]?
        /// Optional `{form, gender}`: demonstrative determiners (`cet`, `cette`, `this`): a
        /// phrase they open (`cet homme`) is someone already in view.
        var demonstratives: [GenderedForm]?
        /// Optional: cleft openers (`c'est`, `it was`) after which a described person is brought
        /// in (`C'est un voisin qui l'a tirée de là`).
        var cleftOpeners: [String]?
        /// Optional: relative subjects and their verb for whoever spoke (`celui qui parle`, `celle
        /// qui tient ces propos`) that open a sentence naming the speaker of the quotation just
        /// before by a cleft (`Celui qui parle ainsi, c'est Paul Roy`).
        var speakerCleftSubjects: [String]?
        /// Optional: endings that reliably make a noun for a person (`-iste`, `-ist`): a word of
        /// at least four letters more than the ending counts as a person noun.
        var personSuffixes: [String]?
        /// Optional: prepositions of a topic (`about`): a short span right after a speech verb and
        /// one (and a determiner) is what was spoken of, a mention (`spoke about the “golden hour”`).
        var topicPrepositions: [String]?
        /// Optional: present-tense forms of a naming verb (`calls`, `appelle`), and imperfect forms
        /// of habit where a language has them (`appelaient`: what people used to call it): right
        /// before a span (or before its determiner), in a clause whose object is the thing named,
        /// they give the name it goes by, a mention (`what it calls a “stock map”`, `ce bruit que
        /// les anciens appelaient le « … »`).
        var presentNamingForms: [String]?
        /// Optional: nouns of documents with a title (`report`, `pétition`): a capitalised span
        /// set off by commas right after one is its title (`The report, “Skills for Tomorrow”, …`).
        var documentNouns: [String]?
        /// Optional: verbs (or phrases) of setting up or providing (`publish`, `set up`, `met en
        /// avant`): a lowercase span right after their indefinite object's determiner names the
        /// thing provided, a mention (`will publish a set of “sample papers”`).
        var provisionVerbs: [String]?
        /// Optional: a noun of a charge or inquiry and its preposition (`enquête pour`, `charged
        /// with`): the lowercase span right after one names the offence, a mention.
        var offenceCues: [String]?
        /// Optional: nouns that describe a person by their age (`sexagénaire`, `octogenarian`):
        /// after a definite article, someone already named (``ageRange(in:)``).
        var ageNouns: [String]?
        /// Optional: the first year of the decade an age noun names (`quinquagénaire` → 50,
        /// `septuagenarian` → 70): a person whose stated age lies outside it is not the one described.
        var ageNounDecades: [String: Int]?
        /// Optional: words that introduce a person's stated age right after their name (`aged`,
        /// `âgé`, `âgée`): `Ana Roy, aged 45,`, `Paul Roy, âgé de 45 ans`.
        var ageWords: [String]?
        /// Optional: prepositions that open a sentence with a person's age set off before their
        /// name (`at`, `à`): `At 67, Ana Roy retires`, `À 67 ans, Anne Roy prend sa retraite`.
        var agePrepositions: [String]?
        /// Optional: letters written after a name that are no part of it (`KC`, `MP`, `OBE`,
        /// `Jr`), matched as written: `Anna Pike KC` is `Anna Pike`.
        var postNominals: [String]?
        /// Optional: plural endings (`s`, `x`, `en`): a word that is a person noun once one is
        /// dropped counts as one (`riverains`, `Anwohnern`).
        var pluralEndings: [String]?
        /// Optional: nouns of a manner of speaking (`voix`, `voice`, `ton`): a phrase headed by one
        /// (`d'une voix tremblante`) names no speaker, unless it says where the voice is from.
        var mannerNouns: [String]?
        /// Optional: nouns of streets and places that head a place's name (`street`, `lane`,
        /// `rue`, `avenue`): a run of capitalised words opening or closing with one (`Mill Lane`,
        /// `Rue Haute`) is a place, no speaker.
        var placeNouns: [String]?
        /// Optional: nouns of natural places and landmarks that head a place's name (`lake`,
        /// `mount`, `bay`, `lac`, `mont`): a run of capitalised words opening or closing with one, or
        /// right after one in lowercase (`Lake Carra`, `Hollin Bay`, `le lac Léman`), is a place
        /// unless it opens with a common given name (`Glen Hale`, `Michael Bay`).
        var geographicNouns: [String]?
        /// Optional: verbs of moving over or onto a place and prepositions of crossing (`climbed`,
        /// `across`, `gravi`): a run of capitalised words right after one, or after one and a
        /// determiner, is a place (`climbed Scafell Pike`, `a gravi le Puy Mary`) unless it opens
        /// with a common given name.
        var placeVerbs: [String]?
        /// Optional: nouns of places, buildings and things named after people, besides ``placeNouns``
        /// (`école`, `prize`, `commune`, `chapelle`, `village`): a full name after one of either list
        /// and a complement word names the place (`la rue de Victor Hugo`, `l'école Jules Ferry`), no
        /// person; a name right after one in lower case, or after one and a complement word (`la
        /// chapelle Saint-Gorm`, `la commune de Kerbrat`, `the village of Elmsby`), is a place that no
        /// pronoun means, unless it opens with a common given name.
        var namesakeNouns: [String]?
        /// Optional: lemmas (inflected with ``inflections``) or forms of verbs of publishing and
        /// releasing (`publier`, `sort`, `publish`, `bring out`): a short capitalised span right
        /// after one, or one and up to two words, is the title of a work.
        var publicationVerbs: [String]?
        /// Optional: nouns of someone's own account after a possessive (`count`, `mots`):
        /// `by her own count, “…”`, `selon ses mots, « … »` give the quotation to the owner.
        var accountNouns: [String]?
        /// Optional: lemmas (inflected with ``inflections``) or forms of verbs of expectation,
        /// forecast and plan (`expect`, `tabler`): an organisation that is their subject owns a
        /// quoted fragment in their complement.
        var expectationVerbs: [String]?
        /// Optional: verbs of a body's finding (`find`, `conclude`, `rule`), lemmas or forms: a
        /// fragment in their complement is the organisation's, as with `expectationVerbs`.
        var findingVerbs: [String]?
        /// Optional: verbs of a stance taken on the record (`welcome`, `attribute`, `tenir à`),
        /// lemmas or forms: a fragment in their complement is their subject's, a person's or an
        /// organisation's.
        var stanceVerbs: [String]?
        /// Optional: the auxiliary forms that make a participle after them passive and no other
        /// reading (`été`): `X a été interpellé` says what was done to X, who said nothing.
        var passiveAuxiliaries: [String]?
        /// Optional: buildings that are also institutions whose people speak for them (`collège`,
        /// `musée`): `« … », précise-t-on au collège` quotes the school.
        var institutionNouns: [String]?
        /// Optional: verbs of opinion among ``stanceVerbs`` that also mean finding a thing
        /// (`trouver`), lemmas or forms: a span right after one opened by a determiner is the
        /// thing found (`trouve « une solution »`), no words said.
        var thingFindingVerbs: [String]?
        /// Optional: lemmas (inflected with ``inflections``) or forms of verbs of singing and
        /// chanting (`sing`, `chant`, `entonner`): a short span right after one is a song or a chant.
        var songVerbs: [String]?
        /// Optional: lemmas (inflected with ``inflections``) or forms of verbs of performing a work
        /// (`play`, `perform`, `choreograph`, `jouer`, `interpréter`): inverted after a quotation
        /// (`« Les Oiseaux de passage », joue une comédienne`) they take the title of a work, so
        /// they are no verb of saying the lexicon lacks.
        var performanceVerbs: [String]?
        /// Optional: lemmas (inflected with ``inflections``) or forms of verbs of rating and grading
        /// (`rate`, `grade`, `classer`): a short span after one and its object is the grade given.
        var ratingVerbs: [String]?
        /// Optional: subjects (phrases, or head nouns after a possessive) that stand for people in
        /// general or an unnamed crowd (`everyone`, `locals`, `tout le monde`, `on`, `team`): a name
        /// such a subject gives a thing (`what locals call “the bend”`) is the name in use, a mention.
        var genericNamingSubjects: [String]?
        /// Optional: forms of verbs that give something a label through a naming particle
        /// (`listed as`, `classed as`, `marked as`, `refer to … as`): a short span after the
        /// particle is the label, a mention, whoever gives it.
        var labellingVerbs: [String]?
        /// Optional: lemmas (inflected with ``inflections``) of the naming verbs that describe
        /// rather than name (`describe`, `qualifier`): `judges described it as “textbook”` is the
        /// judges' verdict, whoever they are, never a name in use.
        var describingVerbs: [String]?
        /// Optional: lemmas (inflected with ``inflections``) of verbs of talking about something
        /// (`talk`, `parler`): with a topic preposition before the span (`parlent d'une « … »`) and a
        /// crowd as subject (`les pêcheurs`, `Hillwalkers`), the span is the term in use, a mention.
        var topicVerbs: [String]?
        /// Optional: endings of present participles (`-ing`, `-ant`): a naming verb in that form
        /// right after a comma (`…, calling it “…”`) has its subject in the clause before.
        var presentParticipleEndings: [String]?
        /// Optional: words of aspect that may stand between a subject and its verb (`have started
        /// calling`, `have taken to calling`, `still refer to`): passed over to find the subject.
        var aspectWords: [String]?
        /// Optional: articles before a plural noun that keep it generic (`les anciens`), where the
        /// language uses the definite article for people in general; none for English (`the judges` are some).
        var genericArticles: [String]?
        /// Optional: phrases that open a definition after a comma (`that is`, `i.e.`,
        /// `c'est-à-dire`): a short span right before one is a term being explained.
        var definitionMarkers: [String]?
    }

    /// BCP 47 primary language subtag, e.g. `fr`.
    public let language: String
    /// Quotation-mark pairs, in the order they are tried.
    public let quotationMarks: [MarkPair]
    /// Speech and naming verbs with all their forms.
    public let speechVerbs: SpeechVerbLexicon
    /// Endings of verb forms that may follow a preposition (`avant d'ajouter`, `en ajoutant`,
    /// `by saying`): the lemma endings of the file's `inflections` and their endings in `ant`
    /// or `ing`. Empty when a lemma ending is empty (every form may).
    let verbFormsAfterPreposition: [String]
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
    /// Words of habit between a subject and its verb, as lowercased token sequences (`used to`,
    /// `liked to`, `would often`, `always`, `avait l'habitude de`): `My mother used to say: "…"`
    /// is the mother's saying, so they are skipped like adverbs between the verb and its subject.
    let habitualPhrases: [[String]]
    /// Phrases that bring in who speaks for the subject, as lowercased word sequences (`par la voix de`).
    let voicePhrases: [[String]]
    /// Prepositions of place after an inverted impersonal subject, lowercased (`à`, `chez`).
    let placePrepositions: Set<String>
    /// Words right before a name, or before the capitalised words that hold it, that show it
    /// names a place, a publication, a product or a group, as lowercased word sequences of one or
    /// two words (`in`, `near`, `the`, `près de`): `a comprehensive in Fenwold`, `a copy of which
    /// is with The Daily Lantern`. A personal pronoun skips a name of no known gender used so.
    let nonPersonMarkers: [[String]]
    /// Last words of the names of publications and groups, lowercased (`gazette`, `courier`,
    /// `hebdo`, `guild`): a name of two words or more ending in one is no person.
    let nonPersonNameEnds: Set<String>
    /// Last words of the names of publications, lowercased (`gazette`, `chronicle`, `courier`,
    /// `hebdo`), a part of ``nonPersonNameEnds``: a name of two words or more ending in one
    /// names a paper or a magazine, which the text quotes from or speaks to, never a speaker
    /// (a group's name, `Guild`, may speak).
    let publicationNameEnds: Set<String>
    /// Coordinating conjunctions (`et`, `and`); the other conjunctions open subordinate clauses.
    let coordinators: Set<String>
    /// Nouns for something said or written (`communiqué`, `speech`): `le rapport de X`, `X's speech` name X.
    let speechNouns: Set<String>
    /// Prepositions of the agent (`by`, `par`): `a commentary written by X` names X.
    let agentPrepositions: Set<String>
    /// Participles that say how someone got hold of a text (`seen`, `obtained`, `reviewed`,
    /// `obtenue`, `consulté`): the agent after one (`The report, seen by this newspaper,`,
    /// `La note, obtenue par l'AFP,`) is the one who read or received it, never its author.
    let receiptParticiples: Set<String>
    /// Adjectives that say which body issued a written text, lowercased, each with a phrase for
    /// that body (`l'arrêté préfectoral` → `la préfecture`, `l'arrêté municipal` → `la mairie`):
    /// the text's words are that body's.
    let issuerAdjectives: [String: String]
    /// Kin nouns for a spouse (`wife`, `husband`, `épouse`, `mari`): only a spouse introduced by a
    /// given name alone (`His wife, Helen,`) takes the surname a later honorific of her gender
    /// gives (`Mrs Pryce said`); a daughter (`His daughter, Helen,`) does not.
    let spouseNouns: Set<String>
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
    /// Endings of common nouns (``FileFormat/commonNounEndings``), lowercased, longest first.
    let commonNounEndings: [String]
    /// Nouns of organisations that speak as one (`la fédération`, `the ministry`), lowercased.
    let organisationNouns: Set<String>
    /// Each noun of an `organisationSynonyms` group, folded, → every noun of its groups, folded
    /// (itself included): `force` → `force`, `constabulary`, `police`.
    let organisationSynonyms: [String: Set<String>]
    /// Last words of organisations' names (``FileFormat/organisationNameEnds``), lowercased:
    /// `Drayton Motors`, `Wendle FM` name no person, and no `he` or `she` means them.
    let organisationNameEnds: Set<String>
    /// Nouns of a self-governing place (``FileFormat/localAuthorityNouns``), lowercased: `the
    /// town of Ashgrove said` is the town's authority speaking, named `town of Ashgrove`.
    let localAuthorityNouns: Set<String>
    /// Heads that are words of an institution's name (``FileFormat/institutionNameHeads``), each
    /// as its lowercased words: `zone de police Marlière-Nord` is the name, not `Marlière-Nord`.
    let institutionNameHeads: [[String]]
    /// Words that count people after an indefinite determiner (``FileFormat/quantityNouns``), lowercased.
    let quantityNouns: Set<String>
    /// `organisationNouns` folded (`prefecture`), to compare with an entity's folded words.
    let foldedOrganisationNouns: Set<String>
    /// The titles and person nouns (``titles``, ``personNouns``), folded: the words of an
    /// entity's name, role and aliases that describe what it is or does (``SpeakerRegistry/describedRoleNouns(of:)``).
    let foldedRoleNouns: Set<String>
    /// Phrases that frame whose side an impersonal `on` speaks for (`du côté de`, `chez`), as
    /// lowercased word sequences.
    let sidePhrases: [[String]]
    /// Prepositions that frame a side only before an organisation or an office
    /// (``FileFormat/organisationSidePhrases``), as lowercased word sequences.
    let organisationSidePhrases: [[String]]
    /// Relative pronouns of place (``FileFormat/placeRelativePronouns``), lowercased.
    let placeRelativePronouns: Set<String>
    /// Plural nouns of an organisation's staff (``FileFormat/staffNouns``), lowercased.
    let staffNouns: Set<String>
    /// Nouns of a holder's office or entourage (``FileFormat/officeNouns``), lowercased.
    let officeNouns: Set<String>
    /// Office nouns of the people around a holder (``FileFormat/entourageNouns``), lowercased.
    let entourageNouns: Set<String>
    /// Nouns any holder of an office or trade may be called by (``FileFormat/generalRoleNouns``), lowercased.
    let generalRoleNouns: Set<String>
    /// Nouns that describe the person the text is speaking of, whatever their role (``FileFormat/concernedPersonNouns``), lowercased.
    let concernedPersonNouns: Set<String>
    /// Nouns of a public office or post a general role noun may stand for (``FileFormat/publicRoleNouns``), folded
    /// (`ingenieur`), as ``SpeakerRegistry`` compares them with an entity's folded role words.
    let foldedPublicRoleNouns: Set<String>
    /// Role phrases that give another role of their holder (``FileFormat/roleImplications``): each
    /// as its folded words (`chef`, `du`, `gouvernement`) and the role it gives, as written.
    let roleImplications: [RoleImplication]
    /// A role phrase, as folded words, and the role it gives its holder (``FileFormat/roleImplications``).
    struct RoleImplication: Sendable, Hashable {
        let phrase: [String]
        let role: String
    }
    /// Prepositions of where a text's words stand (``FileFormat/sourcePrepositions``), lowercased.
    let sourcePrepositions: Set<String>
    /// Complement words allowed inside an organisation's name (`de`, `sans`), lowercased.
    let organisationNameLinks: Set<String>
    /// Nouns of a text's authors (`auteurs`, `authors`), lowercased.
    let authorNouns: Set<String>
    /// Attribution prepositions valid only at the head of a sentence and for known speakers, as
    /// lowercased word sequences (`pour` in `Pour X, « … »`).
    let headOnlyAttributionPrepositions: Set<[String]>
    /// Words introducing what a naming verb calls something (`als`, `as`), lowercased.
    let namingParticles: Set<String>
    /// Conjunctions opening a clause whose verb of saying comes before its subject (`comme` in
    /// `Comme le rappelle le maire, « … »`, `Comme disait mon grand-père : « … »`), lowercased.
    /// English puts the subject first (`As the mayor put it`) and needs none.
    let inversionConjunctions: Set<String>
    /// Verb forms by which someone gives a name for themselves, lowercased (`identified`, `goes`
    /// in `who goes by Tex`, `appeler` in `qui se fait appeler Kroko`, `présente` in `qui se
    /// présente comme Mathieu`), used as ``givenNameNouns`` are
    /// (``SpeakerMentionFinder/givenName(after:limit:in:)``).
    let givenNameVerbs: Set<String>
    /// Determiners marking gender (lowercased form → `m`, `f`): `la ministre` is a woman.
    let genderedDeterminers: [String: String]
    /// Definite articles, lowercased.
    let definiteArticles: Set<String>
    /// Pronouns of the first person singular (`I`, `je`, `ich`): inside a speaker turn, they
    /// name the turn's speaker.
    let firstPersonPronouns: Set<String>
    /// The narrator's singular possessive determiners, lowercased (`my`, `mon`, `ma`, `mes`; not
    /// `our`, which an outlet uses of its own staff): `my grandfather`, `mon ancien chef` name
    /// someone only by their tie to whoever speaks or writes.
    let firstPersonPossessives: Set<String>
    /// Modals of possibility, lowercased: `X might say “…”` is hypothetical speech, unattributed.
    let hypotheticalModals: Set<String>
    /// Pronouns and possessives that refer to persons only, lowercased (`he`, `his`; not `they`).
    let personalPronouns: Set<String>
    /// Demonstrative pronouns that mean the person named last, lowercased (`celui-ci`, `celle-ci`).
    let latterPronouns: Set<String>
    /// Nouns of things that carry someone's words (`banner`, `sign`), lowercased.
    let carrierNouns: Set<String>
    /// Nouns of notices whose text someone put up or posted, lowercased (``FileFormat/noticeNouns``).
    let noticeNouns: Set<String>
    /// Verbs a notice's text follows, lowercased (``FileFormat/noticeVerbs``).
    let noticeVerbs: Set<String>
    /// Participles that put a notice's text right after its noun, lowercased (``FileFormat/noticeParticiples``).
    let noticeParticiples: Set<String>
    /// Nouns of written texts that cannot speak, lowercased (``FileFormat/writtenTextNouns``).
    let writtenTextNouns: Set<String>
    /// Nouns of a press release as token words, lowercased (``FileFormat/pressReleaseNouns``).
    let pressReleaseNouns: [[String]]
    /// Verbs and participles of putting a notice up, lowercased (``FileFormat/postingVerbs``).
    let postingVerbs: Set<String>
    /// Finite forms of the verbs of putting a notice up, lowercased (``FileFormat/finitePostingVerbs``).
    let finitePostingVerbs: Set<String>
    /// Nouns of groups, pages and campaigns whose members a plural pronoun may mean, lowercased
    /// (``FileFormat/collectiveNouns``; ``DocumentAnnotation/collectiveSubject(pronoun:sentence:blockIndex:)``).
    let collectiveNouns: Set<String>
    /// Determiners that bring in someone new, as lowercased word sequences (`another`, `une autre`).
    let indefiniteDeterminers: Set<[String]>
    /// Determiners of one more thing of a kind already met, as lowercased word sequences
    /// (``FileFormat/otherDeterminers``: `another`, `une autre`).
    let otherDeterminers: Set<[String]>
    /// Interjections, lowercased; counted among the function words.
    let interjections: Set<String>
    /// Nouns of parts of a text, lowercased.
    let documentPartNouns: Set<String>
    /// Nouns of time, lowercased.
    let timeNouns: Set<String>
    /// Time nouns written with a capital wherever they stand (English weekdays), lowercased:
    /// the others, capitalised inside a sentence right after a given name, are a surname
    /// (`Paul Matin`, `Anne Summer`), not a time.
    let capitalisedTimeNouns: Set<String>
    /// Time nouns that measure a length of time (`years`, `jours`), lowercased: two words after a
    /// complement word they end an age or a length (`un retraité de soixante-dix ans`), not a
    /// time adverbial after the phrase (`le syndicat des cheminots jeudi`).
    let durationNouns: Set<String>
    /// Words that open a time adverbial at the head of a sentence before a time noun, a
    /// determiner, a preposition or another of them (`Last spring she …`, `Early last year`,
    /// `Earlier this week`, `Late in the summer`, `Début mars`): lowercase.
    let timeModifiers: Set<String>
    /// Endings of participles, lowercased (``FileFormat/participleEndings``).
    let participleEndings: [String]
    /// Endings of participles no name ends with, lowercased (``FileFormat/bareParticipleEndings``).
    let bareParticipleEndings: [String]
    /// Nouns of plans, projects and schemes, lowercased (``FileFormat/schemeNouns``).
    let schemeNouns: Set<String>
    /// Naming-verb forms that give a name, not an opinion (`surnommé`, `nicknamed`), and nouns of
    /// works (`recueil`, `novel`), lowercased: a span with no sentence punctuation right after one,
    /// or after such a naming verb and its object, is a nickname or title, even next to a cue.
    let titleCues: Set<String>
    /// Nouns of works, lowercased (`pièce`, `livre`, `exhibition`, `show`): a quoted span opening
    /// with a capital right after one, after one and its complement (`la pièce de théâtre « Le Blé
    /// de nos pères »`) or, written after its noun, one and an adjective (`le film culte « … »`),
    /// with no sentence punctuation, is a title, a mention; so is a run of capitalised words right
    /// after one used as a noun (`her exhibition Salt and Memory`, `Her new exhibition, Salt and
    /// Memory, opens`), which names no one a pronoun could mean.
    let workNouns: Set<String>
    /// Speech verb forms that may drop their complementizer, lowercased.
    let complementizerDroppingVerbs: Set<String>
    /// Pronouns that refer to organisations or things only, lowercased.
    let impersonalPronouns: Set<String>
    /// Possessive determiners of organisations or things only, lowercased (see the file key).
    let impersonalPossessives: Set<String>
    /// Emphatic pronouns, lowercased (see the file key).
    let emphaticPronouns: Set<String>
    /// Nouns any organisation may be called by, lowercased (see the file key).
    let genericOrganisationNouns: Set<String>
    /// Relative pronouns for persons only, lowercased (see the file key).
    let personRelativePronouns: Set<String>
    /// Relative pronouns for persons only after a preposition, lowercased (see the file key).
    let prepositionalPersonRelatives: Set<String>
    /// Relative pronouns of possession or complement, lowercased (see the file key).
    let possessiveRelativePronouns: Set<String>
    /// Whether an organisation's name has its head noun first (see the file key).
    let organisationHeadFirst: Bool
    /// Prepositions of origin for unnamed speakers, lowercased.
    let originPrepositions: Set<String>
    /// Nouns heading an apposition that makes the name before it a place's, lowercased: the
    /// file's `placeAppositionNouns` with ``namesakeNouns``, ``geographicNouns`` and
    /// ``localAuthorityNouns``.
    let placeAppositionNouns: Set<String>
    /// Prepositions after a title naming whom its holder speaks for, lowercased (see the file key).
    let behalfPrepositions: Set<String>
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
    /// Every form of the verbs of judgement or demand (`juge`, `jugé`, `condemned`), lowercased.
    let evaluativeVerbs: Set<String>
    /// Nouns a quoted label stands right before (`warning`, `project`), lowercased.
    let labelNouns: Set<String>
    /// Nouns of set phrases (`motto`, `dicton`), lowercased (``FileFormat/setPhraseNouns``).
    let setPhraseNouns: Set<String>
    /// Forms of verbs of having or taking up a set phrase as one's own, lowercased (`has`,
    /// `adopted`, `a`, `ont`): `The rival club has a different motto: “…”` gives the club's own
    /// words, as `her motto: “…”` does its owner's; `There is an old saying: “…”` is no one's.
    let possessionVerbs: Set<String>
    /// Forms of verbs that only give a name (`named`, `rebaptisé`), lowercased (``FileFormat/nameGivingForms``).
    let nameGivingForms: Set<String>
    /// Adverbs of a name in common use (`locally`, `fondly`), lowercased (``FileFormat/nicknameAdverbs``).
    let nicknameAdverbs: Set<String>
    /// Words that give a person's other name after their name and a comma (`dit`, `aka`),
    /// lowercased (``FileFormat/aliasWords``).
    let aliasWords: Set<String>
    /// Titles that are also adjectives before a noun (`premier`, `chief`), lowercased.
    let adjectivalTitles: Set<String>
    /// Words that open a place named after a saint (`st`, `saint`), lowercased.
    let saintPrefixes: Set<String>
    /// Forms of the copula, lowercased (`be`, `être`).
    let copulas: Set<String>
    /// Reflexive pronouns, lowercased (`itself`, `se`).
    let reflexivePronouns: Set<String>
    /// Nouns for the name a person goes by, lowercased (`name`, `prénom`, `pseudonyme`): after a
    /// possessive or in a relative clause on an unnamed person (`a driver, who gave his name only
    /// as Mick,`, `une habitante, qui n'a donné que son prénom, Martine`) the name after them is
    /// that person's (``SpeakerMentionFinder/givenName(after:limit:in:)``).
    let givenNameNouns: Set<String>
    /// Subject pronouns of a first-person narrator, lowercased (`i`, `we`, `je`).
    let narratorPronouns: Set<String>
    /// Phrases for the newsroom's own reporter, as lowercase token words (`our reporter`).
    let reporterPhrases: [[String]]
    /// True when compounds are written as one word, so cues match word endings.
    let compoundNouns: Bool
    /// True when the finite verb comes second, so a subject may stand right after a speech verb.
    let verbSecond: Bool
    /// True when every noun is capitalised, so a phrase of lowercase words is no noun phrase.
    let capitalisedNouns: Bool
    /// True when gendered personal pronouns stand for organisations too (see the file key).
    let genderedPronounsNameOrganisations: Bool
    /// Nouns for people and groups (no titles), lowercased: what may head an unnamed speaker.
    let speakerNouns: Set<String>
    /// Words that never begin a name, lowercased (``FileFormat/nonNameWords``).
    let nonNameWords: Set<String>
    /// Particles that belong to the verb before them, lowercased (``FileFormat/verbParticles``).
    let verbParticles: Set<String>
    /// Demonstrative determiner (lowercased) → gender (`m`, `f` or `""`).
    let demonstratives: [String: String]
    /// Cleft openers as the tokenizer splits them (`c'`, `est`).
    let cleftOpeners: [[String]]
    /// Relative subjects and their verb for whoever spoke, as the tokenizer splits them (`celui`, `qui`, `parle`).
    let speakerCleftSubjects: [[String]]
    /// Endings of nouns for people, lowercased.
    let personSuffixes: [String]
    /// Prepositions of a topic, lowercased (``FileFormat/topicPrepositions``).
    let topicPrepositions: Set<String>
    /// Present-tense (and habitual imperfect) naming forms, lowercased (``FileFormat/presentNamingForms``).
    let presentNamingForms: Set<String>
    /// Nouns of titled documents, lowercased (``FileFormat/documentNouns``).
    let documentNouns: Set<String>
    /// Verbs and phrases of providing, as token words (``FileFormat/provisionVerbs``).
    let provisionVerbs: [[String]]
    /// Charge nouns and their preposition, as token words (``FileFormat/offenceCues``).
    let offenceCues: Set<[String]>
    /// Nouns for a person of some age, lowercased.
    let ageNouns: Set<String>
    /// The first year of the decade each age noun names, keys lowercased (``FileFormat/ageNounDecades``).
    let ageNounDecades: [String: Int]
    /// Words that introduce a stated age after a name, lowercased (``FileFormat/ageWords``).
    let ageWords: Set<String>
    /// Prepositions that give an age before a name, lowercased (``FileFormat/agePrepositions``).
    let agePrepositions: Set<String>
    /// Letters after a name that are no part of it, as written (``FileFormat/postNominals``).
    let postNominals: Set<String>
    /// Plural endings, lowercased.
    let pluralEndings: [String]
    /// Nouns of a manner of speaking, lowercased.
    let mannerNouns: Set<String>
    /// Nouns of streets and places that head a place's name, lowercased (`Mill Lane` is a place).
    let placeNouns: Set<String>
    /// Nouns of natural places and landmarks that head a place's name, lowercased (`Lake Carra`).
    let geographicNouns: Set<String>
    /// Verbs of moving over or onto a place and prepositions of crossing, lowercased (`climbed`).
    let placeVerbs: Set<String>
    /// Nouns of places, buildings and things named after people, lowercased: ``placeNouns`` and
    /// the file's `namesakeNouns` (`rue`, `école`): `la rue de Victor Hugo` names a place, so the
    /// full name after it is registered as no one.
    let namesakeNouns: Set<String>
    /// Every form of the verbs of publishing or releasing, lowercased, multi-word forms with one
    /// space (`publie`, `sort`, `released`, `brought out`): `Elle publie ce mois-ci « La Mémoire
    /// du sel »` gives a title, a mention.
    let publicationVerbs: Set<String>
    /// Nouns of someone's own account, lowercased (`count`, `account`, `mots`, `termes`): after a
    /// possessive, over one adjective (`by her own count`), they attribute what follows to the owner.
    let accountNouns: Set<String>
    /// Every form of the verbs of expectation, forecast or plan, lowercased (`expects`, `table`):
    /// `The council expects the first passengers “by the end of 2029”` is the council's fragment.
    let expectationVerbs: Set<String>
    /// Every form of the verbs of a stance taken on the record, lowercased (`welcomed`,
    /// `attributed`, `tenu`): `The league welcomed the “swift response” of the clubs` is the
    /// league's fragment, and `Les riverains ont tenu à « rester sur place »` the residents'.
    let stanceVerbs: Set<String>
    /// Every form of the verbs of opinion that also mean finding a thing, lowercased (`trouve`):
    /// `que la commune trouve « une solution »` is a thing found, no one's words.
    let thingFindingVerbs: Set<String>
    /// The auxiliary forms that make a participle after them passive, lowercased (`été`).
    let passiveAuxiliaries: Set<String>
    /// Buildings that are also institutions, lowercased (`collège`).
    let institutionNouns: Set<String>
    /// Every form of the verbs of singing or chanting, lowercased (`singing`, `chanted`,
    /// `entonnent`): `The fans are singing “…”` gives a song, a mention.
    let songVerbs: Set<String>
    /// Every form of the verbs of performing a work, lowercased (`joue`, `choreographed`).
    let performanceVerbs: Set<String>
    /// Every form of the verbs of rating or grading, lowercased (`rated`, `graded`, `classé`):
    /// `inspectors rated it “good”` gives a grade, a mention.
    let ratingVerbs: Set<String>
    /// Generic subjects of a naming verb, lowercased phrases or head nouns (``FileFormat/genericNamingSubjects``).
    let genericNamingSubjects: Set<String>
    /// Forms of verbs that label through a naming particle, lowercased (``FileFormat/labellingVerbs``).
    let labellingVerbs: Set<String>
    /// Every form of the describing naming verbs, lowercased (``FileFormat/describingVerbs``).
    let describingVerbs: Set<String>
    /// Every form of the verbs of talking about something, lowercased (``FileFormat/topicVerbs``).
    let topicVerbs: Set<String>
    /// Present participle endings, lowercased (``FileFormat/presentParticipleEndings``).
    let presentParticipleEndings: [String]
    /// Aspect words between a subject and its verb, lowercased (``FileFormat/aspectWords``).
    let aspectWords: Set<String>
    /// Articles that keep a plural noun generic, lowercased (``FileFormat/genericArticles``).
    let genericArticles: Set<String>
    /// Phrases that open a definition, as token words (`that is`, `c'` `est-à-dire`): `des
    /// « services coupés », c'est-à-dire …` explains a term, a mention.
    let definitionMarkers: [[String]]
    /// Folded demonym adjective → folded country, for comparing role phrases.
    let demonymToCountry: [String: String]
    /// Folded given name → `m` or `f` (`Élodie` → f): a prior for a named person's gender, used
    /// only while the text gives no other evidence (an honorific, a pronoun, an agreement).
    let givenNameGenders: [String: String]
    /// Person nouns (lowercased form → gender, `""` when the word does not mark it): nouns for a
    /// person's office, occupation, age or situation (`la présidente`, `le boulanger`, `le
    /// septuagénaire`). They give a role in apposition its gender and head definite descriptions
    /// that refer back to someone already named (`Le boulanger, 67 ans, ne cache pas …`).
    let personNouns: [String: String]
    /// Words opening an apposition right after a name that agree with it (lowercased form →
    /// gender): `Anne Roy, 38 ans, venue avec ses enfants` is a woman.
    let genderMarkers: [String: String]
    /// Seniority words (lowercased form → `elder` or `younger`): `the elder Farrow` is, of the
    /// people named Farrow, the one whose role is `father` rather than `daughter`.
    let seniorityWords: [String: String]
    /// Kin nouns (lowercased form → gender of the relative, `""` when the word does not mark it)
    /// (``FileFormat/kinNouns``).
    let kinNouns: [String: String]
    /// Interview headings, lowercased, with straight apostrophes (``FileFormat/interviewHeadings``).
    let interviewHeadings: [String]
    /// Answer labels, lowercased (``FileFormat/answerLabels``).
    let answerLabels: Set<String>
    /// Question labels, lowercased (``FileFormat/questionLabels``).
    let questionLabels: Set<String>
    /// Phrases quoting the interviewee back, lowercased, straight apostrophes (``FileFormat/quotedBackPhrases``).
    let quotedBackPhrases: [String]
    /// Every word ``isFunctionWord(_:)`` accepts, in one set (made at load, so that a word is
    /// looked up once rather than in eight lists).
    private let functionWords: Set<String>
    /// Prepositions with an accent, by their form written without it that is no preposition
    /// (`a` → `à`) (``accentedPreposition(of:)``).
    private let unaccentedPrepositions: [String: String]
    /// Subject pronouns of the other languages the annotator knows (lowercased), set by
    /// ``LexiconSet`` (``withForeignPronouns(from:)``): in text that mixes languages, one written
    /// with a capital and standing alone names no one (`Il said: « … »` in English gives no speaker
    /// `Il`). This language's own function words and common given names are left out.
    private(set) var foreignPronouns: Set<String> = []

    /// This lexicon with ``foreignPronouns`` taken from `others` (the lexicons of other languages):
    /// their resolvable and unresolvable subject pronouns that are no function word nor common
    /// given name here.
    func withForeignPronouns(from others: [Lexicon]) -> Lexicon {
        var copy = self
        for other in others where other.language != language {
            for pronoun in other.pronouns.keys.map({ $0 }) + Array(other.unresolvablePronouns)
            where !isFunctionWord(pronoun) && givenNameGenders[TextFolding.fold(pronoun)] == nil {
                copy.foreignPronouns.insert(pronoun)
            }
        }
        return copy
    }

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
        verbFormsAfterPreposition = file.inflections.contains { $0.lemmaEnding.isEmpty } ? []
            : Array(Set(file.inflections.flatMap { [$0.lemmaEnding] + $0.endings.filter { $0.hasSuffix("ant") || $0.hasSuffix("ing") } })).sorted()
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
        habitualPhrases = (file.habitualPhrases ?? []).map { Lexicon.tokenWords($0) }.sorted { $0.count > $1.count }
        voicePhrases = (file.voicePhrases ?? []).map { Lexicon.tokenWords($0) }
        placePrepositions = set(file.placePrepositions ?? [])
        nonPersonMarkers = (file.nonPersonMarkers ?? []).map { Lexicon.tokenWords($0) }
        publicationNameEnds = set(file.publicationNameEnds ?? [])
        nonPersonNameEnds = set(file.nonPersonNameEnds ?? []).union(publicationNameEnds)
        coordinators = set(file.coordinators)
        speechNouns = set(file.speechNouns)
        agentPrepositions = set(file.agentPrepositions)
        receiptParticiples = set(file.receiptParticiples ?? [])
        issuerAdjectives = Dictionary((file.issuerAdjectives ?? [:]).map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        spouseNouns = set(file.spouseNouns ?? [])
        relayVerbs = set(file.relayVerbs)
        complementizers = set(file.complementizers)
        negations = set(file.negations)
        commonNouns = file.commonNouns.map { set($0).union(set(file.speechNouns)).union(set(file.mentionCues)) } ?? []
        commonNounEndings = (file.commonNounEndings ?? []).map { $0.lowercased() }.sorted { $0.count > $1.count }
        organisationNouns = set(file.organisationNouns ?? [])
        var synonyms: [String: Set<String>] = [:]
        for group in file.organisationSynonyms ?? [] {
            let folded = Set(group.map { TextFolding.fold($0) })
            for noun in folded { synonyms[noun, default: []].formUnion(folded) }
        }
        organisationSynonyms = synonyms
        organisationNameEnds = set(file.organisationNameEnds ?? [])
        localAuthorityNouns = set(file.localAuthorityNouns ?? [])
        institutionNameHeads = (file.institutionNameHeads ?? []).map { Lexicon.tokenWords($0.lowercased()) }.filter { !$0.isEmpty }
        quantityNouns = set(file.quantityNouns ?? [])
        foldedOrganisationNouns = Set(organisationNouns.map { TextFolding.fold($0) })
        sidePhrases = (file.sidePhrases ?? []).map(Lexicon.tokenWords)
        organisationSidePhrases = (file.organisationSidePhrases ?? []).map(Lexicon.tokenWords)
        placeRelativePronouns = set(file.placeRelativePronouns ?? [])
        staffNouns = set(file.staffNouns ?? [])
        officeNouns = set(file.officeNouns ?? [])
        entourageNouns = set(file.entourageNouns ?? [])
        generalRoleNouns = set(file.generalRoleNouns ?? [])
        concernedPersonNouns = set(file.concernedPersonNouns ?? [])
        foldedPublicRoleNouns = Set((file.publicRoleNouns ?? []).map { TextFolding.fold($0.lowercased()) })
        sourcePrepositions = set(file.sourcePrepositions ?? [])
        roleImplications = (file.roleImplications ?? [:]).sorted { $0.key < $1.key }
            .map { RoleImplication(phrase: Lexicon.tokenWords($0.key).map(TextFolding.fold), role: $0.value) }
        organisationNameLinks = set((file.organisationNameLinks ?? []).map { $0.replacingOccurrences(of: "’", with: "'") })
        authorNouns = set(file.authorNouns ?? [])
        namingParticles = set(file.namingParticles ?? [])
        inversionConjunctions = set(file.inversionConjunctions ?? [])
        givenNameVerbs = set(file.givenNameVerbs ?? [])
        definiteArticles = set(file.definiteArticles ?? [])
        firstPersonPronouns = set(file.firstPersonPronouns ?? [])
        firstPersonPossessives = set(file.firstPersonPossessives ?? [])
        hypotheticalModals = set(file.hypotheticalModals ?? [])
        personalPronouns = set(file.personalPronouns ?? [])
        latterPronouns = set(file.latterPronouns ?? [])
        carrierNouns = set(file.carrierNouns ?? [])
        noticeNouns = set(file.noticeNouns ?? [])
        noticeVerbs = set(file.noticeVerbs ?? [])
        noticeParticiples = set(file.noticeParticiples ?? [])
        writtenTextNouns = set(file.writtenTextNouns ?? [])
        pressReleaseNouns = (file.pressReleaseNouns ?? []).map(Lexicon.tokenWords)
        postingVerbs = set(file.postingVerbs ?? [])
        finitePostingVerbs = set(file.finitePostingVerbs ?? [])
        collectiveNouns = set(file.collectiveNouns ?? [])
        indefiniteDeterminers = Set((file.indefiniteDeterminers ?? []).map(Lexicon.tokenWords))
        otherDeterminers = Set((file.otherDeterminers ?? []).map(Lexicon.tokenWords))
        interjections = set(file.interjections ?? [])
        documentPartNouns = set(file.documentPartNouns ?? [])
        timeNouns = set(file.timeNouns ?? [])
        capitalisedTimeNouns = set(file.capitalisedTimeNouns ?? [])
        durationNouns = set(file.durationNouns ?? [])
        timeModifiers = set(file.timeModifiers ?? [])
        participleEndings = (file.participleEndings ?? []).map { $0.lowercased() }
        bareParticipleEndings = (file.bareParticipleEndings ?? []).map { $0.lowercased() }
        schemeNouns = set(file.schemeNouns ?? [])
        titleCues = set(file.titleCues ?? [])
        workNouns = set(file.workNouns ?? [])
        complementizerDroppingVerbs = set(file.complementizerDroppingVerbs ?? [])
        impersonalPronouns = set(file.impersonalPronouns ?? [])
        impersonalPossessives = set(file.impersonalPossessives ?? [])
        emphaticPronouns = set(file.emphaticPronouns ?? [])
        genericOrganisationNouns = set(file.genericOrganisationNouns ?? [])
        personRelativePronouns = set(file.personRelativePronouns ?? [])
        prepositionalPersonRelatives = set(file.prepositionalPersonRelatives ?? [])
        possessiveRelativePronouns = set(file.possessiveRelativePronouns ?? [])
        organisationHeadFirst = file.organisationHeadFirst ?? false
        originPrepositions = set(file.originPrepositions ?? [])
        placeAppositionNouns = set(file.placeAppositionNouns ?? [])
            .union(set(file.geographicNouns ?? [])).union(set(file.localAuthorityNouns ?? []))
            .union(set(file.namesakeNouns ?? [])).union(set(file.placeNouns ?? []))
        behalfPrepositions = set(file.behalfPrepositions ?? [])
        genericSubjects = set(file.genericSubjects ?? [])
        futureMarkers = set(file.futureMarkers ?? [])
        hypotheticalOpeners = set(file.hypotheticalOpeners ?? [])
        disjunctivePronouns = genders(file.disjunctivePronouns ?? [])
        reportedSpeechMarkers = set(file.reportedSpeechMarkers ?? [])
        exampleParticles = set(file.exampleParticles ?? [])
        // Lemmas with their regular forms (``SpeechVerbLexicon/inflect(_:with:)``), and forms as written.
        func inflected(_ verbs: [String]?) -> Set<String> {
            Set((verbs ?? []).flatMap { verb in
                SpeechVerbLexicon.inflect(verb.lowercased().replacingOccurrences(of: "’", with: "'"), with: file.inflections)
            })
        }
        evaluativeVerbs = inflected(file.evaluativeVerbs)
        labelNouns = set(file.labelNouns ?? [])
        setPhraseNouns = set(file.setPhraseNouns ?? [])
        possessionVerbs = set(file.possessionVerbs ?? [])
        nameGivingForms = set(file.nameGivingForms ?? [])
        nicknameAdverbs = set(file.nicknameAdverbs ?? [])
        aliasWords = set(file.aliasWords ?? [])
        adjectivalTitles = set(file.adjectivalTitles ?? [])
        saintPrefixes = set(file.saintPrefixes ?? [])
        copulas = set(file.copulas ?? [])
        reflexivePronouns = set(file.reflexivePronouns ?? [])
        givenNameNouns = set(file.givenNameNouns ?? [])
        narratorPronouns = set(file.narratorPronouns ?? [])
        reporterPhrases = (file.reporterPhrases ?? []).map { Lexicon.tokenWords($0.lowercased()) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        compoundNouns = file.compoundNouns ?? false
        verbSecond = file.verbSecond ?? false
        capitalisedNouns = file.capitalisedNouns ?? false
        genderedPronounsNameOrganisations = file.genderedPronounsNameOrganisations ?? false
        speakerNouns = set(file.speakerNouns ?? [])
        nonNameWords = set(file.nonNameWords ?? [])
        verbParticles = set(file.verbParticles ?? [])
        demonstratives = Dictionary((file.demonstratives ?? []).map { ($0.form.lowercased(), $0.gender) }, uniquingKeysWith: { first, _ in first })
        cleftOpeners = (file.cleftOpeners ?? []).map(Lexicon.tokenWords)
        speakerCleftSubjects = (file.speakerCleftSubjects ?? []).map(Lexicon.tokenWords)
        personSuffixes = (file.personSuffixes ?? []).map { $0.lowercased() }
        topicPrepositions = set(file.topicPrepositions ?? [])
        presentNamingForms = set(file.presentNamingForms ?? [])
        documentNouns = set(file.documentNouns ?? [])
        provisionVerbs = (file.provisionVerbs ?? []).map(Lexicon.tokenWords)
        offenceCues = Set((file.offenceCues ?? []).map(Lexicon.tokenWords))
        ageNouns = set(file.ageNouns ?? [])
        ageNounDecades = Dictionary((file.ageNounDecades ?? [:]).map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        ageWords = set(file.ageWords ?? [])
        agePrepositions = set(file.agePrepositions ?? [])
        postNominals = Set(file.postNominals ?? [])
        pluralEndings = (file.pluralEndings ?? []).map { $0.lowercased() }
        mannerNouns = set(file.mannerNouns ?? [])
        placeNouns = set(file.placeNouns ?? [])
        geographicNouns = set(file.geographicNouns ?? [])
        placeVerbs = set(file.placeVerbs ?? [])
        // Every place noun also names a place after a person (`la rue de Victor Hugo`).
        namesakeNouns = placeNouns.union(set(file.namesakeNouns ?? []))
        publicationVerbs = inflected(file.publicationVerbs)
        accountNouns = set(file.accountNouns ?? [])
        expectationVerbs = inflected(file.expectationVerbs).union(inflected(file.findingVerbs))
        stanceVerbs = inflected(file.stanceVerbs)
        thingFindingVerbs = inflected(file.thingFindingVerbs)
        passiveAuxiliaries = set(file.passiveAuxiliaries ?? [])
        institutionNouns = set(file.institutionNouns ?? [])
        songVerbs = inflected(file.songVerbs)
        performanceVerbs = inflected(file.performanceVerbs)
        ratingVerbs = inflected(file.ratingVerbs)
        genericNamingSubjects = set(file.genericNamingSubjects ?? [])
        labellingVerbs = set(file.labellingVerbs ?? [])
        describingVerbs = inflected(file.describingVerbs)
        topicVerbs = inflected(file.topicVerbs)
        presentParticipleEndings = (file.presentParticipleEndings ?? []).map { $0.lowercased() }
        aspectWords = set(file.aspectWords ?? [])
        genericArticles = set(file.genericArticles ?? [])
        definitionMarkers = (file.definitionMarkers ?? []).map(Lexicon.tokenWords)
        self.genderedDeterminers = genders(file.genderedDeterminers ?? [])
        headOnlyAttributionPrepositions = Set((file.headOnlyAttributionPrepositions ?? []).map(Lexicon.tokenWords))
        self.possessives = genders(file.possessives)
        var demonymToCountry: [String: String] = [:]
        for demonym in file.demonyms {
            let country = TextFolding.fold(demonym.country)
            for adjective in demonym.adjectives { demonymToCountry[TextFolding.fold(adjective)] = country }
        }
        self.demonymToCountry = demonymToCountry
        var givenNameGenders: [String: String] = [:]
        for (gender, names) in file.givenNames ?? [:] {
            for name in names { givenNameGenders[TextFolding.fold(name)] = gender }
        }
        self.givenNameGenders = givenNameGenders
        personNouns = genders(file.personNouns ?? [])
        foldedRoleNouns = Set((titles.union(personNouns.keys)).map { TextFolding.fold($0) })
        genderMarkers = genders(file.genderMarkers ?? [])
        var seniorityWords: [String: String] = [:]
        for (rank, words) in file.seniorityWords ?? [:] {
            for word in words { seniorityWords[word.lowercased()] = rank }
        }
        self.seniorityWords = seniorityWords
        kinNouns = genders(file.kinNouns ?? [])
        interviewHeadings = (file.interviewHeadings ?? []).map { TextFolding.straightApostrophes($0.lowercased()) }
        answerLabels = Set((file.answerLabels ?? []).map { $0.lowercased() })
        questionLabels = Set((file.questionLabels ?? []).map { $0.lowercased() })
        quotedBackPhrases = (file.quotedBackPhrases ?? []).map { TextFolding.straightApostrophes($0.lowercased()) }
        functionWords = determiners.union(prepositions).union(conjunctions).union(pronouns.keys).union(unresolvablePronouns)
            .union(auxiliaries).union(elisions).union(interjections)
        var unaccentedPrepositions: [String: String] = [:]
        for preposition in prepositions where !prepositions.contains(TextFolding.fold(preposition)) {
            unaccentedPrepositions[TextFolding.fold(preposition)] = preposition
        }
        self.unaccentedPrepositions = unaccentedPrepositions
    }

    /// The gender a given name suggests (`Élodie Marchal` → f; `Jean-Marc` by its first part),
    /// or `""` when the first word is no common given name of one gender, and when the words
    /// coordinate two people (`Jasper and Lina Vell`: the first's gender is not the pair's).
    func givenNameGender(of words: [String]) -> String {
        guard words.count >= 1, let first = words.first,
              !words.dropFirst().contains(where: { coordinators.contains($0.lowercased()) }) else { return "" }
        let folded = TextFolding.fold(first)
        if let gender = givenNameGenders[folded] { return gender }
        if let part = folded.split(separator: "-").first, part.count < folded.count { return givenNameGenders[String(part)] ?? "" }
        return ""
    }

    /// The gender a role phrase marks for one person (`sa présidente` → f, `la ministre` → f,
    /// `le porte-parole` → m): its first person noun that marks a gender, else a singular gendered
    /// determiner opening it; but a masculine determiner before a noun of either gender says
    /// nothing (`Le maire, Anne Roy,`: the masculine is the office's), nor does `son porte-parole`.
    func gender(ofRole role: String) -> String {
        let words = Lexicon.tokenWords(role)
        var epicene = false
        for word in words.prefix(4) {
            if complementWords.contains(word) { break }
            if let gender = personNouns[word] {
                if !gender.isEmpty { return gender }
                epicene = true
            }
        }
        // The determiner tells a person's gender only in a role about a person (`la députée
        // écologiste`), not in any phrase after a name (`le projet`).
        guard let first = words.first, let gender = genderedDeterminers[first], gender == "f" || gender == "m" && !epicene,
              words.contains(where: { personNouns[$0] != nil || titles.contains($0) }) else { return "" }
        return gender
    }

    /// Whether a lowercased word is an age used as a noun or adjective: an age noun
    /// (`sexagénaire`), or a hyphenated word that opens with a number and has a time noun among
    /// its parts (`19-year-old`, `34-year-old`).
    public func isAgeWord(_ lower: String) -> Bool {
        if ageNouns.contains(lower) { return true }
        let parts = lower.split(separator: "-").map(String.init)
        guard parts.count >= 2, parts[0].unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) else { return false }
        return parts.dropFirst().contains(where: timeNouns.contains)
    }

    /// The gender of a hyphenated compound that describes a person the way an age does
    /// (`mum-of-three`, `father-of-two`, `grandmother-of-five`): its first part a kin noun or a
    /// noun for people (``kinNouns``, ``personNouns``, ``speakerNouns``), its second a complement word,
    /// at least one part after that. The gender is the first part's (empty when it marks none).
    /// - Returns: nil for any other word.
    public func compoundPersonGender(_ lower: String) -> String? {
        let parts = lower.split(separator: "-").map(String.init)
        guard parts.count >= 3, complementWords.contains(parts[1]) else { return nil }
        if let gender = kinNouns[parts[0]] ?? personNouns[parts[0]] { return gender }
        return speakerNouns.contains(parts[0]) ? "" : nil
    }

    /// Where an age stands in a phrase's lowercased words (``tokenWords(_:)``): an age word
    /// (``isAgeWord(_:)``, `the 19-year-old`), a compound that describes a person as an age does
    /// (``compoundPersonGender(_:)``, `the mum-of-three`), or a complement word, a number and a
    /// time noun closing the phrase (`le pilier de 31 ans`).
    /// - Returns: the range of the age's words, or nil.
    public func ageRange(in words: [String]) -> Range<Int>? {
        if let index = words.firstIndex(where: { isAgeWord($0) || compoundPersonGender($0) != nil }) { return index..<(index + 1) }
        guard words.count >= 3, let last = words.last, timeNouns.contains(last), complementWords.contains(words[words.count - 3]),
              words[words.count - 2].unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) else { return nil }
        return (words.count - 3)..<words.count
    }

    /// The ages a description by age allows (``ageRange(in:)``), in years: one age for a number
    /// (`the 45-year-old`, `l'homme de 45 ans`), a decade for an age noun with one
    /// (``ageNounDecades``: `la quinquagénaire` is 50 to 59).
    /// - Returns: nil when the phrase gives no age in numbers or decades (`the mum-of-three`, an
    ///   age noun with no decade).
    public func describedAges(in words: [String]) -> ClosedRange<Int>? {
        guard let range = ageRange(in: words) else { return nil }
        if range.count == 3 { return Int(words[range.lowerBound + 1]).map { $0...$0 } }
        let word = words[range.lowerBound]
        if let decade = ageNounDecades[word] { return decade...(decade + 9) }
        return word.split(separator: "-").first.flatMap { Int($0) }.map { $0...$0 }
    }

    /// The folded nouns that name the same kind of organisation as `noun` (its
    /// ``organisationSynonyms`` group, itself included; `force` → `force`, `constabulary`,
    /// `police`), just the noun for another organisation noun, else none.
    func organisationKind(of noun: String) -> Set<String> {
        let folded = TextFolding.fold(noun)
        return organisationSynonyms[folded] ?? (foldedOrganisationNouns.contains(folded) ? [folded] : [])
    }

    /// A phrase as the tokenizer splits it: lowercased words, elisions apart (`d'après` → `d'`, `après`).
    static func tokenWords(_ phrase: String) -> [String] { tokenWords(phrase, keepingCase: false) }

    /// A phrase as the tokenizer splits it: words as written (lowercased unless `keepingCase`),
    /// elisions apart (`d'après` → `d'`, `après`).
    static func tokenWords(_ phrase: String, keepingCase: Bool) -> [String] {
        TextFolding.straightApostrophes(keepingCase ? phrase : phrase.lowercased()).split(separator: " ").flatMap { word -> [String] in
            if let apostrophe = word.firstIndex(of: "'"), word.index(after: apostrophe) < word.endIndex {
                return [String(word[...apostrophe]), String(word[word.index(after: apostrophe)...])]
            }
            return [String(word)]
        }
    }

    /// Whether a lowercased noun can denote a person, a group or an organisation: a title, a
    /// noun for people, an organisation noun, any of them in the plural (`riverains`,
    /// `campaigners`), a noun with a person ending, in the plural too (`urgentiste`,
    /// `prévisionnistes`, `beekeepers`), or, where compounds are one
    /// word, a word ending in one of at least three letters (`Polizeisprecher`, `Wirtschaftsrat`).
    public func isPersonNoun(_ lower: String) -> Bool {
        func known(_ word: String) -> Bool {
            isTitle(word) || speakerNouns.contains(word) || personNouns[word] != nil || organisationNouns.contains(word)
        }
        func personEnding(_ word: String) -> Bool {
            personSuffixes.contains(where: { word.count >= $0.count + 4 && word.hasSuffix($0) })
        }
        func singular(_ word: String, endings: Bool = false) -> Bool {
            known(word) || endings && personEnding(word) || pluralEndings.contains { ending in
                // `ies=y`: drop `ies`, add `y` (`ministries` → `ministry`).
                let parts = ending.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
                let dropped = parts[0], added = parts.count > 1 ? parts[1] : ""
                guard word.count > dropped.count + 2, word.hasSuffix(dropped) else { return false }
                let stem = String(word.dropLast(dropped.count)) + added
                return known(stem) || endings && personEnding(stem)
            }
        }
        if singular(lower, endings: true) { return true }
        guard compoundNouns else { return false }
        let scalars = Array(lower)
        for cut in stride(from: 1, through: scalars.count - 3, by: 1) where singular(String(scalars[cut...])) { return true }
        return false
    }

    /// Whether a lowercased word is a speech noun (``speechNouns``), or, where compounds are one
    /// word, ends in one of six letters or more (`Presseerklärung`, `Internetseite`).
    func isSpeechNoun(_ lower: String) -> Bool {
        if speechNouns.contains(lower) { return true }
        guard compoundNouns else { return false }
        let letters = Array(lower)
        guard letters.count >= 9 else { return false }
        for cut in 3...(letters.count - 6) where speechNouns.contains(String(letters[cut...])) { return true }
        return false
    }

    /// The words that may stand before a personal name without being part of it: the titles and
    /// the honorifics, lowercased, honorifics also without their final period (`councillor`,
    /// `ministre`, `mr`, `m.`, `dr`). The scorer strips them before it compares two names.
    public var nameTitleWords: Set<String> {
        var words = titles
        for honorific in honorifics.keys {
            words.insert(honorific)
            if honorific.hasSuffix(".") { words.insert(String(honorific.dropLast())) }
        }
        return words
    }

    /// Whether a lowercased word is a title (``titles``), also after a hyphenated prefix
    /// (`under-secretary`, `vice-chair`), or, where compounds are one word, ends in one of four
    /// letters or more after at least three letters (`Bundesinnenminister`, `Vatikansprecher`,
    /// `BKA-Präsident`).
    func isTitle(_ lower: String) -> Bool {
        if titles.contains(lower) { return true }
        if let hyphen = lower.lastIndex(of: "-"), titles.contains(String(lower[lower.index(after: hyphen)...])) { return true }
        guard compoundNouns else { return false }
        let letters = Array(lower)
        guard letters.count >= 7 else { return false }
        for cut in 3...(letters.count - 4) where titles.contains(String(letters[cut...])) { return true }
        return false
    }

    /// Whether a lowercased word is a common noun, never part of a name, in a language that
    /// capitalises every noun: a listed one (``commonNouns``), a listed one with a plural ending
    /// (``pluralEndings``: `Schätzungen`, `Mitteilungen`), one with at least three letters before a
    /// ``commonNounEndings`` ending (`Begründung`, `Einzelheiten`), or, where compounds are one
    /// word, one ending in a listed noun of six letters or more after at least three letters
    /// (`Haftbefehl`, `Radioansprache`). A common given name (`Marion`) never is.
    func isCommonNoun(_ lower: String) -> Bool {
        commonNouns.contains(lower) || isDerivedCommonNoun(lower)
    }

    /// Whether a lowercased word is a common noun by its form alone, not listed: a plural of a
    /// listed one, a ``commonNounEndings`` ending or a compound head (see ``isCommonNoun(_:)``).
    /// Such a word may still go on a name already begun (`Jens Hartung`).
    func isDerivedCommonNoun(_ lower: String) -> Bool {
        guard !commonNouns.isEmpty, givenNameGenders[TextFolding.fold(lower)] == nil else { return false }
        if pluralEndings.contains(where: { !$0.contains("=") && lower.count > $0.count + 3 && lower.hasSuffix($0) && commonNouns.contains(String(lower.dropLast($0.count))) }) {
            return true
        }
        if commonNounEndings.contains(where: { lower.count >= $0.count + 3 && lower.hasSuffix($0) }) { return true }
        guard compoundNouns else { return false }
        let letters = Array(lower)
        guard letters.count >= 9 else { return false }
        for cut in 3...(letters.count - 6) where commonNouns.contains(String(letters[cut...])) { return true }
        return false
    }

    /// True when lowercase `lower` is an interjection (``interjections``) and no other function
    /// word: no determiner, preposition, conjunction, pronoun or auxiliary (`bah`, `oh`; not `ah`
    /// where it is also a preposition).
    func isOnlyInterjection(_ lower: String) -> Bool {
        interjections.contains(lower) && !determiners.contains(lower) && !prepositions.contains(lower) && !conjunctions.contains(lower)
            && pronouns[lower] == nil && !unresolvablePronouns.contains(lower) && !auxiliaries.contains(lower) && !elisions.contains(lower)
    }

    /// True when `word` (any case) is a word that can never be part of a person's name here:
    /// determiners, prepositions, conjunctions, pronouns, auxiliaries.
    func isFunctionWord(_ lower: String) -> Bool {
        functionWords.contains(lower)
    }

    /// The preposition that lowercase `lower` writes without its accent, as French often does on
    /// a capital (`A Brelan, le maire a une autre idée.` for `À Brelan`): the preposition whose
    /// accent-folded form `lower` is, when `lower` itself is no preposition (`a` → `à`; the verb
    /// `a` is so written in lower case only). The tokenizer reads a capitalised word so.
    func accentedPreposition(of lower: String) -> String? {
        unaccentedPrepositions[lower]
    }

    /// True when lowercase `lower` has an adverb's ending (``adverbSuffixes``, with more than three
    /// letters before it: `rapidement`, `quickly`; not `only`).
    func hasAdverbEnding(_ lower: String) -> Bool {
        adverbSuffixes.contains { lower.count > $0.count + 3 && lower.hasSuffix($0) }
    }

    /// True when lowercase `lower` is a listed adverb or has an adverb's ending (``hasAdverbEnding(_:)``).
    func isAdverbLike(_ lower: String) -> Bool {
        adverbs.contains(lower) || hasAdverbEnding(lower)
    }
}
