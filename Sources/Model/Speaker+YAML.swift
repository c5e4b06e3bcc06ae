import Yams

extension Speaker {
    /// Speakers as front matter and `speakers.yml` write them, in the order written:
    /// - a mapping id → name, or id → `{name, role, aliases}` (the name defaults to the id);
    /// - a list of names, or of `{id, name, role, aliases}` mappings (the id defaults to the
    ///   name's ``Slug``).
    /// Entries of any other shape are left out.
    /// - Parameter node: the YAML value of the `speakers` key (Yams' composed node).
    public static func list(fromYAML node: Node) -> [Speaker] {
        func speaker(id: String?, _ node: Node) -> Speaker? {
            if let name = node.string { return Speaker(id: id ?? Slug.make(from: name), name: name) }
            guard let fields = node.mapping, let name = fields["name"]?.string ?? id ?? fields["id"]?.string else {
                return nil
            }
            return Speaker(
                id: id ?? fields["id"]?.string ?? Slug.make(from: name), name: name,
                aliases: fields["aliases"]?.sequence?.compactMap(\.string) ?? [], role: fields["role"]?.string)
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
