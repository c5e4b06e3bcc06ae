extension DeclaredCharset {
    /// The charset the first `<meta>` in the first ``prescanLength`` bytes of `bytes` declares,
    /// found as the WHATWG HTML standard's "prescan a byte stream to determine its encoding"
    /// finds it (§13.2.3.2 "Determining the character encoding", with its "get an attribute" and
    /// §2.6.5 "extracting a character encoding from a meta element"):
    ///
    /// - a comment `<!-- … -->` is skipped to its `-->`, so a declaration commented out declares
    ///   nothing;
    /// - any other tag (`<p …>`, `</div>`, `<!DOCTYPE …>`, `<?…>`) is skipped with its
    ///   attributes, so `charset=` in an attribute of another element declares nothing;
    /// - a `<meta>` declares by its first `charset` attribute, or by a `content` attribute holding
    ///   `charset=` when it also has `http-equiv="content-type"` (a `<meta name="description"
    ///   content="… charset=euc-jp">` declares nothing); the first of two names an attribute
    ///   counts;
    /// - the label is trimmed of ASCII whitespace (WHATWG Encoding §4.2 "get an encoding"), so
    ///   `charset="  koi8-r  "` declares `koi8-r`.
    ///
    /// Returns the label as written (case kept) and the 1-based line of its `<meta>`; nil when no
    /// `<meta>` declares one. A label the Encoding standard does not know is still returned, for
    /// ``reading`` to warn of, rather than skipped as a browser would.
    static func find(in bytes: [UInt8]) -> DeclaredCharset? {
        var scanner = Prescanner(bytes: Array(bytes.prefix(prescanLength)))
        return scanner.firstDeclaration()
    }
}

/// The prescan's walk over the bytes, position by position (WHATWG HTML §13.2.3.2).
private struct Prescanner {
    let bytes: [UInt8]
    var position = 0

