import Foundation
import Model
import Yams

/// The site-wide speakers a site declares in `seeds/speakers.yml` (DESIGN.md, "Inputs"):
/// canonical speakers with their id, name, aliases and role.
///
/// The file may be written in any of three shapes, all YAML:
/// ```
/// - id: jdupont            # a list of entries (id optional: a slug of the name)
///   name: Jean Dupont
///   aliases: [M. Dupont, le maire de Lille]
///   role: maire de Lille
/// ```
/// ```
/// jdupont:                 # a mapping id → entry (or id → name)
///   name: Jean Dupont
/// ```
/// or either of these under a top-level `speakers:` key. An entry that is a plain string is a name.
///
/// The ``Annotator`` resolves mentions to these speakers first (they keep their ids), and
/// ``SpeakerMerger`` gives their id to every transcript speaker that names them.
public struct SpeakerDirectory: Sendable, Hashable {
    /// The declared speakers, in file order; ids are unique (a later duplicate id is dropped).
    public var speakers: [Speaker]

    /// A directory holding `speakers` (later entries with an id already seen are dropped).
    public init(speakers: [Speaker] = []) {
        var seen: Set<String> = []
        self.speakers = speakers.filter { seen.insert($0.id).inserted }
    }

    /// A directory with no speakers.
    public static let empty = SpeakerDirectory()

    /// Why `speakers.yml` could not be read.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        /// The file, as given.
        public var path: String
        /// 1-based line of the fault, when known.
        public var line: Int?
        /// 1-based column of the fault, when known.
        public var column: Int? = nil
        /// What is wrong, in words a user can act on.
        public var reason: String
        /// What to do about it, when more than the file's usual shapes can say.
        public var hint: String? = nil

        /// A fault of the file `path` at `line` (and `column`), `reason` said in words a user can
        /// act on, and `hint` when more than the file's usual shapes can say.
        public init(path: String, line: Int?, column: Int? = nil, reason: String, hint: String? = nil) {
            self.path = path
            self.line = line
            self.column = column
            self.reason = reason
            self.hint = hint
        }

