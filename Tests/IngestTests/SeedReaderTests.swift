import Foundation
import Model
import Testing

@testable import Ingest

private func fixture(_ name: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return Array(try Data(contentsOf: url))
}

private func read(_ text: String, path: String = "t.txt") throws -> SourceDocument {
    try SeedReader.read(Array(text.utf8), seedPath: path).document
}

@Test func firstSeedMetadataAndBlocks() throws {
    let document = try SeedReader.read(try fixture("000_bb68b1fc390179ef.txt"), seedPath: "000_bb68b1fc390179ef.txt").document
    #expect(document.metadata.date == "2016-04-11")
    #expect(document.metadata.lang == "fr")
    #expect(document.blocks.count == 9)
    #expect(document.blocks.allSatisfy { $0.kind == .paragraph })
    #expect(document.blocks[1].line == 3)
    #expect(document.metadata.title.hasPrefix("L'Ayatollah Sayed Ali Khamenei"))
    #expect(document.metadata.title.count <= 81)
    #expect(document.blocks[0].text.hasPrefix("L'Ayatollah Sayed Ali Khamenei, Guide"))
}

@Test func wikinewsTitleLineAndDateInFirstParagraph() throws {
    let document = try SeedReader.read(try fixture("fr-wikinews-44046.txt"), seedPath: "fr.txt").document
    #expect(document.metadata.title == "France : encore un suicide de postier en Bretagne")
    #expect(document.metadata.date == "2012-05-29")
    #expect(document.metadata.lang == "fr")
    #expect(document.blocks[0].text.hasPrefix("29 mai 2012. - Un postier"))
}

@Test func dateLinesUnderTheTitleAreMetadata() throws {
    let govuk = try SeedReader.read(try fixture("en-govuk-news_article_press_release.txt"), seedPath: "g.txt").document
    #expect(govuk.metadata.title == "Modern life responsible for ‘worrying’ health in middle aged")
    #expect(govuk.metadata.date == "2016-12-28")
    #expect(govuk.metadata.lang == "en")
    #expect(govuk.blocks[0].text.hasPrefix("Eight out of 10"))

    let voices = try SeedReader.read(try fixture("en-globalvoices-china-green-dam.txt"), seedPath: "v.txt").document
    #expect(voices.metadata.title == "China: A leaking dam?")
    #expect(voices.metadata.date == "2009-06-10")
    #expect(voices.blocks[0].text.hasPrefix("Chinese information activists"))
    let quoted = voices.blocks.filter { $0.kind == .blockQuote }
    #expect(!quoted.isEmpty)
    #expect(quoted.allSatisfy { !$0.text.hasPrefix(">") })
}

@Test func lineEndsAndByteOrderMarkGiveTheSameDocument() throws {
    // HAZARDS B12
    let variants: [[UInt8]] = [
        Array("JEAN : Bonjour.\nMARIE : Salut.\n".utf8),
        Array("JEAN : Bonjour.\r\nMARIE : Salut.\r\n".utf8),
        Array("JEAN : Bonjour.\rMARIE : Salut.\r".utf8),
        [0xEF, 0xBB, 0xBF] + Array("JEAN : Bonjour.\r\nMARIE : Salut.\r\n".utf8),
    ]
    let documents = try variants.map { try SeedReader.read($0, seedPath: "j.txt").document }
    for document in documents {
        #expect(document == documents[0])
        #expect(!document.blocks[0].text.contains("\r"))
        #expect(!document.blocks[0].text.unicodeScalars.contains("\u{FEFF}"))
    }
    // Two labelled lines: speaker turns, the first one JEAN's.
    #expect(documents[0].blocks.map(\.text) == ["Bonjour.", "Salut."])
    #expect(documents[0].blocks[0].turn?.label == "JEAN")
}

@Test func utf16WithByteOrderMarkIsDecoded() throws {
    let text = "Titre\n\n« Bonjour », dit-elle.\n"
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let document = try SeedReader.read(bytes, seedPath: "u.txt").document
    #expect(document.metadata.title == "Titre")
    #expect(document.blocks.map(\.text) == ["« Bonjour », dit-elle."])
}