    /// One attribute as "get an attribute" gives it: the name lowercased (ASCII), the value with
    /// its ASCII letters lowercased, and the value as written.
    struct Attribute {
        var name: [UInt8]
        var value: [UInt8]
        var writtenValue: [UInt8]
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20 }
    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }

    func starts(with text: String, at index: Int, caseless: Bool = false) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() {
            let found = bytes[index + offset]
            if (caseless ? Self.lower(found) : found) != byte { return false }
        }
        return true
    }

    mutating func firstDeclaration() -> DeclaredCharset? {
        while position < bytes.count {
            if starts(with: "<!--", at: position) {
                // To the first `>` preceded by `--` that comes after the `<` (so `<!-->` closes).
                var end = position + 2
                while end < bytes.count, !(bytes[end] == UInt8(ascii: ">") && bytes[end - 1] == 0x2D && bytes[end - 2] == 0x2D) { end += 1 }
                position = end + 1
            } else if starts(with: "<meta", at: position, caseless: true), position + 5 < bytes.count,
                      Self.isSpace(bytes[position + 5]) || bytes[position + 5] == UInt8(ascii: "/") {
                let start = position
                position += 6
                if let declared = meta(startingAt: start) { return declared }
                position += 1
            } else if bytes[position] == UInt8(ascii: "<"), position + 1 < bytes.count,
                      Self.isLetter(bytes[position + 1])
                      || (bytes[position + 1] == UInt8(ascii: "/") && position + 2 < bytes.count && Self.isLetter(bytes[position + 2])) {
                // Another tag: to the end of its name, then past its attributes.
                while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                while attribute() != nil {}
                position += 1
            } else if starts(with: "<!", at: position) || starts(with: "</", at: position) || starts(with: "<?", at: position) {
                while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
                position += 1
            } else {
                position += 1
            }
        }
        return nil
    }

    /// The `<meta>` whose attributes start at `position` (its `<` at `start`): the charset it
    /// declares, or nil; `position` is left at its `>` (or the end).
    mutating func meta(startingAt start: Int) -> DeclaredCharset? {
        var seen: Set<[UInt8]> = []
        var gotPragma = false
        var needPragma: Bool?
        var charset: [UInt8]?
        while let attribute = attribute() {
            guard seen.insert(attribute.name).inserted else { continue }
            switch String(decoding: attribute.name, as: UTF8.self) {
            case "http-equiv":
                if attribute.value == Array("content-type".utf8) { gotPragma = true }
            case "content":
                if charset == nil, let found = Self.charset(inContent: attribute.writtenValue) {
                    charset = found
                    needPragma = true
                }
            case "charset":
                charset = attribute.writtenValue
                needPragma = false
            default:
                break
            }
        }
        guard let needPragma, !(needPragma && !gotPragma), let charset else { return nil }
        // WHATWG Encoding §4.2 "get an encoding": the label without leading and trailing ASCII whitespace.
        let trimmed = charset.drop(while: Self.isSpace).reversed().drop(while: Self.isSpace).reversed()
        guard !trimmed.isEmpty else { return nil }
        let line = bytes[..<start].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        return DeclaredCharset(label: String(trimmed.map { Character(Unicode.Scalar($0)) }), line: line)
    }

    /// "Get an attribute": the next attribute of the tag at `position`, or nil at its `>` or the
    /// end of the bytes (where `position` is left).
    mutating func attribute() -> Attribute? {
        while position < bytes.count, Self.isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") { position += 1 }
        guard position < bytes.count, bytes[position] != UInt8(ascii: ">") else { return nil }
        var name: [UInt8] = []
        var value: [UInt8] = []
        // The name.
        nameLoop: while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "="), !name.isEmpty {
                position += 1
                break nameLoop
            } else if Self.isSpace(byte) {
                while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count else { return nil }
                guard bytes[position] == UInt8(ascii: "=") else { return Attribute(name: name, value: [], writtenValue: []) }
                position += 1
                break nameLoop
            } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") {
                return Attribute(name: name, value: [], writtenValue: [])
            } else {
                name.append(Self.lower(byte))
                position += 1
            }
        }
        guard position < bytes.count else { return nil }
        // The value.
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count else { return nil }
        let quote = bytes[position]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            position += 1
            while position < bytes.count {
                if bytes[position] == quote {
                    position += 1
                    return Attribute(name: name, value: value.map(Self.lower), writtenValue: value)
                }
                value.append(bytes[position])
                position += 1
            }
            return nil
        }
        if quote == UInt8(ascii: ">") { return Attribute(name: name, value: [], writtenValue: []) }
        while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
            value.append(bytes[position])
            position += 1
        }
        guard position < bytes.count else { return nil }
        return Attribute(name: name, value: value.map(Self.lower), writtenValue: value)
    }

    /// The label a `content` value (`text/html; charset=ISO-8859-2`) names, as "extracting a
    /// character encoding from a meta element" reads it (WHATWG HTML §2.6.5); nil when it names
    /// none.
    static func charset(inContent content: [UInt8]) -> [UInt8]? {
        let key = Array("charset".utf8)
        var index = 0
        while index + key.count <= content.count {
            guard content[index..<(index + key.count)].map(lower).elementsEqual(key) else {
                index += 1
                continue
            }
            var cursor = index + key.count
            while cursor < content.count, isSpace(content[cursor]) { cursor += 1 }
            guard cursor < content.count, content[cursor] == UInt8(ascii: "=") else {
                index = cursor
                continue
            }
            cursor += 1
            while cursor < content.count, isSpace(content[cursor]) { cursor += 1 }
            guard cursor < content.count else { return nil }
            let first = content[cursor]
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                guard let close = content[(cursor + 1)...].firstIndex(of: first) else { return nil }
                return Array(content[(cursor + 1)..<close])
            }
            let end = content[cursor...].firstIndex(where: { isSpace($0) || $0 == UInt8(ascii: ";") }) ?? content.count
            return Array(content[cursor..<end])
        }
        return nil
    }
}
