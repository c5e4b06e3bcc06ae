import Foundation
import Model

/// Parses JSON seeds with `JSONSerialization` (RFC 8259) and turns a syntax error into a
/// ``Diagnostic`` naming the file.
enum JSONValueReader {
    /// The top-level object of `text`.
    /// - Throws: a ``Diagnostic`` when `text` is not JSON or its top level is not an object.
    static func object(_ text: String, path: String) throws(Diagnostic) -> [String: Any] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw Diagnostic(.error, file: path, message: "not valid JSON: \((error as NSError).localizedDescription)",
                hint: "check the file with a JSON validator")
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
