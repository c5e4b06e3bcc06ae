/// The shape of a language tag, for every reader of a `lang:` value.
public enum LanguageTag {
    /// Whether `tag` has the shape of a BCP 47 language tag (RFC 5646 §2.1, simplified): a 2–3
    /// letter language, then subtags of 1–8 letters or digits separated by `-`.
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
