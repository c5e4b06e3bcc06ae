import Foundation
import Model

/// Why an evaluation could not run.
public enum EvaluationError: Error, CustomStringConvertible {
    /// The gold folder cannot be listed.
    case unreadable(String)
    /// A gold file is not valid JSON of the gold format; the path (with `:line:column` when
    /// known) and what was wrong.
    case invalidGold(String, String)

    /// A gold file (or one line of a JSON Lines file) that `JSONDecoder` refused: `place` is
    /// `path:line:column` of a syntax error, else `path` (or `path:line`) with the coding path of
    /// the value that has the wrong type or is missing, and a hint.
    /// - Parameters:
    ///   - error: what `JSONDecoder.decode` threw.
    ///   - data: the bytes it read.
    ///   - path: the file's path, for the message.
    ///   - line: the line of `data` in the file (a JSON Lines record), or nil for a whole file.
    static func invalidJSON(_ error: any Error, data: Data, path: String, line: Int? = nil) -> EvaluationError {
        if let problem = JSONProblem(parsing: data) {
            var place = path
            if let at = problem.line.map({ $0 + (line ?? 1) - 1 }) {
                place += ":\(at)"
                if let column = problem.column { place += ":\(column)" }
            } else if let line {
                place += ":\(line)"
            }
            return .invalidGold(place, "not valid JSON: \(problem.summary); look there for a missing comma, quote, colon or bracket")
        }
        let place = line.map { "\(path):\($0)" } ?? path
        func at(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "at the top level" : "at `\(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)`"
        }
        let reason: String
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            reason = "no `\(key.stringValue)` \(at(context)); add it"
        case .typeMismatch(let type, let context)?, .valueNotFound(let type, let context)?:
            reason = "\(mismatch(expected: type, context.debugDescription)) \(at(context)); write the value the gold format expects (corpus/gold/README.md)"
        case .dataCorrupted(let context)?:
            reason = "\(context.debugDescription) \(at(context)); write the value the gold format expects (corpus/gold/README.md)"
        default:
            reason = "\(error)"
        }
        return .invalidGold(place, reason)
    }

    /// `expected a list, found a string`: a type mismatch in JSON's words rather than Swift's
    /// (`Expected to decode Array<Any> but found a string instead.`). `description` is the
    /// decoder's message, from which the found kind is taken (`null` for a missing value).
    static func mismatch(expected type: Any.Type, _ description: String) -> String {
        let name = String(describing: type)
        let expected: String
        if name.hasPrefix("Array") || name.hasPrefix("[") {
            expected = "a list"
        } else if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") {
            expected = "an object"
        } else if name == "String" || name == "Character" {
            expected = "a string"
        } else if name == "Bool" {
            expected = "true or false"
        } else if ["Int", "Double", "Float", "Decimal"].contains(where: name.hasPrefix) || name.hasPrefix("UInt") {
            expected = "a number"
        } else {
            expected = "a value of another type (\(name))"
        }
        var found = "a value of another type"
        if let range = description.range(of: "but found ") {
            var kind = description[range.upperBound...]
            if let end = kind.range(of: " instead") { kind = kind[..<end.lowerBound] }
            switch kind.trimmingCharacters(in: .whitespaces).lowercased() {
            case "a dictionary", "a keyed container", "an object": found = "an object"
            case "an array", "an unkeyed container": found = "a list"
            case "null", "null value", "a null value": found = "null"
            case "bool", "a bool", "a boolean": found = "true or false"
            case let other where other.hasPrefix("a ") || other.hasPrefix("an "): found = other
            case let other where !other.isEmpty: found = ("aeiou".contains(other.first!) ? "an " : "a ") + other
            default: break
            }
        } else if description.contains("null") {
            found = "null"
        }
        return "expected \(expected), found \(found)"
    }

    /// `path: error: reason`, for the command line.
    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): error: cannot list the gold folder"
        case .invalidGold(let path, let reason): return "\(path): error: not a gold annotation (\(reason))"
        }
    }
}
