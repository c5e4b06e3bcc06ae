import Foundation
import Model

/// Turns a seed's bytes into a Swift string.
///
/// Accepted: UTF-8 with or without BOM; UTF-16 LE or BE with BOM (Unicode 15, §23.8 "Byte Order
/// Mark"). Anything else is refused with the line and column of the first invalid byte, so the
/// user can find it.
enum SeedTextDecoder {
    /// Decodes `bytes`.
    /// - Throws: a ``Diagnostic`` naming `file` when the bytes are not valid UTF-8 (nor UTF-16 with
    ///   a BOM), or when the file holds nothing but white space.
    static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
        let text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = try decodeUTF8(Array(bytes.dropFirst(3)), file: file, lineOffsetBytes: 3)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            guard bytes.count % 2 == 0,
                let decoded = String(
                    data: Data(bytes.dropFirst(2)), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
            else {
                throw Diagnostic(
                    .error, file: file,
                    message: "starts with a UTF-16 byte-order mark but is not valid UTF-16",
                    hint: "save the file as UTF-8")
            }
            text = decoded
        } else {
            text = try decodeUTF8(bytes, file: file, lineOffsetBytes: 0)
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw Diagnostic(
                .error, file: file, message: "the seed is empty",
                hint: "add the transcript's text, or remove the file")
        }
        return text
    }

    private static func decodeUTF8(_ bytes: [UInt8], file: String, lineOffsetBytes: Int) throws(Diagnostic) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        // Find the first invalid sequence for the message.
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length == 0 {
                throw Diagnostic(
                    .error, file: file, line: line, column: column,
                    message: String(format: "not valid UTF-8: byte 0x%02X cannot start or continue a character", bytes[index]),
                    hint: "save the file as UTF-8")
            }
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        throw Diagnostic(.error, file: file, message: "not valid UTF-8", hint: "save the file as UTF-8")
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 if it is not valid
    /// (RFC 3629 §4: no overlongs, no surrogates, nothing above U+10FFFF).
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            if byte < min || byte > max { return 0 }
        }
        return length
    }
}
