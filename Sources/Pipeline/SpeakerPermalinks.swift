import Model

/// Speaker page ids that stay put from run to run, as transcript slugs do, so that a speaker
/// page's permalink (`speakers/<id>/`) does not move when seeds are added.
///
/// ``Annotate/SpeakerMerger`` numbers speakers whose names give the same slug (`C` and `C#`: `c`,
/// `c-2`) in the order they first appear across the seeds, so a new seed that sorts earlier
/// would renumber speakers published before. This pass runs after it:
/// 1. A speaker published before keeps the id it had, read back from the previous
///    `data/transcripts.json` (``PreviousPublication/publishedSpeakerID(seedPath:name:occurrence:)``:
///    the id listed for the same name in the transcript of the same seed), while that id still
///    fits: the merger's id, its base (the slug of the speaker's name), or a number of it. When
///    several of the speaker's transcripts list an id, the first in seed-path order that no
///    earlier speaker holds wins.
/// 2. Every other speaker keeps the merger's id when nobody holds it; the rest (new speakers
///    whose id a published one holds) take the next free number of their base.
///
/// Speakers declared in `speakers.yml` keep their declared ids. The result depends only on the
/// transcripts (in seed-path order) and the previous data, never on the order files are listed
/// in or the number of threads. With no previous data (a first run, an empty output folder) the
/// ids are the merger's.
enum SpeakerPermalinks {
    /// One place a speaker stands in: a transcript's seed and the name it bears there, and which
    /// of that name's speakers in that transcript it is (0 for the first).
    typealias Appearance = (seedPath: String, name: String, occurrence: Int)

    /// The transcripts with every speaker id that a previous publication holds for another
    /// speaker renamed as described above (speakers, quotations and turns alike).
    /// - Parameters:
    ///   - transcripts: the merged transcripts, in seed-path order.
    ///   - declared: the ids `speakers.yml` declares; they are never renamed nor given to another.
    ///   - published: the id a speaker appearance was published under last time, if any.
    /// - Returns: the same transcripts, same order; unchanged when no id moves.
    static func stabilize(
        _ transcripts: [Transcript], declared: Set<String>, published: (Appearance) -> String?
    ) -> [Transcript] {
        // Each undeclared speaker (merger id) with its names and appearances, in the order they
        // first appear (transcript, then speaker).
        var order: [String] = []
        var names: [String: [String]] = [:]
        var appearances: [String: [Appearance]] = [:]
        for transcript in transcripts {
            var occurrences: [String: Int] = [:]
            for speaker in transcript.speakers {
                let occurrence = occurrences[speaker.name, default: 0]
                occurrences[speaker.name] = occurrence + 1
                guard !declared.contains(speaker.id) else { continue }
                if appearances[speaker.id] == nil { order.append(speaker.id) }
                appearances[speaker.id, default: []].append((transcript.seedPath, speaker.name, occurrence))
                if names[speaker.id]?.contains(speaker.name) != true { names[speaker.id, default: []].append(speaker.name) }
            }
        }
        guard !order.isEmpty else { return transcripts }

        // The base of each id: the slug of one of the speaker's names that the id is, or is a
        // number of (`c` for `c-2` named `C#`); the id itself when no name gives it.
        func base(of id: String) -> String {
            let slugs = (names[id] ?? []).map(Slug.make(from:))
            if slugs.contains(id) { return id }
            return slugs.first { Slug.isNumbered(id, of: $0) } ?? id
        }
        var used = declared
        var final: [String: String] = [:]
        // 1. Ids held from the previous publication.
        for id in order {
            let stem = base(of: id)
            for appearance in appearances[id] ?? [] {
                guard let previous = published(appearance), !used.contains(previous),
                    previous == id || previous == stem || Slug.isNumbered(previous, of: stem)
                else { continue }
                final[id] = previous
                used.insert(previous)
                break
            }
        }
        // 2. The merger's id where nobody holds it (ids from the merger are unique).
        for id in order where final[id] == nil && !used.contains(id) {
            final[id] = id
            used.insert(id)
        }
        // 3. The next free number of the base for the rest.
        for id in order where final[id] == nil {
            let stem = base(of: id)
            var candidate = stem
            var number = 2
            while used.contains(candidate) {
                candidate = "\(stem)-\(number)"
                number += 1
            }
            final[id] = candidate
            used.insert(candidate)
        }
        let renamed = final.filter { $0.key != $0.value }
        guard !renamed.isEmpty else { return transcripts }
        return transcripts.map { rename($0, renamed) }
    }

    /// `transcript` with each speaker id that `renamed` maps renamed, all at once (a chain
    /// `c` → `c-2`, `c-2` → `c-3` is not followed).
    private static func rename(_ transcript: Transcript, _ renamed: [String: String]) -> Transcript {
        var result = transcript
        result.speakers = transcript.speakers.map { speaker in
            var speaker = speaker
            speaker.id = renamed[speaker.id] ?? speaker.id
            return speaker
        }
        for index in result.quotations.indices {
            if let id = result.quotations[index].speakerID, let new = renamed[id] { result.quotations[index].speakerID = new }
        }
        for index in result.blocks.indices {
            if let id = result.blocks[index].turn?.speakerID, let new = renamed[id] { result.blocks[index].turn?.speakerID = new }
        }
        return result
    }
}
