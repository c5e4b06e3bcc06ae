/// An attribute list in the Pandoc / Djot style: `{#q-3fa2b1 .quote who=khamenei cue="a-t-il dit"}`.
///
/// Used after a bracketed span (`[…]{…}`) and on a fenced div line (`::: {…}`) in annotated
/// Markdown (DESIGN.md, "Annotated Markdown"). Grammar, as Pandoc's `attributes` extension
/// (https://pandoc.org/MANUAL.html#extension-attributes): items separated by spaces; `#id`;
/// `.class`; `key=value` where value is bare (no space, `"`, `'`, `}`, `=`) or double-quoted
/// with `\"` and `\\` as escapes, and `\n` for a line feed (an extension: Pandoc has no way to
/// write a line feed into a one-line attribute value; a mention can run over a line break).
public struct AttributeList: Sendable, Hashable {
    /// The `#id`, if any (the last one wins).
    public var id: String?
    /// Classes in the order written, without the dot.
    public var classes: [String]
    /// `key=value` pairs in the order written.
    public var pairs: [(key: String, value: String)]

    public init(id: String? = nil, classes: [String] = [], pairs: [(key: String, value: String)] = []) {
        self.id = id
        self.classes = classes
        self.pairs = pairs
    }

    /// The value of `key`, if present (the last one wins).
    public subscript(key: String) -> String? {
        pairs.last { $0.key == key }?.value
    }

    public static func == (lhs: AttributeList, rhs: AttributeList) -> Bool {
        lhs.id == rhs.id && lhs.classes == rhs.classes
            && lhs.pairs.map(\.key) == rhs.pairs.map(\.key)
            && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(classes)
        for pair in pairs {
            hasher.combine(pair.key)
            hasher.combine(pair.value)
        }
    }

    /// The list written back as `{#id .class key=value …}`: id first, then classes, then
    /// pairs, values quoted when they are empty or contain anything but letters, digits,
    /// `-`, `_`, `.`, `:`.
    public var serialized: String {
        var items: [String] = []
        if let id { items.append("#" + id) }
        items += classes.map { "." + $0 }
        for (key, value) in pairs {
            items.append("\(key)=\(Self.quotedIfNeeded(value))")
        }
        return "{" + items.joined(separator: " ") + "}"
    }

    private static func quotedIfNeeded(_ value: String) -> String {
        let bare = !value.isEmpty && value.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_.:".unicodeScalars.contains(scalar))
        }
        if bare { return value }
        var quoted = "\""
        for character in value {
            if character == "\n" {
                quoted += "\\n"
                continue
            }
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    /// Parses the text between `{` and `}` (without the braces).
    /// - Returns: nil when the text is not a well-formed attribute list (an unclosed quote,
    ///   a bare word that is not `#id`, `.class` or `key=value`, or no item at all).
    public static func parse(_ inner: Substring) -> AttributeList? {
        var list = AttributeList()
        var index = inner.startIndex
        var sawItem = false
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" }
        while index < inner.endIndex {
            let character = inner[index]
            if isSpace(character) {
                index = inner.index(after: index)
                continue
            }
            // One item: up to the next space outside quotes.
            if character == "#" || character == "." {
                var end = inner.index(after: index)
                while end < inner.endIndex, !isSpace(inner[end]), !"\"'{}=#".contains(inner[end]) {
                    end = inner.index(after: end)
                }
                let name = String(inner[inner.index(after: index)..<end])
                guard !name.isEmpty else { return nil }
                if character == "#" { list.id = name } else { list.classes.append(name) }
                index = end
                sawItem = true
                continue
            }
            var keyEnd = index
            while keyEnd < inner.endIndex, !isSpace(inner[keyEnd]), !"\"'{}=".contains(inner[keyEnd]) {
                keyEnd = inner.index(after: keyEnd)
            }
            let key = String(inner[index..<keyEnd])
            guard !key.isEmpty, keyEnd < inner.endIndex, inner[keyEnd] == "=" else { return nil }
            var valueIndex = inner.index(after: keyEnd)
            var value = ""
            if valueIndex < inner.endIndex, inner[valueIndex] == "\"" {
                valueIndex = inner.index(after: valueIndex)
                var closed = false
                while valueIndex < inner.endIndex {
                    let c = inner[valueIndex]
                    if c == "\\", inner.index(after: valueIndex) < inner.endIndex {
                        valueIndex = inner.index(after: valueIndex)
                        value.append(inner[valueIndex] == "n" ? "\n" : inner[valueIndex])
                    } else if c == "\"" {
                        closed = true
                        valueIndex = inner.index(after: valueIndex)
                        break
                    } else {
                        value.append(c)
                    }
                    valueIndex = inner.index(after: valueIndex)
                }
                guard closed else { return nil }
                if valueIndex < inner.endIndex, !isSpace(inner[valueIndex]) { return nil }
            } else {
                while valueIndex < inner.endIndex, !isSpace(inner[valueIndex]), !"\"'{}=".contains(inner[valueIndex]) {
                    value.append(inner[valueIndex])
                    valueIndex = inner.index(after: valueIndex)
                }
                if valueIndex < inner.endIndex, !isSpace(inner[valueIndex]) { return nil }
            }
            list.pairs.append((key: key, value: value))
            index = valueIndex
            sawItem = true
        }
        return sawItem ? list : nil
    }

    /// The longest `{…}` that ``scan(_:braceAt:)`` looks at, so that `]{` repeated without `}`
    /// stays linear.
    public static let maxScannedBytes = 2048

    /// If the `{` at `brace` in `bytes` starts an attribute list (a `}` outside double quotes
    /// within ``maxScannedBytes``, and ``parse(_:)`` accepts what lies between), the index just
    /// after its `}` and the list.
    public static func scan(_ bytes: [UInt8], braceAt brace: Int) -> (end: Int, list: AttributeList)? {
        guard brace < bytes.count, bytes[brace] == 0x7B else { return nil }
        var index = brace + 1
        var inQuote = false
        let limit = min(bytes.count, brace + maxScannedBytes)
        while index < limit {
            let byte = bytes[index]
            if inQuote {
                if byte == 0x5C { index += 2; continue }
                if byte == 0x22 { inQuote = false }
            } else if byte == 0x22 {
                inQuote = true
            } else if byte == 0x7D {
                let inner = String(decoding: bytes[(brace + 1)..<index], as: UTF8.self)
                guard let list = parse(Substring(inner)) else { return nil }
                return (index + 1, list)
            } else if byte == 0x7B {
                return nil
            }
            index += 1
        }
        return nil
    }
}
