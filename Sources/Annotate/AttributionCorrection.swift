import Model

extension AttributionCorrection {
    /// Applies corrections to a transcript.
    ///
    /// Each correction changes the first quotation (direct or reported) whose id equals
    /// `quotation`, else whose text starts with it, else whose text starts with it read without
    /// regard to case, quote marks and spaces (``matchKey(_:)``). The speaker is found by id, then by name or
    /// alias (case-sensitive), among the transcript's speakers, its front-matter speakers and the
    /// directory; an unknown name becomes a new speaker with a slug id. The attribution becomes rule
    /// `correction`, confidence 1, the cue and mention kept. A mention corrected to a speaker
    /// becomes direct. Speakers left with no quotation and no turn are dropped.
    /// - Returns: the corrected transcript and the corrections that matched no quotation (to
    ///   report as warnings naming the file).
    public static func apply(_ corrections: [AttributionCorrection], to transcript: Transcript,
                             directory: SpeakerDirectory = .empty) -> (Transcript, unmatched: [AttributionCorrection]) {
        let applied = applyReporting(corrections, to: transcript, directory: directory)
        return (applied.transcript, applied.unmatched)
    }

    /// What ``applyReporting(_:to:directory:)`` did: the corrected transcript, and the
    /// corrections to report.
    public struct Outcome: Sendable {
        /// The transcript with the corrections applied.
        public var transcript: Transcript
        /// Corrections that matched no quotation (not applied).
        public var unmatched: [AttributionCorrection]
        /// Corrections by the start of a text that more than one quotation starts with, each
        /// with the ids of those quotations in document order; it was applied to the first only.
        public var ambiguous: [Ambiguity]
        /// Pairs of corrections that reach one quotation (by its id, or by the start of its
        /// text), in the order written; the later one is applied, as before.
        public var repeated: [Repeat] = []

        /// Every warning the corrections call for, in this order: each unmatched correction,
        /// each pair reaching one quotation (``Repeat/warning(file:line:earlierFile:earlierLine:)``),
        /// each ambiguous one (``Ambiguity/warning(file:line:)``); each at the place `place` gives
        /// for a correction's `quotation` key (the front matter's or sidecar's file and line that
        /// writes it). `generate` and `annotate` both report them so.
        public func warnings(at place: (String) -> (file: String, line: Int?)) -> [Diagnostic] {
            let unmatchedWarnings = unmatched.map { correction in
                let at = place(correction.quotation)
                return Diagnostic(
                    .warning, file: at.file, line: at.line,
                    message: "the attribution correction for `\(correction.quotation)` matches no quotation; it was not applied",
                    hint: "name a quotation by its id (q-…) or by the first words of its text")
            }
            let repeatedWarnings = repeated.map { pair in
                let later = place(pair.later.quotation), earlier = place(pair.earlier.quotation)
                return pair.warning(file: later.file, line: later.line, earlierFile: earlier.file, earlierLine: earlier.line)
            }
            let ambiguousWarnings = ambiguous.map { ambiguity in
                let at = place(ambiguity.correction.quotation)
                return ambiguity.warning(file: at.file, line: at.line)
            }
            return unmatchedWarnings + repeatedWarnings + ambiguousWarnings
        }
    }

    /// Two corrections that reach one quotation: the later one wins.
    public struct Repeat: Sendable {
        /// The correction written first, whose speaker was replaced.
        public var earlier: AttributionCorrection
        /// The correction written later, which is applied.
        public var later: AttributionCorrection
        /// The id of the quotation both reach.
        public var id: String

        /// The warning at `file`:`line` (where the later correction is written), naming the
        /// earlier one's line `earlierLine` (in `earlierFile` when that is another file, e.g.
        /// the seed and its sidecar), e.g. `the attribution correction for `We will` reaches
        /// quotation `q-1`, which the correction for `q-1` (line 4) reaches too; this later
        /// one (ann) is applied, the earlier one (bob) is not`.
        public func warning(file: String, line: Int?, earlierFile: String, earlierLine: Int?) -> Diagnostic {
            let place = earlierLine.map { earlierFile == file ? "line \($0)" : "\(earlierFile):\($0)" } ?? earlierFile
            return Diagnostic(
                .warning, file: file, line: line,
                message: "the attribution correction for `\(later.quotation)` reaches quotation `\(id)`, which the correction for `\(earlier.quotation)` (\(place)) reaches too; this later one (\(later.speaker ?? "null")) is applied, the earlier one (\(earlier.speaker ?? "null")) is not",
                hint: "keep one correction per quotation")
        }
    }

    /// A correction by text start that several quotations start with.
    public struct Ambiguity: Sendable {
        /// The correction, as written.
        public var correction: AttributionCorrection
        /// The ids of the quotations whose text starts with it, in document order (two or more).
        public var ids: [String]

