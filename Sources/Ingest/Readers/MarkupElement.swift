import Foundation

/// An element of a parsed HTML or XML document: its name, attributes and children.
struct MarkupElement: Sendable {
    /// The name as written (`TEI`, `xml:id` keeps its prefix).
    var name: String
    /// The name without namespace prefix, lowercased, for matching (`tei`, `u`, `speech`).
    var localName: String
    /// Attributes in source order, names as written, values with references decoded.
    var attributes: [(name: String, value: String)]
    /// Children in source order.
    var children: [MarkupNode] = []
    /// 1-based line of the start tag.
    var line: Int

    /// The value of the attribute whose name, or local name without prefix, is `name`
    /// (case-insensitive), e.g. `when`, `xml:lang`.
    func attribute(_ name: String) -> String? {
        let wanted = name.lowercased()
        if let exact = attributes.first(where: { $0.name.lowercased() == wanted }) { return exact.value }
        return attributes.first { attribute in
            attribute.name.split(separator: ":").last.map { $0.lowercased() == wanted } ?? false
        }?.value
    }

    /// Child elements, in order.
    var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first descendant (depth first, self excluded) whose local name is one of `names`.
    func first(_ names: String...) -> MarkupElement? {
        first(where: { names.contains($0.localName) })
    }

    /// The first descendant (depth first, self excluded) that satisfies `predicate`.
    func first(where predicate: (MarkupElement) -> Bool) -> MarkupElement? {
        for child in elements {
            if predicate(child) { return child }
            if let found = child.first(where: predicate) { return found }
        }
        return nil
    }

    /// Every descendant whose local name is one of `names`, in document order (not inside a match).
    func all(_ names: String...) -> [MarkupElement] {
        var found: [MarkupElement] = []
        func walk(_ element: MarkupElement) {
            for child in element.elements {
                if names.contains(child.localName) { found.append(child) } else { walk(child) }
            }
        }
        walk(self)
        return found
    }

    /// All character data inside, white space runs (including line breaks) reduced to one space
    /// and trimmed, as HTML renders inline text.
    var flatText: String {
        var raw = ""
        func walk(_ nodes: [MarkupNode]) {
            for node in nodes {
                switch node {
                case .text(let text, _): raw += text
                case .element(let element):
                    if element.localName == "br" { raw += " " }
                    walk(element.children)
                }
            }
        }
        walk(children)
        return raw.collapsingWhitespace()
    }
}
