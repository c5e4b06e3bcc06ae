import Yams

/// A YAML syntax error in a few words and where it is, for a one-line `file:line:col: error:`
/// message instead of the parser's multi-line one (which repeats the position and quotes the
/// line with a caret under it).
///
/// The place is the mark libyaml gives for the problem, except for a flow collection or quoted
/// scalar left open (`[Alpha`, `"x`), which libyaml notices only on a later line or at the end of
/// the text: then it is where that construct began (the context mark), which is where the fix goes.
public struct YAMLProblem: Sendable, Equatable {
    /// The problem and what the parser was reading, e.g. `did not find expected ',' or ']' while
    /// parsing a flow sequence`.
    public var summary: String
    /// 1-based line and column in the file; nil when the parser gave no place.
    public var line: Int?
    public var column: Int?
    /// What to do, in words for someone who does not know YAML, when the problem is one of the
    /// common ones (``advice(yaml:lines:summary:)``: a value that YAML reads as something else
    /// than text, a tab used to indent, a key written twice); nil otherwise.
    public var hint: String?

    /// A problem with the given summary, place and advice.
    public init(summary: String, line: Int?, column: Int?, hint: String? = nil) {
        self.summary = summary
        self.line = line
        self.column = column
        self.hint = hint
    }

    /// The problem `error` describes.
    /// - Parameters:
    ///   - error: what `Yams.compose` or `Yams.load` threw.
    ///   - firstLine: the file's line where the YAML text starts (2 for front matter after `---`).
    public init(_ error: any Error, firstLine: Int = 1) {
        guard let error = error as? YamlError else {
            summary = Self.firstLine(of: "\(error)")
            return
        }
        var place: Mark?
        switch error {
        case .scanner(let context, let problem, let mark, let yaml), .parser(let context, let problem, let mark, let yaml),
            .composer(let context, let problem, let mark, let yaml):
            summary = problem
            place = mark
            if let context {
                summary += " " + context.text
                if context.text.contains("flow") || context.text.contains("quoted") { place = context.mark }
            }
            // The line given first, then the other mark's (where the construct began, or the fault).
            hint = Self.advice(yaml: yaml, lines: [place?.line, mark.line, context?.mark.line].compactMap { $0 }, summary: summary)
            if problem.contains("expected ':'") || problem.contains("mapping values are not allowed"),
               let long = Self.longKey(yaml: yaml, lines: [context?.mark.line, mark.line].compactMap { $0 })
            {
                // libyaml gives up on a key past 1,024 characters and blames what follows.
                summary = "a key is \(long.length) characters long, and YAML reads at most \(Self.longestKey) before a key's colon"
                line = long.line + firstLine - 1
                column = long.column
                // An attribution's key is a quotation, which can be named by its start instead.
                hint = long.column > 1 && long.hasSpace && Self.parentKey(of: long.line, column: long.column, in: yaml) == "attributions"
                    ? "shorten the key: a quotation in `attributions:` can be named by its first words or by its id, `q-…`"
                    : "shorten the key to at most \(Self.longestKey) characters"
                return
            } else if problem.contains("expected ':'"), let context, context.text.contains("simple key"),
               let advice = Self.missingColonAdvice(yaml: yaml, line: context.mark.line)
            {
                // `date 2024-01-01`: libyaml notices on the next line; the key is where the fix goes.
                place = context.mark
                hint = advice
            } else if problem.contains("expected ':'"), let context, context.text.contains("simple key"),
                      let found = Self.missingSpaceAdvice(yaml: yaml, before: context.mark.line + 1),
                      found.line == context.mark.line
            {
                // `date:2024-01-01` above `lang: en`: YAML reads one text running on into the next
                // line, and libyaml notices past it; the line without its space is where the fix goes.
                line = found.line + firstLine - 1
                column = found.column
                hint = found.advice
                return
            } else if problem.contains("expected ':'"), let context, context.text.contains("simple key") {
                // A line that is no `key: value` (`foo`), read as the start of a key whose colon
                // never comes: libyaml notices on a later line, or at the closing fence.
                place = context.mark
                hint = hint ?? "write each line as `key: value`: a line of text alone, or a key without its colon, is neither"
            } else if problem.contains("mapping values are not allowed"),
                      let found = Self.missingSpaceAdvice(yaml: yaml, before: mark.line)
            {
                // `title:Budget` runs on into the next line's key, where libyaml stops.
                line = found.line + firstLine - 1
                column = found.column
                hint = found.advice
                return
            } else if problem.contains("mapping values are not allowed"), mark.line > 1,
                      Self.indentation(of: mark.line - 1, in: yaml) == Self.indentation(of: mark.line, in: yaml),
                      let advice = Self.missingColonAdvice(yaml: yaml, line: mark.line - 1)
            {
                // `  name Bob Stone` above `  role: Mayor`: the line without its colon runs on into
                // the next key, where libyaml stops; the key is where the fix goes.
                line = mark.line - 1 + firstLine - 1
                column = (Self.indentation(of: mark.line - 1, in: yaml) ?? 0) + 1
                hint = advice
                return
            }
        case .reader(let problem, let offset, _, let yaml):
            // A character libyaml refuses (a control, invalid UTF-8); `offset` counts characters.
            summary = problem
            if let offset {
                var line = 1
                var column = 1
                for character in yaml.prefix(offset) {
                    if character.isNewline {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                self.line = line + firstLine - 1
                self.column = column
            }
            return
        case .duplicatedKeysInMapping(let duplicates, let context):
            summary = "duplicated key\(duplicates.count == 1 ? "" : "s") \(duplicates.map { "`\($0)`" }.joined(separator: ", "))"
            place = context.mark
            hint = Self.duplicateAdvice(duplicates, firstLine: context.mark.line + firstLine - 1)
            if let second = duplicates.first.flatMap({ Self.secondKeyLine($0, after: context.mark, in: context.text) }) {
                line = second + firstLine - 1
                column = context.mark.column
                return
            }
        default:
            summary = Self.firstLine(of: "\(error)")
        }
        if let place {
            line = place.line + firstLine - 1
            column = place.column
        }
    }

    /// The line where `key`, written first at `first`, is written again in `yaml` at its column
    /// (the duplicate, where the fix goes; libyaml gives the first); nil when it is not found so
    /// (a key in a flow mapping or quoted otherwise).
    private static func secondKeyLine(_ key: String, after first: Mark, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.column >= 1 else { return nil }
        let indent = first.column - 1
        for index in first.line..<max(first.line, lines.count) {
            let line = lines[index]
            guard line.prefix(indent).allSatisfy({ $0 == " " }) else { continue }
            let rest = line.dropFirst(indent)
            for written in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(written) {
                if rest.dropFirst(written.count).drop(while: { $0 == " " }).first == ":" {
                    return index + 1
                }
            }
        }
        return nil
    }

    private static func firstLine(of text: String) -> String {
        text.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? "unreadable"
    }

    /// The number of spaces opening line `line` (1-based) of `yaml`, or nil past its end.
    static func indentation(of line: Int, in yaml: String) -> Int? {
        Self.line(line, of: yaml)?.prefix { $0 == " " }.count
    }
}