        /// The warning about it at `file`:`line` (where the correction is written): it names
        /// every quotation by id, says that the first was corrected, and asks for the id of the
        /// one meant, e.g. `the attribution correction for `We will` matches 2 quotations,
        /// `q-1` and `q-2`; it was applied to the first, `q-1`, only (name the quotation by its
        /// id instead of its first words, one line each: `q-1: bob`)`.
        public func warning(file: String, line: Int?) -> Diagnostic {
            let quoted = ids.map { "`\($0)`" }
            let listed = quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
            return Diagnostic(
                .warning, file: file, line: line,
                message: "the attribution correction for `\(correction.quotation)` matches \(ids.count) quotations, \(listed); it was applied to the first, \(quoted[0]), only",
                hint: "name the quotation by its id instead of its first words, one line each: `\(ids[0]): \(correction.speaker ?? "null")`")
        }
    }

    /// `text` as a correction by text start is matched when it matches no quotation as written:
    /// lowercased, every apostrophe (`’`, `‘`, `ʼ`) as `'`, every double quote mark (`"`, `“`,
    /// `”`, `„`, `«`, `»`) as a space, runs of white space (no-break spaces too) as one space,
    /// trimmed: `« Nous verrons »` and `"nous verrons"` are one key.
    static func matchKey(_ text: String) -> String {
        var key = ""
        var space = false
        for character in text.lowercased() {
            if character.isWhitespace || "\"“”„«»‟".contains(character) {
                space = space || !key.isEmpty
                continue
            }
            if space { key.append(" ") }
            space = false
            key.append("’‘ʼ‛".contains(character) ? "'" : character)
        }
        return key
    }

    /// Whether `text` starts with `start` in whole words: `start` is a prefix of `text` and does
    /// not end inside a word of it (`The` starts `The vote`, `The, said` and `The`, not
    /// `There`), so that a correction by its first words never reaches a quotation whose first
    /// word only begins the same way.
    static func starts(_ text: String, with start: String) -> Bool {
        guard text.hasPrefix(start), let last = start.last else { return false }
        guard let next = text.dropFirst(start.count).first else { return true }
        let inWord = { (character: Character) in character.isLetter || character.isNumber }
        return !(inWord(last) && inWord(next))
    }

    /// As ``apply(_:to:directory:)``, and says which corrections by text start matched several
    /// quotations (with different ids): such a correction is applied to the first, as before,
    /// and ``Outcome/ambiguous`` lists it with every id it matched, so that the caller can warn
    /// and ask for the quotation's id, which names one quotation.
    public static func applyReporting(_ corrections: [AttributionCorrection], to transcript: Transcript,
                                      directory: SpeakerDirectory = .empty) -> Outcome {
        var result = transcript
        var unmatched: [AttributionCorrection] = []
        var ambiguous: [Ambiguity] = []
        var repeated: [Repeat] = []
        var correctedBy: [Int: AttributionCorrection] = [:]
        let known = transcript.speakers + transcript.metadata.speakers + directory.speakers
        for correction in corrections {
            let byID = result.quotations.firstIndex(where: { $0.id == correction.quotation })
            var byStart = byID == nil ? result.quotations.indices.filter { Self.starts(result.quotations[$0].text, with: correction.quotation) } : []
            // None as written: the start read without regard to case, quote marks and spaces
            // (`we will see` for `We will see`, `l'État` for `l’État`), as a reviewer retypes it.
            if byID == nil, byStart.isEmpty, case let wanted = Self.matchKey(correction.quotation), !wanted.isEmpty {
                byStart = result.quotations.indices.filter { Self.starts(Self.matchKey(result.quotations[$0].text), with: wanted) }
            }
            if byID == nil {
                var ids: [String] = []
                for index in byStart where !ids.contains(result.quotations[index].id) { ids.append(result.quotations[index].id) }
                if ids.count > 1 { ambiguous.append(Ambiguity(correction: correction, ids: ids)) }
            }
            guard let index = byID ?? byStart.first else {
                unmatched.append(correction)
                continue
            }
            if let earlier = correctedBy[index] {
                repeated.append(Repeat(earlier: earlier, later: correction, id: result.quotations[index].id))
            }
            correctedBy[index] = correction
            var attribution = result.quotations[index].attribution
            attribution.rule = "correction"
            attribution.confidence = 1
            guard let wanted = correction.speaker else {
                result.quotations[index].speakerID = nil
                attribution.confidence = 0
                result.quotations[index].attribution = attribution
                continue
            }
            let speaker = known.first { $0.id == wanted }
                ?? known.first { $0.name == wanted || $0.aliases.contains(wanted) }
                ?? Speaker(id: Slug.make(from: wanted), name: wanted)
            if !result.speakers.contains(where: { $0.id == speaker.id }) { result.speakers.append(speaker) }
            if result.quotations[index].kind == .mention { result.quotations[index].kind = .direct }
            result.quotations[index].speakerID = speaker.id
            result.quotations[index].attribution = attribution
        }
        // Speakers in order of first quotation or turn, as the annotator gives them.
        var order: [String] = []
        var seen: Set<String> = []
        for block in result.blocks { if let id = block.turn?.speakerID, seen.insert(id).inserted { order.append(id) } }
        for quotation in result.quotations { if let id = quotation.speakerID, seen.insert(id).inserted { order.append(id) } }
        let used = Set(order)
        result.speakers = result.speakers.filter { used.contains($0.id) }
        return Outcome(transcript: result, unmatched: unmatched, ambiguous: ambiguous, repeated: repeated)
    }
}
