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
            // A lone last byte is dropped as it is in UTF-16 without a mark (below), with the same words.
            let units = bytes.dropFirst(2)
            guard let decoded = String(
                data: Data(units.prefix(units.count - units.count % 2)), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
            else {
                throw Diagnostic(
                    .error, file: file,
                    message: "starts with a UTF-16 byte-order mark but is not valid UTF-16 (a surrogate without its pair)",
                    hint: "save the file as UTF-8")
            }
            text = decoded
            if units.count % 2 == 1 {
                warnings = [utf16Warning(littleEndian: littleEndian, marked: true, loneLastByte: bytes[bytes.count - 1], text: decoded, file: file)]
            }
        } else if let littleEndian = utf16WithoutMark(bytes),
            // A lone last byte (a line end an editor added, or a file cut short) is no character.
            let decoded = String(data: Data(bytes.prefix(bytes.count - bytes.count % 2)), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        {
            text = decoded
            warnings = [utf16Warning(
                littleEndian: littleEndian, marked: false, loneLastByte: bytes.count % 2 == 1 ? bytes[bytes.count - 1] : nil, text: decoded, file: file)]
        } else {
            (text, warnings) = try decodeUTF8OrWindows1252(bytes, file: file, declaredLatin: declaredLatin)
        }
        return Decoded(text: text, warnings: warnings)
    }

    /// The warning about a file read as UTF-16: without a byte-order mark (`marked` false), said
    /// about the whole file; and, either way, a lone last byte (`loneLastByte`; a line end an
    /// editor added, or a file cut short), which is no character and was dropped, said at the
    /// last line of `text` (the decoded text), where it was. For a marked file, only called when
    /// it has a lone last byte.
    static func utf16Warning(littleEndian: Bool, marked: Bool, loneLastByte: UInt8?, text: String, file: String) -> Diagnostic {
        let order = littleEndian ? "little" : "big"
        let lone = loneLastByte.map { String(format: "its lone last byte (0x%02X), which was dropped", $0) }
        // The line the lone byte stands on: after the text's last line end, a line of its own.
        let lastLine = lone == nil ? nil : text.unicodeScalars.reduce(into: (lines: 1, previous: Unicode.Scalar(0))) { state, scalar in
            if scalar == "\n", state.previous == "\r" {
                // The LF of a CRLF: its CR ended the line.
            } else if scalar == "\n" || scalar == "\r" {
                state.lines += 1
            }
            state.previous = scalar
        }.lines
        if marked {
            return Diagnostic(
                .warning, file: file, line: lastLine,
                message: "UTF-16 (\(order)-endian, with a byte-order mark) read as such, but for \(lone ?? "")",
                hint: "save the file as UTF-8")
        }
        return Diagnostic(
            .warning, file: file, line: lastLine,
            message: "UTF-16 (\(order)-endian) without a byte-order mark; read as such" + (lone.map { ", but for \($0)" } ?? ""),
            hint: "save the file as UTF-8")
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
    /// that byte. Text of an East Asian script, with few NULs or none, is told by its units
    /// instead (``eastAsianUTF16(_:)``). Returns true for little-endian, false for big-endian,
    /// nil when it is not UTF-16.
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
        // Text with little or no ASCII (Chinese, Japanese, Korean) has few NUL bytes, or none,
        // and on both sides of its units (`一`, U+4E00, is `00 4E`).
        return eastAsianUTF16(sample)
    }

    /// Whether `sample` (the start of a file with no byte-order mark) is UTF-16 text of an East
    /// Asian script, which has few NUL bytes or none (its ASCII line ends and digits, if any):
    /// `新聞` is `B0 65 5E 80`. Returns true for little-endian, false for big-endian, nil when it
    /// is not such text.
    ///
    /// It is when the bytes are not UTF-8 (a character cut at the sample's end aside) and, read in
    /// one byte order (``readsAsUTF16Text(_:littleEndian:)``), at least 90% of the units are
    /// ``isEastAsianTextUnit(_:)``, with a sign of UTF-16 that text in a legacy East Asian
    /// encoding (Shift_JIS, GB2312, EUC-KR: their pairs of bytes read as big-endian UTF-16 are
    /// ideographs or Hangul too) and Windows-1252 text do not give: a NUL byte (`一`, U+4E00, is
    /// `00 4E`), or a line end (U+000A or U+000D) that takes at least half of the sample's `0A`
    /// and `0D` bytes (the others are bytes of characters: `上` is `0A 4E`).
    static func eastAsianUTF16(_ sample: [UInt8]) -> Bool? {
        let sample = Array(sample.prefix(sample.count - sample.count % 2))
        guard sample.count >= 4,
            !(0...3).contains(where: { String(validating: sample.dropLast($0), as: UTF8.self) != nil })
        else { return nil }
        let hasNUL = sample.contains(0)
        let lineEndBytes = sample.count(where: { $0 == 0x0A || $0 == 0x0D })
        func share(littleEndian: Bool) -> Double? {
            guard readsAsUTF16Text(sample, littleEndian: littleEndian) else { return nil }
            let units = stride(from: 0, to: sample.count - 1, by: 2).map { offset in
                littleEndian ? UInt16(sample[offset]) | UInt16(sample[offset + 1]) << 8 : UInt16(sample[offset]) << 8 | UInt16(sample[offset + 1])
            }
            let lineEnds = units.count(where: { $0 == 0x0A || $0 == 0x0D })
            guard hasNUL || lineEnds > 0 && lineEnds * 2 >= lineEndBytes else { return nil }
            let share = Double(units.count(where: isEastAsianTextUnit)) / Double(units.count)
            return share >= 0.9 ? share : nil
        }
        switch (share(littleEndian: true), share(littleEndian: false)) {
        case (let little?, let big?): return little == big ? nil : little > big
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return nil
        }
    }

    /// Whether the UTF-16 code unit `unit` is one East Asian text is made of: CJK punctuation,
    /// kana and bopomofo (U+3000–U+31FF), CJK ideographs (Extension A and the main block,
    /// U+3400–U+9FFF), Hangul syllables (U+AC00–U+D7A3), full-width forms (U+FF00–U+FFEF), the
    /// general punctuation CJK text uses (dashes, curly quotes, ellipsis: U+2010–U+2027), and
    /// ASCII (line ends, digits, spaces).
    static func isEastAsianTextUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x2010...0x2027, 0x3000...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xAC00...0xD7A3, 0xFF00...0xFFEF: true
        default: false
        }
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
    ///    two sources), those lines are read as UTF-8 and the others as Windows-1252, and a line
    ///    holding both character by character (`caf\xE9 \xE2\x80\x94`: `café —`);
    /// 4. bytes that Windows-1252 does not define either (outside such UTF-8 characters) are an
    ///    error.
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
        // Lines pasted from a UTF-8 source, or UTF-8 characters pasted into a line (whose bytes
        // Windows-1252 may leave undefined: `”` is `E2 80 9D`), are read as UTF-8.
        if !declaredLatin, scan.multiByteCharacters > 0, let mixed = mixedLines(bytes) {
            return (mixed.text, [mixedLinesWarning(mixed, at: first, file: file)])
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
        return (latin, [Diagnostic(
            .warning, file: file, line: first.line, column: first.column,
            message: "not valid UTF-8 (the first bad byte is here); read as Windows-1252",
            hint: "check its accented letters, and save the file as UTF-8")])
    }

    /// A file's text read line by line (``mixedLines(_:)``, ``windows1252LinesInUTF8(_:)``), and
    /// how many of its lines were read each way; a line with no byte above 0x7F is both and
    /// counted in none.
    struct LineByLine {
        var text = ""
        /// Lines read as UTF-8.
        var utf8Lines = 0
        /// Lines read as Windows-1252.
        var latinLines = 0
        /// Lines read character by character, each UTF-8 character of three or four bytes or of
        /// U+0080–U+00FF as UTF-8 and every other byte as Windows-1252 (``windows1252WithUTF8(_:)``).
        var mixedLines = 0
    }

    /// `bytes`, not mostly UTF-8, read line by line when some lines are UTF-8 and others
    /// Windows-1252, as text pasted together from two sources is: a line that is valid UTF-8 and
    /// clearly so is read as UTF-8, every other line as Windows-1252. Clearly UTF-8: a character
    /// of three or four bytes (`’`, `€`), one of U+0080–U+00FF (`«`, `é`: `C2` or `C3` then a
    /// byte; read as Windows-1252, `Ã©`, they would be mojibake anyway), or two or more
    /// characters of two bytes. A lone other pair is more likely two Windows-1252 characters
    /// that happen to make one (`É` then `»`, `C9 BB`), so that line is read as Windows-1252.
    /// A line that is not valid UTF-8 but holds such characters of three or four bytes or of
    /// U+0080–U+00FF (`caf\xE9 \xE2\x80\x94 dit-il`: a dash pasted into Windows-1252 text) is
    /// read character by character (``windows1252WithUTF8(_:)``), not made `â€”`. Nil when no
    /// line holds a UTF-8 character read so, or when a byte Windows-1252 leaves undefined stands
    /// outside one.
    static func mixedLines(_ bytes: [UInt8]) -> LineByLine? {
        var reading = LineByLine()
        for (content, lineEnd) in lineRanges(of: bytes) {
            let line = Array(bytes[content])
            if line.contains(where: { $0 >= 0x80 }) {
                if let utf8 = String(validating: line, as: UTF8.self) {
                    if isClearlyUTF8(line) {
                        reading.text += utf8
                        reading.utf8Lines += 1
                    } else {
                        guard let latin = windows1252(line) else { return nil }
                        reading.text += latin
                        reading.latinLines += 1
                    }
                } else {
                    guard let mixed = windows1252WithUTF8(line) else { return nil }
                    reading.text += mixed.text
                    if mixed.utf8Characters > 0 { reading.mixedLines += 1 } else { reading.latinLines += 1 }
                }
            } else {
                reading.text += String(decoding: line, as: UTF8.self)
            }
            reading.text += String(decoding: bytes[lineEnd], as: UTF8.self)
        }
        return reading.utf8Lines + reading.mixedLines > 0 ? reading : nil
    }

    /// `line`, which is not valid UTF-8, read character by character: a valid UTF-8 character
    /// of three or four bytes (`—`, `E2 80 94`), or of U+0080–U+00FF (`C2`/`C3` then a byte), as
    /// UTF-8, and every other byte as Windows-1252 (a Windows-1252 `é`, `E9`, which no UTF-8
    /// byte follows). A pair of another lead byte stays two Windows-1252 characters (`É»`, as
    /// ``isClearlyUTF8(_:)`` says). The text and how many characters were read as UTF-8; nil
    /// when a byte Windows-1252 leaves undefined stands outside such a character.
    static func windows1252WithUTF8(_ line: [UInt8]) -> (text: String, utf8Characters: Int)? {
        var scalars = String.UnicodeScalarView()
        var utf8Characters = 0
        var index = 0
        while index < line.count {
            let (length, valid) = sequence(line, at: index)
            if valid, length >= 3 || length == 2 && line[index] <= 0xC3 {
                scalars.append(contentsOf: String(decoding: line[index..<(index + length)], as: UTF8.self).unicodeScalars)
                utf8Characters += 1
                index += length
                continue
            }
            guard let latin = windows1252([line[index]]) else { return nil }
            scalars.append(contentsOf: latin.unicodeScalars)
            index += 1
        }
        return (String(scalars), utf8Characters)
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
    /// ``windows1252LinesInUTF8(_:)``), at its first byte that is not UTF-8, saying how many
    /// lines were read each way.
    private static func mixedLinesWarning(_ mixed: LineByLine, at first: UTF8Scan.Invalid, file: String) -> Diagnostic {
        var ways: [String] = []
        if mixed.latinLines > 0 {
            ways.append("\(mixed.latinLines == 1 ? "the line that is not UTF-8 was" : "the \(mixed.latinLines) lines that are not UTF-8 were") read as Windows-1252")
        }
        if mixed.utf8Lines > 0 {
            ways.append("the \(mixed.utf8Lines == 1 ? "line" : "\(mixed.utf8Lines) lines") with UTF-8 characters as UTF-8")
        }
        if mixed.mixedLines > 0 {
            ways.append("\(mixed.mixedLines == 1 ? "the line" : "the \(mixed.mixedLines) lines") mixing both character by character (its UTF-8 characters as UTF-8, its other bytes as Windows-1252)")
        }
        return Diagnostic(
            .warning, file: file, line: first.line, column: first.column,
            message: "not valid UTF-8 (the first bad byte is here): " + ways.joined(separator: ", "),
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
    static func windows1252LinesInUTF8(_ bytes: [UInt8]) -> LineByLine? {
        var reading = LineByLine()
        for (content, lineEnd) in lineRanges(of: bytes) {
            let line = Array(bytes[content])
            if let utf8 = String(validating: line, as: UTF8.self) {
                reading.text += utf8
                if line.contains(where: { $0 >= 0x80 }) { reading.utf8Lines += 1 }
            } else {
                // A lead byte with its continuation bytes (`\xE2\x82`) is a UTF-8 character cut
                // short, not two Windows-1252 letters (`â‚`): one byte at a time, or no such line.
                let scan = UTF8Scan(line)
                guard scan.multiByteCharacters == 0, scan.invalid.allSatisfy({ $0.bytes.count == 1 }), let latin = windows1252(line),
                    latin.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.isAlphabetic })
                else { return nil }
                reading.text += latin
                reading.latinLines += 1
            }
            reading.text += String(decoding: bytes[lineEnd], as: UTF8.self)
        }
        return reading.latinLines > 0 && reading.utf8Lines > 0 ? reading : nil
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

    /// One warning per invalid sequence of a mostly UTF-8 file, each at its line and column. They
    /// are not counted here past a few: the printed messages show the first three of a kind in a
    /// file and one line counting the rest (``Model/Diagnostic/kind``, which leaves the bytes
    /// named aside), so that one count is said, and the run's number of warnings agrees with it.
    private static func invalidUTF8Warnings(_ scan: UTF8Scan, file: String) -> [Diagnostic] {
        scan.invalid.map { sequence in
            let hex = sequence.bytes.map { String(format: "0x%02X", $0) }.joined(separator: " ")
            let what = sequence.bytes.count == 1 ? "byte \(hex) is" : "bytes \(hex) (a character cut short) are"
            let place = sequence.bytes.count == 1 ? "its" : "their"
            return Diagnostic(
                .warning, file: file, line: sequence.line, column: sequence.column,
                message: "\(what) not valid UTF-8; the rest of the file is UTF-8, so it was read as UTF-8 with U+FFFD (�) in \(place) place",
                hint: "retype the character there, or save the file again as UTF-8")
        }
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
