import Foundation
import Model

/// A tolerant parser for HTML pages and XML documents (TEI, ParlParse), giving a tree of
/// ``MarkupElement``s. It never fails: real saved pages and scraped XML are often not
/// well-formed, and a reader wants their text, not a validation report.
///
/// What it understands: start and end tags with quoted, unquoted or bare attributes; `/>`;
/// comments, CDATA sections, processing instructions and `<!DOCTYPE …>` (whose internal subset's
/// `<!ENTITY name "value">` declarations are used to decode references, XML 1.0 §4.2); character
/// references (``CharacterReferences``; in character data, a reference to U+2028 or U+2029 stays
/// that character, for the reader to break the line or the paragraph there, since the
/// document's own line ends are only white space). In HTML mode (HTML Living Standard §13.1.2), element
/// names are case-insensitive, void elements (`br`, `img`, `meta`…) have no end tag, the
/// contents of `script`, `style`, `title` and `textarea` are raw text, and a new `p`, `li`,
/// heading or other block start closes an open `p` (or `li`). An end tag closes the nearest open
/// element of that name and everything opened inside it; a stray end tag is ignored. Nesting
/// deeper than ``maximumDepth`` is flattened.
struct MarkupParser {
    /// HTML or XML rules.
    enum Mode: Sendable { case html, xml }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    private static let rawTextElements: Set<String> = ["script", "style", "title", "textarea"]
    /// Start tags that close an open `p` (HTML §13.2.6.4.7, "in body").
    private static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    ]

    /// Deepest element nesting kept; start tags below it are dropped (their text is kept), so
    /// that a hostile `<div>` × 100 000 cannot overflow the stack of the recursive walks.
    static let maximumDepth = 200

    private let bytes: [UInt8]
    private let mode: Mode
    private var position = 0
    private var line = 1
    private var declared: [String: String] = [:]
    /// The first place where an XML document is not well-formed (XML 1.0 §2.1: an end tag that
    /// closes another element than the last one opened, an end tag with no start, an element,
    /// tag, comment or CDATA section still open at the end); nil in HTML mode.
    private var fault: WellFormednessFault?
    /// Whether start tags deeper than ``maximumDepth`` were dropped (their end tags then match
    /// nothing, which is not the document's fault).
    private var flattened = false

    /// Where and how an XML document is not well-formed.
    struct WellFormednessFault: Sendable, Equatable {
        /// 1-based line of the fault.
        var line: Int
        /// What is wrong, e.g. ``` `<b>` (line 4) is not closed before `</speech>` ```.
        var summary: String
    }

    /// Parses `text`; the result is a synthetic root element named `#document`.
    static func parse(_ text: String, mode: Mode) -> MarkupElement {
        var parser = MarkupParser(bytes: Array(text.utf8), mode: mode)
        return parser.run()
    }

    /// Parses `text` as XML, with the first place where it is not well-formed (nil when it is):
    /// the tree is built as ``parse(_:mode:)`` builds it, but a reader should not publish a
    /// document cut off or with a tag left open, whose text would be published in part.
    static func parseXML(_ text: String) -> (document: MarkupElement, fault: WellFormednessFault?) {
        var parser = MarkupParser(bytes: Array(text.utf8), mode: .xml)
        let document = parser.run()
        return (document, parser.flattened ? nil : parser.fault)
    }

    /// Parses `text` as XML and throws when it is not well-formed: an error at the fault's line,
    /// `the XML is not well-formed: …; the file may be cut off or a tag left open`.
    static func parseWellFormedXML(_ text: String, file: String) throws(Diagnostic) -> MarkupElement {
        let (document, fault) = parseXML(text)
        if let fault {
            throw Diagnostic(
                .error, file: file, line: fault.line,
                message: "the XML is not well-formed: \(fault.summary); the file may be cut off or a tag left open",
                hint: "close the tag where it belongs, or get the whole file again; the seed was not generated")
        }
        return document
    }

    /// Records `summary` at `line` as the document's fault, unless one was found before.
    private mutating func noteFault(_ summary: String, line: Int) {
        guard mode == .xml, fault == nil else { return }
        fault = WellFormednessFault(line: line, summary: summary)
    }

    private init(bytes: [UInt8], mode: Mode) {
        self.bytes = bytes
        self.mode = mode
    }

    private mutating func run() -> MarkupElement {
        var stack: [MarkupElement] = [MarkupElement(name: "#document", localName: "#document", attributes: [], line: 1)]
        var textStart = position
        var textLine = line

        func closeTop(_ stack: inout [MarkupElement]) {
            let closed = stack.removeLast()
            stack[stack.count - 1].children.append(.element(closed))
        }
        func flushText(upTo end: Int, _ stack: inout [MarkupElement], _ parser: MarkupParser) {
            guard end > textStart else { return }
            let raw = String(decoding: parser.bytes[textStart..<end], as: UTF8.self)
            stack[stack.count - 1].children.append(.text(CharacterReferences.decode(raw, declared: parser.declared, keepingSeparators: true), line: textLine))
        }

        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "<"), position + 1 < bytes.count else {
                position += 1
                continue
            }
            let next = bytes[position + 1]
            let isTagStart = isNameStart(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
            guard isTagStart else {
                position += 1
                continue
            }
            flushText(upTo: position, &stack, self)
            if next == UInt8(ascii: "!") {
                if startsWith("<!--") {
                    let startLine = line
                    if !skip(past: "-->") { noteFault("a comment (`<!--`, line \(startLine)) is not closed with `-->`", line: line) }
                } else if startsWith("<![CDATA[") {
                    let start = position + 9
                    let startLine = line
                    if !skip(past: "]]>") { noteFault("a CDATA section (line \(startLine)) is not closed with `]]>`", line: line) }
                    let end = max(start, position - 3)
                    stack[stack.count - 1].children.append(.text(String(decoding: bytes[start..<end], as: UTF8.self), line: startLine))
                } else {
                    readDeclaration()
                }
            } else if next == UInt8(ascii: "?") {
                let startLine = line
                if !skip(past: "?>") { noteFault("a processing instruction (`<?`, line \(startLine)) is not closed with `?>`", line: line) }
            } else if next == UInt8(ascii: "/") {
                let tagLine = line
                position += 2
                let name = readName()
                if !skip(past: ">") { noteFault("the end tag `</\(name)` is not closed with `>`", line: line) }
                let key = matchKey(name)
                if let depth = stack.lastIndex(where: { matchKey($0.name) == key }), depth > 0 {
                    if depth < stack.count - 1 {
                        let open = stack[stack.count - 1]
                        noteFault("`<\(open.name)>` (line \(open.line)) is not closed before `</\(name)>`", line: tagLine)
                    }
                    while stack.count > depth { closeTop(&stack) }
                } else {
                    noteFault("`</\(name)>` closes no open element", line: tagLine)
                }
            } else {
                let tagLine = line
                position += 1
                let name = readName()
                let (attributes, selfClosing) = readAttributes()
                if position >= bytes.count, !selfClosing, bytes.last != UInt8(ascii: ">") {
                    noteFault("the start tag `<\(name)` (line \(tagLine)) is not closed with `>`", line: line)
                }
                let local = localName(of: name)
                if mode == .html {
                    if Self.closesParagraph.contains(local) || local == "li" {
                        let closable: Set<String> = local == "li" ? ["p", "li"] : ["p"]
                        if let open = stack.indices.last, closable.contains(stack[open].localName) { closeTop(&stack) }
                    }
                }
                let element = MarkupElement(name: name, localName: local, attributes: attributes, line: tagLine)
                if selfClosing || (mode == .html && Self.voidElements.contains(local)) {
                    stack[stack.count - 1].children.append(.element(element))
                } else if mode == .html && Self.rawTextElements.contains(local) {
                    var raw = element
                    let start = position
                    let startLine = line
                    let end = findClosing(local)
                    let content = String(decoding: bytes[start..<end], as: UTF8.self)
                    raw.children = [.text(local == "title" || local == "textarea" ? CharacterReferences.decode(content) : content, line: startLine)]
                    stack[stack.count - 1].children.append(.element(raw))
                } else if stack.count <= Self.maximumDepth {
                    stack.append(element)
                } else {
                    flattened = true
                }
                // Deeper start tags are dropped: nesting is flattened, so that walking the tree
                // never exhausts the stack.
            }
            textStart = position
            textLine = line
        }
        flushText(upTo: bytes.count, &stack, self)
        if stack.count > 1 {
            let open = stack[stack.count - 1]
            let lastLine = bytes.last == 0x0A ? max(1, line - 1) : line
            noteFault("the file ends with `<\(open.name)>` (line \(open.line)) still open", line: lastLine)
        }
        while stack.count > 1 { closeTop(&stack) }
        return stack[0]
    }

    private func matchKey(_ name: String) -> String { mode == .html ? name.lowercased() : name }

    private func localName(of name: String) -> String {
        (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
    }

    private func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: ":")
    }

    private func startsWith(_ prefix: String) -> Bool {
        let utf8 = Array(prefix.utf8)
        guard position + utf8.count <= bytes.count else { return false }
        for (offset, byte) in utf8.enumerated() where bytes[position + offset] != byte { return false }
        return true
    }

    /// Moves past the next `terminator` (or to the end), counting lines; tells whether the
    /// terminator was found.
    @discardableResult
    private mutating func skip(past terminator: String) -> Bool {
        let utf8 = Array(terminator.utf8)
        while position < bytes.count {
            if startsWith(terminator) {
                position += utf8.count
                return true
            }
            if bytes[position] == 0x0A { line += 1 }
            position += 1
        }
        return false
    }

    private mutating func readName() -> String {
        let start = position
        while position < bytes.count, isNameByte(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skipSpaces() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
            if bytes[position] == 0x0A { line += 1 }
            position += 1
        }
    }

    /// Reads attributes up to and including `>`; tells whether the tag ended with `/>`.
    private mutating func readAttributes() -> ([(name: String, value: String)], Bool) {
        var attributes: [(name: String, value: String)] = []
        while position < bytes.count {
            skipSpaces()
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                return (attributes, false)
            }
            if byte == UInt8(ascii: "/") {
                position += 1
                skipSpaces()
                if position < bytes.count, bytes[position] == UInt8(ascii: ">") {
                    position += 1
                    return (attributes, true)
                }
                continue
            }
            let nameStart = position
            while position < bytes.count, !([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "="), UInt8(ascii: ">")].contains(bytes[position]))
                && !(bytes[position] == UInt8(ascii: "/") && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: ">"))
            {
                position += 1
            }
            if position == nameStart {
                position += 1
                continue
            }
            let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
            skipSpaces()
            var value = ""
            if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                position += 1
                skipSpaces()
                if position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                    let quote = bytes[position]
                    position += 1
                    let valueStart = position
                    while position < bytes.count, bytes[position] != quote {
                        if bytes[position] == 0x0A { line += 1 }
                        position += 1
                    }
                    value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                    position = min(position + 1, bytes.count)
                } else {
                    let valueStart = position
                    while position < bytes.count, !([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">")].contains(bytes[position])) { position += 1 }
                    value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                }
            }
            attributes.append((name, CharacterReferences.decode(value, declared: declared)))
        }
        return (attributes, false)
    }

    /// Longest value of a declared entity, in UTF-8 bytes.
    static let maximumEntityBytes = 256
    /// Most entity declarations kept from one document.
    static let maximumEntityCount = 512

    /// Reads `<!DOCTYPE …>` or another `<!…>` declaration, keeping entity declarations.
    private mutating func readDeclaration() {
        var depth = 0
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A { line += 1 }
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") { depth -= 1 }
            position += 1
            if byte == UInt8(ascii: ">"), depth <= 0 { break }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        for part in text.components(separatedBy: "<!ENTITY").dropFirst() {
            let fields = part.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            guard fields.count == 2 else { continue }
            let name = String(fields[0])
            let rest = fields[1].drop(while: { $0.isWhitespace })
            guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
            let body = rest.dropFirst()
            guard let close = body.firstIndex(of: quote) else { continue }
            // Bounded, as XML parsers must be against entity expansion ("billion laughs",
            // CVE-2003-1564): a declared value may use character references but not other
            // declared entities, is at most `maximumEntityBytes` long, and only
            // `maximumEntityCount` declarations are kept; longer or later ones stay unexpanded.
            let value = CharacterReferences.decode(body[..<close], declared: [:])
            guard value.utf8.count <= Self.maximumEntityBytes, declared.count < Self.maximumEntityCount else { continue }
            declared[name] = value
        }
    }

    /// The offset where `</name` starts (HTML raw text), moving `position` past its `>`.
    private mutating func findClosing(_ name: String) -> Int {
        let needle = Array("</\(name)".utf8)
        var index = position
        while index + needle.count <= bytes.count {
            var matches = true
            for (offset, byte) in needle.enumerated() {
                let candidate = bytes[index + offset]
                let lower = (candidate >= 0x41 && candidate <= 0x5A) ? candidate + 0x20 : candidate
                if lower != byte { matches = false; break }
            }
            if matches {
                for byte in bytes[position..<index] where byte == 0x0A { line += 1 }
                let end = index
                position = index
                skip(past: ">")
                return end
            }
            index += 1
        }
        for byte in bytes[position...] where byte == 0x0A { line += 1 }
        position = bytes.count
        return bytes.count
    }
}
