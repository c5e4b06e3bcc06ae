import Foundation

/// A speaker label at the start of a line of a transcript, and the text after it.
///
/// Forms read (DESIGN.md "Inputs", HAZARDS B29):
/// - `NAME: text`, and the French `NAME : text` with U+0020, U+00A0 or U+202F before the colon;
/// - `**Name:** text` and `**Name**: text` (Markdown bold, also written `__Name:__`);
/// - the French parliamentary `M. DUPONT. – text` (period, then an en or em dash, or a hyphen
///   between spaces as typed on keyboards without dashes);
/// - a note in parentheses before the colon, `Mme LEFÈVRE (hors micro) :`, kept as ``note``;
/// - a timestamp before the label or right after it, `[00:12:34] NAME:`, `NAME [12:34]:`,
///   `**Name:** \[12:34\] text`, kept as ``start`` (seconds).
///
/// A colon in prose is not a label: the colon must be followed by white space or end the line
/// (so never `10:30` or `https://`); the label has at most 6 words (a role after a comma up to
/// 12 in all, after an honorific as in `M. Gérald Darmanin, ministre de l'intérieur. –`); every
/// word is capitalised, a number, or a name particle (`de`, `van`, `d'`…) — lowercase words are
/// allowed only between an honorific and the name, and never a verb (`M. le président`, not
/// `M. le président a dit`); no sentence punctuation or quotation marks, and `#` only as the one
/// last character right after a letter, so that `C#:` and `F#:` are labels as `C++:` is, while
/// `#:`, `Note #3:`, `Issue #:` and `#tag:` are not (a `#` before a number or a word is a number
/// sign or a hashtag, not part of a name);
/// the first word is not one that introduces a remark rather than a person (``remarkWords``:
/// `Note`, `Résultat`, `Source`…); and a one-word label is not a word that opens sentences
/// (``sentenceWords``: `However`, `So`, `Alors`).
struct SpeakerLabel: Sendable, Hashable {
    /// The speaker as written, without markup, note or separator (`M. DUPONT`, `Q`).
    var name: String
    /// The parenthesised note on the label (`hors micro`, `voix off`), if any.
    var note: String?
    /// Seconds from the start of the media, when a timestamp goes with the label.
    var start: Double?
    /// The text after the label, without leading white space.
    var rest: Substring
    /// A timestamp written before the label whose time cannot be read (`[00:00:75] NAME:`,
    /// ``unreadableTimestamp(_:)``), as written: the turn's text keeps it, to be warned.
    var unreadStamp: Substring?

    /// Longest label, in words (HAZARDS B29: a prefix of 7 words is prose).
    static let maximumWords = 6

    /// Words that start a remark or a field, not a person's name (compared lowercased).
    static let remarkWords: Set<String> = [
        "note", "notes", "nb", "n.b", "n.b.", "ps", "p.s", "p.s.", "résultat", "résultats", "resultat", "result", "results",
        "source", "sources", "voir", "see", "update", "updated", "edit", "edited", "warning", "attention", "remarque",
        "remarques", "exemple", "example", "important", "conclusion", "summary", "résumé", "objet", "subject", "re", "fwd",
        "date", "title", "titre", "lieu", "location", "time", "heure", "tags", "tag", "auteur", "author", "via", "photo",
        "photos", "crédit", "crédits", "credit", "credits", "lien", "link", "links", "url", "email", "e-mail", "courriel",
        "tél", "tel", "fax", "agenda", "avertissement", "rappel", "cf", "disclaimer", "copyright", "licence", "license",
        "keywords", "abstract", "chapitre", "chapter", "article", "section", "step", "étape", "tip", "astuce", "info",
        "information", "total", "prix", "price", "adresse", "address", "contact", "status", "statut", "type", "mise",
        "legende", "légende", "caption", "transcript", "transcription", "lire", "read", "watch", "listen", "écouter",
    ]

