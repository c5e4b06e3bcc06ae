/// Writes YAML scalars for front matter, always double-quoted so that no value can change the
/// document's structure or type (`no`, `2016-04-11`, `: `, `#`).
///
/// Escapes as YAML 1.2 §5.7 allows inside double quotes: `\\`, `\"`, `\n`, `\t`, and `\u{...}`
/// as `\uXXXX` for other control characters.
enum YAMLScalar {
    /// `value` as a double-quoted YAML scalar.
    static func quoted(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
