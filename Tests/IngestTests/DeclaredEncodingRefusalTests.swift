import Model
import Testing

@testable import Ingest

/// Declared encodings a tester's run found mishandled: a page declaring UTF-7 was decoded as
/// UTF-7 (browsers refuse to), and a Windows-1252 page's undefined byte was misnamed.
struct DeclaredEncodingRefusalTests {
    /// `charset=UTF-7` is not decoded (WHATWG HTML, "Character encodings": user agents must not
    /// support UTF-7): the page is read as one that declares nothing, with a warning at the
    /// `<meta>`, so `+AGQ-` stays as written. Near miss: a declared `utf-8` page gets no warning.
    @Test func aPageDeclaringUTF7IsNotDecodedAsUTF7() throws {
        let page = "<html><head>\n<meta charset=\"UTF-7\"><title>Seven</title></head>\n<body><p>Hello +ADw-b+AD4- world.</p></body></html>\n"
        let result = try SeedReader.read(Array(page.utf8), seedPath: "u.html")
        #expect(result.warnings.map(\.description) == [
            "u.html:2: warning: the page declares charset `UTF-7`, an encoding browsers refuse to decode (it can hide markup from filters); it was read as UTF-8 or Windows-1252, as a seed that declares none (save the page as UTF-8 and write `<meta charset=\"utf-8\">`)"
        ])
        #expect(result.document.blocks.map(\.text) == ["Hello +ADw-b+AD4- world."])
        let utf8 = try SeedReader.read(Array(page.replacingOccurrences(of: "UTF-7", with: "utf-8").utf8), seedPath: "v.html")
        #expect(utf8.warnings.isEmpty)
    }

    /// A page declaring Windows-1252 whose byte 0x81 (undefined there) follows `é` (0xE9, defined)
    /// is refused naming 0x81 at its column, not `é`. Near miss: without 0x81 it reads.
    @Test func aWindows1252PagesUndefinedByteIsNamed() throws {
        let head = Array("<html><head><meta charset=\"windows-1252\"><title>Win</title></head>\n<body><p>Caf".utf8)
        let page = head + [0xE9, 0x20, 0x81] + Array(" ok</p></body></html>\n".utf8)
        #expect {
            try SeedReader.read(page, seedPath: "w.html")
        } throws: { error in
            "\(error)" == "w.html:2:15: error: the page declares charset `windows-1252` but is not valid Windows-1252: byte 0x81 here is not defined in it, so the file was not read (check the declaration (line 1), or save the page as UTF-8 and write `<meta charset=\"utf-8\">`)"
        }
        let good = try SeedReader.read(head + [0xE9] + Array(" ok</p></body></html>\n".utf8), seedPath: "w.html")
        #expect(good.document.blocks.map(\.text) == ["Café ok"])
    }
}
