import Model
import Site

/// The last pass over speaker ids before the site is built (after ``Annotate/SpeakerMerger`` and
/// ``SpeakerPermalinks``): every id names one speaker page folder (`speakers/<id>/`), and no two
/// ids of the site differ only by case.
///
/// 1. An id that fails the one rule of every reader (``Model/SpeakerID/isSafe(_:)``: `a/b`, `..`,
///    `ann lee`, `a:b`, a control character, over 255 bytes), which a plain seed's front matter
///    or a sidecar file may declare, is replaced by its ``Model/Slug`` (`a-b`, `ann-lee`) with a
///    warning at the line that declares the id (the seed's front matter or its sidecar), else at
///    the seed's first line where the speaker speaks or is quoted, so that one bad seed never
///    stops the site and the annotated Markdown written from it reads back to the same page.
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
    ///   - declared: the speakers `speakers.yml` declares, in file order (valid ids, distinct but
    ///     for case: ``SiteGenerator/loadSpeakerDirectory(seedsDirectory:)``). The file is
    ///     canonical: a seed's speaker read as one of them takes its name, the seed's name going
    ///     to the aliases.
    ///   - speakersFile: how `speakers.yml` is named inside a message (`seeds/speakers.yml`).
    ///   - declaredLine: the 1-based line where `speakers.yml` writes an id (as it writes it), when known.
    ///   - shown: how a seed path is named inside a message (`seeds/a.md`).
    ///   - declaredAt: where a seed (by seed path) writes a speaker id (as written), when known:
    ///     ``Model/MetadataLines/speakers``.
    /// - Returns: the same transcripts, same order, with ids renamed in speakers, quotations and
    ///   turns (two speakers of one transcript that become one are one, the first's name kept and
    ///   the other's name added to its aliases), and the warnings, whose `file` is the seed path.
    static func apply(
        _ transcripts: [Transcript], declared: [Speaker], speakersFile: String = "speakers.yml",
        declaredLine: (String) -> Int? = { _ in nil }, shown: (String) -> String = { $0 },
        declaredAt: (_ seedPath: String, _ id: String) -> MetadataLines.Place? = { _, _ in nil }
    ) -> (transcripts: [Transcript], warnings: [Diagnostic]) {
        var canonical: [String: (id: String, place: Place)] = [:]
        for id in declared.map(\.id) where canonical[id.lowercased()] == nil {
            canonical[id.lowercased()] = (id, Place(line: declaredLine(id)))
        }
        let declaredByID = Dictionary(declared.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
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
                let declaration = declaredAt(transcript.seedPath, id)
                let file = declaration?.file ?? transcript.seedPath
                let line = declaration?.line ?? SiteGenerator.firstLine(of: id, in: transcript)
                var safe = id
                if !SpeakerID.isSafe(id) {
                    safe = Slug.make(from: id)
                    warnings.append(Diagnostic(
                        .warning, file: file, line: line,
                        message: "speaker id \(SpeakerID.describedProblem(id)); it was read as '\(safe)'",
                        hint: "write the speaker's id in letters, digits and `-`, such as `\(safe)`, in the seed's front matter or its sidecar file"))
                }
                if let first = canonical[safe.lowercased()] {
                    if first.id != safe {
                        let place = (first.place.seedPath.map(shown) ?? speakersFile) + (first.place.line.map { ":\($0)" } ?? "")
                        warnings.append(Diagnostic(
                            .warning, file: file, line: line,
                            message: SpeakerID.caseClash(safe, first: first.id, place: place) + "; both are read as the speaker '\(first.id)'",
                            hint: "write the id one way everywhere, `\(first.id)`"))
                        safe = first.id
                    }
                } else {
                    canonical[safe.lowercased()] = (safe, Place(seedPath: file, line: line))
                }
                decided[id] = safe
                renamed[t][id] = safe
            }
        }
        guard renamed.contains(where: { $0.contains { $0.key != $0.value } }) else { return (transcripts, warnings) }
        let result = transcripts.enumerated().map { t, transcript in
            rename(transcript, renamed[t].filter { $0.key != $0.value }, declared: declaredByID)
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

    private static func rename(_ transcript: Transcript, _ renamed: [String: String], declared: [String: Speaker]) -> Transcript {
        guard !renamed.isEmpty else { return transcript }
        var result = transcript
        var speakers: [Speaker] = []
        for var speaker in transcript.speakers {
            if let id = renamed[speaker.id] {
                speaker.id = id
                // `speakers.yml` is canonical: its name wins over the seed's.
                if let canonical = declared[id], canonical.name != speaker.name {
                    speaker.aliases = [speaker.name] + speaker.aliases.filter { $0 != canonical.name && $0 != speaker.name }
                    speaker.name = canonical.name
                    if speaker.role == nil { speaker.role = canonical.role }
                }
            }
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
