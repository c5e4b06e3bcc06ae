import Foundation
import Model

/// Parses JSON seeds with `JSONSerialization` (RFC 8259) and turns a syntax error into a
/// ``Diagnostic`` naming the file.
///
/// Control characters written as escapes (`"Darth\u009B Vader"`, `\u0007`, `\b`) are decoded
/// by the parser after the text was normalised, so they are removed here, from every string
/// (keys too), as ``TextNormalizer`` removes raw ones: C0 controls but tab, line feed and carriage
/// return (`\u000B` and `\u000C` become a line end), DEL and C1 (U+0080–U+009F); `\u2028` and
/// `\u2029`, escaped or raw, become a line and a paragraph break (``Model/TextNormalizer/separatorBreak(_:)``), and an
/// escaped private-use code point the renderer reserves (`\uE001`, `\uDB80\uDC00`) becomes U+FFFD, as a raw
/// one does (``Model/TextNormalizer/isReservedPrivateUse(_:)``). One warning
/// names the first escape's line and column (``escapedControlWarning(_:file:)``).
enum JSONValueReader {
    /// What to do about a JSON syntax error.
    static let syntaxHint = "look at that place, or just before it, for a missing comma, quote, colon or bracket, or one too many"

    /// The top-level object of `text`, its strings without control characters, and the warning
    /// about the escaped controls that were removed (nil when there was none).
    /// - Throws: a ``Diagnostic`` when `text` is not JSON (at the line and column where the
    ///   parser stopped, when it says) or its top level is not an object.
    static func object(_ text: String, path: String) throws(Diagnostic) -> (object: [String: Any], warnings: [Diagnostic]) {
        let (text, surrogateWarning) = replacingLoneSurrogates(text, file: path)
        let (object, warning) = try parsedObject(text, path: path)
        return (object, [surrogateWarning, warning].compactMap { $0 })
    }

