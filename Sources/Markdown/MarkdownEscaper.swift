/// Escapes seed text so that CommonMark/GFM reads it as literal text, never as markup
/// (DESIGN.md, "Seed text is escaped so that it can never turn into Markdown or HTML").
///
/// Rules (CommonMark 0.31 §2.4: any ASCII punctuation may be backslash-escaped):
/// - always escaped, anywhere: `\` `` ` `` `*` `_` `[` `]` `{` `}` `<` `>` `|` `~` `&` `$`
///   (inline markup, links, attributes, raw HTML, tables, strikethrough, entities);
/// - escaped at the start of a line only: `#` (ATX heading), `-` `+` `=` (lists, thematic breaks,
///   setext underlines), `:` (fenced divs), and the `.` or `)` after leading digits (ordered lists);
/// - spaces and tabs at the start of a line keep it "at the start" (a block start may be indented
///   by up to three spaces: CommonMark §4); the writer's block texts are trimmed, so no indented
///   code block can form.
/// Everything else, including quotation marks and apostrophes, is kept as published.
/// Web addresses (``URLRun``) are written as autolinks `<https://…>`, unescaped: CommonMark
/// reads the inside of an autolink literally.
public enum MarkdownEscaper {
    private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "{", "}", "<", ">", "|", "~", "&", "$"]
    private static let lineStartEscaped: Set<Character> = ["#", "-", "+", "=", ":"]

    /// `text` with the characters above escaped. `atLineStart` tells whether `text` begins a line
    /// of the output (a block's first line, or after `\n` inside it).
    /// - Parameter text: plain seed text; `\n` separates lines.
    public static func escape(_ text: Substring, atLineStart: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        var lineStart = atLineStart
        var leadingDigits = false
        var urls = URLRun.find(in: text)[...]
        var index = text.startIndex
        while index < text.endIndex {
            if let url = urls.first, url.lowerBound == index {
                output += "<" + text[url] + ">"
                urls = urls.dropFirst()
                index = url.upperBound
                lineStart = false
                leadingDigits = false
                continue
            }
            let character = text[index]
            index = text.index(after: index)
            if character == "\n" {
                output.append("\n")
                lineStart = true
                leadingDigits = false
                continue
            }
            if lineStart, character == " " || character == "\t" {
                output.append(character)
                continue
            }
            if lineStart, character.isASCII, character.isNumber {
                output.append(character)
                leadingDigits = true
                lineStart = false
                continue
            }
            if leadingDigits {
                if character.isASCII, character.isNumber {
                    output.append(character)
                    continue
                }
                leadingDigits = false
                if character == "." || character == ")" {
                    output.append("\\")
                    output.append(character)
                    continue
                }
                // Anything else after the digits is escaped as anywhere else (`1<b>`, `2\\`).
            }
            if alwaysEscaped.contains(character) || (lineStart && lineStartEscaped.contains(character)) {
                output.append("\\")
            }
            output.append(character)
            lineStart = false
        }
        return output
    }

    /// Convenience for a whole string that starts a line.
    public static func escape(_ text: String) -> String {
        escape(Substring(text), atLineStart: true)
    }
}
