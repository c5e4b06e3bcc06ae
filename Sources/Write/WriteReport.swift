/// What ``SiteWriter/write(_:to:)`` did, each list sorted, paths relative to the output folder
/// with `/` separators. The manifest itself is not listed.
public struct WriteReport: Sendable, Hashable {
    /// Files created or replaced because their bytes changed.
    public var written: [String]
    /// Files whose bytes were already identical and were not touched.
    public var unchanged: [String]
    /// Files listed in the previous manifest that are no longer produced, and were deleted.
    public var removed: [String]

    /// A report with the given lists (expected sorted).
    public init(written: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }
}
