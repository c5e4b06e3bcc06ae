import Foundation
@testable import Ingest
import Model
import Testing

/// An HTML page whose `<head>` holds `meta`, then a paragraph of `body`, in bytes.
private func page(meta: String, body: [UInt8]) -> [UInt8] {
    Array("<!DOCTYPE html>\n<html>\n<head>\n\(meta)\n<title>T</title>\n</head>\n<body>\n<p>".utf8) + body + Array("</p>\n</body>\n</html>\n".utf8)
}

/// An HTML seed is read in the charset it declares, in either form the HTML standard's prescan
/// finds: `<meta charset>` and the `http-equiv` one.
@Test func anHTMLSeedIsReadInTheCharsetItDeclares() throws {
    // "Привет" in Windows-1251.
    let cyrillic: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
    let declared = try SeedReader.read(page(meta: "<meta charset=\"windows-1251\">", body: cyrillic), seedPath: "a.html")
    #expect(declared.document.blocks.map(\.text).contains("Привет"), "\(declared.document.blocks.map(\.text))")
    #expect(declared.warnings.isEmpty, "\(declared.warnings)")
    // "Łódź" in ISO-8859-2, declared the old way.
    let polish: [UInt8] = [0xA3, 0xF3, 0x64, 0xBC]
    let equiv = try SeedReader.read(
        page(meta: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">", body: polish), seedPath: "b.htm")
    #expect(equiv.document.blocks.map(\.text).contains("Łódź"), "\(equiv.document.blocks.map(\.text))")
    // Shift_JIS: "日本" is 0x93FA 0x967B.
    let japanese = try SeedReader.read(page(meta: "<meta charset='shift_jis'>", body: [0x93, 0xFA, 0x96, 0x7B]), seedPath: "c.html")
    #expect(japanese.document.blocks.map(\.text).contains("日本"), "\(japanese.document.blocks.map(\.text))")
}

/// Near misses: a declared Latin-1 page reads as Windows-1252 without a warning; a page saved
/// again as UTF-8 that kept an old declaration is read as UTF-8, with a warning; a charset
/// Verbatim cannot decode is warned at its line and the page read as any seed.
@Test func anHTMLSeedsDeclaredCharsetNearMisses() throws {
    let latin = try SeedReader.read(page(meta: "<meta charset=\"iso-8859-1\">", body: [0x43, 0x61, 0x66, 0xE9]), seedPath: "a.html")
    #expect(latin.document.blocks.map(\.text).contains("Café"))
    #expect(latin.warnings.isEmpty, "\(latin.warnings)")
    let resaved = try SeedReader.read(page(meta: "<meta charset=\"windows-1251\">", body: Array("Café".utf8)), seedPath: "b.html")
    #expect(resaved.document.blocks.map(\.text).contains("Café"))
    #expect(resaved.warnings.map(\.description) == ["b.html:4: warning: the page declares charset `windows-1251` but is valid UTF-8; it was read as UTF-8 (write `<meta charset=\"utf-8\">`)"])
    let unknown = try SeedReader.read(page(meta: "<meta charset=\"x-klingon\">", body: Array("Qapla'".utf8)), seedPath: "c.html")
    #expect(unknown.document.blocks.map(\.text).contains("Qapla'"))
    #expect(unknown.warnings.map(\.description) == ["c.html:4: warning: the page declares charset `x-klingon`, which Verbatim cannot decode; it was read as UTF-8 or Windows-1252, as a seed that declares none (save the page as UTF-8 (e.g. iconv -f x-klingon -t UTF-8) and write `<meta charset=\"utf-8\">`)"])
}

/// The prescan reads a declaration only where the HTML standard's prescan does (WHATWG HTML
/// §13.2.3.2): a `<meta>` commented out declares nothing, nor a `charset=` in a `<meta>`'s
/// `content` without `http-equiv="content-type"`, nor one in another tag's attribute; a label
/// written with spaces inside its quotes is read trimmed.
@Test func theHTMLPrescanSkipsCommentsAndOtherAttributes() throws {
    // "Café" in Windows-1252: read as KOI8-R it would be "Cafи".
    let cafe: [UInt8] = [0x43, 0x61, 0x66, 0xE9]
    let commented = try SeedReader.read(page(meta: "<!-- old: <meta charset=\"koi8-r\"> -->", body: cafe), seedPath: "a.html")
    #expect(commented.document.blocks.map(\.text).contains("Café"), "\(commented.document.blocks.map(\.text))")
    // As a page that declares nothing: no KOI8-R, no refusal.
    #expect(commented.warnings.map(\.description) == ["a.html:8:7: warning: not valid UTF-8 (the first bad byte is here); read as Windows-1252 (check its accented letters, and save the file as UTF-8)"], "\(commented.warnings)")
    let description = try SeedReader.read(
        page(meta: "<meta name=\"description\" content=\"How to set charset=euc-jp\">", body: cafe), seedPath: "b.html")
    #expect(description.document.blocks.map(\.text).contains("Café"), "\(description.document.blocks.map(\.text))")
    #expect(description.warnings.map(\.description) == ["b.html:8:7: warning: not valid UTF-8 (the first bad byte is here); read as Windows-1252 (check its accented letters, and save the file as UTF-8)"], "\(description.warnings)")
    // "Привет" in KOI8-R.
    let russian: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
    let spaced = try SeedReader.read(page(meta: "<meta charset=\"  koi8-r  \">", body: russian), seedPath: "c.html")
    #expect(spaced.document.blocks.map(\.text).contains("Привет"), "\(spaced.document.blocks.map(\.text))")
    #expect(spaced.warnings.isEmpty, "\(spaced.warnings)")
}

