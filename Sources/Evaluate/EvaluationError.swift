/// Why an evaluation could not run.
public enum EvaluationError: Error, CustomStringConvertible {
    /// The gold folder cannot be listed.
    case unreadable(String)
    /// A gold file is not valid JSON of the gold format; the path and the decoder's message.
    case invalidGold(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): error: cannot list the gold folder"
        case .invalidGold(let path, let reason): return "\(path): error: not a gold annotation (\(reason))"
        }
    }
}
