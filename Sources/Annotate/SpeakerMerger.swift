import Model

/// The site-wide pass that makes speakers entities across documents (DESIGN.md, "Attribution"):
/// after every document is annotated on its own, the same person gets the same ``Speaker/id``
/// in every transcript, so that the site has one speaker page per person.
///
/// Two speakers are the same entity when
/// 1. one is declared in the ``SpeakerDirectory`` and the other's id, name or one of its aliases
///    is that speaker's id, name or alias (case and accents folded);
/// 2. their full names agree (folded, `y`/`i` and doubled letters ignored:
///    `Nazarbayev` = `Nazarbaïev`);
/// 3. they share a surname and their first names are compatible (`Arnaud` / `A.`); a speaker
///    known only by a surname (`M. Nazarbaïev`) joins the one entity with that surname, and
///    stays apart when two different people share it;
/// 4. an unnamed speaker (a role phrase such as `le Président kazakh`) equals an alias of
///    exactly one named entity, learnt from a document where that entity was named with it.
///
/// 5. both are declared by their seeds (front matter, a sidecar file, annotated Markdown) under
///    the same id, and at least one of the two ids was chosen by hand (it is not the slug of its
///    speaker's name: `ann-lee: Ann Leigh`, `x: Paul`). An id written by hand names one page,
///    `speakers/<id>/`, as a `speakers.yml` id does: a user who writes it twice means that page,
///    and a site's own `index.md` files read back as seeds carry the ids the site gave, so the
///    same id there is one speaker the site had already made one (a case merge, a declared
///    speaker named two ways). Two pages `ann-lee` and `ann-lee-2` would move one of them
///    without a word; one page keeps the address that was written. Each joining is returned
///    (``IDJoin``) so that the pipeline warns naming both places. Ids that are only the slugs of
///    two different names (`C` and `C#`, both `c`) are two speakers, as rule 2 says.
///
/// Different first names never merge (`Marine Le Pen` ≠ `Jean-Marie Le Pen`); an unnamed speaker
/// (`un témoin`) that no document gave as an alias of a named one stays in its own document. Deterministic: the result
/// depends only on the transcripts' order (give them in seed-path order) and the directory.
/// Two entities whose names give the same slug (`C` and `C#`) get `c` and `c-2`, numbered in the
/// order they first appear across the site: a third is `c-3`, even when one document already
/// numbered two of them.
public enum SpeakerMerger {
    /// Gives every transcript's speakers their site-wide ids.
    /// - Parameters:
    ///   - transcripts: the annotated documents, in seed-path order.
    ///   - directory: the site's `speakers.yml`; its ids win.
    /// - Returns: the same transcripts, same order, with `speakers`, quotation `speakerID`s and
    ///   turn `speakerID`s renamed. A speaker keeps its document's name when the document named
    ///   it; otherwise it takes the entity's fullest name, the document's wording going to
    ///   `aliases`. Two speakers of one document found to be one entity become one.
    public static func merge(_ transcripts: [Transcript], directory: SpeakerDirectory = .empty) -> [Transcript] {
        mergeReportingJoins(transcripts, directory: directory).transcripts
    }

    /// Two speakers whose names differ, made one because their seeds declare them under the same
    /// id (rule 5).
    public struct IDJoin: Sendable, Hashable {
        /// The id both seeds write.
        public var id: String
        /// Index (in the given transcripts) and name of the speaker that first had the id.
        public var firstTranscript: Int
        public var firstName: String
        /// Index and name of the speaker that joined it.
        public var transcript: Int
        public var name: String

        public init(id: String, firstTranscript: Int, firstName: String, transcript: Int, name: String) {
            self.id = id
            self.firstTranscript = firstTranscript
            self.firstName = firstName
            self.transcript = transcript
            self.name = name
        }
    }

