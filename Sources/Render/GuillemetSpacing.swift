/// French guillemet spacing (HAZARDS.md B36; Imprimerie nationale, *Lexique des règles
/// typographiques*: « espace insécable » inside guillemets): between `«` and the word after it,
/// and between a word and `»`, exactly one U+202F NARROW NO-BREAK SPACE. A run of U+0020,
/// U+00A0 and U+202F there becomes one U+202F; where there is none, one is inserted.
///
/// Works on the literal of one text node; `contentBefore` / `contentAfter` tell whether an inline
/// node (emphasis, link, span…) touches the text on that side, so `«` at the end of the text or
/// `»` at its start still gets its space.
enum GuillemetSpacing {
    static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }

    /// The text with the rule applied; the same string when nothing changes.
    static func apply(_ text: String, contentBefore: Bool, contentAfter: Bool) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "«" || $0 == "»" }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "«" {
                output.append(scalar)
                var next = index + 1
                while next < scalars.count, isSpace(scalars[next]) { next += 1 }
                if next < scalars.count || contentAfter {
                    output.append(narrowNoBreakSpace)
                } else {
                    output.append(contentsOf: scalars[(index + 1)..<next])
                }
                index = next
                continue
            }
            if isSpace(scalar) {
                var next = index
                while next < scalars.count, isSpace(scalars[next]) { next += 1 }
                let wordBefore = index > 0 || contentBefore
                if next < scalars.count, scalars[next] == "»", wordBefore {
                    output.append(narrowNoBreakSpace)
                } else {
                    output.append(contentsOf: scalars[index..<next])
                }
                index = next
                continue
            }
            if scalar == "»" {
                // No space before it (a space run was handled above).
                let previous = output.last
                let wordBefore = previous.map { $0 != "«" && !isSpace($0) } ?? contentBefore
                if wordBefore { output.append(narrowNoBreakSpace) }
                output.append(scalar)
                index += 1
                continue
            }
            output.append(scalar)
            index += 1
        }
        return String(output)
    }
}
