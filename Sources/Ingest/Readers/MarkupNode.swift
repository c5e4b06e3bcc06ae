/// One node of a parsed HTML or XML document (see ``MarkupParser``).
enum MarkupNode: Sendable {
    /// An element with its children.
    case element(MarkupElement)
    /// Character data with references decoded, and the 1-based line it starts on. A reference
    /// to U+2028 or U+2029 stays that character (``MarkupParser``): white space to
    /// ``MarkupElement/flatText``, a line or paragraph break to ``HTMLBlockExtractor``.
    case text(String, line: Int)
}
