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
    /// - Throws: ``LoadError`` on invalid YAML, or an entry without a name.
    public static func parse(_ text: String, path: String = "speakers.yml") throws -> SpeakerDirectory {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            let problem = YAMLProblem(error)
            throw LoadError(path: path, line: problem.line, column: problem.column, reason: "invalid YAML: \(problem.summary)")
        }
        guard var node = root else { return .empty }
        if let mapping = node.mapping, mapping.count == 1, let key = mapping.keys.first?.string, key == "speakers", let inner = mapping.values.first {
            node = inner
        }
        var result: [Speaker] = []
        if let sequence = node.sequence {
            for item in sequence { result.append(try speaker(id: nil, item, path: path)) }
        } else if let mapping = node.mapping {
            for (key, value) in mapping {
                guard let id = key.string, !id.isEmpty else {
                    throw LoadError(path: path, line: key.mark.map { $0.line }, reason: "a speaker id must be a string")
                }
                result.append(try speaker(id: id, value, path: path))
            }
        } else if node.string.map({ $0.isEmpty }) != true {
            throw LoadError(path: path, line: node.mark.map { $0.line }, reason: "expected a list or a mapping of speakers")
        }
        return SpeakerDirectory(speakers: result)
    }

    private static func speaker(id: String?, _ node: Node, path: String) throws -> Speaker {
        if let name = node.string, node.mapping == nil {
            guard !name.isEmpty else { throw LoadError(path: path, line: node.mark.map { $0.line }, reason: "empty speaker name") }
            return Speaker(id: id ?? Slug.make(from: name), name: name)
        }
        guard let fields = node.mapping else {
            throw LoadError(path: path, line: node.mark.map { $0.line }, reason: "a speaker is a name or a mapping with `name`, `aliases`, `role`")
        }
        guard let name = fields["name"]?.string, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LoadError(path: path, line: node.mark.map { $0.line }, reason: "speaker \(id ?? fields["id"]?.string ?? "entry") has no `name`")
        }
        var aliases: [String] = []
        if let list = fields["aliases"]?.sequence {
            aliases = list.compactMap(\.string)
        } else if let single = fields["aliases"]?.string {
            aliases = [single]
        }
        let explicitID = id ?? fields["id"]?.string
        return Speaker(id: explicitID.map { $0.isEmpty ? Slug.make(from: name) : $0 } ?? Slug.make(from: name),
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