    /// As ``merge(_:directory:)``, with each pair of differently named speakers made one by rule 5
    /// (the same hand-chosen id in two seeds), in the order the later one is met.
    public static func mergeReportingJoins(_ transcripts: [Transcript], directory: SpeakerDirectory = .empty) -> (
        transcripts: [Transcript], joins: [IDJoin]
    ) {
        var clusters: [Cluster] = directory.speakers.map { Cluster(declared: $0) }
        // Clusters by every key they answer to (surnames, full names, aliases, ids), so that a
        // speaker is compared with the few clusters that could match, not with all of them.
        var byKey: [String: Set<Int>] = [:]
        func register(_ c: Int) {
            for key in clusters[c].aliasKeys.union(clusters[c].surnames).union(clusters[c].fullNames) { byKey[key, default: []].insert(c) }
        }
        func candidates(_ keys: [String]) -> [Int] {
            keys.reduce(into: Set<Int>()) { $0.formUnion(byKey[$1] ?? []) }.sorted()
        }
        for c in clusters.indices { register(c) }
        // Where each (transcript, speaker) goes; filled in two passes: named speakers with a
        // first name first, so that a bare surname can see every person who bears it.
        var assignment: [[Int?]] = transcripts.map { Array(repeating: nil, count: $0.speakers.count) }
        // Rule 5: the cluster of each id a seed declares, whether one of its writers chose it by
        // hand, and who first wrote it.
        var byDeclaredID: [String: (cluster: Int, handSet: Bool, transcript: Int, name: String)] = [:]
        var joins: [IDJoin] = []
        func declaration(_ t: Int, _ speaker: Speaker) -> Bool? {
            guard let declared = transcripts[t].metadata.speakers.first(where: { $0.id == speaker.id }) else { return nil }
            return speaker.id != Slug.make(from: declared.name)
        }
        func noteDeclared(_ t: Int, _ speaker: Speaker, _ c: Int) {
            guard let handSet = declaration(t, speaker) else { return }
            if let known = byDeclaredID[speaker.id] {
                if handSet, !known.handSet, known.cluster == c { byDeclaredID[speaker.id]?.handSet = true }
            } else {
                byDeclaredID[speaker.id] = (c, handSet, t, speaker.name)
            }
        }
        for pass in 0..<3 {
            for (t, transcript) in transcripts.enumerated() {
                for (s, speaker) in transcript.speakers.enumerated() where assignment[t][s] == nil {
                    let name = PersonName(speaker.name)
                    let isNamed = name.isProperName
                    if pass > 0, (pass == 1) == (isNamed && name.first != nil), let handSet = declaration(t, speaker),
                       let known = byDeclaredID[speaker.id], handSet || known.handSet, !clusters[known.cluster].isDeclared
                    {
                        assignment[t][s] = known.cluster
                        if Fold.key(speaker.name) != Fold.key(clusters[known.cluster].name), Fold.key(speaker.name) != Fold.key(known.name) {
                            joins.append(IDJoin(id: speaker.id, firstTranscript: known.transcript, firstName: known.name, transcript: t, name: speaker.name))
                        }
                        clusters[known.cluster].absorb(speaker)
                        register(known.cluster)
                        continue
                    }
                    defer { if let c = assignment[t][s] { noteDeclared(t, speaker, c) } }
                    switch pass {
                    case 0: // declared ids and aliases
                        let keys = ([speaker.id, speaker.name] + speaker.aliases).map(Fold.key)
                        if let c = candidates(keys).first(where: { clusters[$0].isDeclared && clusters[$0].matchesDeclared(speaker) }) {
                            assignment[t][s] = c
                            clusters[c].absorb(speaker)
                            register(c)
                        }
                    case 1: // full names
                        guard isNamed, name.first != nil else { continue }
                        let found = candidates([name.full, name.surname]).filter { clusters[$0].acceptsFullName(name) }
                        if let c = found.first(where: { clusters[$0].hasExactName(name) }) ?? (found.count == 1 ? found[0] : nil) {
                            assignment[t][s] = c
                            clusters[c].absorb(speaker)
                            register(c)
                        } else {
                            clusters.append(Cluster(first: speaker))
                            assignment[t][s] = clusters.count - 1
                            register(clusters.count - 1)
                        }
                    default: // surnames alone and role phrases
                        var found: [Int] = []
                        if isNamed {
                            found = candidates([name.full, name.surname]).filter { clusters[$0].acceptsSurname(name) }
                        } else {
                            let phrase = Fold.key(speaker.name)
                            found = candidates([phrase]).filter { clusters[$0].isNamed && clusters[$0].aliasKeys.contains(phrase) }
                        }
                        if found.count == 1 {
                            assignment[t][s] = found[0]
                            clusters[found[0]].absorb(speaker)
                            register(found[0])
                        } else {
                            clusters.append(Cluster(first: speaker))
                            assignment[t][s] = clusters.count - 1
                            register(clusters.count - 1)
                        }
                    }
                }
            }
        }
        // Ids: declared ids stay; others take the id the cluster's first speaker had, made unique
        // in the order the entities first appear (transcript, then speaker), so that `c` and `c-2`
        // follow the seeds' order whichever pass formed each entity (HAZARDS B16).
        var firstSeen: [Int: (Int, Int)] = [:]
        for (t, row) in assignment.enumerated() {
            for (s, c) in row.enumerated() where firstSeen[c!] == nil { firstSeen[c!] = (t, s) }
        }
        let undeclared = clusters.indices.filter { !clusters[$0].isDeclared }.sorted { a, b in
            let first = firstSeen[a] ?? (Int.max, Int.max), second = firstSeen[b] ?? (Int.max, Int.max)
            return first != second ? first < second : a < b
        }
        var taken = Set(clusters.compactMap { $0.isDeclared ? $0.id : nil })
        for c in undeclared {
            var id = clusters[c].id
            // A number one document gave (`c-2` beside its own `c`) is renumbered site-wide, so a
            // third `c` is `c-3`, not `c-2-2`.
            let base = Slug.make(from: clusters[c].name)
            if Slug.isNumbered(id, of: base) { id = base }
            if taken.contains(id) {
                var number = 2
                while taken.contains("\(id)-\(number)") { number += 1 }
                id = "\(id)-\(number)"
            }
            taken.insert(id)
            clusters[c].id = id
        }
        let merged = transcripts.enumerated().map { t, transcript in
            rewrite(transcript, clusters: assignment[t].map { clusters[$0!] })
        }
        return (merged, joins)
    }

