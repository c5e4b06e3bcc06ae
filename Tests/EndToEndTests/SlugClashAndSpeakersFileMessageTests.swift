import Foundation
import Model
import Testing

/// A slug that another seed holds is warned at the line of the hand-set `slug:`, or else at
/// the title's line, naming the seed that holds it and where to choose another: the seed's
/// front matter, or the sidecar of a format with none (whose line the message names). A
/// speaker whose page is numbered is warned at the first line where they speak.
@Test func slugClashWarningsNameTheLineAndWhatToDo() throws {
    func cue(_ voice: String, _ text: String) -> String {
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<v \(voice)>\(text)\n"
    }
    let site = try SiteFixture(seeds: [
        "a.txt": "Réunion du conseil\n\nTexte A.\n",
        "b.txt": "---\ntitle: Autre titre\nslug: reunion-du-conseil\n---\n\nTexte B.\n",
        "c.txt": "Réunion du conseil\n\nTexte C.\n",
        "d.vtt": cue("Marie-Anne", "Nous partirons."),
        "d.vtt.yml": "lang: fr\ntitle: Réunion du conseil\n",
        "e.vtt": "WEBVTT\n\nNOTE une note\n\n00:01.000 --> 00:02.000\n<v Marie Anne>Nous resterons.\n",
        "e.vtt.yml": "title: Séjour\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    let messages = report.diagnostics.filter { $0.severity == .warning }.map(\.description)
    func message(about seed: String) -> String? {
        messages.first { $0.contains("/seeds/\(seed):") || $0.contains("/seeds/\(seed): ") }
    }
    let seeds = site.seeds.standardizedFileURL.path
    #expect(message(about: "b.txt") == "\(seeds)/b.txt:3: warning: slug `reunion-du-conseil` is already taken by \(seeds)/a.txt; this one is published as `reunion-du-conseil-2` (choose another `slug:` in its front matter)", "\(messages)")
    #expect(message(about: "c.txt") == "\(seeds)/c.txt:1: warning: slug `reunion-du-conseil` is already taken by \(seeds)/a.txt; this one is published as `reunion-du-conseil-3` (set `slug:` in its front matter to choose another)", "\(messages)")
    #expect(message(about: "d.vtt") == "\(seeds)/d.vtt: warning: slug `reunion-du-conseil` (its title, \(seeds)/d.vtt.yml:2) is already taken by \(seeds)/a.txt; this one is published as `reunion-du-conseil-4` (set `slug:` in \(seeds)/d.vtt.yml beside it to choose another)", "\(messages)")
    // The speaker numbered `marie-anne-2` first speaks on e.vtt's line 6 (its voice tag, under the cue's timing line).
    let speaker = try #require(messages.first { $0.contains("speaker `Marie Anne`") })
    #expect(speaker.hasPrefix("\(seeds)/e.vtt:6: warning: speaker `Marie Anne` has the same slug as `Marie-Anne` (`marie-anne`)"), "\(speaker)")
}

/// An annotated-Markdown seed is decoded and normalised as every seed is: saved as UTF-16 with
/// CRLF line ends and a paragraph separator, it is still read as annotated Markdown (its
/// quotation and speaker kept, the separator a paragraph break), not as a plain Markdown transcript.
@Test func anAnnotatedMarkdownSeedInUTF16IsReadAsAnnotatedMarkdown() throws {
    let text = "---\r\ntitle: \"Le port\"\r\nlang: \"fr\"\r\nspeakers:\r\n  mr:\r\n    name: \"Marie Roche\"\r\n---\r\n\r\n"
        + "La maire a dit [« Nous verrons. »]{#q-1 .quote who=mr}\u{2029}Fin de la séance.\r\n"
    let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let site = try SiteFixture(seeds: ["p.md": bytes])
    defer { site.remove() }
    let report = try site.generate()
    #expect(!report.hasErrors, "\(report.diagnostics)")
    let quotes = try #require(try site.json("data/quotes.json") as? [[String: Any]])
    #expect(quotes.map { $0["id"] as? String } == ["q-1"])
    #expect(quotes.first?["speaker"] as? String == "mr")
    let markdown = try site.file("transcripts/le-port/index.md")
    #expect(markdown.contains("{#q-1 .quote who=mr"), "\(markdown)")
    #expect(markdown.contains("\n\nFin de la séance.\n"), "\(markdown)")
    #expect(!markdown.contains("\r") && !markdown.contains("\u{2029}"))
}

/// `speakers.yml` is read with the one settings decoder `site.yml` and sidecars are read with
/// (the site tester of the twenty-third session: it alone was refused when not UTF-8): a
/// file not UTF-8 is read, its speakers declared, with one warning at its first bad byte (here a
/// Windows-1252 `é` beside a UTF-8 `ô` on one line, each read as itself); its unknown keys are
/// warned as in any file.
@Test func aWindows1252SpeakersFileIsReadWithAWarningAsSiteSettingsAre() throws {
    let latin1: [UInt8] = Array("jr:\n  name: J".utf8) + [0xE9] + Array("r\u{00F4}me Roche\n  aliasses: [JR]\n".utf8)
    let site = try SiteFixture(seeds: [
        "a.txt": Array("Conseil municipal\n\nJérôme Roche a dit : « Le budget sera voté en juin. »\n".utf8),
        "speakers.yml": latin1,
    ])
    defer { site.remove() }
    let report = try site.generate()
    let about = report.diagnostics.filter { $0.file.hasSuffix("speakers.yml") }.map(\.description)
    #expect(about.count == 2, "\(about)")
    #expect(about.first?.hasSuffix("speakers.yml:2:10: warning: not valid UTF-8 (the first bad byte is here): the line mixing both character by character (its UTF-8 characters as UTF-8, its other bytes as Windows-1252) (check the accented letters of the lines read as Windows-1252, and save the file as UTF-8)") == true, "\(about)")
    #expect(about.last?.contains("speakers.yml:3: warning: unknown speaker key 'aliasses'") == true && about.last?.contains("aliasses") == true, "\(about)")
    #expect(report.diagnostics.errorCount == 0)
    #expect(try site.file("transcripts/conseil-municipal/index.md").contains("who=jr"))
    #expect(try site.file("speakers/jr/index.html").contains("Jérôme Roche"))
}

/// `speakers.yml` messages: one with a byte Windows-1252 leaves undefined in a file not mostly
/// UTF-8 is refused at that byte with the hint to save it as UTF-8, as `site.yml` would be; a
/// UTF-16 one with a BOM is read, as seeds are; a duplicate id is reported where it is written
/// again.
@Test func speakersFileEncodingAndDuplicateIdMessages() throws {
    let seed = Array("Conseil municipal\n\nJérôme Roche a dit : « Le budget sera voté en juin. »\n".utf8)
    let undefined = try SiteFixture(seeds: ["a.txt": seed, "speakers.yml": Array("anna-berg:\n  name: \"Anna B".utf8) + [0xE9, 0x81] + Array("rg\"\n".utf8)])
    defer { undefined.remove() }
    let undefinedAbout = try undefined.generate().diagnostics.filter { $0.file.hasSuffix("speakers.yml") }.map(\.description)
    #expect(undefinedAbout.count == 1 && undefinedAbout[0].hasSuffix("speakers.yml:2:17: error: not valid UTF-8, and not Windows-1252 either: byte 0x81 here is not defined in Windows-1252; the site was built without it, keeping any pages published before (save the file as UTF-8)"), "\(undefinedAbout)")

    let text = "jr:\n  name: Jérôme Roche\n"
    let utf16 = try SiteFixture(seeds: ["a.txt": seed, "speakers.yml": [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }])
    defer { utf16.remove() }
    let utf16Report = try utf16.generate()
    #expect(!utf16Report.diagnostics.contains { $0.file.hasSuffix("speakers.yml") }, "\(utf16Report.diagnostics)")

    let duplicate = try SiteFixture(seeds: ["a.txt": seed, "speakers.yml": Array("anna-berg:\n  name: Anna Berg\nanna-berg:\n  name: Anna B\n".utf8)])
    defer { duplicate.remove() }
    let duplicateAbout = try duplicate.generate().diagnostics.filter { $0.file.hasSuffix("speakers.yml") }.map(\.description)
    #expect(duplicateAbout.count == 1 && duplicateAbout[0].contains("speakers.yml:3:1: error: invalid YAML: duplicated key `anna-berg`"), "\(duplicateAbout)")
}