@Test func latin1IsReadAsWindows1252WithAWarning() throws {
    let bytes = Array("Titre\n\nCaf".utf8) + [0xE9] + Array(" au lait, d".utf8) + [0x92] + Array("accord".utf8)
    let result = try SeedReader.read(bytes, seedPath: "bad/latin1.txt")
    #expect(result.document.blocks.map(\.text) == ["Café au lait, d’accord"])
    #expect(result.document.metadata.title == "Titre")
    #expect(result.warnings.map(\.description) == [
        "bad/latin1.txt:3:4: warning: not valid UTF-8 (the first bad byte is here); read as Windows-1252 (check its accented letters, and save the file as UTF-8)"
    ])
}

@Test func windows1252ControlBytesAreDecoded() throws {
    // 0x80 is €, 0x93/0x94 are “ ”, 0x85 is … (WHATWG windows-1252 index).
    let bytes = Array("Prix\n\n".utf8) + [0x93, 0x31, 0x30, 0x20, 0x80, 0x85, 0x94] + Array("\n".utf8)
    let result = try SeedReader.read(bytes, seedPath: "p.txt")
    #expect(result.document.blocks.map(\.text) == ["“10 €…”"])
}

@Test func utf8WithOneInvalidByteStaysUTF8WithAReplacementAndItsPosition() throws {
    // A UTF-8 file with one stray byte is UTF-8, not Windows-1252 (which would give "MaÃ«lle").
    let bytes = Array("T\n\nLa maire Maëlle Brunot a déclaré : « Café ".utf8) + [0xFF] + Array(" fin. »\n".utf8)
    let result = try SeedReader.read(bytes, seedPath: "bad/stray.txt")
    #expect(result.document.blocks.map(\.text) == ["La maire Maëlle Brunot a déclaré : « Café \u{FFFD} fin. »"])
    #expect(result.warnings.map(\.description) == [
        "bad/stray.txt:3:43: warning: byte 0xFF is not valid UTF-8; the rest of the file is UTF-8, so it was read as UTF-8 with U+FFFD (�) in its place (retype the character there, or save the file again as UTF-8)"
    ])
}

@Test func aCharacterCutShortIsOneReplacementAndLineEndsAreCountedInAnyStyle() throws {
    // `E2 80` starts a three-byte character (here cut short by a space); CR alone ends a line.
    let bytes = Array("Titre\r\r« Déjà".utf8) + [0xE2, 0x80] + Array(" vu », dit-elle.\r".utf8)
    let result = try SeedReader.read(bytes, seedPath: "cut.txt")
    #expect(result.document.blocks.map(\.text) == ["« Déjà\u{FFFD} vu », dit-elle."])
    #expect(result.warnings.map { "\($0.line ?? 0):\($0.column ?? 0)" } == ["3:7"])
    #expect(result.warnings.first?.message.hasPrefix("bytes 0xE2 0x80 (a character cut short) are not valid UTF-8") == true)
}

/// Every invalid byte of a mostly UTF-8 file has its warning (the site tester of the twenty-third
/// session: past five, the decoder's own count and the printed one disagreed); the printed
/// messages show three and count the rest in one line, whatever the bytes named.
@Test func manyInvalidBytesInAMostlyUTF8FileGiveOneWarningEachAndOnePrintedCount() throws {
    var bytes = Array("Titre\n\n".utf8)
    for index in 0..<8 { bytes += Array("« Été ».".utf8) + [index % 2 == 0 ? 0xFF : 0xFE] + Array("\n".utf8) }
    let result = try SeedReader.read(bytes, seedPath: "m.txt")
    #expect(result.document.blocks.allSatisfy { !$0.text.contains("Ã") })
    #expect(result.warnings.map { $0.line ?? 0 } == [3, 4, 5, 6, 7, 8, 9, 10])
    let printed = result.warnings.printedLines()
    #expect(printed.count == 4, "\(printed)")
    #expect(printed.last == "… and 5 more like this in m.txt (lines 6 to 10)")
}

@Test func aByteOrderMarkMakesAFileUTF8EvenWithoutOtherNonASCIICharacters() throws {
    let bytes = [0xEF, 0xBB, 0xBF] + Array("Titre\n\nCaf".utf8) + [0xE9] + Array(" noir.\n".utf8)
    let result = try SeedReader.read(bytes, seedPath: "bom.txt")
    #expect(result.document.blocks.map(\.text) == ["Caf\u{FFFD} noir."])
    #expect(result.warnings.map { $0.line ?? 0 } == [3])
}

