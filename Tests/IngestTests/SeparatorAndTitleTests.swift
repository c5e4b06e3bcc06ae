import Foundation
import Model
import Testing

@testable import Ingest

private func read(_ text: String, _ path: String) throws -> SeedReader.Result {
    try SeedReader.read(Array(text.utf8), seedPath: path)
}

/// A `&#x2029;` or `&#8233;` reference in an HTML article ends a paragraph, as U+2029 does in
/// raw seed text, and `&#x2028;` breaks the line; the page's own line ends stay white space
/// (a `<br>` then a line end is one line break), and a title keeps one line.
@Test func paragraphSeparatorReferencesInAnHTMLArticleEndAParagraph() throws {
    let html = """
        <html><body><article><h1>Le&#x2029;port</h1>
        <p>Premier paragraphe.&#x2029;Deuxième paragraphe.&#8233;Troisième, avec&#x2028;un saut.</p>
        <p>Ligne une<br>
        ligne deux.</p>
        </article></body></html>

        """
    let document = try read(html, "a.html").document
    #expect(document.metadata.title == "Le port")
    #expect(document.blocks.map(\.text) == [
        "Premier paragraphe.", "Deuxième paragraphe.", "Troisième, avec\nun saut.", "Ligne une\nligne deux.",
    ])
    #expect(!document.blocks.contains { $0.text.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 } })
}

