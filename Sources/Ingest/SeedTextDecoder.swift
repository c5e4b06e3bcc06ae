import Foundation
import Model

/// Turns a seed's bytes into a Swift string.
///
/// Accepted: UTF-8 with or without BOM; UTF-16 LE or BE with BOM (Unicode 15, §23.8 "Byte Order
/// Mark"); UTF-8 with a few invalid bytes (each becomes U+FFFD, with a warning naming its line and
/// column); and Windows-1252 (WHATWG Encoding, "windows-1252" index) when the bytes are not mostly
/// UTF-8, read with a one-line warning naming the first bad byte (the rule:
/// `decodeUTF8OrWindows1252`). Bytes that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
/// 0x9D) in a file that is not mostly UTF-8 are refused with the line and column of the first
/// invalid UTF-8 byte, so the user can find it.
///
/// Refused as not text (``refuseNonText(_:bytes:file:)``): UTF-32 (with or without BOM), and a
/// file whose decoded text is more than ``maximumNULShare`` NUL characters or holds no letter or
/// digit but NULs or U+FFFD (a file overwritten with zeros). Stray NULs inside normal text, even
/// short text (``refuseNonText(_:file:)``), are removed (HAZARDS B11) with a warning naming the first
/// one's line.
enum SeedTextDecoder {
    /// The decoded text and, when it was not clean UTF-8, the warnings that say how it was read.
    struct Decoded: Sendable {
        var text: String
        var warnings: [Diagnostic]
    }

    /// Decodes `bytes`.
    /// - Parameter declaredLatin: true when the file itself declares ISO-8859-1 or Windows-1252
    ///   (an XML declaration), so reading it that way is no guess and needs no warning.
    /// - Throws: a ``Diagnostic`` naming `file` when the bytes are neither UTF-8, UTF-16 with a BOM
    ///   nor Windows-1252, or when the file holds nothing but white space.
    static func decode(_ bytes: [UInt8], file: String, declaredLatin: Bool = false) throws(Diagnostic) -> Decoded {
        let decoded = try decodeEncoding(bytes, file: file, declaredLatin: declaredLatin)
        return try checked(decoded.text, file: file, warnings: decoded.warnings)
    }