    /// Words that open sentences and are never a speaker on their own (`However: …`, `So: …`,
    /// `Alors : …`), compared lowercased, when they are the whole label.
    static let sentenceWords: Set<String> = [
        "however", "meanwhile", "also", "finally", "first", "second", "third", "then", "so", "but", "and", "or",
        "yes", "no", "ok", "okay", "well", "now", "today", "here", "there", "why", "what", "how", "when", "where",
        "who", "which", "this", "that", "these", "those", "it", "he", "she", "we", "they", "you", "my", "our", "his",
        "her", "their", "mais", "donc", "alors", "ensuite", "enfin", "puis", "aujourd'hui", "ici", "voici",
        "voilà", "pourquoi", "comment", "quand", "il", "elle", "nous", "vous", "ils", "elles", "je", "on", "ce",
        "cela", "ça", "bref", "oui", "non", "bon", "bien", "car", "et", "ou", "aussi", "conclusion", "verdict",
        "bilan",
    ]

    /// Verbs and auxiliaries that turn a would-be label into a clause (`M. le président a dit`).
    static let verbs: Set<String> = [
        "a", "ai", "as", "avait", "aura", "est", "était", "sera", "sont", "ont", "dit", "déclare", "explique", "répond",
        "ajoute", "affirme", "indique", "précise", "estime", "said", "says", "asked", "told", "is", "was", "has", "had",
        "will", "would", "explained", "added", "replied", "declared",
    ]

    /// Words after which lowercase words may follow in a label (`M. le président`).
    static let honorifics: Set<String> = [
        "m.", "mme", "mme.", "mm.", "mmes", "mlle", "mlle.", "me", "mgr", "dr", "dr.", "pr", "pr.", "mr", "mr.", "mrs",
        "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady", "monsieur", "madame", "mademoiselle", "maître",
    ]

    /// Lowercase words that belong in names.
    static let particles: Set<String> = [
        "de", "du", "des", "d'", "d’", "la", "le", "les", "van", "von", "der", "den", "di", "da", "dos", "das", "do", "y",
        "e", "el", "al", "bin", "ben", "ibn", "of", "the", "and", "et", "&", "ter", "zu", "af",
    ]

    /// Labels that mark a part of the recording rather than a speaker (`**Break:**`), compared
    /// lowercased: such a "turn" is a stage direction, and the text after it continues the turn
    /// before it.
    static let segmentMarkers: Set<String> = [
        "break", "pause", "music", "musique", "jingle", "interlude", "intermission", "advertisement", "ad break",
        "sponsor", "publicité", "générique", "silence",
    ]

    /// Whether this label marks a part of the recording rather than a speaker.
    var isSegmentMarker: Bool { Self.segmentMarkers.contains(name.lowercased()) }

    /// Spaces allowed before a French colon.
    private static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\t"]

