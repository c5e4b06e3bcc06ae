import Testing

@testable import Ingest

/// "Billion laughs" (CVE-2003-1564): nested entity declarations must not expand exponentially.
@Test func declaredEntitiesDoNotExpandNestedOrHuge() throws {
    var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n <!ENTITY lol \"lol\">\n <!ENTITY big \"\(String(repeating: "x", count: 300))\">\n"
    for level in 1...9 {
        let inner = level == 1 ? "&lol;" : "&lol\(level - 1);"
        xml += " <!ENTITY lol\(level) \"\(String(repeating: inner, count: 10))\">\n"
    }
    xml += "]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Laughs</title></titleStmt></fileDesc></teiHeader>"
    xml += "<text><body><u who=\"#a\"><seg>&lol9; &lol; &big;</seg></u></body></text></TEI>\n"
    let document = try SeedReader.read(Array(xml.utf8), seedPath: "lol.xml").document
    let text = try #require(document.blocks.first?.text)
    #expect(text == String(repeating: "&lol8;", count: 10) + " lol &big;")
}
