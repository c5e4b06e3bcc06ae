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
}
