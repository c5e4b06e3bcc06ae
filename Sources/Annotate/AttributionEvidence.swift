/// What the rules found around one quotation, before the mention is resolved to an entity.
struct AttributionEvidence: Sendable, Hashable {
    /// Rule id (`cue-after`, `cue-before`, `colon-before`, `participle`, `according-to`, `incise`, `subject-before`).
    var rule: String
    /// The speech verb as written, if any.
    var cue: String?
    /// The phrase that names the speaker at the site, if any.
    var mention: Mention?
    /// Token index of the mention in its block, used to find an earlier subject for pronouns.
    var mentionToken: Int?
    /// True when the cue stands right next to the quotation, so even a short span is speech.
    var adjacent: Bool
    /// True when the cue is a naming verb (`qualifié de`, `called`).
    var naming = false
    /// Base confidence of the rule, before resolution adjusts it.
    var confidence: Double
    /// True when a role phrase may only name an entity already met (`pour la dernière période`
    /// must not become a speaker).
    var mustResolve = false
    /// True when the quotation closes a `verb que …` / `verb that …` clause a few words long
    /// (`estiment que la télévision est une « … »`): a span of two words or more there is speech.
    var inReportedClause = false
    /// True when a modal of possibility governs the speech verb (`People might say`): the words
    /// are imagined, and nobody is their speaker.
    var hypothetical = false
    /// For a relay verb (`ESWN translated some teacher's comments:`), who relayed the words:
    /// a later `from ESWN's post` goes to the relayed speaker again.
    var relayer: Mention?
    /// True when the mention is an indefinite phrase inverted right after the speech verb of a cue
    /// following the quotation (`« … », décrit un ancien codétenu`, `"…," says a former
    /// cellmate`): an unnamed speaker, whatever its noun, never a thing.
    var unnamedInvertedSpeaker = false
    /// True when the mention is a definite noun phrase opening its clause as the subject of a
    /// speech verb (``AttributionRules/isSpeakingSubject(_:bounds:block:)``: `La production assure
    /// avoir « … »`, `The rule book says …`): an organisation, a service or a text speaking,
    /// whatever its noun, never a thing.
    var speakingSubject = false
    /// Words between a cue before the quotation and its opening mark (0 for cues after it).
    var distance = 0
}

/// Who gives the name in a span after a naming verb (``AttributionRules/namingSubject(_:bounds:block:)``):
/// people in general or an unnamed crowd (`what locals call “…”`: the name in use, a mention), or
/// a named speaker or a gendered pronoun (`what she calls “…”`: her words).
enum NamingSubject: Sendable, Hashable {
    case generic
    case specific
}
