import Model

/// The speaker ids of one annotated Markdown file, each made safe to name a page folder
/// (`speakers/<id>/`).
///
/// An id is safe when it follows the one rule of every reader (``Model/SpeakerID/isSafe(_:)``:
/// one folder name, not hidden, at most 255 bytes, without white space or a character that
/// means something in a URL, HTML, a shell or a Windows file name), and not the same as another id of the file but for
/// case (`zoe`, `ZOE`: one folder on a file system that ignores case). Ids a `speakers.yml`
/// may choose (`JDupont`) stay as they are. An unsafe id (`who=a/b`, `who=..`, `who=.hidden`, a
/// front-matter key `~`) is replaced by its ``Model/Slug`` (`a-b`, `hidden`, `untitled-…`) with a
/// warning at its line, so that the rest of the document is still published; the same written
/// id gets the same replacement everywhere in the file. Ids that differ only by case are one
/// speaker, as they are across a site (`Pipeline`'s `SpeakerIDCheck`) and in any other seed's
/// front matter: a listed id written again in another case (`Ann`, then `ann`) joins the first
/// one listed, its name kept as an alias, with a warning at its line; so does such an id written
/// only in the body. A listed speaker whose unsafe id's slug is already another listed speaker's
/// id gets `-2`, `-3`… (they are two ids, not one written two ways); an unsafe id only written
/// in the body joins the speaker with its slug.
struct SafeSpeakerIDs {
    private var replacements: [String: String] = [:]
    /// Ids in use, by their lowercased form.
    private var claimed: [String: String] = [:]
    let file: String

    init(file: String) { self.file = file }

    /// Whether `id` can name a folder by itself (case aside): ``Model/SpeakerID/isSafe(_:)``.
    static func isSafe(_ id: String) -> Bool { SpeakerID.isSafe(id) }

    /// Whether `id` can stand as it is in this file: safe, and no other id of the file differs
    /// from it only by case.
    private func canStand(_ id: String) -> Bool {
        Self.isSafe(id) && (claimed[id.lowercased()] ?? id) == id
    }

    /// Gives the front matter's speakers safe, distinct ids, in order.
    /// - Parameter lines: the file line of each speaker's id (nil when unknown).
    mutating func listed(_ speakers: [Speaker], lines: [String: Int], warnings: inout [Diagnostic]) -> [Speaker] {
        // The first listed of ids that differ only by case stands.
        for speaker in speakers where Self.isSafe(speaker.id) && claimed[speaker.id.lowercased()] == nil {
            claimed[speaker.id.lowercased()] = speaker.id
        }
        var result: [Speaker] = []
        for var speaker in speakers {
            let written = speaker.id
            if let done = replacements[written] {
                speaker.id = done
            } else if Self.isSafe(written), let first = claimed[written.lowercased()], first != written {
                replacements[written] = first
                warnings.append(Diagnostic(
                    .warning, file: file, line: lines[written],
                    message: SpeakerID.caseClash(ControlCharacters.visible(written), first: first, place: lines[first].map { "line \($0)" })
                        + "; both are read as the speaker '\(first)'",
                    hint: "write the id one way everywhere, `\(first)`"))
                speaker.id = first
            } else if !canStand(written) {
                let base = Slug.make(from: written)
                var candidate = base
                var count = 1
                while claimed[candidate.lowercased()] != nil {
                    count += 1
                    candidate = base + "-\(count)"
                }
                claimed[candidate.lowercased()] = candidate
                replacements[written] = candidate
                warnings.append(Self.warning(written, candidate, file: file, line: lines[written]))
                speaker.id = candidate
            }
            if let existing = result.firstIndex(where: { $0.id == speaker.id }) {
                result[existing].absorb(names: [speaker.name] + speaker.aliases, role: speaker.role)
                continue
            }
            result.append(speaker)
        }
        return result
    }

    /// The safe id for `id` written at `line` of the body, with a warning the first time an
    /// unsafe id is replaced.
    mutating func body(_ id: String?, line: Int, warnings: inout [Diagnostic]) -> String? {
        guard let id, !id.isEmpty else { return nil }
        if let done = replacements[id] { return done }
        if canStand(id) {
            claimed[id.lowercased()] = id
            return id
        }
        let safe = Self.isSafe(id) ? claimed[id.lowercased()]! : Slug.make(from: id)
        if claimed[safe.lowercased()] == nil { claimed[safe.lowercased()] = safe }
        replacements[id] = safe
        warnings.append(Self.warning(id, safe, file: file, line: line))
        return safe
    }

    private static func warning(_ written: String, _ safe: String, file: String, line: Int?) -> Diagnostic {
        let shown = ControlCharacters.visible(written)
        return Diagnostic(
            .warning, file: file, line: line,
            message: "speaker id '\(shown)' cannot name a speaker page folder (or differs from another only by case); it was read as '\(safe)'",
            hint: "write each speaker id one way, in letters, digits and `-`, such as `\(safe)`")
    }
}
