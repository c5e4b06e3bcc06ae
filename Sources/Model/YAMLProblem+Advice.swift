import Foundation

extension YAMLProblem {
    /// What to do about a YAML syntax error, for someone who does not know YAML, in the common
    /// cases a metadata line meets (the YAML 1.2 spec, §5.3 "Indicator Characters" and §6.1
    /// "Indentation Spaces"); nil in the others, where the parser's words stand alone.
    ///
    /// - A line indented with a tab (YAML indents with spaces only): replace it with spaces.
    /// - A value that starts with a character YAML gives a meaning there (`[` a list, `{` a
    ///   mapping, `*` and `&` a reference, `!` a type, `|` and `>` a block of lines, `@`, a
    ///   backquote and `%` reserved), or holds `: ` (read as a second key): put it in quotes,
    ///   shown on the user's own line (`title: "[Draft] Talk"`). A `[…]` or `{…}` value that is
    ///   closed is a list or a mapping written whole, not this mistake.
    /// - A value that starts with a quote and goes on after its closing one (`"Ann" said`), or
    ///   whose quote is not closed: quote the whole value the other way, or close it.
    ///
    /// - Parameters:
    ///   - yaml: the YAML text the parser read.
    ///   - lines: 1-based lines of `yaml` to look at, the likeliest first (where the message
    ///     points, then the other place the parser named).
    ///   - summary: the parser's words, for a tab it names.
    static func advice(yaml: String, lines: [Int], summary: String) -> String? {
        var seen: Set<Int> = []
        let written = lines.filter { seen.insert($0).inserted }.compactMap { line($0, of: yaml)?.trimmingCharacters(in: ["\r"]) }
        if written.contains(where: { $0.prefix { $0 == " " || $0 == "\t" }.contains("\t") }) || summary.contains("tab character") {
            return "YAML indents with spaces, not tabs: replace the tab at the start of the line with spaces, as many as the lines around it use"
        }
        for line in written {
            if let advice = quotingAdvice(for: line) { return advice }
        }
        return nil
    }

    /// What to do about `keys` written twice in one mapping, the first time on `firstLine` (of
    /// the file): `` `title` is also written on line 2; keep one of the two lines ``.
    static func duplicateAdvice(_ keys: [String], firstLine: Int) -> String? {
        guard let key = keys.first else { return nil }
        return "`\(Diagnostic.echo(key))` is also written on line \(firstLine), and a key can be written only once in a block: keep one of the two lines"
    }

    /// What to do about line `line` (1-based) of `yaml` written `key value` with no colon
    /// (`date 2024-01-01`, `  role Mayor`): add `: ` after the key, shown on the user's line with
    /// its indentation; nil when the line is not a word followed by a space and a value.
    public static func missingColonAdvice(yaml: String, line: Int) -> String? {
        guard let written = Self.line(line, of: yaml)?.trimmingCharacters(in: ["\r"]) else { return nil }
        let indent = written.prefix { $0 == " " }
        let rest = written.dropFirst(indent.count)
        guard let space = rest.firstIndex(of: " "), let initial = rest.first, initial.isLetter || initial == "_",
              !rest[..<space].contains(":") else { return nil }
        let value = rest[space...].drop { $0 == " " }
        guard !value.isEmpty else { return nil }
        return "a key must be followed by a colon and a space: add `: ` after the key: `\(Diagnostic.echo(String(indent + rest[..<space] + ": " + value)))`"
    }

