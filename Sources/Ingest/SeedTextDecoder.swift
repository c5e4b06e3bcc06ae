import Foundation
import Model

/// Turns a seed's bytes into a Swift string.
///
/// Accepted: UTF-8 with or without BOM; UTF-16 LE or BE with BOM (Unicode 15, §23.8 "Byte Order
/// Mark"); and Windows-1252 (WHATWG Encoding, "windows-1252" index) when the bytes are not valid
/// UTF-8, read with a one-line warning naming the first bad byte. Bytes that Windows-1252 leaves
/// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are refused with the line and column of the first
/// invalid UTF-8 byte, so the user can find it.
enum SeedTextDecoder {
    /// The decoded text and, when it was not UTF-8, the warning that says how it was read.
    struct Decoded: Sendable {
        var text: String
        var warning: Diagnostic?
    }

    /// Decodes `bytes`.
    /// - Parameter declaredLatin: true when the file itself declares ISO-8859-1 or Windows-1252
    ///   (an XML declaration), so reading it that way is no guess and needs no warning.
    /// - Throws: a ``Diagnostic`` naming `file` when the bytes are neither UTF-8, UTF-16 with a BOM
    ///   nor Windows-1252, or when the file holds nothing but white space.
    static func decode(_ bytes: [UInt8], file: String, declaredLatin: Bool = false) throws(Diagnostic) -> Decoded {
        var text: String
        var warning: Diagnostic?
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            (text, warning) = try decodeUTF8OrWindows1252(Array(bytes.dropFirst(3)), file: file, declaredLatin: declaredLatin)
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
        } else if let littleEndian = utf16WithoutMark(bytes),
            let decoded = String(data: Data(bytes), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        {
            text = decoded
            warning = Diagnostic(
                .warning, file: file,
                message: "UTF-16 (\(littleEndian ? "little" : "big")-endian) without a byte-order mark; read as such",
                hint: "save the file as UTF-8")
        } else {
            (text, warning) = try decodeUTF8OrWindows1252(bytes, file: file, declaredLatin: declaredLatin)
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw Diagnostic(
                .error, file: file, message: "the seed is empty",
                hint: "add the transcript's text, or remove the file")
        }
        return Decoded(text: text, warning: warning)
    }

    /// Whether `bytes` look like UTF-16 text without a BOM, as Windows tools write it: an even
    /// length, and at least 90% of the units in the first 4 KiB having a NUL high byte (Latin
    /// text). Returns true for little-endian, false for big-endian, nil when it is not UTF-16.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(4096)
        let units = sample.count / 2
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        if oddZeros * 10 >= units * 9, evenZeros == 0 { return true }
        if evenZeros * 10 >= units * 9, oddZeros == 0 { return false }
        return nil
    }

    /// Bytes 0x80…0x9F in Windows-1252 (WHATWG index); nil where the encoding defines nothing.
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// `bytes` read as Windows-1252, or nil when one of them is undefined there.
    static func windows1252(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                guard let scalar = windows1252High[Int(byte) - 0x80] else { return nil }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static func decodeUTF8OrWindows1252(
        _ bytes: [UInt8], file: String, declaredLatin: Bool
    ) throws(Diagnostic) -> (String, Diagnostic?) {
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, nil) }
        let (line, column, byte) = firstInvalidUTF8(bytes)
        guard let latin = windows1252(bytes) else {
            throw Diagnostic(
                .error, file: file, line: line, column: column,
                message: String(format: "not valid UTF-8: byte 0x%02X cannot start or continue a character, and Windows-1252 does not define it either", byte),
                hint: "save the file as UTF-8")
        }
        if declaredLatin { return (latin, nil) }
        return (latin, Diagnostic(
            .warning, file: file,
            message: "not valid UTF-8 (first bad byte at line \(line), column \(column)); read as Windows-1252"))
    }

    /// Line, column (1-based, in characters) and value of the first byte that is not valid UTF-8.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8) {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length == 0 { return (line, column, bytes[index]) }
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return (line, column, 0)
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
