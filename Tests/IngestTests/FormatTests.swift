import Foundation
import Model
import Testing

@testable import Ingest

/// Format choice and the readers' less common paths: HTML page furniture, TEI `<sp>`, the
/// Podcasting 2.0 variants, Markdown prose, and files no reader accepts.
struct FormatTests {
    static func read(_ text: String, _ path: String) throws -> SeedReader.Result {
        try SeedReader.read(Array(text.utf8), seedPath: path)
    }

    @Test func htmlSkipsPageFurnitureAndReadsMetadata() throws {
        let html = """
            <!DOCTYPE html>
            <HTML lang="fr-FR"><head><title>Le site — Réunion</title>
            <meta property="article:published_time" content="2024-03-01T09:00:00+01:00">
            <link rel="canonical" href="https://example.org/r">
            <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
            <body><nav><ul><li>Accueil</li></ul></nav>
            <article><header><h1>Réunion du 3&nbsp;mai</h1></header>
            <p>Premier &amp; <em>seul</em><br>paragraphe.
            <p>Deuxième, sans balise fermante
            <blockquote><p>« Cité »</p>Texte libre</blockquote>
            <h2>Suite</h2><ul><li>Un</li><li>Deux</ul>
            <figure><img src="x.png"><figcaption>Légende</figcaption></figure>
            <audio src="https://example.org/r.mp3">Votre navigateur…</audio>
            <div>Texte dans un div <span>et un span</span></div>
            </article><footer>© Le site</footer></body></HTML>
            """
        let result = try Self.read(html, "page.html")
        let document = result.document
        #expect(document.metadata.title == "Réunion du 3\u{00A0}mai")
        #expect(document.metadata.date == "2024-03-01")
        #expect(document.metadata.lang == "fr")
        #expect(document.metadata.source == "https://example.org/r")
        #expect(document.metadata.media == "https://example.org/r.mp3")
        #expect(document.blocks.map(\.text) == [
            "Premier & seul\nparagraphe.", "Deuxième, sans balise fermante", "« Cité »", "Texte libre", "Suite", "Un", "Deux",
            "Texte dans un div et un span",
        ])
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .blockQuote, .blockQuote, .heading, .paragraph, .paragraph, .paragraph])
        #expect(document.blocks[0].line == 8)
    }

    @Test func teiSpeechesWithSpeakerElementsAndAPersonList() throws {
        let tei = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
            <teiHeader><fileDesc><titleStmt><title>Le Misanthrope, acte I</title></titleStmt>
            <sourceDesc><bibl><date when="1666-06-04">1666</date></bibl></sourceDesc></fileDesc>
            <profileDesc><particDesc><listPerson>
              <person xml:id="alc"><persName><forename>Alceste</forename></persName></person>
            </listPerson></particDesc></profileDesc></teiHeader>
            <text xml:lang="fr"><body><div type="scene"><head>Scène 1</head>
            <stage>Philinte, Alceste.</stage>
            <sp who="#phi"><speaker>PHILINTE</speaker><p>Qu'est-ce donc ? Qu'avez-vous ?</p></sp>
            <sp who="#alc"><speaker>ALCESTE</speaker><p>Laissez-moi, je vous prie.</p><stage>(Il se lève.)</stage><p>Je veux qu'on soit sincère.</p></sp>
            <u who="#alc">Moi, <gap reason="inaudible"/> je suis.</u>
            </div></body></text></TEI>
            """
        let document = try Self.read(tei, "m.xml").document
        #expect(document.metadata.title == "Le Misanthrope, acte I")
        #expect(document.metadata.date == "1666-06-04")
        #expect(document.metadata.lang == "fr")
        #expect(document.metadata.speakers == [Speaker(id: "phi", name: "PHILINTE"), Speaker(id: "alc", name: "Alceste")])
        let summary = TurnSummary(document)
        #expect(summary.labels == ["PHILINTE", "ALCESTE", "Alceste"])
        #expect(summary.turns.map(\.speakerID) == ["phi", "alc", "alc"])
        #expect(document.blocks.map(\.kind) == [
            .heading, .stageDirection, .paragraph, .paragraph, .stageDirection, .paragraph, .paragraph, .editorialNote, .paragraph,
        ])
        #expect(document.blocks[7].text == "[gap: inaudible]")
        #expect(document.blocks[4].turn?.index == 1)
    }

    @Test func podcastingSegmentsWithoutSpeakerAndWithPunctuation() throws {
        let json = """
            {"version": "1.0.0", "segments": [
              {"speaker": "Ann", "startTime": 0, "endTime": 1, "body": "Hello"},
              {"startTime": 1, "endTime": 1.5, "body": ","},
              {"startTime": 1.5, "endTime": 2, "body": "world."},
              {"speaker": "Bob", "startTime": "2.5", "endTime": "3", "body": "Hi."},
              {"speaker": "Ann", "startTime": true, "body": "Kept."}
            ]}
            """
        let result = try Self.read(json, "p.json")
        let summary = TurnSummary(result.document)
        #expect(summary.labels == ["Ann", "Bob", "Ann"])
        #expect(summary.texts == ["Hello, world.", "Hi.", "Kept."])
        #expect(summary.turns.map(\.start) == [0, 2.5, 3])
        #expect(summary.turns.map(\.end) == [2, 3, nil])
        #expect(result.warnings.map(\.description) == [
            "p.json:6: warning: segment 5 has no usable `startTime` (a number of seconds, at most 100,000 hours); it is kept from 3 s (where the cue before it ends), with no end (give startTime and endTime in seconds)"
        ])
    }

    @Test func markdownProseAndFrontMatterMedia() throws {
        let markdown = """
            ---
            title: Notes
            media: https://example.org/a.mp3
            ---

            # Un titre

            Du texte avec \\*des\\* échappements.

            > Une citation.
            """
        let document = try Self.read(markdown, "n.md").document
        #expect(document.metadata.title == "Notes")
        #expect(document.metadata.media == "https://example.org/a.mp3")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .blockQuote])
        #expect(document.blocks.map(\.text) == ["Un titre", "Du texte avec *des* échappements.", "Une citation."])
    }

    @Test func formatsAreSniffedWhenTheExtensionSaysNothing() throws {
        #expect(try SeedFormat.detect(path: "a.txt", text: "WEBVTT\n\n00:01.000 --> 00:02.000\nx\n") == .webVTT)
        #expect(try SeedFormat.detect(path: "a", text: "1\n00:00:01,000 --> 00:00:02,000\nx\n") == .subRip)
        #expect(try SeedFormat.detect(path: "a", text: "<?xml version=\"1.0\"?>\n<!-- c -->\n<TEI xmlns=\"x\"></TEI>") == .tei)
        #expect(try SeedFormat.detect(path: "a.txt", text: "<publicwhip></publicwhip>") == .parlParse)
        #expect(try SeedFormat.detect(path: "a.txt", text: "<!DOCTYPE html><p>x") == .html)
        #expect(try SeedFormat.detect(path: "a", text: "{\"segments\": []}") == .podcastingJSON)
        #expect(try SeedFormat.detect(path: "a.txt", text: "{ pas du JSON") == .plainText)
        #expect(try SeedFormat.detect(path: "a.txt", text: "Titre\n\nTexte : suite.") == .plainText)
    }

    @Test func filesNoReaderAccepts() {
        let cases: [([UInt8], String, String)] = [
            (Array("%PDF-1.7\n…".utf8), "r.txt", "r.txt:1: error: this is a PDF document, not a transcript format Verbatim reads"),
            (Array("PK".utf8) + [3, 4, 0], "r.docx", "r.docx:1: error: this is a ZIP archive (or a Word, OpenDocument or EPUB file), not a transcript format Verbatim reads"),
            (Array("abc".utf8), "r.pdf", "r.pdf: error: this is a PDF document, not a transcript format Verbatim reads"),
            (Array("{\"items\": []}".utf8), "r.json", "r.json:1: error: a JSON file that is neither a Podcasting 2.0 transcript (`segments`) nor a GOV.UK content item (`details`)"),
            (Array("{\"items\": [".utf8), "r.json", "r.json:1:12: error: not valid JSON: unexpected end of file"),
            (Array("<?xml version=\"1.0\"?><rss></rss>".utf8), "r.xml", "r.xml:1: error: an XML file whose root element `<rss>` is neither TEI, ParlParse (`<publicwhip>`) nor HTML"),
            (Array("WEBVTT\n\nSTYLE\n::cue { }\n".utf8), "n.vtt", "n.vtt:1: error: the seed has no text once read as WebVTT"),
        ]
        for (bytes, path, prefix) in cases {
            #expect(performing: { try SeedReader.read(bytes, seedPath: path) }, throws: { error in
                "\(error)".hasPrefix(prefix) && !"\(error)".contains("\n")
            })
        }
    }
}

extension FormatTests {
    /// A syntax error in a JSON seed names the line and column where the parser stopped
    /// (counted in characters, after an accented word), what was wrong and what to do.
    @Test func jsonSyntaxErrorsNameLineAndColumn() {
        let cases: [(String, String)] = [
            // A missing comma between two members of the second segment.
            ("{\n  \"version\": \"1.0.0\",\n  \"segments\": [\n    {\"speaker\": \"Zoé\", \"startTime\": 1, \"body\": \"Oui.\"},\n    {\"speaker\": \"Éloi\" \"startTime\": 2}\n  ]\n}\n",
             "p.json:5:24: error: not valid JSON: invalid value"),
            // A bare word where a value goes.
            ("{\n  \"segments\": [\n    {\"body\": tru}\n  ]\n}\n", "p.json:3:"),
            // Cut short: the place is the end of the last line.
            ("{\n  \"segments\": [\n    {\"body\": \"Oui.\"},\n", "p.json:3:22: error: not valid JSON: unexpected end of file"),
        ]
        for (json, prefix) in cases {
            do {
                _ = try SeedReader.read(Array(json.utf8), seedPath: "p.json")
                Issue.record("\(prefix): no error")
            } catch {
                let text = "\(error)"
                #expect(text.hasPrefix(prefix) && text.contains("missing comma") && !text.contains("\n"), "\(text)")
            }
        }
    }
}

extension FormatTests {
    @Test func deeplyNestedMarkupIsFlattenedNotACrash() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Fond.</p>" + "</body></html>"
        let document = try Self.read(html, "deep.html").document
        #expect(document.blocks.map(\.text) == ["Fond."])
        let xml = "<TEI><text><body>" + String(repeating: "<div>", count: 50_000) + "<u who=\"#a\"><seg>Oui.</seg></u></body></text></TEI>"
        // Below the depth limit the `<u>` is lost with its tag; the file is reported, not a crash.
        #expect(throws: Diagnostic.self) { try Self.read(xml, "deep.xml") }
    }
}

extension FormatTests {
    @Test func govUKBodyAsContentTypeAlternativesAndPeople() throws {
        let json = """
            {"base_path": "/government/news/x", "title": "X", "schema_name": "news_article", "locale": "en",
             "first_published_at": "2020-01-02T23:30:00.000+00:00",
             "details": {"body": [{"content_type": "text/govspeak", "content": "## Y"},
                                  {"content_type": "text/html", "content": "<p>Ms Jane Roe said: “Yes.”</p>"}]},
             "links": {"people": [{"title": "Jane Roe MP"}]}}
            """
        let document = try Self.read(json, "x.json").document
        #expect(document.blocks.map(\.text) == ["Ms Jane Roe said: “Yes.”"])
        #expect(document.blocks.allSatisfy { $0.turn == nil })
        #expect(document.metadata.date == "2020-01-02")
        #expect(document.metadata.speakers == [Speaker(id: "jane-roe", name: "Jane Roe", aliases: ["Jane Roe MP"])])
    }
}
