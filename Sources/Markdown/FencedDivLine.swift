/// One fence line of a Pandoc fenced div (https://pandoc.org/MANUAL.html#extension-fenced_divs):
/// at least three colons at the start of a line, then either an attribute list in braces or a
/// single class name, optionally followed by more colons (an opening fence); or colons alone
/// (a closing fence, which closes the innermost open div whatever its length).
///
/// Verbatim writes `::: {.turn who=… start=00:01:02.500}`, `::: {.stage}`, `::: {.note}` and
/// `:::` (DESIGN.md, "Annotated Markdown"); seed text can never look like a fence because
/// ``MarkdownEscaper`` escapes a `:` that starts a line.
public enum FencedDivLine: Sendable, Equatable {
    /// `::: {attributes}` or `::: class`.
    case open(AttributeList)
    /// `:::` alone.
    case close

    /// The fence `line` is (without its line feed), or nil when it is not a fence line.
    /// Up to three leading spaces are allowed, as for other CommonMark block starts.
    public static func parse(_ line: Substring) -> FencedDivLine? {
        var rest = line
        var indent = 0
        while rest.first == " ", indent < 3 {
            rest = rest.dropFirst()
            indent += 1
        }
        var colons = 0
        while rest.first == ":" {
            rest = rest.dropFirst()
            colons += 1
        }
        guard colons >= 3 else { return nil }
        var content = rest.trimmingSpaces()
        if content.isEmpty { return .close }
        // Trailing colons after the attributes are decoration.
        if content.last == ":" {
            while content.last == ":" { content = content.dropLast() }
            content = content.trimmingSpaces()
        }
        if content.first == "{", content.last == "}" {
            guard let list = AttributeList.parse(content.dropFirst().dropLast()) else { return nil }
            return .open(list)
        }
        let isWord = !content.isEmpty && content.allSatisfy { !$0.isWhitespace && !"{}\"'=".contains($0) }
        return isWord ? .open(AttributeList(classes: [String(content)])) : nil
    }

    /// A line that starts as an opening fence with attributes (three colons or more, then `{`)
    /// but that ``parse(_:)`` does not read: `.unclosed` with the attributes read as if the
    /// closing `}` were there, when that is all it lacks (`::: {.turn who=ann`); `.unreadable`
    /// when the attributes cannot be read either (`::: {.turn who="ann}`); nil for any other
    /// line, a fence or not.
    public static func broken(_ line: Substring) -> Broken? {
        guard parse(line) == nil else { return nil }
        var rest = line.drop(while: { $0 == " " })
        guard line.count - rest.count <= 3 else { return nil }
        let colons = rest.prefix(while: { $0 == ":" }).count
        guard colons >= 3 else { return nil }
        rest = rest.dropFirst(colons).trimmingSpaces()
        guard rest.first == "{" else { return nil }
        while rest.last == ":" { rest = rest.dropLast().trimmingSpaces() }
        if rest.last != "}", let list = AttributeList.parse(rest.dropFirst()) { return .unclosed(list) }
        return .unreadable
    }

    /// What ``broken(_:)`` finds.
    public enum Broken: Sendable, Equatable {
        /// The attributes, read as if the missing `}` closed them.
        case unclosed(AttributeList)
        /// Attributes that cannot be read.
        case unreadable
    }
}