/// A paragraph separator in a Podcasting 2.0 JSON body, escaped (`\u2029`) or raw, starts a new
/// paragraph of the turn (it was a space; a raw one made the whole seed invalid JSON), and the
/// next segment of the same speaker goes on in that paragraph.
@Test func paragraphSeparatorsInAPodcastingJSONBodyStartAParagraphOfTheTurn() throws {
    let json = #"""
        {"version": "1.0.0", "segments": [
          {"speaker": "Alice", "startTime": 0, "endTime": 2, "body": "First point.\u2029Second point."},
          {"speaker": "Alice", "startTime": 2, "endTime": 3, "body": "Still the second."},
          {"speaker": "Bob", "startTime": 3, "endTime": 4, "body": "Raw\#u{2029}separator, and\u2028a line."}
        ]}
        """#
    let result = try read(json, "p.json")
    let blocks = result.document.blocks
    #expect(blocks.map(\.text) == ["First point.", "Second point. Still the second.", "Raw", "separator, and a line."])
    #expect(blocks.map { $0.turn?.label } == ["Alice", "Alice", "Bob", "Bob"])
    #expect(blocks[0].turn?.index == blocks[1].turn?.index)
    #expect(result.warnings.isEmpty, "\(result.warnings)")
    // The same in a WebVTT cue, whose references are decoded as HTML's.
    let vtt = try read("WEBVTT\n\n00:01.000 --> 00:03.000\n<v Alice>Un.&#x2029;Deux.\n", "c.vtt").document
    #expect(vtt.blocks.map(\.text) == ["Un.", "Deux."])
    #expect(vtt.blocks.map { $0.turn?.index } == [0, 0])
}

/// A title in title case that runs over two lines, with the text right under it, is one
/// title, in English and French; a one-line title keeps the paragraph right under it when
/// that line is not in title case, when the title ends a sentence, or when it is a byline.
@Test func aTwoLineTitleInTitleCaseIsOneTitleWithoutSwallowingTheText() throws {
    let english = try read("Harbour Board Votes To Raise\nThe Ferry Fares For Islanders\nThe board met on Tuesday and voted six to two.\n", "en.txt").document
    #expect(english.metadata.title == "Harbour Board Votes To Raise The Ferry Fares For Islanders")
    #expect(english.blocks.map(\.text) == ["The board met on Tuesday and voted six to two."])
    #expect(english.blocks.first?.line == 3)
    let french = try read("Le Conseil Municipal Adopte\nLe Nouveau Plan Des Transports\nLe conseil a voté mardi soir le plan de la majorité.\n", "fr.txt").document
    #expect(french.metadata.title == "Le Conseil Municipal Adopte Le Nouveau Plan Des Transports")
    #expect(french.blocks.map(\.text) == ["Le conseil a voté mardi soir le plan de la majorité."])
    let elided = try read("Les Élus De L'Agglomération Votent\nLe Budget De L'Eau\nLe vote a eu lieu hier.\n", "el.txt").document
    #expect(elided.metadata.title == "Les Élus De L'Agglomération Votent Le Budget De L'Eau")
    let endsWithMinor = try read("Harbour Board Votes To\nRaise Ferry Fares\nThe board met on Monday.\n", "em.txt").document
    #expect(endsWithMinor.metadata.title == "Harbour Board Votes To Raise Ferry Fares")

    // Near misses: the first paragraph starts right under a one-line title.
    let paragraph = try read("Ferry Fares Rise Again\nThe Harbour Board met on Tuesday and\nvoted to raise fares by ten per cent.\n", "n1.txt").document
    #expect(paragraph.metadata.title == "Ferry Fares Rise Again")
    #expect(paragraph.blocks.map(\.text) == ["The Harbour Board met on Tuesday and\nvoted to raise fares by ten per cent."])
    let paragraphFR = try read("Réunion Du Conseil Municipal\nLe Maire a ouvert la séance\nà 18 heures devant trente élus.\n", "n2.txt").document
    #expect(paragraphFR.metadata.title == "Réunion Du Conseil Municipal")
    #expect(paragraphFR.blocks.map(\.text) == ["Le Maire a ouvert la séance\nà 18 heures devant trente élus."])
    let question = try read("Who Pays For The Ferry?\nThe Islanders Do\nAnd they are not happy about it.\n", "n3.txt").document
    #expect(question.metadata.title == "Who Pays For The Ferry?")
    let byline = try read("Ferry Fares Rise Again\nBy Jane Harper\nThe board met on Tuesday.\n", "n4.txt").document
    #expect(byline.metadata.title == "Ferry Fares Rise Again")
    #expect(byline.blocks.first?.text.hasPrefix("By Jane Harper") == true)
    let sentenceCase = try read("Les tarifs du bac augmentent\nLe Conseil Portuaire Décide\nLe conseil a voté hier.\n", "n5.txt").document
    #expect(sentenceCase.metadata.title == "Les tarifs du bac augmentent")
}

/// The two-line title rule is strict: a credit, a dateline, a second name or a line with a digit
/// under a title in title case starts the text (they were joined to the title), and a first line
/// that is only a date is the document's date, not its title.
@Test func aTitleInTitleCaseTakesNoCreditDatelineOrNameUnderIt() throws {
    let cases: [(String, String)] = [
        ("Harbour Board Votes\nStaff Reporter\nThe board met on Monday.\n", "Harbour Board Votes"),
        ("Ferry Fares Rise\nKirkwall, Orkney\nThe board met on Monday.\n", "Ferry Fares Rise"),
        ("Anna Berg\nTom Reed\nThe board met on Monday.\n", "Anna Berg"),
        ("Harbour Board Votes To Raise\nMonday 32 Octember 2024\nThe board met on Monday.\n", "Harbour Board Votes To Raise"),
        ("Harbour Board Votes To\nOur Correspondent\nThe board met on Monday.\n", "Harbour Board Votes To"),
        ("Le Port Vote La Hausse Des\nEnvoyé Spécial\nLe conseil a voté lundi.\n", "Le Port Vote La Hausse Des"),
        ("Ferry Fares Rise\nBy The Harbour Desk\nThe board met on Monday.\n", "Ferry Fares Rise"),
    ]
    for (text, title) in cases {
        let document = try read(text, "t.txt").document
        #expect(document.metadata.title == title, "\(text)")
        #expect(document.blocks.first?.line == 2, "\(text)")
    }
    let dated = try read("12 March 2024\nThe Ferry Fares Rise\nThe board met on Monday.\n", "d.txt").document
    #expect(dated.metadata.title == "The Ferry Fares Rise")
    #expect(dated.metadata.date == "2024-03-12")
    #expect(dated.blocks.map(\.text) == ["The board met on Monday."])
}

/// A blank line at the top of a file does not hide its header lines: `Title:` is read, not made
/// the title with its key.
@Test func headerLinesAfterABlankFirstLineAreRead() throws {
    let result = try read("\nTitle: C++\nDate: 2030-01-01\n\nC text.\n", "c.txt")
    #expect(result.document.metadata.title == "C++")
    #expect(result.document.metadata.date == "2030-01-01")
    #expect(result.document.blocks.map(\.text) == ["C text."])
    #expect(result.metadataLines.title?.line == 2)
}
