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
    private static let alwaysEscaped = asciiTable("\\`*_[]{}<>|~&$")
    private static let lineStartEscaped = asciiTable("#-+=:")

    /// A 128-entry lookup table, true at the code of each character of `characters`.
    private static func asciiTable(_ characters: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 128)
        for byte in characters.utf8 { table[Int(byte)] = true }
        return table
    }

    /// `text` with the characters above escaped. `atLineStart` tells whether `text` begins a line
    /// of the output (a block's first line, or after `\n` inside it).
    /// - Parameter text: plain seed text; `\n` separates lines.
    public static func escape(_ text: Substring, atLineStart: Bool) -> String {
        // Every character that is escaped is ASCII, so the work is done on UTF-8 bytes: a byte
        // below 0x80 is always a whole character, and the others are copied as they are.
        let utf8 = text.utf8
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 16)
        let urls = URLRun.find(in: text).map {
            (utf8.distance(from: utf8.startIndex, to: $0.lowerBound), utf8.distance(from: utf8.startIndex, to: $0.upperBound))
        }
        var nextURL = 0
        var lineStart = atLineStart
        var leadingDigits = false
        var offset = 0
        for byte in utf8 {
            defer { offset += 1 }
            if nextURL < urls.count {
                let (urlStart, urlEnd) = urls[nextURL]
                if offset == urlStart { output.append(UInt8(ascii: "<")) }
                if offset >= urlStart && offset < urlEnd {
                    output.append(byte)
                    if offset == urlEnd - 1 {
                        output.append(UInt8(ascii: ">"))
                        nextURL += 1
                        lineStart = false
                        leadingDigits = false
                    }
                    continue
                }
            }
            if byte == UInt8(ascii: "\n") {
                output.append(byte)
                lineStart = true
                leadingDigits = false
                continue
            }
            if lineStart, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                output.append(byte)
                continue
            }
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if lineStart, isDigit {
                output.append(byte)
                leadingDigits = true
                lineStart = false
                continue
            }
            if leadingDigits {
                if isDigit {
                    output.append(byte)
                    continue
                }
                leadingDigits = false
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") {
                    output.append(UInt8(ascii: "\\"))
                    output.append(byte)
                    continue
                }
                // Anything else after the digits is escaped as anywhere else (`1<b>`, `2\\`).
            }
            if byte < 0x80, alwaysEscaped[Int(byte)] || (lineStart && lineStartEscaped[Int(byte)]) {
                output.append(UInt8(ascii: "\\"))
            }
            output.append(byte)
            // A continuation byte of a multi-byte character never starts anything.
            if byte < 0x80 || byte >= 0xC0 { lineStart = false }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Convenience for a whole string that starts a line.
    public static func escape(_ text: String) -> String {
        escape(Substring(text), atLineStart: true)
    }
}
