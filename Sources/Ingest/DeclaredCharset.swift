import Foundation
import Model

/// The character encoding an HTML seed declares for itself, found as the HTML standard's
/// encoding prescan finds it (WHATWG HTML, §13.2.3.2 "Determining the character encoding":
/// the first 1024 bytes, a `<meta charset="…">` or a `<meta http-equiv="Content-Type"
/// content="…; charset=…">`), so that a page saved in Windows-1251, Shift_JIS or ISO-8859-2
/// is read in it rather than guessed as Windows-1252.
///
/// A byte-order mark wins over the declaration, as in the standard. Labels are IANA charset
/// names, mapped by Foundation (``Foundation/String/Encoding/init(ianaName:)``); the labels the
/// WHATWG Encoding standard maps to windows-1252 (`iso-8859-1`, `latin1`, `us-ascii`, …) read as
/// Windows-1252, as browsers do.
struct DeclaredCharset: Sendable, Equatable {
    /// The label as written (`windows-1251`).
    var label: String
    /// 1-based line of the `<meta>` that declares it.
    var line: Int

    /// How many bytes of the file the prescan reads (the standard's 1024).
    static let prescanLength = 1024

    /// The labels the WHATWG Encoding standard maps to windows-1252 (its "Encodings" table).
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso-ir-100", "iso_8859-1", "iso_8859-1:1987",
        "l1", "latin1", "cp819", "ibm819", "csisolatin1", "iso88591", "us-ascii", "ascii", "ansi_x3.4-1968", "iso-8859-1",
    ]

    /// The labels the standard maps to UTF-8.
    static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]

    /// The charset the first `<meta>` of `bytes` that names one declares; nil when none does.
    static func find(in bytes: [UInt8]) -> DeclaredCharset? {
        let head = Array(bytes.prefix(prescanLength))
        // Byte for byte (ISO-8859-1), so that offsets are byte offsets and no byte is lost.
        let text = String(head.map { Character(Unicode.Scalar($0)) }).lowercased()
        var searchStart = text.startIndex
        while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
            let end = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            let tag = text[meta.upperBound..<end]
            searchStart = end
            guard let charset = tag.range(of: "charset") else { continue }
            var rest = tag[charset.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            if let quote = rest.first, quote == "\"" || quote == "'" { rest = rest.dropFirst() }
            let label = rest.prefix(while: { !"\"'; \t\r\n/>".contains($0) })
            guard !label.isEmpty else { continue }
            let line = text[..<meta.lowerBound].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
            return DeclaredCharset(label: String(label), line: line)
        }
        return nil
    }

    /// What the declared label asks the decoder to do.
    enum Reading: Equatable {
        /// UTF-8 (or a byte-order mark's encoding): read as any seed is.
        case asAnySeed
        /// Windows-1252 without a warning (``SeedTextDecoder`` reads it as a declared Latin-1).
        case windows1252
        /// Another encoding Foundation decodes.
        case encoding(String.Encoding)
        /// A label Foundation does not know or cannot decode on this system.
        case unknown
    }

    /// How a file declaring `label` is read.
    var reading: Reading {
        let name = label.trimmingCharacters(in: .whitespaces)
        if Self.utf8Labels.contains(name) { return .asAnySeed }
        if Self.windows1252Labels.contains(name) { return .windows1252 }
        guard let encoding = String.Encoding(ianaName: name) else { return .unknown }
        switch encoding {
        case .utf8: return .asAnySeed
        case .windowsCP1252, .isoLatin1, .ascii: return .windows1252
        // UTF-16 and UTF-32 declared in a file that an ASCII prescan could read are no such
        // thing (the standard reads them as UTF-8).
        case .utf16, .utf16BigEndian, .utf16LittleEndian, .utf32, .utf32BigEndian, .utf32LittleEndian: return .asAnySeed
        default: return .encoding(encoding)
        }
    }
}