    private static func rewrite(_ transcript: Transcript, clusters: [Cluster]) -> Transcript {
        var result = transcript
        var newID: [String: String] = [:]
        var speakers: [Speaker] = []
        for (speaker, cluster) in zip(transcript.speakers, clusters) {
            newID[speaker.id] = cluster.id
            var aliases = speaker.aliases
            var name = speaker.name
            if cluster.isDeclared || !PersonName(speaker.name).isProperName {
                if name != cluster.name, !aliases.contains(name) { aliases.append(name) }
                name = cluster.name
            }
            if let existing = speakers.firstIndex(where: { $0.id == cluster.id }) {
                speakers[existing].absorb(names: aliases + [speaker.name], role: speaker.role)
                continue
            }
            speakers.append(Speaker(id: cluster.id, name: name, aliases: aliases.filter { $0 != name },
                                    role: speaker.role ?? (cluster.isDeclared ? cluster.role : nil)))
        }
        result.speakers = speakers
        for index in result.quotations.indices {
            if let id = result.quotations[index].speakerID { result.quotations[index].speakerID = newID[id] ?? id }
        }
        for index in result.blocks.indices {
            if let id = result.blocks[index].turn?.speakerID { result.blocks[index].turn?.speakerID = newID[id] ?? id }
        }
        return result
    }

    /// Folding for comparison: case, accents, apostrophes, `y`→`i`, doubled letters.
    enum Fold {
        static func key(_ text: String) -> String {
            var out = ""
            var previous: Character?
            for character in TextFolding.fold(text) {
                let c: Character = character == "y" ? "i" : character
                if c == previous, c.isLetter { continue }
                out.append(c)
                previous = c
            }
            return out.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
        }
    }

    /// A name split into first name (if any) and surname, for comparison.
    struct PersonName {
        /// Folded key of the first word, when the name has two words or more.
        var first: String?
        /// Folded key of the words after the first (the surname with its particles).
        var surname: String
        /// Folded key of the whole name.
        var full: String
        /// The name starts with a capital letter or digit (a proper name, not a role phrase).
        var isProperName: Bool

        init(_ name: String) {
            let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
            full = Fold.key(name)
            isProperName = words.last?.first.map { $0.isUppercase || $0.isNumber } ?? false
                && words.first?.first.map { $0.isUppercase || $0.isNumber } ?? false
            if words.count >= 2 {
                first = Fold.key(words[0])
                surname = Fold.key(words.last!)
            } else {
                first = nil
                surname = full
            }
        }

