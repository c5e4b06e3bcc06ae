extension Array where Element == Diagnostic {
    /// The lines a command prints for these messages, one each (``Diagnostic/description``): the
    /// errors first, in the order given (seed order, then the site's own), so that what stopped a
    /// seed is not lost among warnings; then the warnings, file by file in the order their files
    /// are first met, and in line order within a file (``inLineOrder``: a warning with no line first). The order
    /// is the same whatever the order of files on disk or the number of threads.
    ///
    /// The warnings of one kind in one file (``Diagnostic/kind``: the same words once the quoted
    /// input and the numbers are left aside, such as every `the cue starts (…) before the cue
    /// before it` of a file whose cues are in reverse order) are printed the first `limit` times,
    /// whether or not warnings of other kinds come between them (a file whose every cue has two
    /// faults gives two kinds taking turns); the line after the last of them printed says how many
    /// more there are and where: `… and 296 more like this in seeds/talk.vtt (lines 18 to 900)`.
    /// The warnings of other kinds keep their places.
    /// - Parameter limit: how many warnings of one kind in a file are printed, at least 1.
    public func printedLines(showingFirst limit: Int = 3) -> [String] {
        let limit = Swift.max(limit, 1)
        var lines = filter { $0.severity == .error }.map(\.description)
        let warnings = filter { $0.severity != .error }.inLineOrder
        let kinds = warnings.map(\.kind)
        var start = 0
        // One file at a time: its warnings stand together (``inLineOrder``).
        while start < warnings.count {
            let file = warnings[start].file
            var end = start + 1
            while end < warnings.count, warnings[end].file == file { end += 1 }
            var indicesByKind: [String: [Int]] = [:]
            for index in start..<end { indicesByKind[kinds[index], default: []].append(index) }
            var printed: [String: Int] = [:]
            for index in start..<end {
                let kind = kinds[index]
                printed[kind, default: 0] += 1
                guard printed[kind]! <= limit else { continue }
                lines.append(warnings[index].description)
                let all = indicesByKind[kind]!
                guard printed[kind]! == limit, all.count > limit else { continue }
                let rest = all.dropFirst(limit).map { warnings[$0] }
                let restLines = rest.compactMap(\.line)
                let place = restLines.count == rest.count && !restLines.isEmpty
                    ? (restLines.min() == restLines.max() ? " (line \(restLines[0]))" : " (lines \(restLines.min()!) to \(restLines.max()!))") : ""
                lines.append("… and \(rest.count) more like this in \(Diagnostic.escapingControls(file))\(place)")
            }
            start = end
        }
        return lines
    }

    /// How many of these messages are errors.
    public var errorCount: Int { count(where: { $0.severity == .error }) }

    /// How many of these messages are warnings.
    public var warningCount: Int { count(where: { $0.severity == .warning }) }
}

extension Diagnostic {
    /// What the message says once the input it quotes (between backquotes, or a name between
    /// single quotes: `unknown label 'x'`), the bytes it names (`0xFF`) and every digit are left
    /// aside: two warnings of one kind about different lines, times, values, bytes or keys have
    /// the same, for
    /// ``Swift/Array/printedLines(showingFirst:)`` to tell a flood of one warning (twenty unknown
    /// keys in one file are one mistake made twenty times, as twenty bad times are).
    var kind: String {
        message.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset % 2 == 1 ? "" : Self.leavingHexNumbersAside(Self.leavingQuotedNamesAside(String($0.element))).filter { !$0.isNumber } }
            .joined(separator: "`")
    }

    /// `text` without its hexadecimal numbers (`0x` then hexadecimal digits, as a byte is
    /// named: `byte 0xFF` → `byte `), whose letters the digit filter of ``kind`` would keep.
    static func leavingHexNumbersAside(_ text: String) -> String {
        guard text.contains("0x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "0x") {
            result += rest[..<range.lowerBound]
            let digits = rest[range.upperBound...].prefix { $0.isHexDigit }
            // `0x` with no hexadecimal digit after it is kept as written.
            result += digits.isEmpty ? "0x" : ""
            rest = rest[range.upperBound...].dropFirst(digits.count)
        }
        return result + rest
    }

    /// `text` with what is between single quotes left out (`key 'x' is` → `key '' is`): a quote
    /// that opens after a space, `(` or the start and closes before a space, a punctuation mark
    /// or the end; an apostrophe inside a word (`speaker's`) neither opens nor closes one.
    static func leavingQuotedNamesAside(_ text: String) -> String {
        guard text.contains("'") else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            result.append(character)
            if character == "'", index == 0 || characters[index - 1] == " " || characters[index - 1] == "(" {
                var close = index + 1
                while close < characters.count {
                    if characters[close] == "'", close + 1 == characters.count || " ,;:.)".contains(characters[close + 1]) { break }
                    close += 1
                }
                if close < characters.count {
                    result.append("'")
                    index = close + 1
                    continue
                }
            }
            index += 1
        }
        return result
    }
}
