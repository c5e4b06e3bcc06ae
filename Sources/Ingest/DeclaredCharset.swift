import Foundation
import Model

/// The character encoding a seed declares for itself, by one rule for every format that can:
///
/// - an XML seed (TEI, ParlParse, XHTML) in its XML declaration, `<?xml version="1.0"
///   encoding="ISO-8859-2"?>`, which must open the file (XML 1.0, §4.3.3 "Character Encoding in
///   Entities"; §2.8 for its place);
/// - an HTML seed as the HTML standard's encoding prescan finds it (WHATWG HTML, §13.2.3.2
///   "Determining the character encoding": the first 1024 bytes, a `<meta charset="…">` or a
///   `<meta http-equiv="Content-Type" content="…; charset=…">`),
///
/// so that a file saved in Windows-1251, Shift_JIS, KOI8-R or ISO-8859-2 is read in it rather
/// than guessed as Windows-1252. A byte-order mark wins over the declaration, as in both standards.
///
/// Labels are read as the WHATWG Encoding standard reads them (§4.2 "Names and labels"): its
/// labels for windows-1252 (`iso-8859-1`, `latin1`, `us-ascii`, …) read as Windows-1252, as
/// browsers do, those for UTF-8 and UTF-16 as any seed is read, and a few labels whose encoding
/// the standard widens are given their wider encoding (`gb2312` is GBK, read with GB18030;
/// `shift_jis` is Windows-31J; `big5` is Big5-HKSCS; `euc-kr` is windows-949). Every other label
/// is an `iconv` name (``IconvDecoder``).
struct DeclaredCharset: Sendable, Equatable {
    /// Where a declaration is written.
    enum Place: Sendable, Equatable {
        /// An HTML `<meta>`.
        case htmlMeta
        /// The XML declaration.
        case xmlDeclaration
    }

    /// The label as written (`windows-1251`).
    var label: String
    /// 1-based line of the `<meta>` or XML declaration that declares it.
    var line: Int
    /// Which kind of declaration it is.
    var place: Place = .htmlMeta

    /// How messages name the declaration: `the page declares charset `koi8-r``, `the XML
    /// declaration names encoding `ISO-8859-2``.
    var declares: String {
        place == .htmlMeta ? "the page declares charset `\(label)`" : "the XML declaration names encoding `\(label)`"
    }

    /// What the seed is called in a hint: `page` (HTML) or `file` (XML).
    var document: String { place == .htmlMeta ? "page" : "file" }

    /// What to write instead, for a hint: `<meta charset="utf-8">`, `encoding="UTF-8"`.
    var utf8Declaration: String {
        place == .htmlMeta ? "<meta charset=\"utf-8\">" : "encoding=\"UTF-8\""
    }

    /// How many bytes of the file the prescan reads (the standard's 1024).
    static let prescanLength = 1024