        /// `A.` or `A` against `Arnaud`; equal names; `Jean-Marie` against `J.-M.`.
        static func firstNamesAgree(_ a: String, _ b: String) -> Bool {
            if a == b { return true }
            func initials(_ s: String) -> String {
                s.split(separator: "-").compactMap { $0.first.map(String.init) }.joined(separator: "-")
            }
            let aInitial = a.replacingOccurrences(of: ".", with: "")
            let bInitial = b.replacingOccurrences(of: ".", with: "")
            if a.contains(".") || aInitial.count == 1 { return initials(aInitial) == initials(bInitial) }
            if b.contains(".") || bInitial.count == 1 { return initials(aInitial) == initials(bInitial) }
            return false
        }
    }

    /// One site-wide entity being built.
    struct Cluster {
        var id: String
        var name: String
        var role: String?
        var isDeclared: Bool
        var isNamed: Bool
        /// Folded keys of the name, aliases and role.
        var aliasKeys: Set<String> = []
        /// Folded first names seen with each surname.
        var firstNames: Set<String> = []
        var surnames: Set<String> = []
        var fullNames: Set<String> = []

        init(declared speaker: Speaker) {
            id = speaker.id
            name = speaker.name
            role = speaker.role
            isDeclared = true
            isNamed = true
            aliasKeys.insert(Fold.key(speaker.id))
            noteName(speaker.name)
            for alias in speaker.aliases + (speaker.role.map { [$0] } ?? []) { aliasKeys.insert(Fold.key(alias)) }
            for alias in speaker.aliases where PersonName(alias).isProperName && PersonName(alias).first != nil {
                // A declared alias that is itself a full name (`Nursultan Nazarbaïev`) counts as one.
                fullNames.insert(PersonName(alias).full)
            }
        }

        init(first speaker: Speaker) {
            id = speaker.id
            name = speaker.name
            role = speaker.role
            isDeclared = false
            isNamed = PersonName(speaker.name).isProperName
            noteName(speaker.name)
            for alias in speaker.aliases + (speaker.role.map { [$0] } ?? []) { aliasKeys.insert(Fold.key(alias)) }
        }

        private mutating func noteName(_ text: String) {
            let name = PersonName(text)
            aliasKeys.insert(name.full)
            fullNames.insert(name.full)
            if name.isProperName {
                surnames.insert(name.surname)
                if let first = name.first { firstNames.insert(first) }
            }
        }

        mutating func absorb(_ speaker: Speaker) {
            let person = PersonName(speaker.name)
            if person.isProperName {
                if !isNamed || (!isDeclared && person.full.count > Fold.key(name).count && person.surname == PersonName(name).surname) {
                    name = speaker.name
                }
                isNamed = true
                noteName(speaker.name)
            } else {
                aliasKeys.insert(person.full)
            }
            for alias in speaker.aliases + (speaker.role.map { [$0] } ?? []) { aliasKeys.insert(Fold.key(alias)) }
            if role == nil { role = speaker.role }
        }

        func matchesDeclared(_ speaker: Speaker) -> Bool {
            if speaker.id == id { return true }
            let keys = [speaker.name] + speaker.aliases
            return keys.contains { aliasKeys.contains(Fold.key($0)) }
        }

        func hasExactName(_ name: PersonName) -> Bool { fullNames.contains(name.full) }

        /// A full name (first name and surname) agrees: the same full name, or the same
        /// surname with a compatible first name and no conflicting one.
        func acceptsFullName(_ name: PersonName) -> Bool {
            guard isNamed else { return false }
            if fullNames.contains(name.full) { return true }
            guard let first = name.first, surnames.contains(name.surname) else { return false }
            // Every first name the cluster has seen must agree (an initial agrees with one name).
            return !firstNames.isEmpty && firstNames.allSatisfy { PersonName.firstNamesAgree($0, first) }
        }

        /// A bare surname (`Nazarbaïev`) agrees with a cluster that bears it.
        func acceptsSurname(_ name: PersonName) -> Bool {
            guard isNamed else { return false }
            if fullNames.contains(name.full) || aliasKeys.contains(name.full) { return true }
            if let first = name.first { return acceptsFullName(name) || (surnames.contains(name.surname) && firstNames.isEmpty && first.isEmpty) }
            return surnames.contains(name.surname)
        }
    }
}
