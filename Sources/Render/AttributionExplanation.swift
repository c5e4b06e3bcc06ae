/// The sentence a reader sees on hover or focus of a quotation: who said it and why Verbatim
/// thinks so (DESIGN.md, "Attribution": every attribution keeps the rule, the cue, the mention it
/// resolved through and a confidence), in the document's language (French or English; English
/// for the others).
///
/// Example (fr): `Nursultan Nazarbayev — « déclaré », verbe avant la citation ; désigné par
/// « M. Nazarbayev » ; confiance 0,90`.
enum AttributionExplanation {
    /// Rule ids (as the Annotate stage writes them) and what they mean, French then English.
    static let rules: [String: (fr: String, en: String)] = [
        "turn": ("tour de parole", "speaker turn"),
        "narrator": ("narrateur à la première personne", "first-person narrator named by the title"),
        "cue-after": ("verbe après la citation", "speech verb after the quotation"),
        "incise": ("incise dans la citation", "speech verb inside the quotation"),
        "cue-before": ("verbe avant la citation", "speech verb before the quotation"),
        "colon-before": ("introduite par deux-points", "introduced by a colon"),
        "participle": ("participe de la phrase précédente", "participle of the sentence before"),
        "according-to": ("source citée (selon …)", "source named (according to …)"),
        "subject-before": ("sujet juste avant la citation", "subject right before the quotation"),
        "subject-after": ("sujet de la phrase qui suit", "subject of the sentence after"),
        "carry-over": ("suite du locuteur précédent", "carried over from the previous speaker"),
        "in-view": ("personne ou organisation nommée juste avant", "person or organisation mentioned just before"),
        "answer": ("réponse à la question qui précède", "answer to the question before"),
        "blockquote": ("citation en bloc annoncée", "announced block quotation"),
        "hypothetical": ("paroles supposées, personne ne les a dites", "imagined words, said by no one"),
        "notice": ("texte d'un panneau ou d'un avis, à qui l'a posé", "text of a sign or notice, whoever put it up"),
        "written-source": ("texte d'un écrit, à son auteur", "text of a written document, its author"),
        "reported-that": ("discours rapporté après le verbe", "reported speech after the verb"),
        "correction": ("corrigée à la main", "corrected by hand"),
        "manual": ("attribuée à la main", "set by hand"),
        "none": ("non attribuée", "not attributed"),
    ]

    /// The explanation for one quotation.
    /// - Parameters:
    ///   - speaker: the speaker's display name, or nil when unattributed.
    ///   - cue: the speech verb as written, if any.
    ///   - rule: the rule id; an unknown id is shown as written.
    ///   - mention: the words that named the speaker, if any.
    ///   - confidence: the confidence as written in the Markdown (`0.90`), already validated.
    ///   - french: whether to write in French.
    static func text(speaker: String?, cue: String?, rule: String?, mention: String?, confidence: String?, french: Bool) -> String {
        let open = french ? "«\u{202F}" : "“"
        let close = french ? "\u{202F}»" : "”"
        var parts: [String] = []
        var head = speaker ?? (french ? "Locuteur non identifié" : "Speaker not identified")
        var how: [String] = []
        if let cue, !cue.isEmpty { how.append(open + cue + close) }
        if let rule, !rule.isEmpty, rule != "none" || speaker != nil {
            let meaning = rules[rule].map { french ? $0.fr : $0.en } ?? rule
            how.append(meaning)
        }
        if !how.isEmpty { head += " — " + how.joined(separator: ", ") }
        parts.append(head)
        // Imagined words and hand corrections name no one through the text.
        if let mention, !mention.isEmpty, mention != speaker, rule != "hypothetical", rule != "correction" {
            parts.append((french ? "désigné par " : "named as ") + open + mention + close)
        }
        if let confidence, speaker != nil {
            parts.append((french ? "confiance " : "confidence ") + (french ? confidence.replacingOccurrences(of: ".", with: ",") : confidence))
        }
        return parts.joined(separator: french ? " ; " : "; ")
    }
}
