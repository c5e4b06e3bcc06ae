/// A JSON value whose objects keep their keys in the order given, written by hand so that the
/// bytes are the same in every build (HAZARDS.md B14).
///
/// Output (RFC 8259): pretty-printed with two-space indentation and `": "` after keys, UTF-8,
/// `/` and non-ASCII characters written as they are; `"`, `\` and the control characters
/// U+0000–U+001F escaped (`\n`, `\t`, `\r`, `\b`, `\f` or `\u00XX`), and U+2028/U+2029 escaped
/// so that the text is also a valid JavaScript literal.
public indirect enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer, written in decimal.
    case int(Int)
    /// A number already written as a JSON literal (see ``fixed(_:maximumFractionDigits:)``).
    case number(String)
    /// A string.
    case string(String)
    /// An array, in the order given.
    case array([JSONValue])
    /// An object, its keys in the order given.
    case object([(String, JSONValue)])

    /// `value` rounded half away from zero to at most `maximumFractionDigits` (0…6) decimals,
    /// written without trailing zeros but with at least one decimal (`0.0`, `0.85`, `1.0`).
    /// NaN and infinities, which JSON cannot hold, are written `0.0`.
    public static func fixed(_ value: Double, maximumFractionDigits: Int = 2) -> JSONValue {
        let places = max(0, min(6, maximumFractionDigits))
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        guard value.isFinite, abs(value) < Double(Int.max / (scale * 10)) else { return .number("0.0") }
        let scaled = Int((value * Double(scale)).rounded(.toNearestOrAwayFromZero))
        let negative = scaled < 0
        let magnitude = abs(scaled)
        let whole = magnitude / scale
        var fraction = places == 0 ? "" : String(magnitude % scale)
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if fraction.isEmpty { fraction = "0" }
        return .number((negative && magnitude != 0 ? "-" : "") + "\(whole).\(fraction)")
    }

    /// `string` or `null`.
    public static func optional(_ string: String?) -> JSONValue {
        string.map(JSONValue.string) ?? .null
    }

    /// The value as pretty-printed JSON text followed by a line feed.
    public var text: String {
        var output = ""
        write(to: &output, indent: "")
        output += "\n"
        return output
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let literal): output += literal
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            let inner = indent + "  "
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.write(to: &output, indent: inner)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            let inner = indent + "  "
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += inner
                JSONValue.writeString(key, to: &output)
                output += ": "
                value.write(to: &output, indent: inner)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// Equal when the written texts are equal.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text == rhs.text }
    /// Hashes the written text, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
