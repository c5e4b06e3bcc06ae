import Foundation

/// A JSON syntax error in a few words and where it is, for a one-line `file:line:col: error:`
/// message.
///
/// Foundation's `JSONSerialization` (RFC 8259) reports a syntax error as `NSCocoaErrorDomain`
/// 3840 with a debug description such as `Invalid value around character 18.` or `Unexpected end
/// of file during JSON parse.`; the number is a 0-based offset in UTF-8 bytes, after a byte order
/// mark if there is one. `JSONDecoder` says only `The given data was not valid JSON.`, so its
/// callers parse the data again with ``init(parsing:)`` to find the place.
public struct JSONProblem: Sendable, Equatable {
    /// The problem, e.g. `invalid value` or `unexpected end of file`.
    public var summary: String
    /// 1-based line and column (in characters) in the text; nil when the parser gave no place.
    public var line: Int?
    public var column: Int?

    /// A problem with the given summary and place.
    public init(summary: String, line: Int?, column: Int?) {
        self.summary = summary
        self.line = line
        self.column = column
    }

    /// The problem `error`, thrown by `JSONSerialization.jsonObject(with: data)`, describes.
    /// - Parameters:
    ///   - error: the thrown error.
    ///   - data: the bytes that were parsed.
    public init(_ error: any Error, in data: Data) {
        let description = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        var offset: Int?
        var summary = description
        if let range = description.range(of: " around character ") {
            offset = Int(description[range.upperBound...].prefix(while: \.isNumber))
            summary = String(description[..<range.lowerBound])
        } else if description.lowercased().contains("end of file") {
            offset = data.count
            summary = "unexpected end of file"
        } else if description.hasPrefix("Number "), let end = description.range(of: " is not representable") {
            // `Number 1e400 is not representable in Swift.`: the parser names the number, not its place.
            let number = String(description.dropFirst("Number ".count)[..<end.lowerBound])
            offset = Self.offset(ofNumber: number, in: Array(data))
            summary = "number \(number) is too large to be read (beyond ±1.8e308)"
        }
        while summary.hasSuffix(".") { summary.removeLast() }
        if summary.isEmpty { summary = "not valid JSON" }
        self.summary = summary.prefix(1).lowercased() + summary.dropFirst()
        if let offset {
            let bytes = Array(data)
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            (line, column) = Self.place(of: min(start + offset, bytes.count), in: bytes)
        }
    }

    /// The 0-based offset (after a byte order mark) of the first JSON number outside a string
    /// written exactly `number`, for an error that names the number but not its place; nil
    /// when none is.
    static func offset(ofNumber number: String, in bytes: [UInt8]) -> Int? {
        let wanted = Array(number.utf8)
        guard !wanted.isEmpty else { return nil }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func isNumberByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(byte)
        }
        var inString = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if index + wanted.count <= bytes.count, bytes[index..<(index + wanted.count)].elementsEqual(wanted),
                      index == 0 || !isNumberByte(bytes[index - 1]),
                      index + wanted.count == bytes.count || !isNumberByte(bytes[index + wanted.count])
            {
                return index - start
            }
            index += 1
        }
        return nil
    }

    /// The syntax problem of `data`, or nil when `JSONSerialization` reads it (top-level scalars
    /// allowed); for a `JSONDecoder` error that says only that the data is not valid JSON.
    public init?(parsing data: Data) {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            self.init(error, in: data)
        }
    }

    /// The first byte of `data` that is not valid UTF-8 (RFC 3629), e.g. `byte 0xFF cannot start
    /// or continue a character`, with its line and column; nil when `data` is valid UTF-8. For a
    /// JSON file, which must be UTF-8 (RFC 8259 §8.1): `JSONSerialization` refuses it without a place.
    public init?(invalidUTF8In data: Data) {
        let bytes = Array(data)
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error:
                self.init(
                    summary: String(format: "byte 0x%02X cannot start or continue a character", bytes[offset]),
                    line: nil, column: nil)
                (line, column) = Self.place(of: offset, in: bytes)
                return
            case .emptyInput: break loop
            }
        }
        return nil
    }

    /// 1-based line and column (in characters) of byte `offset` in UTF-8 `bytes`; a line ends at
    /// a line feed, a carriage return and line feed, or a carriage return alone (old Mac files).
    /// An offset at the end of a text that ends with a line end is placed at the end of the last
    /// line.
    static func place(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var end = offset
        if end == bytes.count, end > 0, bytes[end - 1] == lf || bytes[end - 1] == cr {
            end -= 1
            if bytes[end] == lf, end > 0, bytes[end - 1] == cr { end -= 1 }
        }
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            if bytes[index] == lf || (bytes[index] == cr && (index + 1 >= bytes.count || bytes[index + 1] != lf)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return (line, column)
    }
}