@Test func windows1252WithAChancePairThatIsValidUTF8IsStillWindows1252() throws {
    // `É` then `’` (0xC9 0x92) happens to be a valid UTF-8 character, but the two other accented
    // letters are not UTF-8: the file is Windows-1252.
    let bytes = Array("Titre\n\nCAF".utf8) + [0xC9, 0x92] + Array("S d".utf8) + [0xE9] + Array("j".utf8) + [0xE0] + Array(".\n".utf8)
    let result = try SeedReader.read(bytes, seedPath: "w.txt")
    #expect(result.document.blocks.map(\.text) == ["CAFÉ’S déjà."])
    #expect(result.warnings.map(\.description) == ["w.txt:3:8: warning: not valid UTF-8 (the first bad byte is here); read as Windows-1252 (check its accented letters, and save the file as UTF-8)"])
}

@Test func bytesUndefinedInWindows1252AreAnErrorWithFileLineAndColumn() {
    for byte: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] {
        let bytes = Array("Titre\n\nCaf".utf8) + [0xE9, byte] + Array(" au lait.\n".utf8)
        #expect {
            try SeedReader.read(bytes, seedPath: "bad/undecodable.txt")
        } throws: { error in
            // Named at the byte Windows-1252 lacks (column 5), not at `é` (0xE9), which it has.
            "\(error)" == String(format: "bad/undecodable.txt:3:5: error: not valid UTF-8, and not Windows-1252 either: byte 0x%02X here is not defined in Windows-1252 (save the file as UTF-8)", byte)
        }
    }
}

@Test func xmlDeclaringLatin1IsReadWithoutAWarning() throws {
    let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<publicwhip>\n<speech speakername=\"Ren".utf8) + [0xE9]
        + Array("e Dupont\" id=\"uk.org.publicwhip/debate/2009-10-29a.1.1\"><p>Caf".utf8) + [0xE9] + Array(".</p></speech>\n<speech speakername=\"A B\"><p>Oui.</p></speech></publicwhip>\n".utf8)
    let result = try SeedReader.read(bytes, seedPath: "d.xml")
    #expect(result.warnings.isEmpty)
    #expect(result.document.blocks.first?.text == "Café.")
    #expect(result.document.blocks.first?.turn?.label == "Renée Dupont")
    #expect(result.document.metadata.date == "2009-10-29")
}

@Test func emptyAndBlankSeedsAreRefused() {
    for bytes in [[], Array(" \n\r\n\t".utf8), [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
        #expect {
            try SeedReader.read(bytes, seedPath: "empty.txt")
        } throws: { error in
            "\(error)" == "empty.txt:1: error: the seed is empty (add the transcript's text, or remove the file)"
        }
    }
}

@Test func nulAndControlCharactersNeverCutTheText() throws {
    // HAZARDS B11, B22
    let document = try read("Questions & réponses\n\nJEAN : Bonjour\u{0} tout\u{1D} le monde.\u{0C}Suite.\n")
    #expect(document.blocks[0].text == "JEAN : Bonjour tout le monde.\nSuite.")
}

@Test func textIsNFC() throws {
    let document = try read("Titre\n\nE\u{301}te\u{301} chaud.\n")
    #expect(document.blocks[0].text == "Été chaud.")
    #expect(document.blocks[0].text.unicodeScalars.count == 10)
}

@Test func yamlFrontMatter() throws {
    let document = try read("""
        ---
        title: "Réunion du 3 mai"
        date: 2024-03-01
        lang: fr
        source: https://example.org/r
        tags: [politique, santé]
        speakers:
          - name: Jeanne Roche
            aliases: [la maire, Mme Roche]
        ---

        Premier paragraphe.
        """)
    #expect(document.metadata.title == "Réunion du 3 mai")
    #expect(document.metadata.date == "2024-03-01")
    #expect(document.metadata.source == "https://example.org/r")
    #expect(document.metadata.tags == ["politique", "santé"])
    #expect(document.metadata.speakers == [Speaker(id: "jeanne-roche", name: "Jeanne Roche", aliases: ["la maire", "Mme Roche"])])
    #expect(document.blocks == [Block(kind: .paragraph, text: "Premier paragraphe.", line: 12)])
}

@Test func brokenFrontMatterIsAnErrorWithALine() {
    #expect {
        try read("---\ntitle: [unclosed\n---\n\nTexte.\n", path: "fm.txt")
    } throws: { error in
        "\(error)" == "fm.txt:2:8: error: front matter is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes: title: \"[unclosed\")"
    }
    #expect {
        try read("---\ntitle: x\n\nTexte.\n", path: "open.txt")
    } throws: { error in
        "\(error)".hasPrefix("open.txt:1: error: front matter opened with `---` is never closed")
    }
}

