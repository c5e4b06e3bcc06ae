import Model
@testable import Pipeline
import Testing

/// The summary's "other errors" are the errors that are not a seed's own, counted by where they
/// came from: a seed with two errors (its own and its sidecar's, say) and a file that could not
/// be written give "1 seed had an error (not generated), 1 other error", not "2 other errors"
/// (the errors minus the seeds, as it was).
@Test func otherErrorsAreThoseNotOfASeed() {
    var report = GenerateReport(
        diagnostics: [
            Diagnostic(.error, file: "seeds/a.txt", line: 2, message: "front matter is not valid YAML"),
            Diagnostic(.error, file: "seeds/a.txt.yml", line: 1, message: "this sidecar file is not valid YAML"),
            Diagnostic(.error, file: "public/index.html", message: "cannot write file"),
            Diagnostic(.warning, file: "seeds/b.txt", line: 4, message: "a NUL byte in the text; it was removed"),
        ],
        seedCount: 2, transcriptCount: 1, kept: [], written: [], unchanged: 3, removed: [], changed: [], failed: ["index.html"])
    report.seedsWithErrors = 1
    report.seedErrors = 2
    #expect(report.problemsClause == "; 1 seed had an error (not generated), 1 other error, 1 warning")
    report.seedErrors = 0
    report.seedsWithErrors = 0
    #expect(report.problemsClause == "; 3 errors, 1 warning")
}