    /// `bytes` decoded as ``decode(_:file:declaredLatin:)`` decodes them, with the warnings about
    /// the encoding (invalid UTF-8, Windows-1252, UTF-16 without a mark), before the checks every
    /// seed's text passes (``checked(_:file:warnings:)``): what a settings file's bytes are read
    /// with (``SettingsText``), which may be empty and whose NULs are removed there.
    /// - Throws: a ``Diagnostic`` naming `file` when the bytes are UTF-32, UTF-16 with a BOM that
    ///   is not valid UTF-16, or neither UTF-8 nor Windows-1252.
    static func decodeEncoding(_ bytes: [UInt8], file: String, declaredLatin: Bool = false) throws(Diagnostic) -> Decoded {
        var text: String
        var warnings: [Diagnostic] = []
        if let littleEndian = utf32(bytes) {
            throw Diagnostic(
                .error, file: file, line: 1, column: 1,
                message: "the file is UTF-32 (\(littleEndian ? "little" : "big")-endian), which Verbatim does not read",
                hint: "convert it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            (text, warnings) = try decodeUTF8OrWindows1252(
                Array(bytes.dropFirst(3)), file: file, declaredLatin: declaredLatin, hadUTF8Mark: true)
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
            // A lone last byte (a line end an editor added, or a file cut short) is no character.
            let decoded = String(data: Data(bytes.prefix(bytes.count - bytes.count % 2)), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        {
            text = decoded
            warnings = [Diagnostic(
                .warning, file: file,
                message: "UTF-16 (\(littleEndian ? "little" : "big")-endian) without a byte-order mark; read as such"
                    + (bytes.count % 2 == 1 ? String(format: ", but for its lone last byte (0x%02X), which was dropped", bytes[bytes.count - 1]) : ""),
                hint: "save the file as UTF-8")]
        } else {
            (text, warnings) = try decodeUTF8OrWindows1252(bytes, file: file, declaredLatin: declaredLatin)
        }
        return Decoded(text: text, warnings: warnings)
    }

    /// `text`, already decoded, with `warnings`, once it passes the checks every seed's text
    /// passes: not empty, not mostly NUL (``refuseNonText(_:file:)``), and a warning for a C1
    /// control character.
    /// - Throws: a ``Diagnostic`` naming `file` for a seed that is empty or no text.
    static func checked(_ text: String, file: String, warnings: [Diagnostic] = []) throws(Diagnostic) -> Decoded {
        var warnings = warnings
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw Diagnostic(
                .error, file: file, line: 1, message: "the seed is empty",
                hint: "add the transcript's text, or remove the file")
        }
        var text = text
        // Placed in the text as the file has it, before its NULs are removed (each one a column).
        let c1Warning = c1ControlWarning(text, file: file)
        if let nulWarning = try refuseNonText(text, file: file) {
            warnings.append(nulWarning)
            // Stray NULs in text are no part of it (an editor shows nothing there, or `^@`).
            text.unicodeScalars.removeAll { $0 == "\0" }
        }
        if let c1Warning { warnings.append(c1Warning) }
        return Decoded(text: text, warnings: warnings)
    }

    /// Above this share of NUL characters (among the characters that are not white space), a file
    /// is not text.
    static let maximumNULShare = 0.05

    /// Throws when decoded `text` is not text: no letter or digit at all while it holds NUL or
    /// U+FFFD, or more than ``maximumNULShare`` of it NUL unless the NULs are stray
    /// (alone, never two together, in clearly written text, however short its lines). Returns a
    /// warning naming the first NUL when the text is kept (its NULs are then removed), nil when
    /// there is none.
    static func refuseNonText(_ text: String, file: String) throws(Diagnostic) -> Diagnostic? {
        // Nearly every seed holds neither: answer it without the scan below (every seed is read).
        guard text.utf8.contains(0) || text.unicodeScalars.contains("\u{FFFD}") else { return nil }
        var replacements = 0
        var visible = 0
        // Letters and digits, and the other characters that are neither white space nor NUL.
        var letters = 0
        var others = 0
        // Whether two NULs stand together (a binary file, or one overwritten with zeros).
        var adjacentNULs = false
        var previousWasNUL = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if scalar == "\u{FFFD}" { replacements += 1 }
            if !properties.isWhitespace { visible += 1 }
            if scalar == "\0" {
                adjacentNULs = adjacentNULs || previousWasNUL
                previousWasNUL = true
                continue
            }
            previousWasNUL = false
            if properties.isAlphabetic || properties.numericType != nil {
                letters += 1
            } else if !properties.isWhitespace {
                others += 1
            }
        }
        let hasLetter = letters > 0
        // Stray NULs, which a short file of short lines can hold more than ``maximumNULShare`` of
        // (`Oui.\0` on each of five lines): none next to another, in text whose letters and
        // digits are at least half of its other characters that are not white space.
        let strayNULs = !adjacentNULs && letters >= others
        let found = ControlCharacters.first(in: text, where: { $0 == "\0" })
        let nuls = found?.count ?? 0
        let firstNUL = found.map { (line: $0.line, column: $0.column) }
        guard let firstNUL else {
            if !hasLetter, replacements > 0 {
                throw Diagnostic(
                    .error, file: file, line: 1, column: 1,
                    message: "the file is not text: it holds no letter, only U+FFFD (�) and symbols",
                    hint: "check that the file is a transcript saved as text (UTF-8), not a binary file or one overwritten")
            }
            return nil
        }
        if !hasLetter || Double(nuls) > Double(visible) * maximumNULShare && !strayNULs {
            throw Diagnostic(
                .error, file: file, line: firstNUL.line, column: firstNUL.column,
                message: "the file is not text: \(nuls) of its \(visible) characters are NUL bytes",
                hint: "check that the file is a transcript saved as UTF-8, not a binary file, UTF-32 or one overwritten with zeros")
        }
        return Diagnostic(
            .warning, file: file, line: firstNUL.line, column: firstNUL.column,
            message: nuls == 1
                ? "a NUL byte in the text; it was removed"
                : "\(nuls) NUL bytes in the text (the first here); each was removed",
            hint: nuls == 1 ? "remove the NUL byte from the file" : "remove the NUL bytes from the file")
    }

