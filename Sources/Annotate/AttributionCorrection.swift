import Model

extension AttributionCorrection {
    /// Applies corrections to a transcript.
    ///
    /// Each correction changes the first quotation (direct or reported) whose id equals
    /// `quotation`, else whose text starts with it. The speaker is found by id, then by name or
    /// alias (case-sensitive), among the transcript's speakers, its front-matter speakers and the
    /// directory; an unknown name becomes a new speaker with a slug id. The attribution becomes rule
    /// `correction`, confidence 1, the cue and mention kept. A mention corrected to a speaker
    /// becomes direct. Speakers left with no quotation and no turn are dropped.
    /// - Returns: the corrected transcript and the corrections that matched no quotation (to
    ///   report as warnings naming the file).
    public static func apply(_ corrections: [AttributionCorrection], to transcript: Transcript,
                             directory: SpeakerDirectory = .empty) -> (Transcript, unmatched: [AttributionCorrection]) {
        var result = transcript
        var unmatched: [AttributionCorrection] = []
        let known = transcript.speakers + transcript.metadata.speakers + directory.speakers
        for correction in corrections {
            guard let index = result.quotations.firstIndex(where: { $0.id == correction.quotation })
                    ?? result.quotations.firstIndex(where: { $0.text.hasPrefix(correction.quotation) }) else {
                unmatched.append(correction)
                continue
            }
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
        return (result, unmatched)
    }
}
