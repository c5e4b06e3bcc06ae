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
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            reason = "\(context.debugDescription) \(at(context)); write the value the gold format expects (corpus/gold/README.md)"
        default:
            reason = "\(error)"
        }
        return .invalidGold(place, reason)
    }

    /// `path: error: reason`, for the command line.
    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): error: cannot list the gold folder"
        case .invalidGold(let path, let reason): return "\(path): error: not a gold annotation (\(reason))"
        }
    }
}
