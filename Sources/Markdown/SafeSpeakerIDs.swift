import Model

/// The speaker ids of one annotated Markdown file, each made safe to name a page folder
/// (`speakers/<id>/`).
///
/// An id is safe when it is its own ``Model/Slug`` (`jean-dupont`): a hand-edited `who=a/b`,
/// `who=..`, `who=.hidden`, `who=ZOE` or a front-matter key `~:` would otherwise lead a page
/// out of its folder, hide it, or collide with `zoe` on a file system that ignores case. Such an
/// id is replaced by its slug (`a-b`, `untitled-…`, `hidden`, `zoe`) with a warning at its line,
/// so that the rest of the document is still published. The same written id gets the same
/// replacement everywhere in the file. A speaker listed in the front matter whose slug is
/// already another listed speaker's id gets `-2`, `-3`… so two listed speakers never merge; an
/// id only written in the body joins the speaker with that slug.
struct SafeSpeakerIDs {
    private var replacements: [String: String] = [:]
    private var used: Set<String> = []
    let file: String

    init(file: String) { self.file = file }

    /// Whether `id` can stand as it is.
    static func isSafe(_ id: String) -> Bool { !id.isEmpty && Slug.make(from: id) == id }

    /// Gives the front matter's speakers safe, distinct ids, in order.
    /// - Parameter lines: the file line of each speaker's id (nil when unknown).
    mutating func listed(_ speakers: [Speaker], lines: [String: Int], warnings: inout [Diagnostic]) -> [Speaker] {
        for speaker in speakers where Self.isSafe(speaker.id) { used.insert(speaker.id) }
        var seen: Set<String> = []
        var result: [Speaker] = []
        for var speaker in speakers {
            let written = speaker.id
            if Self.isSafe(written) {
                guard seen.insert(written).inserted else { continue }
                result.append(speaker)
                continue
            }
            if let done = replacements[written] {
                speaker.id = done
            } else {
                let base = Slug.make(from: written)
                var candidate = base
                var count = 1
                while used.contains(candidate) {
                    count += 1
                    candidate = base + "-\(count)"
                }
                used.insert(candidate)
                replacements[written] = candidate
                warnings.append(Self.warning(written, candidate, file: file, line: lines[written]))
                speaker.id = candidate
            }
            guard seen.insert(speaker.id).inserted else { continue }
            result.append(speaker)
        }
        return result
    }

    /// The safe id for `id` written at `line` of the body, with a warning the first time an
    /// unsafe id is replaced.
    mutating func body(_ id: String?, line: Int, warnings: inout [Diagnostic]) -> String? {
        guard let id, !id.isEmpty else { return nil }
        if let done = replacements[id] { return done }
        if Self.isSafe(id) { return id }
        let safe = Slug.make(from: id)
        replacements[id] = safe
        warnings.append(Self.warning(id, safe, file: file, line: line))
        return safe
    }

    private static func warning(_ written: String, _ safe: String, file: String, line: Int?) -> Diagnostic {
        let shown = written.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\u{FFFD}" : String($0) }.joined()
        return Diagnostic(
            .warning, file: file, line: line,
            message: "speaker id '\(shown)' is not a slug (a page folder name); it was read as '\(safe)'",
            hint: "write speaker ids in lowercase letters, digits and `-`, such as `\(safe)`")
    }
}