    /// The label at the start of `line`, or nil when the line does not start with one.
    static func parse(_ line: Substring) -> SpeakerLabel? {
        var text = line.drop(while: { spaces.contains($0) })
        var start: Double?
        var unreadStamp: Substring?
        if let (time, after) = leadingTimestamp(text) {
            start = time
            text = after.drop(while: { spaces.contains($0) })
        } else if let stamp = unreadableTimestamp(text) {
            unreadStamp = stamp
            text = text[stamp.endIndex...].drop(while: { spaces.contains($0) })
        }
        var candidate: Substring
        var rest: Substring
        if text.hasPrefix("**") || text.hasPrefix("__") {
            let marker = String(text.prefix(2))
            let inner = text.dropFirst(2)
            guard let close = inner.range(of: marker) else { return nil }
            var name = inner[..<close.lowerBound]
            var after = inner[close.upperBound...]
            if name.hasSuffix(":") {
                name = name.dropLast()
            } else if after.first == ":" {
                after = after.dropFirst()
            } else {
                return nil
            }
            guard after.isEmpty || after.first.map({ spaces.contains($0) }) == true else { return nil }
            candidate = name
            rest = after
        } else {
            guard let (labelEnd, restStart) = separator(in: text) else { return nil }
            candidate = text[..<labelEnd]
            rest = text[restStart...]
        }
        while let last = candidate.last, spaces.contains(last) { candidate = candidate.dropLast() }
        var note: String?
        if candidate.hasSuffix(")"), let open = candidate.lastIndex(of: "(") {
            let inside = candidate[candidate.index(after: open)..<candidate.index(before: candidate.endIndex)]
            if let time = ClockTime.seconds(inside.trimmingCharacters(in: .whitespaces)[...]) {
                start = start ?? time
            } else {
                note = inside.trimmingCharacters(in: .whitespaces)
            }
            candidate = candidate[..<open]
        } else if candidate.hasSuffix("]"), let open = candidate.lastIndex(of: "["),
            let time = ClockTime.seconds(candidate[candidate.index(after: open)..<candidate.index(before: candidate.endIndex)])
        {
            start = start ?? time
            candidate = candidate[..<open]
        }
        while let last = candidate.last, spaces.contains(last) { candidate = candidate.dropLast() }
        guard isName(candidate) else { return nil }
        rest = rest.drop(while: { spaces.contains($0) })
        if start == nil, let (time, after) = leadingTimestamp(rest) {
            start = time
            rest = after.drop(while: { spaces.contains($0) })
        }
        return SpeakerLabel(name: String(candidate), note: note?.isEmpty == true ? nil : note, start: start, rest: rest, unreadStamp: unreadStamp)
    }

    /// `[12:34]`, `\[12:34\]` (Markdown-escaped, also `\[00:08:00.01\\\]`) or `(12:34)` at the
    /// start of `text`: its seconds and the text after it.
    static func leadingTimestamp(_ text: Substring) -> (Double, Substring)? {
        var body = text
        let escaped = body.hasPrefix("\\[")
        if escaped {
            body = body.dropFirst(2)
        } else if body.first == "[" || body.first == "(" {
            body = body.dropFirst()
        } else {
            return nil
        }
        let digits = body.prefix(while: { $0.isASCII && ($0.isNumber || $0 == ":" || $0 == "." || $0 == ",") })
        guard let seconds = ClockTime.seconds(digits) else { return nil }
        var after = body[digits.endIndex...]
        for closer in ["\\\\\\]", "\\]", "]", ")"] where after.hasPrefix(closer) {
            after = after.dropFirst(closer.count)
            return (seconds, after)
        }
        return nil
    }