    /// A warning naming the first C1 control character (U+0080–U+009F) of decoded `text`, which
    /// the normaliser removes (``TextNormalizer``), or nil when there is none.
    ///
    /// Line and column are counted as for NUL (lines end at LF, CR or CRLF; columns in Unicode
    /// scalars, 1-based). The message gives the code point, how many there are, and what it most
    /// likely stood for: the Windows-1252 character of the same byte (U+0092 → `’`), since a C1
    /// control in a seed is nearly always text saved as Windows-1252 and then read as Latin-1.
    static func c1ControlWarning(_ text: String, file: String) -> Diagnostic? {
        guard let first = ControlCharacters.first(in: text, where: { (0x80...0x9F).contains($0.value) }) else { return nil }
        let count = first.count
        let hex = String(first.scalar.value, radix: 16, uppercase: true)
        let meant = ControlCharacters.windows1252High[Int(first.scalar.value) - 0x80].map {
            "probably `\($0)`, Windows-1252 byte 0x\(hex) read as Latin-1"
        } ?? "a byte Windows-1252 leaves undefined"
        return Diagnostic(
            .warning, file: file, line: first.line, column: first.column,
            message: count == 1
                ? "a C1 control character, U+00\(hex) (\(meant)), in the text; it was removed"
                : "\(count) C1 control characters in the text (the first here: U+00\(hex), \(meant)); each was removed",
            hint: "the file was probably converted from Windows-1252 as if it were Latin-1: convert the original again, e.g. iconv -f WINDOWS-1252 -t UTF-8, or type the characters meant")
    }

