import Foundation
@testable import Ingest
import Model
import Testing

/// A TEI seed opening with an XML declaration of `encoding`, whose one utterance is `body`.
private func tei(encoding: String, body: [UInt8]) -> [UInt8] {
    Array("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>\n<text><body><u who=\"#ann\">".utf8)
        + body + Array("</u></body></text></TEI>\n".utf8)
}

/// An HTML page declaring `charset`, whose one paragraph is `body`.
private func page(charset: String, body: [UInt8]) -> [UInt8] {
    Array("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"\(charset)\">\n<title>T</title>\n</head>\n<body>\n<p>".utf8)
        + body + Array("</p>\n</body>\n</html>\n".utf8)
}

private func texts(_ result: SeedReader.Result) -> [String] { result.document.blocks.map(\.text) }

/// An XML seed is read in the encoding its XML declaration names (XML 1.0 §4.3.3), by the same
/// rule as an HTML seed's charset: Latin-2, Windows-1251, KOI8-R, in either quote.
@Test func anXMLSeedIsReadInTheEncodingItsDeclarationNames() throws {
    // "Łódź" in ISO-8859-2.
    let polish = try SeedReader.read(tei(encoding: "ISO-8859-2", body: [0xA3, 0xF3, 0x64, 0xBC]), seedPath: "a.xml")
    #expect(texts(polish).contains("Łódź"), "\(texts(polish))")
    #expect(polish.warnings.isEmpty, "\(polish.warnings)")
    // "Привет" in Windows-1251, then in KOI8-R.
    let cyrillic = try SeedReader.read(tei(encoding: "windows-1251", body: [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]), seedPath: "b.xml")
    #expect(texts(cyrillic).contains("Привет"), "\(texts(cyrillic))")
    let koi = try SeedReader.read(tei(encoding: "koi8-r", body: [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]), seedPath: "c.xml")
    #expect(texts(koi).contains("Привет"), "\(texts(koi))")
    // Latin-1 declared in single quotes: Windows-1252, no warning.
    let single = Array("<?xml version='1.0' encoding='iso-8859-1'?>".utf8)
        + tei(encoding: "x", body: [0x43, 0x61, 0x66, 0xE9]).drop(while: { $0 != UInt8(ascii: "\n") })
    let latin = try SeedReader.read(single, seedPath: "d.xml")
    #expect(texts(latin).contains("Café"), "\(texts(latin))")
    #expect(latin.warnings.isEmpty, "\(latin.warnings)")
}

/// Pages in the encodings Foundation on Linux does not decode (or refuses when valid) are read
/// through iconv: EUC-JP, KOI8-R, GB2312 (read as GB18030, as browsers do), Big5.
@Test func pagesInEastAsianAndCyrillicCharsetsAreDecoded() throws {
    let eucJP = try SeedReader.read(page(charset: "euc-jp", body: [0xC6, 0xFC, 0xCB, 0xDC]), seedPath: "a.html")
    #expect(texts(eucJP).contains("日本"), "\(texts(eucJP))")
    let koi = try SeedReader.read(page(charset: "koi8-r", body: [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]), seedPath: "b.html")
    #expect(texts(koi).contains("Привет"), "\(texts(koi))")
    let gb = try SeedReader.read(page(charset: "gb2312", body: [0xD6, 0xD0, 0xCE, 0xC4]), seedPath: "c.html")
    #expect(texts(gb).contains("中文"), "\(texts(gb))")
    let big5 = try SeedReader.read(page(charset: "big5", body: [0xA4, 0xA4, 0xA4, 0xE5]), seedPath: "d.html")
    #expect(texts(big5).contains("中文"), "\(texts(big5))")
    for result in [eucJP, koi, gb, big5] { #expect(result.warnings.isEmpty, "\(result.warnings)") }
}

/// Never published garbled: bytes that are not valid in the declared encoding, and letters in
/// an encoding nobody knows, refuse the seed with the place and what to do. Near misses: an
/// unknown name over ASCII or UTF-8 text is read with a warning (nothing to garble), and a file
/// saved again as UTF-8 under an old declaration is read as UTF-8.
@Test func aDeclaredEncodingThatCannotBeReadRefusesTheSeed() throws {
    // 0xFF never occurs in EUC-JP.
    #expect {
        try SeedReader.read(page(charset: "euc-jp", body: [0xC6, 0xFC, 0xFF, 0xFF]), seedPath: "a.html")
    } throws: { error in
        (error as? Diagnostic)?.description == "a.html:8:6: error: the page declares charset `euc-jp` but is not valid euc-jp: byte 0xFF here cannot be read in it, so the file was not read (check the declaration (line 4), or save the page as UTF-8 and write `<meta charset=\"utf-8\">`)"
    }
    #expect {
        try SeedReader.read(tei(encoding: "x-klingon", body: [0xC6, 0xFC]), seedPath: "b.xml")
    } throws: { error in
        (error as? Diagnostic)?.description == "b.xml:1: error: the XML declaration names encoding `x-klingon`, which Verbatim cannot decode (the system's iconv does not know it), so the file was not read: read as anything else, its letters would be garbled (check the name, or save the file as UTF-8 (e.g. iconv -f <its encoding> -t UTF-8) and write `encoding=\"UTF-8\"`)"
    }
    // A name that would pass iconv an option (`//IGNORE`) is no encoding name.
    #expect(throws: Diagnostic.self) { try SeedReader.read(tei(encoding: "EUC-JP//IGNORE", body: [0xC6, 0xFC, 0xFF]), seedPath: "c.xml") }
    let ascii = try SeedReader.read(tei(encoding: "x-klingon", body: Array("Qapla'".utf8)), seedPath: "d.xml")
    #expect(texts(ascii).contains("Qapla'"))
    #expect(ascii.warnings.map(\.description) == ["d.xml:1: warning: the XML declaration names encoding `x-klingon`, which Verbatim cannot decode; it was read as UTF-8 or Windows-1252, as a seed that declares none (save the file as UTF-8 (e.g. iconv -f x-klingon -t UTF-8) and write `encoding=\"UTF-8\"`)"])
    let resaved = try SeedReader.read(tei(encoding: "windows-1251", body: Array("Café".utf8)), seedPath: "e.xml")
    #expect(texts(resaved).contains("Café"))
    #expect(resaved.warnings.map(\.message) == ["the XML declaration names encoding `windows-1251` but is valid UTF-8; it was read as UTF-8"])
}
