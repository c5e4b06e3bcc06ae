/// What a noun phrase at an attribution site refers to, before resolution.
enum Mention: Sendable, Hashable {
    /// A subject pronoun with its gender (`il`, `she`); resolved by carry-over.
    case pronoun(String, gender: String)
    /// A pronoun that names no one the text could resolve (`on`, `we`).
    case unresolvable(String)
    /// A proper name: its words without honorifics and titles, the whole phrase as written,
    /// the gender an honorific gives, and an appositive role if one was attached.
    case name(words: [String], written: String, gender: String, role: String?)
    /// A role or description with no proper name (`le Président kazakh`, `la ministre`).
    case phrase(String, gender: String)

    /// The words that named the speaker, as written.
    var written: String {
        switch self {
        case .pronoun(let text, _), .unresolvable(let text), .phrase(let text, _): return text
        case .name(_, let written, _, _): return written
        }
    }
}