    /// Whether `bytes` are UTF-32: a UTF-32 byte-order mark, or a length that is a multiple of
    /// four and, in the first 4 KiB, every four-byte unit a code point below U+10000 with at least
    /// one not a NUL (the two high bytes zero, which UTF-16 text does not give). Returns true for
    /// little-endian, false for big-endian, nil when it is not UTF-32.
    static func utf32(_ bytes: [UInt8]) -> Bool? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return true }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return false }
        guard bytes.count >= 8, bytes.count % 4 == 0 else { return nil }
        let sample = Array(bytes.prefix(4096))
        let units = stride(from: 0, to: sample.count, by: 4).map { Array(sample[$0..<($0 + 4)]) }
        guard units.contains(where: { $0 != [0, 0, 0, 0] }) else { return nil }
        if units.allSatisfy({ $0[2] == 0 && $0[3] == 0 }) { return true }
        if units.allSatisfy({ $0[0] == 0 && $0[1] == 0 }) { return false }
        return nil
    }

    /// Whether `bytes` look like UTF-16 text without a BOM, as Windows tools write it, in the first
    /// 4 KiB: at least 90% of the two-byte units with a NUL high byte (Latin text), or, for text
    /// of another script (Greek `Κα` is `9A 03 B1 03`, Chinese `新聞` is `B0 65 5E 80`), an eighth
    /// of them (its ASCII spaces, digits, punctuation and markup) when the units read as text
    /// (``readsAsUTF16Text(_:littleEndian:)``) and the bytes with their NULs taken out are not
    /// UTF-8: UTF-8 text with stray NULs between its letters (`Oui.\0`, `J\0E A\0N`) is. The NULs
    /// are only at odd offsets (little-endian) or only at even ones (big-endian). An odd length is
    /// allowed (a lone last byte: a line end an editor added, a file cut short); the decoder drops
    /// that byte. Returns true for little-endian, false for big-endian, nil when it is not UTF-16.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4 else { return nil }
        let units = min(bytes.count, 4096) / 2
        let sample = Array(bytes.prefix(units * 2))
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        func isUTF16(zeros: Int, littleEndian: Bool) -> Bool {
            if zeros * 10 >= units * 9 { return true }
            guard zeros * 8 >= units, readsAsUTF16Text(sample, littleEndian: littleEndian) else { return false }
            let withoutNULs = sample.filter { $0 != 0 }
            // The sample may end inside a UTF-8 character: its last three bytes are left out.
            return !(0...3).contains { String(validating: withoutNULs.dropLast($0), as: UTF8.self) != nil }
        }
        if evenZeros == 0, oddZeros > 0, isUTF16(zeros: oddZeros, littleEndian: true) { return true }
        if oddZeros == 0, evenZeros > 0, isUTF16(zeros: evenZeros, littleEndian: false) { return false }
        return nil
    }

    /// Whether `units` (an even number of bytes) read as UTF-16 in the given byte order are text:
    /// every surrogate paired (a high one may end the sample), no control character but tab, line
    /// feed and carriage return, no noncharacter U+FFFE or U+FFFF (Unicode §23.7).
    static func readsAsUTF16Text(_ units: [UInt8], littleEndian: Bool) -> Bool {
        var awaitingLowSurrogate = false
        for offset in stride(from: 0, to: units.count - 1, by: 2) {
            let unit = littleEndian
                ? UInt16(units[offset]) | UInt16(units[offset + 1]) << 8
                : UInt16(units[offset]) << 8 | UInt16(units[offset + 1])
            let isLow = (0xDC00...0xDFFF).contains(unit)
            guard awaitingLowSurrogate == isLow else { return false }
            awaitingLowSurrogate = (0xD800...0xDBFF).contains(unit)
            if unit < 0x20, unit != 0x09, unit != 0x0A, unit != 0x0D { return false }
            if unit == 0xFFFE || unit == 0xFFFF { return false }
        }
        return true
    }

    /// The offset of the first byte of `bytes` that Windows-1252 does not define (0x81, 0x8D,
    /// 0x8F, 0x90, 0x9D; WHATWG Encoding's index maps them to C1 controls, which no text
    /// holds), or nil.
    static func firstByteUndefinedInWindows1252(_ bytes: [UInt8]) -> Int? {
        bytes.firstIndex { (0x80...0x9F).contains($0) && ControlCharacters.windows1252High[Int($0) - 0x80] == nil }
    }

    /// `bytes` read as Windows-1252, or nil when one of them is undefined there.
    static func windows1252(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                guard let scalar = ControlCharacters.windows1252High[Int(byte) - 0x80] else { return nil }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// At most this many invalid sequences of a mostly UTF-8 file get a warning each; the rest are
    /// counted in one more.
    static let invalidUTF8WarningLimit = 5

    /// Reads `bytes` that carry no UTF-16 mark.
    ///
    /// The rule (valid UTF-8 first, then "mostly UTF-8", then Windows-1252):
    /// 1. valid UTF-8 is UTF-8;
    /// 2. a file with more valid multi-byte UTF-8 characters than invalid sequences (or one that
    ///    starts with the UTF-8 BOM) is UTF-8 with a few bad bytes, e.g. `« Café \xFF fin. »`:
    ///    each invalid sequence becomes U+FFFD, with a warning naming its line and column; but
    ///    when every line that is not UTF-8 is plainly Windows-1252 (``windows1252LinesInUTF8(_:)``),
    ///    those lines are read as Windows-1252, with one warning, as in rule 3;
    /// 3. otherwise (`Caf\xE9 au lait`, where no byte pair is a UTF-8 character) the file is
    ///    Windows-1252, read with one warning, or with none when the file declares Latin-1; but
    ///    when some of its lines are clearly UTF-8 (``mixedLines(_:)``: text pasted together from
    ///    two sources), those lines are read as UTF-8 and the others as Windows-1252;
    /// 4. bytes that Windows-1252 does not define either are an error.
    /// Windows-1252 text rarely holds a valid UTF-8 pair by chance (`É` then `’`), and then
    /// alongside many other accented letters that are not UTF-8, so rule 2 does not take it.
    private static func decodeUTF8OrWindows1252(
        _ bytes: [UInt8], file: String, declaredLatin: Bool, hadUTF8Mark: Bool = false
    ) throws(Diagnostic) -> (String, [Diagnostic]) {
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, []) }
        let scan = UTF8Scan(bytes)
        let first = scan.invalid[0]
        if !declaredLatin, hadUTF8Mark || scan.multiByteCharacters > scan.invalid.count {
            if let mixed = windows1252LinesInUTF8(bytes) {
                return (mixed.text, [mixedLinesWarning(mixed, at: first, file: file)])
            }
            return (scan.text, invalidUTF8Warnings(scan, file: file))
        }
        guard let latin = windows1252(bytes) else {
            // Named at the byte Windows-1252 lacks, not at the first that is not UTF-8 (`é`,
            // 0xE9, is Windows-1252): that one is what stops the reading.
            let offset = firstByteUndefinedInWindows1252(bytes) ?? 0
            let place = SeedReader.place(ofByte: offset, in: bytes)
            throw Diagnostic(
                .error, file: file, line: place.line, column: place.column,
                message: String(format: "not valid UTF-8, and not Windows-1252 either: byte 0x%02X here is not defined in Windows-1252", bytes[offset]),
                hint: "save the file as UTF-8")
        }
        if declaredLatin { return (latin, []) }
        if scan.multiByteCharacters > 0, let mixed = mixedLines(bytes) {
            return (mixed.text, [mixedLinesWarning(mixed, at: first, file: file)])
        }
        return (latin, [Diagnostic(
            .warning, file: file, line: first.line, column: first.column,
            message: "not valid UTF-8 (the first bad byte is here); read as Windows-1252",
            hint: "check its accented letters, and save the file as UTF-8")])
    }

    /// `bytes` (every one defined in Windows-1252) read line by line when some lines are UTF-8
    /// and others Windows-1252, as text pasted together from two sources is: a line that is valid
    /// UTF-8 and clearly so is read as UTF-8, every other line as Windows-1252. Clearly UTF-8: a
    /// character of three or four bytes (`’`, `€`), one of U+0080–U+00FF (`«`, `é`: `C2` or
    /// `C3` then a byte; read as Windows-1252, `Ã©`, they would be mojibake anyway), or two or
    /// more characters of two bytes. A lone other pair is more likely two Windows-1252 characters that happen to make one (`É` then `»`, `C9 BB`), so that line is
    /// read as Windows-1252. The text, and how many lines were read each way (a line with no byte
    /// above 0x7F is both and counted in neither); nil when no line is clearly UTF-8.
    static func mixedLines(_ bytes: [UInt8]) -> (text: String, utf8Lines: Int, latinLines: Int)? {
        var text = ""
        var utf8Lines = 0
        var latinLines = 0
        for (content, lineEnd) in lineRanges(of: bytes) {
            let line = Array(bytes[content])
            if line.contains(where: { $0 >= 0x80 }) {
                if let utf8 = String(validating: line, as: UTF8.self), isClearlyUTF8(line) {
                    text += utf8
                    utf8Lines += 1
                } else {
                    guard let latin = windows1252(line) else { return nil }
                    text += latin
                    latinLines += 1
                }
            } else {
                text += String(decoding: line, as: UTF8.self)
            }
            text += String(decoding: bytes[lineEnd], as: UTF8.self)
        }
        return utf8Lines > 0 ? (text, utf8Lines, latinLines) : nil
    }

    /// The lines of `bytes`: for each, the range of its content and the range of its line end
    /// (LF, CR or CRLF; empty for a last line with none), in order, covering every byte.
    static func lineRanges(of bytes: [UInt8]) -> [(content: Range<Int>, lineEnd: Range<Int>)] {
        var ranges: [(content: Range<Int>, lineEnd: Range<Int>)] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            var next = end
            if next < bytes.count { next += bytes[next] == 0x0D && next + 1 < bytes.count && bytes[next + 1] == 0x0A ? 2 : 1 }
            ranges.append((start..<end, end..<next))
            start = next
        }
        return ranges
    }

    /// The one warning about a file read line by line (``mixedLines(_:)``,
    /// ``windows1252LinesInUTF8(_:)``), at its first byte that is not UTF-8.
    private static func mixedLinesWarning(
        _ mixed: (text: String, utf8Lines: Int, latinLines: Int), at first: UTF8Scan.Invalid, file: String
    ) -> Diagnostic {
        Diagnostic(
            .warning, file: file, line: first.line, column: first.column,
            message: "not valid UTF-8 (the first bad byte is here): \(mixed.latinLines == 1 ? "the line that is not UTF-8 was" : "the \(mixed.latinLines) lines that are not UTF-8 were") read as Windows-1252, the \(mixed.utf8Lines == 1 ? "line" : "\(mixed.utf8Lines) lines") with UTF-8 characters as UTF-8",
            hint: "check the accented letters of the lines read as Windows-1252, and save the file as UTF-8")
    }

    /// `bytes`, mostly UTF-8, read line by line when each line that is not UTF-8 is Windows-1252
    /// (a paragraph pasted from another source into a UTF-8 file: `Le caf\xE9 est pr\xEAt`):
    /// such a line holds no UTF-8 character of two to four bytes, and its bytes above 0x7F are
    /// Windows-1252 with at least one letter among them (`é`, not a lone symbol), and no invalid
    /// sequence of it is longer than one byte (a UTF-8 character cut short). Every valid
    /// line is UTF-8. Nil when one line that is not UTF-8 is not such a line (a character cut
    /// short or a stray byte in a line of UTF-8, `« Café \xFF fin. »`): the file is then UTF-8
    /// with U+FFFD there; nil too when no line holds UTF-8 characters (a file that is UTF-8 only
    /// by its byte-order mark keeps U+FFFD, as rule 2 of `decodeUTF8OrWindows1252` says).
    static func windows1252LinesInUTF8(_ bytes: [UInt8]) -> (text: String, utf8Lines: Int, latinLines: Int)? {
        var text = ""
        var utf8Lines = 0
        var latinLines = 0
        for (content, lineEnd) in lineRanges(of: bytes) {
            let line = Array(bytes[content])
            if let utf8 = String(validating: line, as: UTF8.self) {
                text += utf8
                if line.contains(where: { $0 >= 0x80 }) { utf8Lines += 1 }
            } else {
                // A lead byte with its continuation bytes (`\xE2\x82`) is a UTF-8 character cut
                // short, not two Windows-1252 letters (`â‚`): one byte at a time, or no such line.
                let scan = UTF8Scan(line)
                guard scan.multiByteCharacters == 0, scan.invalid.allSatisfy({ $0.bytes.count == 1 }), let latin = windows1252(line),
                    latin.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.isAlphabetic })
                else { return nil }
                text += latin
                latinLines += 1
            }
            text += String(decoding: bytes[lineEnd], as: UTF8.self)
        }
        return latinLines > 0 && utf8Lines > 0 ? (text, utf8Lines, latinLines) : nil
    }

    /// Whether `line`, valid UTF-8, is clearly UTF-8 (``mixedLines(_:)``): it holds a character
    /// of three or four bytes, one of U+0080–U+00FF, or a two-byte letter of a script people write
    /// (Latin Extended-A `œ ł ş`, Greek, Cyrillic, Hebrew, Arabic); else two other two-byte
    /// characters. A pair that decodes to Latin Extended-B, IPA, a modifier letter or a combining
    /// mark (U+0180–U+036F) counts for nothing: read as Windows-1252 it is a capital accented
    /// letter and a symbol or no-break space (`É` + U+00A0 before a colon, `RENÉ :`), which real
    /// text holds far more often.
    private static func isClearlyUTF8(_ line: [UInt8]) -> Bool {
        var pairs = 0
        for (offset, byte) in line.enumerated() where byte >= 0xC2 {
            if byte >= 0xE0 || byte <= 0xC3 { return true }
            guard offset + 1 < line.count, (0x80...0xBF).contains(line[offset + 1]) else { continue }
            let scalar = (UInt32(byte) & 0x1F) << 6 | UInt32(line[offset + 1]) & 0x3F
            switch scalar {
            case 0x100...0x17F, 0x370...0x52F, 0x590...0x6FF: return true
            case 0x180...0x36F: continue
            default: pairs += 1
            }
        }
        return pairs >= 2
    }

    /// One warning per invalid sequence of a mostly UTF-8 file (up to ``invalidUTF8WarningLimit``),
    /// then one that counts the others.
    private static func invalidUTF8Warnings(_ scan: UTF8Scan, file: String) -> [Diagnostic] {
        var warnings = scan.invalid.prefix(invalidUTF8WarningLimit).map { sequence in
            let hex = sequence.bytes.map { String(format: "0x%02X", $0) }.joined(separator: " ")
            let what = sequence.bytes.count == 1 ? "byte \(hex) is" : "bytes \(hex) (a character cut short) are"
            let place = sequence.bytes.count == 1 ? "its" : "their"
            return Diagnostic(
                .warning, file: file, line: sequence.line, column: sequence.column,
                message: "\(what) not valid UTF-8; the rest of the file is UTF-8, so it was read as UTF-8 with U+FFFD (�) in \(place) place",
                hint: "retype the character there, or save the file again as UTF-8")
        }
        let more = scan.invalid.count - invalidUTF8WarningLimit
        if more > 0 {
            warnings.append(Diagnostic(
                .warning, file: file,
                message: "\(more) more invalid UTF-8 \(more == 1 ? "sequence was" : "sequences were") replaced with U+FFFD (�)",
                hint: "save the file again as UTF-8"))
        }
        return warnings
    }

    /// `bytes` read as UTF-8 with each invalid sequence replaced by U+FFFD, and what was found.
    ///
    /// An invalid sequence is a maximal subpart (Unicode 15, §3.9 "U+FFFD Substitution of Maximal
    /// Subparts"): a stray byte, or the start of a character cut short (`E2 80` then a space),
    /// which gives one U+FFFD, as browsers and Swift's own decoder do.
    struct UTF8Scan {
        /// One invalid sequence: its bytes, and the 1-based line and column (in characters) where
        /// it starts. A line ends at LF, CR or CRLF.
        struct Invalid {
            var bytes: [UInt8]
            var line: Int
            var column: Int
        }

        /// The text, U+FFFD in place of each invalid sequence.
        let text: String
        /// How many valid characters took two to four bytes.
        var multiByteCharacters = 0
        /// Every invalid sequence, in order.
        var invalid: [Invalid] = []

        init(_ bytes: [UInt8]) {
            // The standard library replaces the same maximal subparts with U+FFFD.
            text = String(decoding: bytes, as: UTF8.self)
            var line = 1
            var column = 1
            var index = 0
            while index < bytes.count {
                let (length, valid) = SeedTextDecoder.sequence(bytes, at: index)
                if valid {
                    if length > 1 { multiByteCharacters += 1 }
                } else {
                    invalid.append(Invalid(bytes: Array(bytes[index..<(index + length)]), line: line, column: column))
                }
                let byte = bytes[index]
                if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += length
            }
        }
    }

    /// The sequence at `index`: its length and whether it is a valid UTF-8 character
    /// (RFC 3629 §4: no overlongs, no surrogates, nothing above U+10FFFF). An invalid sequence is
    /// the longest start of a valid one found there (at least one byte).
    private static func sequence(_ bytes: [UInt8], at index: Int) -> (length: Int, valid: Bool) {
        let first = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch first {
        case 0x00...0x7F: return (1, true)
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return (1, false)
        }
        for offset in 1..<length {
            guard index + offset < bytes.count else { return (offset, false) }
            let byte = bytes[index + offset]
            let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            if byte < min || byte > max { return (offset, false) }
        }
        return (length, true)
    }
}