        /// `path:line:column: error: reason` (no column when it is not known).
        public var description: String {
            "\(path):\(line.map(String.init) ?? "1")\(column.map { ":\($0)" } ?? ""): error: \(reason)"
        }
    }

    /// The speaker with this id, if declared.
    public func speaker(id: String) -> Speaker? {
        speakers.first { $0.id == id }
    }

    /// Reads `speakers.yml` from a seeds folder.
    /// - Returns: ``empty`` when the folder has no `speakers.yml`.
    /// - Throws: ``LoadError`` when the file exists but cannot be read or is not one of the shapes above.
    public static func load(seedsDirectory: URL) throws -> SpeakerDirectory {
        let url = seedsDirectory.appendingPathComponent("speakers.yml")
        guard FileManager.default.fileExists(atPath: url.path) else { return .empty }
        return try load(file: url)
    }

    /// Reads a speakers file (UTF-8).
    /// - Throws: ``LoadError`` naming the file when it cannot be read or parsed.
    public static func load(file url: URL) throws -> SpeakerDirectory {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LoadError(path: url.path, line: nil, reason: "cannot read the file (\(error.localizedDescription))")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw LoadError(path: url.path, line: nil, reason: "the file is not UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try parse(text, path: url.path)
    }

    /// Parses the YAML text of a speakers file.
    /// - Parameter path: the file name used in error messages.
    /// - Throws: ``LoadError`` on invalid YAML, or the first bad entry (``read(_:path:)`` skips
    ///   bad entries instead and says why).
    public static func parse(_ text: String, path: String = "speakers.yml") throws -> SpeakerDirectory {
        let result = try read(text, path: path)
        if let first = result.skipped.first { throw first }
        return result.directory
    }

    /// Parses the YAML text of a speakers file, keeping every good entry: an entry without a
    /// name, or whose id is empty or cannot be a folder name (`a/b`, `../x`, `.`), is left out,
    /// and why is in `skipped`, one ``LoadError`` at its line each, in file order. An id that is
    /// a folder name but fails the rule every reader applies (``Model/SpeakerID/isSafe(_:)``:
    /// `ann lee`, `a:b`, over 255 bytes) is read as its ``Model/Slug``, as in a seed, and
    /// `skipped` says so at its line (the entry is kept).
    /// - Parameter path: the file name used in messages.
    /// - Throws: ``LoadError`` (with line and column) only when the text is not valid YAML or
    ///   not a list or a mapping of speakers, so that nothing of it can be read.
    public static func read(_ text: String, path: String = "speakers.yml") throws(LoadError) -> (
        directory: SpeakerDirectory, skipped: [LoadError]
    ) {
        let root: Node?
        do { root = try YAMLCompose.compose(yaml: text) } catch {
            let problem = YAMLProblem(error)
            throw LoadError(path: path, line: problem.line, column: problem.column, reason: "invalid YAML: \(problem.summary)", hint: problem.hint)
        }
        return try read(root, path: path)
    }

    /// As ``read(_:path:)`` reads the text of a speakers file, from its YAML already composed (nil
    /// for an empty file), for a caller that has parsed the file for its own checks and need
    /// not parse it again.
    /// - Throws: ``LoadError`` when `root` is not a list or a mapping of speakers.
    public static func read(_ root: Node?, path: String) throws(LoadError) -> (
        directory: SpeakerDirectory, skipped: [LoadError]
    ) {
        guard var node = root else { return (.empty, []) }
        if let mapping = node.mapping, mapping.count == 1, let key = mapping.keys.first?.string, key == "speakers", let inner = mapping.values.first {
            node = inner
        }
        var result: [Speaker] = []
        var entries: [(line: Int?, fields: Node)] = []
        var skipped: [LoadError] = []
        if let sequence = node.sequence {
            for item in sequence {
                do {
                    result.append(try speaker(id: nil, item, path: path))
                    entries.append((item.mark?.line, item))
                } catch { skipped.append(error) }
                if let idNode = item.mapping?["id"], let written = idNode.string, let note = renamedNote(written, path: path, line: idNode.mark?.line) {
                    skipped.append(note)
                }
            }
        } else if let mapping = node.mapping {
            for (key, value) in mapping {
                guard let id = key.string else {
                    skipped.append(LoadError(path: path, line: key.mark.map { $0.line }, reason: "a speaker id must be a string; the entry is ignored"))
                    continue
                }
                var value = value
                if let text = value.string, text.hasPrefix("name:"), let after = text.dropFirst(5).first, after != " " {
                    // `ann:` over `  name:Ann Lee`: YAML reads one text, the short form's name
                    // `name:Ann Lee`, which would give the speaker another page; the name is meant.
                    let name = String(text.dropFirst(5))
                    skipped.append(LoadError(
                        path: path, line: value.mark.map { $0.line },
                        reason: "`\(Diagnostic.echo(text))` has no space after its colon, so YAML reads it as one text; it was read as the name '\(Diagnostic.echo(name))'",
                        hint: "a key's colon must be followed by a space: write `name: \(Diagnostic.echo(name))`"))
                    value = Node(name)
                }
                do {
                    result.append(try speaker(id: id, value, path: path, idLine: key.mark.map { $0.line }))
                    entries.append((key.mark?.line, value))
                } catch {
                    skipped.append(error)
                }
                if let note = renamedNote(id, path: path, line: key.mark?.line) { skipped.append(note) }
            }
        } else if node.string.map({ $0.isEmpty }) != true {
            throw LoadError(path: path, line: node.mark.map { $0.line }, reason: "expected a list or a mapping of speakers")
        }
        let (unambiguous, clashes) = withoutSharedNames(result, entries: entries, path: path)
        return (SpeakerDirectory(speakers: unambiguous), skipped + clashes)
    }

    /// `speakers` without the names that would say two of them at once, and a warning at the line
    /// of each (`entries` holds each speaker's line and fields node; `path` names the file):
    ///
    /// - an alias that is another entry's name (case and accents folded) is dropped from the
    ///   entry that lists it, so that the name always means its own entry (`john-brown:
    ///   {name: John Brown}` is John Brown even when `mary-smith` lists `John Brown` as an alias);
    /// - an alias two entries list is dropped from both, so that it resolves to no one rather
    ///   than to the first;
    /// - two entries with one name are both left out (their text is attributed as if neither
    ///   were declared), since nothing in a transcript can say which of the two it means.
    ///
    /// An id written twice is not a clash of names: the later entry is dropped, as ``init(speakers:)`` says.
    static func withoutSharedNames(_ speakers: [Speaker], entries: [(line: Int?, fields: Node)], path: String) -> ([Speaker], [LoadError]) {
        var firstOfID: Set<String> = []
        let kept = speakers.indices.filter { firstOfID.insert(speakers[$0].id).inserted }
        var ownersOfName: [String: [Int]] = [:]
        var ownersOfAlias: [String: [Int]] = [:]
        for index in kept {
            ownersOfName[TextFolding.fold(speakers[index].name), default: []].append(index)
            for alias in Set(speakers[index].aliases.map(TextFolding.fold)) { ownersOfAlias[alias, default: []].append(index) }
        }
        var warnings: [LoadError] = []
        func line(of index: Int, alias: String? = nil) -> Int {
            guard index < entries.count else { return 1 }
            if let alias, let field = entries[index].fields.mapping?["aliases"] {
                let nodes = field.sequence.map { Array($0) } ?? [field]
                if let found = nodes.first(where: { $0.string.map(TextFolding.fold) == alias }), let mark = found.mark { return mark.line }
            }
            return entries[index].line ?? 1
        }
        var result = speakers
        var leftOut: Set<Int> = []
        for index in kept {
            let speaker = speakers[index]
            let name = TextFolding.fold(speaker.name)
            if let owners = ownersOfName[name], owners.count > 1, owners.first != index {
                let first = speakers[owners[0]]
                leftOut.formUnion(owners)
                warnings.append(LoadError(
                    path: path, line: line(of: index),
                    reason: "speakers '\(first.id)' and '\(speaker.id)' have the same name, '\(speaker.name)', so a transcript that names it cannot say which; neither entry is used",
                    hint: "give each person their own name (a middle initial, a title) or make them one entry"))
            }
            result[index].aliases = speaker.aliases.filter { alias in
                let folded = TextFolding.fold(alias)
                if let named = ownersOfName[folded]?.first(where: { $0 != index }) {
                    warnings.append(LoadError(
                        path: path, line: line(of: index, alias: folded),
                        reason: "the alias '\(alias)' of speaker '\(speaker.id)' is the name of speaker '\(speakers[named].id)'; it is not used as an alias, and '\(alias)' means '\(speakers[named].id)'",
                        hint: "remove '\(alias)' from the aliases of '\(speaker.id)'"))
                    return false
                }
                if let owners = ownersOfAlias[folded], owners.count > 1 {
                    if owners.first != index {
                        let ids = owners.map { "'\(speakers[$0].id)'" }.joined(separator: " and ")
                        warnings.append(LoadError(
                            path: path, line: line(of: index, alias: folded),
                            reason: "the alias '\(alias)' is listed by speakers \(ids), so it cannot say which of them is meant; it was dropped from all of them",
                            hint: "keep '\(alias)' in the aliases of one speaker only"))
                    }
                    return false
                }
                return true
            }
        }
        let sorted = warnings.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
        return (result.indices.filter { !leftOut.contains($0) }.map { result[$0] }, sorted)
    }

    /// Why an id that is a folder name but not a safe speaker id (``Model/SpeakerID/isSafe(_:)``)
    /// is read as its slug; nil for a safe id, or one the entry is left out for.
    private static func renamedNote(_ id: String, path: String, line: Int?) -> LoadError? {
        guard !id.isEmpty, PathSegment.isValid(id), !SpeakerID.isSafe(id) else { return nil }
        return LoadError(path: path, line: line, reason: "speaker id \(SpeakerID.describedProblem(id)); it was read as '\(SpeakerID.safe(id))'")
    }

    private static func speaker(id: String?, _ node: Node, path: String, idLine: Int? = nil) throws(LoadError) -> Speaker {
        let line = node.mark.map { $0.line }
        // An empty `id:` in an entry of a list is no id: the name's slug stands for it.
        let explicitID = id ?? node.mapping?["id"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        // (It must name a page folder, `speakers/<id>/`: one path segment, as every folder name.)
        if let explicitID, !PathSegment.isValid(explicitID) {
            let at = id != nil ? (idLine ?? line) : (node.mapping?["id"]?.mark.map { $0.line } ?? line)
            throw LoadError(
                path: path, line: at,
                reason: explicitID.isEmpty
                    ? "the speaker id is empty; the entry is ignored"
                    : "speaker id '\(explicitID)' cannot be a folder name; the entry is ignored")
        }
        if let name = node.string, node.mapping == nil {
            guard !name.isEmpty else { throw LoadError(path: path, line: line, reason: "empty speaker name; the entry is ignored") }
            return Speaker(id: id.map(SpeakerID.safe) ?? Slug.make(from: name), name: name)
        }
        guard let fields = node.mapping else {
            throw LoadError(path: path, line: line, reason: "a speaker is a name or a mapping with `name`, `aliases`, `role`; the entry is ignored")
        }
        guard let name = fields["name"]?.string, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LoadError(path: path, line: line, reason: "speaker \(id ?? fields["id"]?.string ?? "entry") has no `name`; the entry is ignored")
        }
        var aliases: [String] = []
        if let list = fields["aliases"]?.sequence {
            aliases = list.compactMap(\.string)
        } else if let single = fields["aliases"]?.string {
            aliases = [single]
        }
        return Speaker(id: explicitID.map(SpeakerID.safe) ?? Slug.make(from: name),
                       name: name, aliases: aliases.filter { !$0.isEmpty && $0 != name }, role: fields["role"]?.string)
    }

    /// The declared speakers a document's text names: those whose name's last word or one of
    /// whose aliases or role occurs in `text` (case and accents folded). Keeps the directory's order.
    func speakers(namedIn text: String) -> [Speaker] {
        let folded = TextFolding.fold(text)
        return speakers.filter { speaker in
            let last = speaker.name.split(separator: " ").last.map(String.init) ?? speaker.name
            let probes = [last] + speaker.aliases + (speaker.role.map { [$0] } ?? [])
            return probes.contains { !$0.isEmpty && folded.contains(TextFolding.fold($0)) }
        }
    }
}
