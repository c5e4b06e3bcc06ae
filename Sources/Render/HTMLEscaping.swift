/// Escaping for the markup the renderer writes itself (annotation elements); cmark-gfm escapes
/// everything else.
enum HTMLEscaping {
    /// `text` safe inside an element or a double- or single-quoted attribute value:
    /// `&` `<` `>` `"` `'` become character references (HTML Living Standard, 13.1.2.3/13.1.4).
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
