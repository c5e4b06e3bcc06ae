/// Turns the inline Markdown of a transcript paragraph into the plain text it shows
/// (CommonMark 0.31 §2.4): a backslash before ASCII punctuation is dropped and the punctuation
/// kept (`\[applause\]` → `[applause]`, `\#` → `#`). Other inline markup is kept as written.
enum MarkdownInline {
    /// `text` with backslash escapes resolved.
    static func plainText(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var escaping = false
        for character in text {
            if escaping {
                if !(character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol) { result.append("\\") }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }
}
