import Model

/// What a run of the pipeline did, for the command line to print.
public struct GenerateReport: Sendable {
    /// Every error and warning, in seed order, then site-wide ones.
    public var diagnostics: [Diagnostic]
    /// Number of seeds found and number turned into pages.
    public var seedCount: Int
    public var transcriptCount: Int
    /// How many seeds have an error this time, so that nothing was generated from them (their
    /// pages published before may be kept: ``kept``); each has its error in ``diagnostics``.
    public var seedsWithErrors = 0
    /// How many of the errors in ``diagnostics`` are those seeds' own (one each as seeds are read
    /// now), told apart from the other errors (the speakers file, a file that cannot be
    /// written) by where they came from rather than by assuming one per seed.
    public var seedErrors = 0
    /// Seeds (paths relative to the seeds folder) that could not be read this time, whose
    /// previously published pages were kept as they were and stay listed.
    public var kept: [String]
    /// Seeds read this time whose previously published pages were kept as they were all the
    /// same, because `speakers.yml` cannot be read (written anew without it, they would lose the
    /// roles and aliases it gives); not among ``kept``, as these seeds have no error.
    public var keptForSpeakersFile: [String] = []
    /// Paths (relative to the output folder) written, left unchanged and removed; with
    /// `checkOnly`, `changed` lists what would be created, changed or removed and nothing is written.
    public var written: [String]
    public var unchanged: Int
    public var removed: [String]
    public var changed: [String]
    /// Paths that could not be written or removed (each with an error in ``diagnostics``).
    public var failed: [String]
    /// Paths not written, removed or checked because a folder on their way is a symbolic link out
    /// of the output folder (each link with a warning in ``diagnostics``), sorted.
    public var skipped: [String] = []
    /// True when the previous `data/transcripts.json` is listed in the manifest but could not be
    /// read (missing, a folder, behind a file, a link that loops, not valid JSON): generating now
    /// would number clashing slugs and speaker ids afresh.
    public var previousPermalinksLost = false

    /// True when some seed could not be used or some file could not be written.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The transcripts the site publishes: those generated this time and those kept as they were
    /// from seeds that have errors now (``kept``) or because `speakers.yml` cannot be read
    /// (``keptForSpeakersFile``).
    public var publishedCount: Int { transcriptCount + kept.count + keptForSpeakersFile.count }

    /// The line `verbatim generate --check` prints when nothing would change, e.g.
    /// `public/ is up to date (2 transcripts, 1 of them kept from a seed with errors); 1 seed had
    /// an error (not generated).`, with the counts of ``problemsClause`` as ``summary(output:)``
    /// has them. When seeds have errors and no transcript is published, the site is not called
    /// up to date: `No file in public/ would change, but it publishes no transcript; 3 seeds had
    /// an error (not generated).`
    /// - Parameter output: the output folder as the user named it.
    public func upToDateSummary(output: String) -> String {
        if publishedCount == 0, seedsWithErrors > 0 {
            return "No file in \(output)/ would change, but it publishes no transcript\(skippedClause)\(problemsClause)."
        }
        return "\(output)/ is up to date (\(Self.count(publishedCount, "transcript"))\(keptClause)\(skippedClause))\(problemsClause)."
    }

    /// The line `verbatim generate` prints at the end, e.g. `Generated 2 transcripts from 3 seeds
    /// into public/, 1 of them kept from a seed with errors: 1 file written, 40 unchanged, 0
    /// removed; 1 seed had an error (not generated), 3 warnings.` The part after `;`
    /// (``problemsClause``) is there only when there were errors or warnings.
    /// - Parameter output: the output folder as the user named it.
    public func summary(output: String) -> String {
        var text = "Generated \(Self.count(publishedCount, "transcript")) from \(Self.count(seedCount, "seed")) into \(output)/\(keptClause): "
            + "\(Self.count(written.count, "file")) written, \(unchanged) unchanged, \(removed.count) removed"
        if !failed.isEmpty { text += ", \(failed.count) could not be written or removed" }
        text += skippedClause
        return text + problemsClause + "."
    }

    /// The messages as `verbatim generate` prints them, one line each: errors first, a flood
    /// of one warning in one file cut short after the first three
    /// (``Model/Swift/Array/printedLines(showingFirst:)``).
    public var printedMessages: [String] { diagnostics.printedLines() }

    /// `; 1 seed had an error (not generated), 1 other error, 3 warnings`: how many seeds have
    /// an error (``seedsWithErrors``), how many other errors (those not of a seed,
    /// ``seedErrors``: the speakers file, a file that cannot be written) and how many warnings there were, each left out when there is none
    /// (nothing at all when there is none of them). Every warning is counted, those a flood
    /// leaves unprinted too.
    public var problemsClause: String {
        var parts: [String] = []
        let seeds = seedsWithErrors
        if seeds > 0 { parts.append("\(Self.count(seeds, "seed")) had an error (not generated)") }
        let others = Swift.max(diagnostics.errorCount - seedErrors, 0)
        if others > 0 { parts.append(Self.count(others, seeds > 0 ? "other error" : "error")) }
        let warnings = diagnostics.warningCount
        if warnings > 0 { parts.append(Self.count(warnings, "warning")) }
        return parts.isEmpty ? "" : "; " + parts.joined(separator: ", ")
    }

    /// The advice `verbatim generate --check` ends with when files would change: to generate
    /// and commit, but first to restore the previous `data/transcripts.json` when it could not be
    /// read (``previousPermalinksLost``), since generating without it renumbers permalinks that clash.
    /// - Parameter output: the output folder as the user named it.
    public func checkAdvice(output: String) -> String {
        guard previousPermalinksLost else { return "Run `verbatim generate` and commit the result." }
        return "First restore \(output)/data/transcripts.json (see the warning above): generating without it "
            + "renumbers the permalinks of pages that share a title or a name. Then run `verbatim generate` and commit the result."
    }

    /// `, N of them kept from seeds with errors`, `, N of them kept as published before because
    /// speakers.yml cannot be read`, both, or nothing when no seed's pages were kept.
    private var keptClause: String {
        var parts: [String] = []
        if !kept.isEmpty { parts.append("\(kept.count) of them kept from \(kept.count == 1 ? "a seed" : "seeds") with errors") }
        if !keptForSpeakersFile.isEmpty {
            parts.append("\(keptForSpeakersFile.count) \(kept.isEmpty ? "of them " : "")kept as published before because speakers.yml cannot be read")
        }
        return parts.isEmpty ? "" : ", " + parts.joined(separator: ", ")
    }

    /// `, 2 files skipped behind a symbolic link out of the output folder`, or nothing when none was.
    private var skippedClause: String {
        skipped.isEmpty ? "" : ", \(Self.count(skipped.count, "file")) skipped behind a symbolic link out of the output folder"
    }

    /// `1 seed`, `2 seeds`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
