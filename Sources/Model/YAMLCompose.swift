import Yams

/// YAML parsing for every YAML text Verbatim reads (front matter, sidecar `.yml`,
/// `speakers.yml`, `site.yml`).
public enum YAMLCompose {
    /// `Yams.compose(yaml:)`, with every scalar's reserved private-use code points
    /// (``TextNormalizer/isReservedPrivateUse(_:)``) replaced by U+FFFD. The text was normalised
    /// already, so none is left raw, but a double-quoted scalar may write one as an escape
    /// (`"\uE000"`, `"\U000F0000"`, YAML 1.2 §5.7), which the normaliser cannot see: replaced
    /// here, a title or a name holds the same text as one with the raw character.
    /// Keys are cleaned as values are; tags, styles and marks (the lines messages give) are kept.
    /// - Returns: the root node, nil for an empty text.
    /// - Throws: what `Yams.compose` throws for text that is not valid YAML.
    public static func compose(yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml).map(cleaned)
    }

    /// `node` with its scalars' reserved private-use code points replaced by U+FFFD.
    static func cleaned(_ node: Node) -> Node {
        switch node {
        case .scalar(var scalar):
            guard scalar.string.unicodeScalars.contains(where: { TextNormalizer.isReservedPrivateUse($0.value) }) else {
                return node
            }
            let tag = scalar.tag
            scalar.string = String(String.UnicodeScalarView(scalar.string.unicodeScalars.map(TextNormalizer.replacingReservedPrivateUse)))
            scalar.tag = tag
            return .scalar(scalar)
        case .mapping(var mapping):
            for index in mapping.indices {
                let (key, value) = mapping[index]
                mapping[index] = (key: cleaned(key), value: cleaned(value))
            }
            return .mapping(mapping)
        case .sequence(var sequence):
            for index in sequence.indices { sequence[index] = cleaned(sequence[index]) }
            return .sequence(sequence)
        default:
            return node
        }
    }
}