@Test func headerLinesAsTheBenchmarkCorpusWritesThem() throws {
    let document = try read("Title: Session 1 — The archive question\nDate: 2021-12-12\nSpeakers: Lisa Wright; Léa Hall\n\nLÉA HALL: Hello.\n")
    #expect(document.metadata.title == "Session 1 — The archive question")
    #expect(document.metadata.date == "2021-12-12")
    #expect(document.metadata.speakers.map(\.name) == ["Lisa Wright", "Léa Hall"])
    #expect(document.blocks.map(\.text) == ["LÉA HALL: Hello."])
}

@Test func proseWithAColonIsNotAHeader() throws {
    let document = try read("Title: a sentence that happens to start like a header.\n\nBody.\n")
    #expect(document.blocks.count == 2)
}

@Test func aDateLineRightUnderTheTitleIsTheDate() throws {
    let document = try read("Simple Title\n12 mars 2019\n\nLe texte commence ici.\n")
    #expect(document.metadata.title == "Simple Title")
    #expect(document.metadata.date == "2019-03-12")
    #expect(document.blocks.map(\.text) == ["Le texte commence ici."])
}

@Test func aLanguageThatIsNotATagIsRecognisedFromTheText() throws {
    let result = try SeedReader.read(Array("---\ntitle: T\nlang: 'fr\" onmouseover=x'\n---\n\nLe maire a dit que la ville est pour les habitants.\n".utf8), seedPath: "l.txt")
    #expect(result.document.metadata.lang == "fr")
    #expect(result.warnings.map(\.description) == ["l.txt:3: warning: `fr\" onmouseover=x` is not a language tag; the language was recognised from the text instead (write a BCP 47 tag such as fr, en or pt-BR)"])
    #expect(SeedReader.isLanguageTag("pt-BR") && SeedReader.isLanguageTag("fr") && !SeedReader.isLanguageTag("français"))
}

@Test func utf16WithoutByteOrderMarkIsReadWithAWarning() throws {
    let text = "Titre\n\n« Bonjour », dit-elle.\n"
    var little: [UInt8] = []
    var big: [UInt8] = []
    for unit in text.utf16 {
        little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
    }
    for bytes in [little, big] {
        let result = try SeedReader.read(bytes, seedPath: "w.txt")
        #expect(result.document.metadata.title == "Titre")
        #expect(result.document.blocks.map(\.text) == ["« Bonjour », dit-elle."])
        #expect(result.warnings.first?.description.hasPrefix("w.txt: warning: UTF-16 (") == true)
    }
}

@Test func aNoteBeforeTheFirstCueIsNotTheTitle() throws {
    let document = try read("WEBVTT\n\nNOTE This is a comment\n\n00:01.000 --> 00:02.000\n<v A>Bonjour tout le monde.\n", path: "n.vtt")
    #expect(document.metadata.title == "Bonjour tout le monde.")
}

@Test func aSidecarGivesFrontMatterToFormatsWithoutRoomForIt() throws {
    let vtt = Array("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Sarah>Bonjour tout le monde.\n".utf8)
    let sidecar = Array("title: Épisode 12\ndate: 2021-06-01\nlang: fr\nmedia: https://example.org/e12.mp3\n".utf8)
    let result = try SeedReader.read(vtt, seedPath: "e12.vtt", sidecar: sidecar)
    #expect(result.document.metadata.title == "Épisode 12")
    #expect(result.document.metadata.date == "2021-06-01")
    #expect(result.document.metadata.lang == "fr")
    #expect(result.document.metadata.media == "https://example.org/e12.mp3")
    #expect(SeedReader.sidecarPath(of: "a/e12.vtt") == "a/e12.vtt.yml")
    #expect {
        try SeedReader.read(vtt, seedPath: "e12.vtt", sidecar: Array("title: [oops\n".utf8))
    } throws: { error in
        "\(error)" == "e12.vtt.yml:1:8: error: this sidecar file (the metadata of e12.vtt) is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes: title: \"[oops\")"
    }
}