    /// The labels the WHATWG Encoding standard maps to windows-1252 (its "Encodings" table).
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso-ir-100", "iso_8859-1", "iso_8859-1:1987",
        "l1", "latin1", "latin-1", "cp819", "ibm819", "csisolatin1", "iso88591", "us-ascii", "ascii", "ansi_x3.4-1968", "iso-8859-1",
    ]

    /// The labels the standard maps to UTF-8.
    static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]

    /// The encoding `bytes` declare: the XML declaration's when the file opens with one that
    /// names an encoding, else, for an HTML seed (`html`), the first `<meta>` that names one; nil
    /// when there is none.
    static func find(in bytes: [UInt8], html: Bool) -> DeclaredCharset? {
        if let declared = xmlDeclaration(in: bytes) { return declared }
        return html ? find(in: bytes) : nil
    }

    /// The encoding the XML declaration opening `bytes` names (`<?xml version="1.0"
    /// encoding='koi8-r'?>`; XML 1.0 §2.8 and §4.3.3: `encoding`, `=` with optional white space,
    /// the name in either quote), or nil when the file opens with none, or one with no encoding.
    static func xmlDeclaration(in bytes: [UInt8]) -> DeclaredCharset? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = bytes.prefix(prescanLength).prefix(while: { $0 != UInt8(ascii: ">") })
        let text = String(head.map { Character(Unicode.Scalar($0)) })
        guard let key = text.range(of: "encoding") else { return nil }
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        var rest = text[key.upperBound...].drop(while: blank)
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: blank)
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let label = rest.dropFirst().prefix(while: { $0 != quote && !blank($0) && $0 != "?" })
        guard !label.isEmpty else { return nil }
        let line = text[..<key.lowerBound].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
        return DeclaredCharset(label: String(label), line: line, place: .xmlDeclaration)
    }

    /// Labels (WHATWG Encoding §4.2) whose encoding is wider than the one `iconv` knows by that
    /// name, or that `iconv` does not know, each with the `iconv` name of the encoding the
    /// standard reads them as.
    static let iconvNames: [String: String] = {
        var names: [String: String] = [:]
        for label in ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"] {
            names[label] = "GB18030"
        }
        for label in ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"] { names[label] = "BIG5-HKSCS" }
        for label in ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"] {
            names[label] = "CP932"
        }
        for label in ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                      "ksc5601", "ksc_5601", "windows-949"] {
            names[label] = "CP949"
        }
        for label in ["cseucpkdfmtjapanese", "x-euc-jp"] { names[label] = "EUC-JP" }
        for label in ["csmacintosh", "mac", "macintosh", "x-mac-roman"] { names[label] = "MACINTOSH" }
        for label in ["x-mac-cyrillic", "x-mac-ukrainian"] { names[label] = "MAC-CYRILLIC" }
        for label in ["cskoi8r", "koi", "koi8", "koi8_r"] { names[label] = "KOI8-R" }
        for label in ["koi8-ru"] { names[label] = "KOI8-U" }
        for label in ["csiso88598i", "iso-8859-8-i", "logical"] { names[label] = "ISO-8859-8" }
        for label in ["iso-8859-9", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "iso-ir-148", "l5", "latin5",
                      "csisolatin5", "windows-1254", "cp1254", "x-cp1254"] {
            names[label] = "CP1254"
        }
        return names
    }()

    /// What the declared label asks the decoder to do.
    enum Reading: Equatable {
        /// UTF-8 (or a byte-order mark's encoding): read as any seed is.
        case asAnySeed
        /// Windows-1252 without a warning (``SeedTextDecoder`` reads it as a declared Latin-1).
        case windows1252
        /// Another encoding, by its `iconv` name (``IconvDecoder``).
        case encoding(String)
        /// An encoding the HTML standard forbids user agents to support (WHATWG HTML, §2.1.8
        /// "Character encodings": not UTF-7, CESU-8, BOCU-1 or SCSU; WHATWG Encoding has no label
        /// for them, so a browser's prescan passes the declaration by): read as a seed that
        /// declares nothing, never decoded as declared (UTF-7's `+ADw-` is `<`, a known way to
        /// slip markup past filters).
        case refused
        /// A label `iconv` does not know on this system.
        case unknown
    }

    /// Labels of the encodings ``Reading/refused`` names, lowercased.
    static let refusedLabels: Set<String> = [
        "utf-7", "utf7", "unicode-1-1-utf-7", "csunicode11utf7", "x-utf-7", "cesu-8", "cesu8", "bocu-1", "csbocu-1", "scsu",
    ]

    /// How a file declaring `label` is read.
    var reading: Reading {
        let name = label.trimmingCharacters(in: .whitespaces).lowercased()
        if Self.utf8Labels.contains(name) { return .asAnySeed }
        if Self.windows1252Labels.contains(name) { return .windows1252 }
        if Self.refusedLabels.contains(name) { return .refused }
        // UTF-16 and UTF-32 declared in a file that an ASCII prescan could read are no such
        // thing (the HTML standard reads them as UTF-8; XML 1.0 §4.3.3 makes such a
        // declaration an error, which a byte-order mark or the bytes themselves settle).
        if ["utf-16", "utf-32", "ucs-2", "ucs-4", "utf16", "utf32", "unicode"].contains(where: name.hasPrefix) { return .asAnySeed }
        let iconvName = Self.iconvNames[name] ?? name
        guard IconvDecoder.knows(iconvName) else { return .unknown }
        return .encoding(iconvName)
    }
}