    /// The line of `yaml` written `key:value` with no space after the colon (`title:Budget`),
    /// which YAML reads as text running on into the lines below it, up to the key on line `line`
    /// (1-based) where libyaml stops: the lines above `line` it ran on through (text lines, blank
    /// ones), then `line` itself. Its line, the column after the colon, and the advice to add a
    /// space; nil when there is none (a line with a key, or a comment, ends the search).
    static func missingSpaceAdvice(yaml: String, before line: Int) -> (line: Int, column: Int, advice: String)? {
        guard line >= 1 else { return nil }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let stopIndent = line <= lines.count ? lines[line - 1].prefix { $0 == " " }.count : 0
        for candidate in Array(stride(from: min(line - 1, lines.count), through: 1, by: -1)) + [line] where candidate <= lines.count {
            let written = lines[candidate - 1].trimmingCharacters(in: ["\r"])
            let indent = written.prefix { $0 == " " }
            let rest = written.dropFirst(indent.count)
            // Above `line`, only a line as indented as the key libyaml stopped at, a key of the
            // same mapping (not text inside a block scalar, `source: |` / `  see:this`).
            guard candidate == line || indent.count == stopIndent,
                  let first = rest.first, first.isLetter || first == "_",
                  let colon = rest.firstIndex(of: ":"),
                  rest[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                  let after = rest[rest.index(after: colon)...].first, after != " ", after != ":"
            else {
                // A line the value may have run on through: text with no key, or a blank line.
                if candidate < line, !rest.hasPrefix("#"), !rest.contains(": "), !rest.hasSuffix(":") { continue }
                if candidate < line { break }
                continue
            }
            let value = rest[rest.index(after: colon)...]
            let column = indent.count + rest.distance(from: rest.startIndex, to: colon) + 2
            let fixed = String(indent + rest[..<colon] + ": " + value)
            return (candidate, column, "a key's colon must be followed by a space: write `\(Diagnostic.echo(fixed))`")
        }
        return nil
    }

    /// The key of the mapping that line `number` (1-based) belongs to, its key starting at
    /// `column`: the nearest line above that is less indented, not blank and no comment, up to its
    /// colon (`attributions` for a quotation keyed under `attributions:`); nil at the top level.
    static func parentKey(of number: Int, column: Int, in yaml: String) -> String? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for candidate in stride(from: min(number - 1, lines.count), through: 1, by: -1) {
            let written = lines[candidate - 1].trimmingCharacters(in: ["\r"])
            let rest = written.drop { $0 == " " }
            guard !rest.isEmpty, !rest.hasPrefix("#"), written.count - rest.count < column - 1 else { continue }
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            return String(rest[..<colon]).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Line `number` (1-based) of `yaml`, without its line feed, or nil past its end; found
    /// without splitting the whole text (a problem's advice reads one or two lines of it).
    static func line(_ number: Int, of yaml: String) -> Substring? {
        guard number >= 1 else { return nil }
        var start = yaml.startIndex
        for _ in 1..<number {
            guard let newline = yaml[start...].firstIndex(of: "\n") else { return nil }
            start = yaml.index(after: newline)
        }
        return yaml[start..<(yaml[start...].firstIndex(of: "\n") ?? yaml.endIndex)]
    }

    /// The most characters libyaml reads from the start of a key to its colon (YAML 1.2 §7.4.2
    /// limits an implicit key to 1,024 characters): past that, it gives up on the key and says
    /// `could not find expected ':'` or `mapping values are not allowed in this context`.
    static let longestKey = 1024

    /// A key longer than ``longestKey`` on one of `lines` (1-based) of `yaml`: its line, its
    /// column, how many characters it has up to its colon, and whether it holds a space (words,
    /// not a name); nil when there is none.
    static func longKey(yaml: String, lines: [Int]) -> (line: Int, column: Int, length: Int, hasSpace: Bool)? {
        for number in lines {
            guard let written = line(number, of: yaml) else { continue }
            var start = written.startIndex
            // After the indentation, list dashes and an explicit-key `? `.
            while start < written.endIndex {
                if written[start] == " " || written[start] == "\t" {
                    start = written.index(after: start)
                } else if written[start...].hasPrefix("- ") || written[start...].hasPrefix("? ") {
                    start = written.index(start, offsetBy: 2)
                } else {
                    break
                }
            }
            let key = written[start...]
            // A comment is no key, however long.
            if key.first == "#" { continue }
            var end: Substring.Index?
            if let quote = key.first, quote == "\"" || quote == "'" {
                // The closing quote (a backslash escapes in double quotes; '' is a quote in single).
                var index = key.index(after: key.startIndex)
                while index < key.endIndex {
                    let character = key[index]
                    if quote == "\"", character == "\\" {
                        index = key.index(after: index)
                    } else if character == quote {
                        let next = key.index(after: index)
                        if quote == "'", next < key.endIndex, key[next] == "'" {
                            index = next
                        } else {
                            let colon = key[next...].drop { $0 == " " }
                            if colon.first == ":" { end = colon.startIndex }
                            break
                        }
                    }
                    if index < key.endIndex { index = key.index(after: index) }
                }
            } else if let colon = key.range(of: ": ") {
                end = colon.lowerBound
            } else if key.hasSuffix(":") {
                end = key.index(before: key.endIndex)
            }
            guard let end else { continue }
            // libyaml counts code points, not what Swift calls characters (`k̲` is two).
            let length = key[..<end].unicodeScalars.count
            if length > longestKey {
                return (number, written.distance(from: written.startIndex, to: start) + 1, length, key[..<end].contains(" "))
            }
        }
        return nil
    }

    /// Keys whose value is a list (`tags`, a speaker's `aliases`, `speakers`), for which a value
    /// opening `[` with no `]` is a list left open rather than text.
    private static let listKeys: Set<String> = ["tags", "aliases", "speakers"]

    /// The characters that have a meaning at the start of a plain value (YAML 1.2 §5.3), each
    /// with what becomes of a value that starts with it, in a few words.
    private static let indicators: [Character: String] = [
        "[": "a value that starts with `[` is read by YAML as a list, which must end with `]`",
        "{": "a value that starts with `{` is read by YAML as a set of `key: value` pairs, which must end with `}`",
        "*": "a value that starts with `*` is read by YAML as a reference to another value",
        "&": "a value that starts with `&` is read by YAML as a name for the value after it",
        "!": "a value that starts with `!` is read by YAML as a type for the value after it",
        "|": "a value that starts with `|` is read by YAML as the start of a block of lines below it",
        ">": "a value that starts with `>` is read by YAML as the start of a block of lines below it",
        "@": "a value cannot start with `@` in YAML",
        "`": "a value cannot start with a backquote in YAML",
        "%": "a value cannot start with `%` in YAML",
    ]

    /// The advice for one metadata line `key: value` or `- value` whose value YAML does not
    /// read as text; nil when the value is plain text, or a list or mapping written whole.
    private static func quotingAdvice(for line: String) -> String? {
        var rest = Substring(line).drop { $0 == " " }
        var prefix = String(line.prefix { $0 == " " })
        while rest.hasPrefix("- ") {
            prefix += "- "
            rest = rest.dropFirst(2).drop { $0 == " " }
        }
        // `'it's a deal'`, `'it''s a deal, isn't it'`, `['harbour', 'it's late']`, `'it's': x`.
        if let advice = apostropheAdvice(for: rest, prefix: prefix) { return advice }
        // A key is what comes before the first `: `, unless the line starts with a value; a key
        // in quotes (`"Nous verrons": …`, an attribution's quotation) ends at its closing quote.
        var key = ""
        if let first = rest.first, first == "\"" || first == "'",
           let close = rest.dropFirst().firstIndex(of: first), rest[rest.index(after: close)...].hasPrefix(": ")
        {
            let colonEnd = rest.index(close, offsetBy: 3)
            key = String(rest[..<colonEnd])
            rest = rest[colonEnd...].drop { $0 == " " }
        } else if let first = rest.first, indicators[first] == nil, first != "\"", first != "'",
           let colon = rest.range(of: ": ") {
            key = String(rest[..<colon.lowerBound]) + ": "
            rest = rest[colon.upperBound...].drop { $0 == " " }
        }
        var value = String(rest.reversed().drop { $0 == " " }.reversed())
        // A comment after a plain value (` #` starts one) stays after the quotes.
        var comment = ""
        if let first = value.first, first != "\"", first != "'", let hash = value.range(of: " #") {
            comment = " " + value[hash.lowerBound...].drop { $0 == " " }
            value = String(value[..<hash.lowerBound].reversed().drop { $0 == " " }.reversed())
        }
        guard let first = value.first else { return nil }
        // The user's own line, indentation kept.
        let suggestion = { (quoted: String) in Diagnostic.echo(prefix + key + quoted + comment) }
        let keyName = key.dropLast(2).trimmingCharacters(in: .whitespaces).lowercased()
        if first == "[", !value.contains("]"), listKeys.contains(keyName) {
            return "a list that starts with `[` must end with `]` on the same line: close the list with `]`, as in \(suggestion(value + "]"))"
        }
        if first == "\"" || first == "'" {
            let body = value.dropFirst()
            guard let close = body.firstIndex(of: first) else {
                return "a value that starts with \(first) must end with \(first) on the same line: close it, as in \(suggestion(value + String(first)))"
            }
            let after = body[body.index(after: close)...]
            guard !after.allSatisfy({ $0 == " " }) else { return nil }
            return "a value in quotes ends at its closing \(first); to keep the quotes as part of the text, put the whole value in \(first == "\"" ? "single" : "double") quotes: \(suggestion(quoted(value, preferring: first == "\"" ? "'" : "\"")))"
        }
        let what: String
        if let reading = indicators[first] {
            // A list or mapping written whole is meant as one.
            if first == "[" && value.hasSuffix("]") || first == "{" && value.hasSuffix("}") { return nil }
            what = reading
        } else if value.contains(": ") {
            what = "a value with a colon and a space (`: `) in it is read by YAML as a second `key: value`"
        } else {
            return nil
        }
        let quotes = quoted(value, preferring: "\"")
        return "\(what); if it is text, put it in \(quotes.first == "\"" ? "double" : "single") quotes: \(suggestion(quotes))"
    }

    /// The advice for a line (`text`, after its indentation and list dashes, `prefix`) where an
    /// apostrophe inside a word ends text in single quotes (a `'` in single quotes is written
    /// `''`, YAML 1.2 §7.3.2): `title: 'it's a deal'`. Each such apostrophe is doubled in the line
    /// shown (``apostrophesDoubled(in:)``), whether the text is a value, a key (`'it's': x`) or
    /// an item of a list written on one line (`['harbour', 'it's late']`), and an apostrophe
    /// already doubled stays as it is (`'it''s a deal, isn't it'`). When one quoted text
    /// needed it and holds no double quote or backslash, putting it in double quotes is offered
    /// too. Nil when no apostrophe needs doubling.
    private static func apostropheAdvice(for text: Substring, prefix: String) -> String? {
        guard let doubled = apostrophesDoubled(in: text) else { return nil }
        let part = doubled.part
        var advice = "an apostrophe inside a \(part) in single quotes ends the \(part == "list item" ? "item" : part): double the apostrophe, as in \(Diagnostic.echo(prefix + doubled.line))"
        if let inner = doubled.inner, !inner.contains("\""), !inner.contains("\\") {
            advice += ", or put the \(part == "list item" ? "item" : part) in double quotes: \(Diagnostic.echo(prefix + doubled.inDoubleQuotes))"
        }
        return advice
    }

    /// `text` (one YAML line, after its indentation) with each apostrophe that ends its single-
    /// quoted text too early doubled: an apostrophe between two letters (`isn't`) after which the
    /// quoted text has a closing quote further on (one before the end of the line, a space, `,`,
    /// `]`, `}`, `:` or `#`). A quoted text opens where a value may start: the start of the line,
    /// after `: `, `[`, `{`, or a `,` inside them. `''` is one apostrophe already written right.
    /// Gives the line, what the first quoted text changed is (`key`, `list item` or `value`),
    /// and, when it is the only one changed, its text unescaped (`inner`) and the line with it in
    /// double quotes instead; nil when no apostrophe was doubled, or a quoted text is not closed.
    static func apostrophesDoubled(in text: Substring) -> (line: String, part: String, inner: String?, inDoubleQuotes: String)? {
        let characters = Array(text)
        var line: [Character] = []
        var changed: [(start: Int, end: Int, inner: String, part: String)] = []
        var depth = 0
        var canStart = true
        var index = 0
        /// Whether a closing quote comes after `start`, where a quote may end a quoted text.
        func closes(after start: Int) -> Bool {
            var next = start
            while next < characters.count {
                if characters[next] == "'" {
                    if next + 1 < characters.count, characters[next + 1] == "'" {
                        next += 2
                        continue
                    }
                    if next + 1 == characters.count || " ,]}:#".contains(characters[next + 1]) { return true }
                }
                next += 1
            }
            return false
        }
        while index < characters.count {
            let character = characters[index]
            if character == "'", canStart {
                let start = line.count
                line.append("'")
                var inner = ""
                var doubledHere = false
                var next = index + 1
                var closed = false
                while next < characters.count {
                    let inside = characters[next]
                    if inside == "'" {
                        if next + 1 < characters.count, characters[next + 1] == "'" {
                            line += ["'", "'"]
                            inner.append("'")
                            next += 2
                            continue
                        }
                        let inWord = next > index + 1 && characters[next - 1].isLetter && next + 1 < characters.count && characters[next + 1].isLetter
                        if inWord, closes(after: next + 1) {
                            line += ["'", "'"]
                            inner.append("'")
                            doubledHere = true
                            next += 1
                            continue
                        }
                        closed = true
                        break
                    }
                    line.append(inside)
                    inner.append(inside)
                    next += 1
                }
                guard closed else { return nil }
                line.append("'")
                index = next + 1
                if doubledHere {
                    let after = characters[index...].drop { $0 == " " }
                    let part = after.first == ":" && depth == 0 ? "key" : depth > 0 ? "list item" : "value"
                    changed.append((start, line.count, inner, part))
                }
                canStart = false
                continue
            }
            line.append(character)
            if character == "#", index == 0 || characters[index - 1] == " " {
                // A comment runs to the end of the line.
                line += characters[(index + 1)...]
                break
            }
            switch character {
            case "[", "{":
                depth += 1
                canStart = true
            case "]", "}":
                depth = max(depth - 1, 0)
                canStart = false
            case ",":
                canStart = depth > 0
            case ":":
                canStart = index + 1 == characters.count || characters[index + 1] == " "
            case " ":
                break
            default:
                canStart = false
            }
            index += 1
        }
        guard let first = changed.first else { return nil }
        let only = changed.count == 1 ? first : nil
        let inDoubleQuotes = only.map { String(line[..<$0.start]) + "\"" + $0.inner + "\"" + String(line[$0.end...]) } ?? ""
        return (String(line), first.part, only?.inner, inDoubleQuotes)
    }

    /// `value` in quotes YAML reads back as `value`: in `preferred` quotes when it holds none of
    /// them (and, for double quotes, no backslash, which would start an escape), else in single
    /// quotes with each `'` doubled (YAML 1.2 §7.3.2).
    public static func quoted(_ value: String, preferring preferred: Character) -> String {
        if preferred == "\"", !value.contains("\""), !value.contains("\\") { return "\"\(value)\"" }
        if preferred == "'", !value.contains("'") { return "'\(value)'" }
        if !value.contains("\""), !value.contains("\\") { return "\"\(value)\"" }
        return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