@Test func aFileThatIsNotTextIsRefusedWithItsPlace() {
    let zeros = [UInt8](repeating: 0, count: 4096)
    let mostlyNULs = Array("Titre\n\nBonjour.".utf8) + [UInt8](repeating: 0, count: 500)
    let cases: [([UInt8], String)] = [
        (zeros, "z.txt:1:1: error: the file is not text: 4096 of its 4096 characters are NUL bytes (check that the file is a transcript saved as UTF-8, not a binary file, UTF-32 or one overwritten with zeros)"),
        (mostlyNULs, "z.txt:3:9: error: the file is not text: 500 of its 513 characters are NUL bytes (check that the file is a transcript saved as UTF-8, not a binary file, UTF-32 or one overwritten with zeros)"),
    ]
    for (bytes, expected) in cases {
        #expect {
            try SeedReader.read(bytes, seedPath: "z.txt")
        } throws: { error in
            "\(error)" == expected
        }
    }
}

@Test func utf32IsRefusedWithAHintToConvertIt() {
    let text = "Titre\n\nJEAN : Bonjour tout le monde.\n"
    var little: [UInt8] = []
    var big: [UInt8] = []
    for scalar in text.unicodeScalars {
        let value = scalar.value
        little += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), 0, 0]
        big += [0, 0, UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
    for (bytes, endian) in [(little, "little"), ([0xFF, 0xFE, 0, 0] + little, "little"), (big, "big")] {
        #expect {
            try SeedReader.read(bytes, seedPath: "u.txt")
        } throws: { error in
            "\(error)" == "u.txt:1:1: error: the file is UTF-32 (\(endian)-endian), which Verbatim does not read (convert it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8)"
        }
    }
}

@Test func oneNULInNormalTextIsRemovedWithAWarningNamingItsLine() throws {
    let result = try SeedReader.read(Array("Titre\n\nJEAN : Bonjour\0 tout le monde.\nMARIE : Salut.\n".utf8), seedPath: "n.txt")
    #expect(result.document.blocks.map(\.text).joined(separator: "|").contains("Bonjour tout le monde."))
    #expect(result.warnings.map(\.description) == [
        "n.txt:3:15: warning: a NUL byte in the text; it was removed (remove the NUL byte from the file)"
    ])
}

/// A short seed of short lines, each ending in a NUL (an editor's stray byte): more than 5% of
/// its characters are NUL, but each stands alone in text that is clearly text, so it is read,
/// the NULs removed and the first named (it was refused as "not text"). Near misses: the same
/// NULs in a run, or among symbols, are no text.
@Test func strayNULsOnShortLinesAreRemovedNotRefused() throws {
    let result = try SeedReader.read(Array("Vote\n\nTOM : Oui.\0\nANA : Non.\0\nTOM : Bon.\0\n".utf8), seedPath: "s.txt")
    #expect(result.document.blocks.map(\.text).joined(separator: "|").contains("Oui."))
    #expect(!result.document.blocks.map(\.text).joined().contains("\u{FFFD}"))
    #expect(result.warnings.map(\.description) == [
        "s.txt:3:11: warning: 3 NUL bytes in the text (the first here); each was removed (remove the NUL bytes from the file)"
    ])
    for bytes in [Array("Vote\n\nTOM : Oui.\0\0\0\n".utf8), Array("Vote\n\n#$%&*+=-/<>!?\0\n".utf8)] {
        #expect(throws: Diagnostic.self) { try SeedReader.read(bytes, seedPath: "s.txt") }
    }
}

@Test func c1ControlCharactersAreRemovedWithOneWarningNamingTheFirst() throws {
    // U+009B (›), U+0092 (’) and U+0085 (NEL, `…` in Windows-1252) read as Latin-1: mojibake.
    // NEL is removed, not made a line end, so the line of the next one stays where an editor shows it.
    let text = "Titre\r\n\r\nJEAN : Bonjour\u{9B} tout\u{85}le monde.\nMARIE : C\u{92}est\u{85} dit.\n"
    let result = try SeedReader.read(Array(text.utf8), seedPath: "c1.txt")
    let body = result.document.blocks.map(\.text).joined(separator: "|")
    #expect(!body.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    #expect(body.contains("Bonjour toutle monde.") && body.contains("Cest dit."))
    #expect(result.document.blocks.count == 2)
    #expect(result.warnings.map(\.description) == [
        "c1.txt:3:15: warning: 4 C1 control characters in the text (the first here: U+009B, probably `›`, Windows-1252 byte 0x9B read as Latin-1); each was removed (the file was probably converted from Windows-1252 as if it were Latin-1: convert the original again, e.g. iconv -f WINDOWS-1252 -t UTF-8, or type the characters meant)"
    ])
    let one = try SeedReader.read(Array("Titre\n\nUn\u{81} mot.\n".utf8), seedPath: "d.txt")
    #expect(one.document.blocks[0].text == "Un mot.")
    #expect(one.warnings.map(\.description) == [
        "d.txt:3:3: warning: a C1 control character, U+0081 (a byte Windows-1252 leaves undefined), in the text; it was removed (the file was probably converted from Windows-1252 as if it were Latin-1: convert the original again, e.g. iconv -f WINDOWS-1252 -t UTF-8, or type the characters meant)"
    ])
}

