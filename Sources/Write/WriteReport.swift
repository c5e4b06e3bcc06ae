import Model

/// What ``SiteWriter/write(_:to:)`` did, each list sorted, paths relative to the output folder
/// with `/` separators. The manifest itself is listed only in ``failed``, when it could not be
/// written.
public struct WriteReport: Sendable, Hashable {
    /// Files created or replaced because their bytes changed.
    public var written: [String]
    /// Files whose bytes were already identical and were not touched.
    public var unchanged: [String]
    /// Files listed in the previous manifest that are no longer produced, and were deleted.
    public var removed: [String]
    /// Files that could not be written, or stale files that could not be removed; the files on
    /// disk at those paths are as they were.
    public var failed: [String]
    /// One error per failure, in the order met, each naming the file (its full path), what went
    /// wrong and what to do; the manifest too, when it could not be written.
    public var failures: [Diagnostic]
    /// Files not written or removed because a folder on their way is a symbolic link out of the
    /// output folder, sorted; what stands there (and behind the link) is as it was.
    public var skipped: [String] = []
    /// One warning per such symbolic link, naming it (its full path), in the order met.
    public var warnings: [Diagnostic] = []

    /// A report with the given lists (expected sorted).
    public init(
        written: [String] = [], unchanged: [String] = [], removed: [String] = [], failed: [String] = [],
        failures: [Diagnostic] = []
    ) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
        self.failed = failed
        self.failures = failures
    }
}
