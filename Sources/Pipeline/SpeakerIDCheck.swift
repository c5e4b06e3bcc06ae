import Model
import Site

/// The last pass over speaker ids before the site is built (after ``Annotate/SpeakerMerger`` and
/// ``SpeakerPermalinks``): every id names one speaker page folder (`speakers/<id>/`), and no two
/// ids of the site differ only by case.
///
/// 1. An id that cannot be a folder name (``Site/SitePath/isValidSegment(_:)``: `a/b`, `..`, a
///    control character), which a plain seed's front matter or a sidecar file may declare, is
///    replaced by its ``Model/Slug`` (`a-b`) with a warning at the seed's first line where the
///    speaker speaks or is quoted, so that one bad seed never stops the site.
/// 2. Ids that differ only by case (`Ann-Lee` in one seed, `ann-lee` in another) would be two
///    pages in one folder on a file system that ignores case (macOS, Windows): they are one
///    speaker, under the id `speakers.yml` declares, else the one the first seed in seed-path
///    order uses; a warning at the other place names both.
///
/// Deterministic: the result depends only on the transcripts' order and the declared ids.
enum SpeakerIDCheck {
    /// A place an id was first seen: a seed path (nil for `speakers.yml`) and a 1-based line.
    struct Place {
        var seedPath: String?
        var line: Int?
    }

    /// - Parameters:
    ///   - transcripts: the merged transcripts, in seed-path order.
    ///   - declared: the ids `speakers.yml` declares, in file order (valid, distinct but for case:
    ///     ``SiteGenerator/loadSpeakerDirectory(seedsDirectory:)``).
    ///   - speakersFile: how `speakers.yml` is named inside a message (`seeds/speakers.yml`).
    ///   - shown: how a seed path is named inside a message (`seeds/a.md`).
    /// - Returns: the same transcripts, same order, with ids renamed in speakers, quotations and
    ///   turns (two speakers of one transcript that become one are one, the first's name kept and
    ///   the other's name added to its aliases), and the warnings, whose `file` is the seed path.
    static func apply(
        _ transcripts: [Transcript], declared: [String], speakersFile: String = "speakers.yml", shown: (String) -> String = { $0 }
    ) -> (transcripts: [Transcript], warnings: [Diagnostic]) {
        var canonical: [String: (id: String, place: Place)] = [:]
        for id in declared where canonical[id.lowercased()] == nil { canonical[id.lowercased()] = (id, Place()) }
        var warnings: [Diagnostic] = []
        var renamed: [[String: String]] = Array(repeating: [:], count: transcripts.count)
        // The id each written id is read as, decided where it is first seen.
        var decided: [String: String] = [:]
        for (t, transcript) in transcripts.enumerated() {
            for id in ids(of: transcript) {
                // (An id already checked in an earlier seed gets the same answer, without a second warning.)
                if let done = decided[id] {
                    renamed[t][id] = done
                    continue
                }
                let line = SiteGenerator.firstLine(of: id, in: transcript)
                var safe = id
                if !SitePath.isValidSegment(id) {
                    safe = Slug.make(from: id)
                    let written = ControlCharacters.visible(id)
                    warnings.append(Diagnostic(
                        .warning, file: transcript.seedPath, line: line,
                        message: "speaker id '\(written)' cannot name a speaker page folder; it was read as '\(safe)'",
                        hint: "write the speaker's id in letters, digits and `-`, such as `\(safe)`, in the seed's front matter or its sidecar file"))
                }
                if let first = canonical[safe.lowercased()] {
                    if first.id != safe {
                        let place = first.place.seedPath.map { shown($0) + (first.place.line.map { ":\($0)" } ?? "") } ?? speakersFile
                        warnings.append(Diagnostic(
                            .warning, file: transcript.seedPath, line: line,
                            message: "speaker id '\(safe)' differs from '\(first.id)' (\(place)) only by case, and their pages would share one folder on macOS and Windows; both are read as the speaker '\(first.id)'",
                            hint: "write the id one way everywhere, `\(first.id)`"))
                        safe = first.id
                    }
                } else {
                    canonical[safe.lowercased()] = (safe, Place(seedPath: transcript.seedPath, line: line))
                }
                decided[id] = safe
                renamed[t][id] = safe
            }
        }
        guard renamed.contains(where: { $0.contains { $0.key != $0.value } }) else { return (transcripts, warnings) }
        let result = transcripts.enumerated().map { t, transcript in
            rename(transcript, renamed[t].filter { $0.key != $0.value })
        }
        return (result, warnings)
    }

    /// Every speaker id of `transcript`, each once: its speakers', then its turns' and quotations'
    /// in document order.
    private static func ids(of transcript: Transcript) -> [String] {
        var seen: Set<String> = []
        var order: [String] = []
        for id in transcript.speakers.map(\.id) + transcript.blocks.compactMap(\.turn?.speakerID)
            + transcript.quotations.compactMap(\.speakerID) where seen.insert(id).inserted {
            order.append(id)
        }
        return order
    }

    private static func rename(_ transcript: Transcript, _ renamed: [String: String]) -> Transcript {
        guard !renamed.isEmpty else { return transcript }
        var result = transcript
        var speakers: [Speaker] = []
        for var speaker in transcript.speakers {
            speaker.id = renamed[speaker.id] ?? speaker.id
            if let existing = speakers.firstIndex(where: { $0.id == speaker.id }) {
                speakers[existing].absorb(names: [speaker.name] + speaker.aliases, role: speaker.role)
                continue
            }
            speakers.append(speaker)
        }
        result.speakers = speakers
        for index in result.quotations.indices {
            if let id = result.quotations[index].speakerID, let new = renamed[id] { result.quotations[index].speakerID = new }
        }
        for index in result.blocks.indices {
            if let id = result.blocks[index].turn?.speakerID, let new = renamed[id] { result.blocks[index].turn?.speakerID = new }
        }
        return result
    }
}