    /// A timestamp at the start of `text` written as one (`[00:00:75]`, `\[00:75\]`, `(1:75)`:
    /// an opening bracket, digits with one or two colons, perhaps a fraction, a closing bracket)
    /// whose time cannot be read (``ClockTime/seconds(_:)``: minutes or seconds of 60 or more),
    /// as written; nil for any other text, a time that reads among them.
    static func unreadableTimestamp(_ text: Substring) -> Substring? {
        guard leadingTimestamp(text) == nil else { return nil }
        let opener = text.hasPrefix("\\[") ? 2 : (text.first == "[" || text.first == "(") ? 1 : 0
        guard opener > 0 else { return nil }
        let body = text.dropFirst(opener)
        let digits = body.prefix(while: { $0.isASCII && ($0.isNumber || $0 == ":" || $0 == "." || $0 == ",") })
        let fields = digits.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0.first?.isNumber == true }) else { return nil }
        let after = body[digits.endIndex...]
        for closer in ["\\\\\\]", "\\]", "]", ")"] where after.hasPrefix(closer) {
            return text[..<after.index(after.startIndex, offsetBy: closer.count)]
        }
        return nil
    }

    /// Where the label ends and the text begins: the first `:` outside parentheses and brackets,
    /// followed by white space or the end of the line, or a parliamentary `. –`, whichever comes
    /// first within 120 characters.
    private static func separator(in text: Substring) -> (Substring.Index, Substring.Index)? {
        var index = text.startIndex
        var count = 0
        var depth = 0
        while index < text.endIndex, count < 120 {
            let character = text[index]
            let next = text.index(after: index)
            if character == "(" || character == "[" { depth += 1 }
            if character == ")" || character == "]" { depth = max(0, depth - 1) }
            if character == ":", depth > 0 {
                index = next
                count += 1
                continue
            }
            if character == ":" {
                guard next == text.endIndex || spaces.contains(text[next]) else { return nil }
                return (index, next)
            }
            if character == "." {
                var after = next
                while after < text.endIndex, spaces.contains(text[after]) { after = text.index(after: after) }
                if after < text.endIndex, text[after] == "–" || text[after] == "—" || (text[after] == "-" && after > next) {
                    let restStart = text.index(after: after)
                    if restStart == text.endIndex || spaces.contains(text[restStart]) { return (index, restStart) }
                }
            }
            index = next
            count += 1
        }
        return nil
    }

    /// Whether `candidate` reads as a speaker's name or role rather than a piece of a sentence.
    static func isName(_ candidate: Substring) -> Bool {
        guard !candidate.isEmpty, candidate.count <= 80 else { return false }
        var candidate = candidate
        // `C#`, `F#`: one `#` may end a name right after a letter (the `#` of `C++`'s family).
        if candidate.hasSuffix("#"), candidate.dropLast().last?.isLetter == true { candidate = candidate.dropLast() }
        let forbidden: Set<Character> = ["«", "»", "\"", "“", "”", "„", "?", "!", ";", "=", "<", ">", "/", "\\", "|", "*", "_", "#", "@", "[", "]", "{", "}", ":", "…"]
        guard !candidate.contains(where: { forbidden.contains($0) }) else { return false }
        let parts = candidate.split(separator: ",", maxSplits: 1)
        // `,:` or `, :`: a label of commas only has no name.
        guard let head = parts.first else { return false }
        let nameWords = head.split(whereSeparator: { spaces.contains($0) })
        guard let first = nameWords.first, (1...maximumWords).contains(nameWords.count) else { return false }
        guard let initial = first.first, initial.isUppercase else { return false }
        let firstLower = first.lowercased()
        guard !remarkWords.contains(firstLower), !remarkWords.contains(candidate.lowercased()) else { return false }
        guard !(nameWords.count == 1 && sentenceWords.contains(firstLower)) else { return false }
        let afterHonorific = honorifics.contains(firstLower)
        if parts.count == 2 {
            // A role after a comma: only after an honorific, and short.
            let roleWords = parts[1].split(whereSeparator: { spaces.contains($0) })
            guard afterHonorific, !roleWords.isEmpty, nameWords.count + roleWords.count <= 12 else { return false }
        }
        if parts.count == 2, parts[1].split(whereSeparator: { spaces.contains($0) }).contains(where: { verbs.contains($0.lowercased()) }) {
            return false
        }
        var seenName = false
        for word in nameWords.dropFirst() {
            guard let head = word.first else { continue }
            if head.isUppercase || word.allSatisfy(\.isNumber) {
                seenName = true
                continue
            }
            let lower = word.lowercased()
            if particles.contains(lower) { continue }
            if let apostrophe = lower.firstIndex(where: { $0 == "'" || $0 == "’" }),
                particles.contains(String(lower[...apostrophe]))
            {
                continue
            }
            // `M. le président`, `Mme la rapporteure`: a role between the honorific and any name,
            // never a verb (`M. le président a dit :` is prose).
            if afterHonorific, !seenName, head.isLetter, !verbs.contains(lower) { continue }
            return false
        }
        // A name does not end a sentence: `Il est parti. – …` is not a label.
        if candidate.hasSuffix("."), !(nameWords.count == 1 && candidate.count <= 4) {
            let lastWord = nameWords.last!.lowercased()
            if !honorifics.contains(lastWord) { return false }
        }
        return true
    }
}
