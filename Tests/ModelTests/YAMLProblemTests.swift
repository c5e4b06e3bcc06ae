import Model
import Testing
import Yams

/// The parser's multi-line message becomes a few words and the place of the fault: an unclosed
/// flow collection or quoted scalar at its opening, any other fault where libyaml found it.
@Test func yamlErrorsBecomeOneLineWithTheirPlace() {
    let cases: [(String, Int, String, Int?, Int?)] = [
        ("title: [Alpha\n", 2, "did not find expected ',' or ']' while parsing a flow sequence", 2, 8),
        ("title: [Alpha\nlang: en\n", 2, "did not find expected ',' or ']' while parsing a flow sequence", 2, 8),
        ("a: \"x\n", 1, "found unexpected end of stream while scanning a quoted scalar", 1, 4),
        ("a: b\n c: d: e\n", 1, "mapping values are not allowed in this context", 2, 3),
        ("a:\n  - b\n c\n", 1, "did not find expected key while parsing a block mapping", 3, 2),
        ("a: 1\na: 2\n", 1, "duplicated key `a`", 2, 1),
        ("x:\n  a: 1\n  b: 2\n  a: 3\n", 1, "duplicated key `a`", 4, 3),
        ("a: 1\nb: x\u{9B}y\n", 1, "control characters are not allowed", 2, 5),
    ]
    for (yaml, firstLine, summary, line, column) in cases {
        do {
            _ = try Yams.compose(yaml: yaml)
            Issue.record("no error for \(yaml.debugDescription)")
        } catch {
            let problem = YAMLProblem(error, firstLine: firstLine)
            #expect(
                YAMLProblem(summary: problem.summary, line: problem.line, column: problem.column)
                    == YAMLProblem(summary: summary, line: line, column: column), "\(yaml.debugDescription)")
            #expect(!problem.summary.contains("\n"))
        }
    }
}
