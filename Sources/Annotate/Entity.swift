import Foundation

/// A person or organisation the annotator has met in a document, before it becomes a
/// ``Model/Speaker`` (only entities with an attributed quotation do).
struct Entity: Sendable, Hashable {
    /// The fullest name seen, without honorifics and titles; for an unnamed speaker, the phrase as written.
    var name: String
    /// Folded words of ``name``, for comparing names.
    var nameWords: [String]
    /// True when ``name`` is a proper name, false when it is a role phrase (`le syndicat`).
    var isNamed: Bool
    /// Ways the text referred to it, as written, first seen first, without duplicates.
    var aliases: [String] = []
    /// The first appositive role (`Président du Kazakhstan`).
    var role: String?
    /// `m`, `f`, `plural` or `""` when unknown.
    var gender: String = ""
    /// Folded content words of the name, role and aliases, demonyms mapped to their country.
    var contentWords: Set<String> = []
    /// The id given in front matter or `speakers.yml`, kept as is; nil for entities found in the text.
    var declaredID: String?
    /// Whether a speaker-turn label names this entity: the label, as the transcript writes it,
    /// is its name, and a longer form found in the text (`I'm Mat Ryer`, `Hi Carol`) never
    /// replaces it (DESIGN.md, "Attribution", rule 1: an explicit turn wins).
    var isLabelled = false
    /// True for an organisation or a publication: a name written with its article (`The Daily
    /// Lantern`, `la Ligue arabe`) or a role phrase headed by an organisation noun (`the ministry`).
    /// Personal pronouns (``Lexicon/personalPronouns``) never refer to one.
    var isOrganisation = false
    /// Folded words of declared aliases that are names (`Khamenei`), matched like the name.
    var aliasNameWords: [[String]] = []
    /// True when ``gender`` came only from a role or title written with the name (`The trust's
    /// chairman, Ada Vell`, `le docteur Ada Vell`), not from an honorific, a given name or a
    /// pronoun: an office's grammatical gender, which a later pronoun of the other gender may
    /// correct (``SpeakerRegistry/roleGenderedLatestPerson(gender:before:window:person:)``).
    var genderFromRole = false
    /// The gender its given name suggests (``Lexicon/givenNameGenders``), `""` when none: weaker
    /// than ``gender``, which the text itself gave.
    var givenNameGender: String = ""
    /// How many times the text named it or made it a subject or speaker so far: how salient it is
    /// in the whole document (the protagonist is named most).
    var mentions = 0
    /// The narrative position (paragraph count) where the text last named it.
    var lastNamed = 0
    /// The age the text first stated for it (`Ana Roy, 45,`: ``SpeakerMentionFinder/statedAge(of:limit:_:)``),
    /// nil when none: a description by age (`the 45-year-old`) means the person of that age.
    var statedAge: Int?
    /// The sentence (``SpeakerRegistry`` counts them) in which a name first brought it in; -1
    /// when it came in otherwise. A short form written in that sentence means someone known before.
    var introducedInSentence = -1

    /// ``gender`` when the text gave it, else the given name's.
    var likelyGender: String { gender.isEmpty ? givenNameGender : gender }

    /// What ``addAlias(_:)`` trims from an alias's ends (Foundation's `whitespaces`, made once).
    private static let whitespace = CharacterSet.whitespaces

    mutating func addAlias(_ alias: String) {
        // Most aliases neither start nor end with a space: they are kept without Foundation's trimming.
        let padded = [alias.unicodeScalars.first, alias.unicodeScalars.last].contains { $0.map(Self.whitespace.contains) == true }
        let trimmed = padded ? alias.trimmingCharacters(in: Self.whitespace) : alias
        guard !trimmed.isEmpty, trimmed != name, !aliases.contains(trimmed) else { return }
        aliases.append(trimmed)
    }
}
