extension Array where Element == Diagnostic {
    /// The lines a command prints for these messages, one each (``Diagnostic/description``): the
    /// errors first, then the warnings, each group in the order given (seed order, then the
    /// site's own), so that what stopped a seed is not lost among warnings, and the order is the
    /// same whatever the order of files on disk or the number of threads.
    ///
    /// A warning repeated in one file (of one kind, ``Diagnostic/kind``: the same words once the
    /// quoted input and the numbers are left aside, such as every `the cue starts (…) before the
    /// cue before it` of a file whose cues are in reverse order) is printed the first `limit`
    /// times; the line after the last of them says how many more there are and where: `… and 296
    /// more like this in seeds/talk.vtt (lines 18 to 900)`.
    /// - Parameter limit: how many warnings of one kind in one file are printed, at least 1.
    public func printedLines(showingFirst limit: Int = 3) -> [String] {
        let ordered = filter { $0.severity == .error } + filter { $0.severity != .error }
        var groups: [String: [Diagnostic]] = [:]
        for diagnostic in ordered where diagnostic.severity == .warning {
            groups[diagnostic.file + "\u{0}" + diagnostic.kind, default: []].append(diagnostic)
        }
        var shown: [String: Int] = [:]
        var lines: [String] = []
        for diagnostic in ordered {
            guard diagnostic.severity == .warning else {
                lines.append(diagnostic.description)
                continue
            }
            let key = diagnostic.file + "\u{0}" + diagnostic.kind
            let seen = shown[key, default: 0] + 1
            shown[key] = seen
            guard seen <= Swift.max(limit, 1) else { continue }
            lines.append(diagnostic.description)
            let group = groups[key]!
            if seen == Swift.max(limit, 1), group.count > seen {
                let rest = group.dropFirst(seen)
                let restLines = rest.compactMap(\.line)
                let place = restLines.count == rest.count && !restLines.isEmpty
                    ? (restLines.count == 1 ? " (line \(restLines[0]))" : " (lines \(restLines.min()!) to \(restLines.max()!))") : ""
                lines.append("… and \(rest.count) more like this in \(Diagnostic.escapingControls(diagnostic.file))\(place)")
            }
        }
        return lines
    }

    /// How many of these messages are errors.
    public var errorCount: Int { count(where: { $0.severity == .error }) }

    /// How many of these messages are warnings.
    public var warningCount: Int { count(where: { $0.severity == .warning }) }
}

extension Diagnostic {
    /// What the message says once the input it quotes (between backquotes) and every digit are
    /// left aside: two warnings of one kind about different lines, times or values have the
    /// same, for ``Swift/Array/printedLines(showingFirst:)`` to tell a flood of one warning.
    var kind: String {
        message.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset % 2 == 1 ? "" : String($0.element.filter { !$0.isNumber }) }
            .joined(separator: "`")
    }
}
