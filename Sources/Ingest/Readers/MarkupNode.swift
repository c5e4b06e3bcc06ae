/// One node of a parsed HTML or XML document (see ``MarkupParser``).
enum MarkupNode: Sendable {
    /// An element with its children.
    case element(MarkupElement)
    /// Character data with references decoded, and the 1-based line it starts on.
    case text(String, line: Int)
}
