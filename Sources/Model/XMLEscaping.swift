/// Escaping for text that lands in XML (Atom feed, sitemap, TEI) and in HTML, including the
/// markup the renderer writes itself (annotation elements): HTML reads `&apos;` (HTML Living
/// Standard §13.5, named character references) as XML does.
///
/// Rules: XML 1.0 (Fifth Edition) §2.2 "Characters" allows only
/// `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`; every other code
/// point (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF) is removed, since no
/// escape can represent it (HAZARDS.md B22). The five characters with a meaning in markup
/// (`& < > " '`, XML 1.0 §2.4) are written as entity references.
public enum XMLEscaping {
    /// Whether `scalar` is a `Char` of XML 1.0 §2.2.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` without the code points XML 1.0 §2.2 forbids; all other characters unchanged.
    public static func removingForbiddenCharacters(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(isAllowed) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// `text` made safe as XML character data or as an attribute value in single or double quotes:
    /// forbidden code points removed, then `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`,
    /// `"` → `&quot;`, `'` → `&apos;`.
    public static func escape(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// `text` made safe as XML character data (not for attribute values): forbidden code points
    /// removed, then `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;` (the `>` so that `]]>` cannot
    /// occur); quotation marks and apostrophes are kept as written, for readable exports.
    public static func escapeText(_ text: String) -> String {
        escape(text, quotes: false)
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&apos;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
