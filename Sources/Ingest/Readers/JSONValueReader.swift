import Foundation
import Model

/// Parses JSON seeds with `JSONSerialization` (RFC 8259) and turns a syntax error into a
/// ``Diagnostic`` naming the file.
enum JSONValueReader {
    /// What to do about a JSON syntax error.
    static let syntaxHint = "look at that place, or just before it, for a missing comma, quote, colon or bracket, or one too many"

    /// The top-level object of `text`.
    /// - Throws: a ``Diagnostic`` when `text` is not JSON (at the line and column where the
    ///   parser stopped, when it says) or its top level is not an object.
    static func object(_ text: String, path: String) throws(Diagnostic) -> [String: Any] {
        let parsed: Any
        let data = Data(text.utf8)
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let problem = JSONProblem(error, in: data)
            throw Diagnostic(
                .error, file: path, line: problem.line, column: problem.column,
                message: "not valid JSON: \(problem.summary)", hint: syntaxHint)
        }
        guard let object = parsed as? [String: Any] else {
            throw Diagnostic(.error, file: path, line: 1, message: "the JSON top level is not an object", hint: SeedFormat.supportedHint)
        }
        return object
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