@Test func controlCharacterReferencesAreRemovedAsRawControlsAre() throws {
    let html = "<html><head><title>Titre</title></head><body><article><p>Un&#x81; mot&#1; et&#146; fin&#x9B;.</p></article></body></html>"
    let document = try read(html, path: "c1.html")
    let body = document.blocks.map(\.text).joined(separator: "|")
    #expect(body.contains("Un mot et’ fin›."))
}

@Test func controlCharactersWrittenAsJSONEscapesAreRemoved() throws {
    let json = #"""
    {"version":"1.0.0","segments":[
    {"speaker":"Darth\u009b Vader","startTime":0.5,"endTime":1,"body":"I am \u0085your \u0007father."},
    {"speaker":"Luke","startTime":1.5,"endTime":2,"body":"Nooo\u001b[31m \\u0085 stays"}]}
    """#
    let result = try SeedReader.read(Array(json.utf8), seedPath: "t5b.json")
    let document = result.document
    #expect(document.blocks.map { $0.turn?.label } == ["Darth Vader", "Luke"])
    #expect(document.blocks.map(\.text) == ["I am your father.", #"Nooo[31m \u0085 stays"#])
    #expect(result.warnings.map(\.description) == [
        "t5b.json:2:18: warning: 4 control characters written as JSON escapes in strings (the first here: `\\u009b`, U+009B, a C1 control, probably `›` (Windows-1252 byte 0x9B read as Latin-1)); each was removed (remove the escapes from the file, or write the characters meant (`\\u2019` for ’, not `\\u0092`))"
    ])
    let one = try SeedReader.read(Array(#"{"segments":[{"speaker":"A","startTime":0,"body":"x\by"}]}"#.utf8), seedPath: "b.json")
    #expect(one.document.blocks.map(\.text) == ["xy"])
    #expect(one.warnings.map(\.description).first?.hasPrefix("b.json:1:52: warning: a control character written as the JSON escape `\\b` (U+0008, a C0 control) in a string; it was removed") == true)
}

@Test func controlCharactersInASidecarAreRemovedWithAWarning() throws {
    let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello there.\n"
    let result = try SeedReader.read(Array(vtt.utf8), seedPath: "t.vtt", sidecar: Array("lang: en\ntitle: T\u{7}alk\u{92}s\n".utf8))
    #expect(result.document.metadata.title == "Talks")
    #expect(result.warnings.map(\.description).contains(
        "t.vtt.yml:2:9: warning: 2 control characters, which YAML does not allow (the first here: U+0007, a C0 control); each was removed (remove it from the file, or type the character meant)"
    ), "\(result.warnings)")
}

/// A text seed pasted together from a UTF-8 source and a Windows-1252 one (fewer UTF-8 characters
/// than bad bytes, so it is not "mostly UTF-8"): each line that is clearly UTF-8 is read as UTF-8
/// and the others as Windows-1252, with one warning at the first bad byte (it was read all as
/// Windows-1252: `Â«` and `Ã©` on the UTF-8 lines). Near miss: a line whose only bytes above
/// 0x7F are one chance UTF-8 pair (`É»`, `C9 BB`) in a Windows-1252 file stays Windows-1252.
@Test func aSeedOfUTF8AndWindows1252LinesIsReadLineByLine() throws {
    let bytes = Array("Titre\n\nJEAN : « Café »\n".utf8) + Array("MARIE : Caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me et th".utf8) + [0xE9, 0x2E, 0x0A]
    let result = try SeedReader.read(bytes, seedPath: "m.txt")
    let text = result.document.blocks.map(\.text).joined(separator: "|")
    #expect(text.contains("« Café »") && text.contains("Café crème et thé."), "\(text)")
    #expect(result.warnings.map(\.description) == [
        "m.txt:4:12: warning: not valid UTF-8 (the first bad byte is here): the line that is not UTF-8 was read as Windows-1252, the line with UTF-8 characters as UTF-8 (check the accented letters of the lines read as Windows-1252, and save the file as UTF-8)"
    ])
    let chance = Array("Titre\n\nCAF".utf8) + [0xC9, 0xBB] + Array("\nIl a dit caf".utf8) + [0xE9, 0x2E, 0x0A]
    let latin = try SeedReader.read(chance, seedPath: "c.txt")
    #expect(latin.document.blocks.map(\.text).joined(separator: "|").contains("CAFÉ»"))
    #expect(latin.warnings.map(\.description) == [
        "c.txt:4:13: warning: not valid UTF-8 (the first bad byte is here); read as Windows-1252 (check its accented letters, and save the file as UTF-8)"
    ])
    // The session-22 review: two `É` + no-break-space pairs (`RENÉ : … ANDRÉ :`) are valid UTF-8
    // by chance (U+0260, IPA) and stay Windows-1252; one `œ` (Latin Extended-A) makes its line UTF-8.
    let names = Array("Titre\n\nJEAN : « Café »\nREN".utf8) + [0xC9, 0xA0] + Array(": oui. ANDR".utf8) + [0xC9, 0xA0]
        + Array(": non.\nMARIE : caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me th".utf8) + [0xE9, 0x20, 0xE0]
        + Array(" l'".utf8) + [0xE9] + Array("t".utf8) + [0xE9, 0x2E, 0x0A]
    let labels = try SeedReader.read(names, seedPath: "n.txt").document.blocks.map(\.text).joined(separator: "|")
    #expect(labels.contains("ANDRÉ") && !labels.contains("ɠ") && labels.contains("crème"), "\(labels)")
    let heart = Array("Titre\n\nLe c".utf8) + [0xC5, 0x93] + Array("ur.\nMARIE : caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8]
        + Array("me th".utf8) + [0xE9, 0x20, 0xE0] + Array(" l'".utf8) + [0xE9] + Array("t".utf8) + [0xE9, 0x2E, 0x0A]
    let oe = try SeedReader.read(heart, seedPath: "o.txt").document.blocks.map(\.text).joined(separator: "|")
    #expect(oe.contains("Le cœur.") && oe.contains("crème"), "\(oe)")
}

/// The front matter's reader and its check for control characters see the same block, with
/// YAML's fences: `---` at the start of the line opens it, `---` or `...` there closes it. An
/// indented `---` opens one for both only over a key front matter knows (the check once warned
/// of a control in a "front matter" the reader took for text), and `...` closes one for both.
@Test func theFrontMatterCheckAndReaderAgreeOnFences() throws {
    #expect(SeedReader.frontMatterControlWarning("---\ntitle: Mar\u{1}ée\n...\n\nTexte.\n", file: "f.txt") != nil)
    // An indented `---` over a known key opens front matter for both (read with a warning).
    #expect(SeedReader.frontMatterControlWarning("  ---\ntitle: Mar\u{1}ée\n---\n\nTexte.\n", file: "f.txt") != nil)
    #expect(SeedReader.frontMatterControlWarning("  ---\nMar\u{1}ée\n---\n\nTexte.\n", file: "f.txt") == nil)
    #expect(SeedReader.frontMatterControlWarning("---\r\ntitle: Mar\u{1}ée\r\n--- \r\n\r\nTexte.\r\n", file: "f.txt") != nil)
    let closedByDots = try SeedReader.read(Array("---\ntitle: Marée haute\n...\n\nLe port ouvre.\n".utf8), seedPath: "f.txt")
    #expect(closedByDots.document.metadata.title == "Marée haute")
    let indented = try SeedReader.read(Array("  ---\ntitle: Marée haute\n---\n\nLe port ouvre.\n".utf8), seedPath: "f.txt")
    #expect(indented.document.metadata.title == "Marée haute")
    #expect(indented.warnings.map(\.line) == [1])
    #expect(FrontMatter.isFence("--- \t", closing: false) && FrontMatter.isFence("...", closing: true))
    #expect(!FrontMatter.isFence("...", closing: false) && !FrontMatter.isFence(" ---", closing: true) && !FrontMatter.isFence("----", closing: true))
}