/// Near misses of the prescan, on ``DeclaredCharset/find(in:)`` itself: the declaration after a
/// comment still counts, at its line; `http-equiv` in any case with `content` declares, before
/// or after it; another element's `charset=` attribute, an `http-equiv` other than content-type,
/// and a `<metadata>` tag declare nothing; of two `charset` attributes the first counts; a
/// comment closed by `<!-->` ends there.
@Test func theHTMLPrescanNearMisses() {
    func found(_ html: String) -> DeclaredCharset? { DeclaredCharset.find(in: Array(html.utf8)) }
    #expect(found("<!-- <meta charset=koi8-r> -->\n<meta charset=windows-1251>") == DeclaredCharset(label: "windows-1251", line: 2))
    #expect(found("<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=ISO-8859-2'>")?.label == "ISO-8859-2")
    #expect(found("<meta content=\"text/html; charset='koi8-r'\" http-equiv=\"content-type\">")?.label == "koi8-r")
    #expect(found("<link rel=x charset=koi8-r><p title='<meta charset=koi8-r>'>") == nil)
    #expect(found("<meta http-equiv=\"refresh\" content=\"5; charset=koi8-r\">") == nil)
    #expect(found("<metadata charset=koi8-r>") == nil)
    #expect(found("<meta charset=koi8-r charset=windows-1251>")?.label == "koi8-r")
    #expect(found("<!--><meta charset=koi8-r>")?.label == "koi8-r")
    #expect(found("<meta charset=\"   \">") == nil)
    #expect(found("<meta charset=\"\tkoi8-r\n\">")?.label == "koi8-r")
}

/// A JSON number too large for a double (`1e400`) is an error at its line and column, as any
/// other JSON error is.
@Test func aJSONNumberTooLargeIsAnErrorAtItsPlace() throws {
    let json = "{\"version\": \"1.0.0\",\n \"segments\": [\n  {\"speaker\": \"A\", \"body\": \"1e400\", \"startTime\": 1e400}\n ]\n}\n"
    #expect {
        _ = try SeedReader.read(Array(json.utf8), seedPath: "t.json")
    } throws: { error in
        (error as? Diagnostic)?.description == "t.json:3:50: error: not valid JSON: number 1e400 is too large to be read (beyond ±1.8e308) (write a number a double holds (within ±1.8e308))"
    }
}

/// Only a `\u` escape that needs mending (a control, a separator, a surrogate or private-use
/// code point) sends the parsed JSON through the second walk; a common escape such as `\u00e9`
/// does not, and the text is the same either way.
@Test func onlyJSONEscapesThatNeedMendingTakeTheSlowPath() throws {
    #expect(!JSONValueReader.hasEscapeToMend(#"{"body": "Caf\u00e9 \u201cok\u201d"}"#))
    #expect(!JSONValueReader.hasEscapeToMend(#"{"body": "a \\u0085 b"}"#))
    #expect(JSONValueReader.hasEscapeToMend(#"{"body": "a \u0085 b"}"#))
    #expect(JSONValueReader.hasEscapeToMend(#"{"body": "a \u2028 b"}"#))
    #expect(JSONValueReader.hasEscapeToMend(#"{"body": "a \uE001 b"}"#))
    #expect(JSONValueReader.hasEscapeToMend(#"{"body": "a \ud83d\ude00 b"}"#))
    let (object, warnings) = try JSONValueReader.object(#"{"body": "Caf\u00e9\u2028fin", "other": "\u00e9"}"#, path: "t.json")
    #expect(object["body"] as? String == "Café\nfin")
    #expect(object["other"] as? String == "é")
    #expect(warnings.isEmpty)
}
