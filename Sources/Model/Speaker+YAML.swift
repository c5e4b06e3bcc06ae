import Yams

extension Speaker {
    /// Speakers as front matter and `speakers.yml` write them, in the order written:
    /// - a mapping id → name, or id → `{name, role, aliases}` (the name defaults to the id);
    /// - a list of names, or of `{id, name, role, aliases}` mappings (the id defaults to the
    ///   name's ``Slug``).
    /// `aliases` is a list of names, or one name (`aliases: Gore`, read as `[Gore]`, as
    /// `speakers.yml` reads it). Field keys are compared without regard to case
    /// (``FrontMatterKeys/speakerKey(_:)``). Entries of any
    /// other shape are left out. Names, aliases and roles are one-line values
    /// (``Swift/String/foldedToOneLine``).
    /// - Parameter node: the YAML value of the `speakers` key (Yams' composed node).
    public static func list(fromYAML node: Node) -> [Speaker] {
        func speaker(id: String?, _ node: Node) -> Speaker? {
            if let name = node.string?.foldedToOneLine { return Speaker(id: id ?? Slug.make(from: name), name: name) }
            guard let mapping = node.mapping else { return nil }
            var fields: [String: Node] = [:]
            for (key, value) in mapping { if let key = key.string.flatMap(FrontMatterKeys.speakerKey), fields[key] == nil { fields[key] = value } }
            guard let name = (fields["name"]?.string ?? id ?? fields["id"]?.string)?.foldedToOneLine else { return nil }
            let aliases = (fields["aliases"].map { $0.sequence?.compactMap(\.string) ?? $0.string.map { [$0] } ?? [] } ?? []).map(\.foldedToOneLine)
            return Speaker(
                id: id ?? fields["id"]?.string ?? Slug.make(from: name), name: name,
                aliases: aliases.filter { !$0.isEmpty }, role: fields["role"]?.string?.foldedToOneLine)
        }
        if let sequence = node.sequence { return sequence.compactMap { speaker(id: nil, $0) } }
        if let mapping = node.mapping {
            return mapping.compactMap { key, value in
                guard let id = key.string else { return nil }
                return speaker(id: id, value) ?? Speaker(id: id, name: id)
            }
        }
        return []
    }

    /// The 1-based line of each speaker id the `speakers` value `node` writes, as
    /// ``list(fromYAML:)`` reads it: a mapping's key, a list entry's `id:`, else the entry itself
    /// (its id is its name's slug); the first line of an id written twice.
    /// - Parameter offset: added to Yams' 1-based marks (1 for front matter, whose YAML starts on
    ///   the file's line 2 after `---`).
    public static func idLines(fromYAML node: Node, offset: Int = 0) -> [String: Int] {
        var lines: [String: Int] = [:]
        func note(_ id: String?, _ mark: Mark?) {
            guard let id, let mark, lines[id] == nil else { return }
            lines[id] = mark.line + offset
        }
        for (key, _) in node.mapping ?? [:] { note(key.string, key.mark) }
        for item in node.sequence ?? [] {
            if let name = item.string {
                note(Slug.make(from: name.foldedToOneLine), item.mark)
            } else if let fields = item.mapping {
                let idNode = fields.first { FrontMatterKeys.speakerKey($0.key.string ?? "") == "id" }?.value
                if let idNode, let id = idNode.string {
                    note(id, idNode.mark)
                } else if let name = fields.first(where: { FrontMatterKeys.speakerKey($0.key.string ?? "") == "name" })?.value.string {
                    note(Slug.make(from: name.foldedToOneLine), item.mark)
                }
            }
        }
        return lines
    }
}