    /// ``object(_:path:)`` of a text whose lone surrogate escapes were replaced.
    private static func parsedObject(_ text: String, path: String) throws(Diagnostic) -> (object: [String: Any], warning: Diagnostic?) {
        let parsed: Any
        let data = Data(text.utf8)
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let problem = JSONProblem(error, in: data)
            throw Diagnostic(
                .error, file: path, line: problem.line, column: problem.column,
                message: "not valid JSON: \(problem.summary)",
                hint: problem.summary.hasPrefix("number ") ? "write a number a double holds (within ±1.8e308)" : syntaxHint)
        }
        guard let object = parsed as? [String: Any] else {
            throw Diagnostic(.error, file: path, line: 1, message: "the JSON top level is not an object", hint: SeedFormat.supportedHint)
        }
        let warning = escapedControlWarning(text, file: path)
        // `\u2028` and `\u2029` escapes, and the raw characters (which the normaliser leaves in a
        // JSON seed: TextNormalizer.SeparatorForm.kept), are line and paragraph breaks.
        // Escapes of reserved private-use code points (`\uE001`) are decoded by the parser too.
        guard warning != nil || hasEscapeToMend(text)
            || text.unicodeScalars.contains(where: { TextNormalizer.separator($0.value) != nil })
        else { return (object, nil) }
        return (removingControls(from: object) as? [String: Any] ?? object, warning)
    }

    /// `text` with each lone UTF-16 surrogate written as a JSON escape (`\ud800` not followed by
    /// a low surrogate escape, or `\udc00` not after a high one) written `\uFFFD` instead, and a
    /// warning at the first one's line and column (columns in Unicode scalars, 1-based), with
    /// how many there were; nil when there was none. RFC 8259 §8.2 leaves such strings'
    /// meaning open and the parser refuses them (at a wrong place); read as U+FFFD, as an
    /// invalid UTF-8 byte is, the rest of the seed is kept. The escape keeps its length, so
    /// every later line and column stays the file's. An escaped backslash (`\\ud800`) is text.
    static func replacingLoneSurrogates(_ text: String, file: String) -> (text: String, warning: Diagnostic?) {
        guard text.contains("\\u") || text.contains("\\U") else { return (text, nil) }
        var scalars = Array(text.unicodeScalars)
        func escape(at index: Int) -> UInt32? {
            guard index + 5 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" || scalars[index + 1] == "U" else { return nil }
            return UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16)
        }
        var count = 0
        var first: (escape: String, line: Int, column: Int)?
        var line = 1
        var column = 1
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                column = 1
                index += 1
                continue
            }
            guard scalars[index] == "\\", index + 1 < scalars.count else {
                index += 1
                column += 1
                continue
            }
            guard let value = escape(at: index) else {
                index += 2
                column += 2
                continue
            }
            if (0xD800...0xDBFF).contains(value), let next = escape(at: index + 6), (0xDC00...0xDFFF).contains(next) {
                index += 12
                column += 12
                continue
            }
            if (0xD800...0xDFFF).contains(value) {
                count += 1
                if first == nil { first = (String(String.UnicodeScalarView(scalars[index...(index + 5)])), line, column) }
                scalars.replaceSubrange((index + 2)...(index + 5), with: "FFFD".unicodeScalars)
            }
            index += 6
            column += 6
        }
        guard let first else { return (text, nil) }
        let warning = Diagnostic(
            .warning, file: file, line: first.line, column: first.column,
            message: count == 1
                ? "the JSON escape `\(first.escape)` is half of a UTF-16 surrogate pair, with no other half; it was read as U+FFFD (�)"
                : "\(count) JSON escapes are halves of UTF-16 surrogate pairs with no other half (the first here: `\(first.escape)`); each was read as U+FFFD (�)",
            hint: "write the character meant, or its pair of escapes (`\\ud83d\\ude00` for 😀)")
        return (String(String.UnicodeScalarView(scalars)), warning)
    }

    /// Whether `text` holds a `\\u` escape that ``removingControls(from:)`` has to mend: of a C0
    /// or C1 control, a line or paragraph separator, a surrogate (a pair may stand for a
    /// supplementary private-use code point) or a private-use code point (U+E000–U+F8FF). Other
    /// escapes (`\\u00e9`, common in JSON) leave the parsed object as it is, so it is not walked
    /// again. An escaped backslash (`\\\\u0085`) is text.
    static func hasEscapeToMend(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "\\")) else { return false }
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "\\") else { index += 1; continue }
            if bytes[index + 1] == UInt8(ascii: "u") || bytes[index + 1] == UInt8(ascii: "U"), index + 5 < bytes.count,
               let value = UInt32(String(decoding: bytes[(index + 2)...(index + 5)], as: UTF8.self), radix: 16)
            {
                switch value {
                case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xD800...0xDFFF, 0xE000...0xF8FF: return true
                default: index += 6
                }
            } else {
                index += 2
            }
        }
        return false
    }

    /// Whether the JSON escape of `value` stands for a control character that is removed: those
    /// ``TextNormalizer`` removes, and NUL (`\u0000`).
    private static func isRemovedControl(_ value: UInt32) -> Bool {
        value == 0 || ControlCharacters.isRemovedControl(value)
    }

    /// `value` with every string (and key) rid of control characters (see the type's comment).
    static func removingControls(from value: Any) -> Any {
        if let string = value as? String {
            var scalars = String.UnicodeScalarView()
            for scalar in string.unicodeScalars {
                if scalar.value == 0x0B || scalar.value == 0x0C {
                    scalars.append("\n")
                } else if let text = TextNormalizer.separatorBreak(scalar.value) {
                    scalars.append(contentsOf: text.unicodeScalars)
                } else if !isRemovedControl(scalar.value) {
                    scalars.append(TextNormalizer.replacingReservedPrivateUse(scalar))
                }
            }
            return String(scalars)
        }
        if let array = value as? [Any] { return array.map(removingControls(from:)) }
        if let dictionary = value as? [String: Any] {
            var cleaned: [String: Any] = [:]
            for (key, item) in dictionary {
                let cleanKey = removingControls(from: key) as? String ?? key
                if cleaned[cleanKey] == nil || cleanKey == key { cleaned[cleanKey] = removingControls(from: item) }
            }
            return cleaned
        }
        return value
    }

    /// A warning naming the first control character written as a JSON escape (`\u0085`, `\b`)
    /// in `text`, at the backslash's line and column (columns in Unicode scalars, 1-based), with
    /// how many there are; nil when there is none. An escaped backslash (`\\u0085`) is text.
    static func escapedControlWarning(_ text: String, file: String) -> Diagnostic? {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var count = 0
        var first: (escape: String, value: UInt32, line: Int, column: Int)?
        var line = 1
        var column = 1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                line += 1
                column = 1
                index += 1
                continue
            }
            guard scalar == "\\", index + 1 < scalars.count else {
                index += 1
                column += 1
                continue
            }
            var length = 2
            var value: UInt32?
            switch scalars[index + 1] {
            case "b": value = 0x08
            case "u" where index + 5 < scalars.count:
                let hex = String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)]))
                if let parsed = UInt32(hex, radix: 16) {
                    value = parsed
                    length = 6
                }
            default: break
            }
            if let value, isRemovedControl(value) {
                count += 1
                if first == nil {
                    first = (String(String.UnicodeScalarView(scalars[index..<(index + length)])), value, line, column)
                }
            }
            index += length
            column += length
        }
        guard let first else { return nil }
        let what = ControlCharacters.described(first.value)
        return Diagnostic(
            .warning, file: file, line: first.line, column: first.column,
            message: count == 1
                ? "a control character written as the JSON escape `\(first.escape)` (\(what)) in a string; it was removed"
                : "\(count) control characters written as JSON escapes in strings (the first here: `\(first.escape)`, \(what)); each was removed",
            hint: "remove the escapes from the file, or write the characters meant (`\\u2019` for ’, not `\\u0092`)")
    }

    /// A number (JSON number or numeric string) as seconds.
    static func seconds(_ value: Any?) -> Double? {
        if let number = value as? NSNumber {
            // JSON true/false come as NSNumber too; they are no time.
            guard String(cString: number.objCType) != "c", Timecode.isPlausible(number.doubleValue) else { return nil }
            return number.doubleValue
        }
        if let string = value as? String {
            if let number = Double(string) { return Timecode.isPlausible(number) ? number : nil }
            return ClockTime.seconds(Substring(string))
        }
        return nil
    }
}
