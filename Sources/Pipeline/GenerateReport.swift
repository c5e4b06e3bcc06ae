import Model

/// What a run of the pipeline did, for the command line to print.
public struct GenerateReport: Sendable {
    /// Every error and warning, in seed order, then site-wide ones.
    public var diagnostics: [Diagnostic]
    /// Number of seeds found and number turned into pages.
    public var seedCount: Int
    public var transcriptCount: Int
    /// Seeds (paths relative to the seeds folder) that could not be read this time, whose
    /// previously published pages were kept as they were and stay listed.
    public var kept: [String]
    /// Paths (relative to the output folder) written, left unchanged and removed; with
    /// `checkOnly`, `changed` lists what would be created, changed or removed and nothing is written.
    public var written: [String]
    public var unchanged: Int
    public var removed: [String]
    public var changed: [String]
    /// Paths that could not be written or removed (each with an error in ``diagnostics``).
    public var failed: [String]

    /// True when some seed could not be used or some file could not be written.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
