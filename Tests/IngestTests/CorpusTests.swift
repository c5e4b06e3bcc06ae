import Foundation
import Model
import Testing

@testable import Ingest

/// The shared transcript corpus (corpus/transcripts, copied to Fixtures/transcripts with its
/// SOURCES.md): every file reads into the right speakers, in the right order, with the right
/// number of turns each.
///
/// The expected numbers were counted from the raw files, not from the readers:
/// - Changelog Markdown: `grep -o '^\*\*[^*]*:\*\*' FILE | sort | uniq -c` (one label = one turn;
///   `**Break:**` is a segment marker, not a speaker), order with `awk '!seen[$0]++'`;
/// - ParlParse XML: `grep -o '<speech [^>]*>' FILE | grep -o 'speakername="[^"]*"' | sort | uniq -c`
///   (one `<speech>` = one turn; `nospeaker="true"` speeches have no turn);
/// - SRT: `grep -n '^[A-Z][a-z]*:' FILE` lists the 10 speaker changes (Travis, Sarah, Travis,
///   Gilon, Travis, Gilon, Travis, Sarah, Gilon, Travis);
/// - VTT: `grep -o '<v [^>]*>' FILE | uniq -c` gives 5 × Sarah then 2 × Gillian: one turn each;
/// - Podcasting JSON: `itertools.groupby` over the segments' speakers: Darth Vader × 4, Luke × 1;
/// - TEI: `grep -c '<u who="#PA1592"' FILE` = 4;
/// - GOV.UK speech: `links.speaker` has one person; a speech item is one turn.
struct CorpusTests {
    static func read(_ name: String) throws -> SeedReader.Result {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/transcripts/\(name)", withExtension: nil))
        return try SeedReader.read(Array(try Data(contentsOf: url)), seedPath: name)
    }

    struct Expectation: Sendable, CustomTestStringConvertible {
        var file: String
        var order: [String]
        var counts: [String: Int]
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        Expectation(
            file: "en-changelog-go-time-303.md",
            order: ["Mat Ryer", "Wiktor Jurkiewicz", "Diana Shevchenko", "Grzegorz Brzezinka", "Valentin Michaluk", "Andrii Raikov", "Llewellyn Strydom"],
            counts: ["Andrii Raikov": 13, "Diana Shevchenko": 12, "Grzegorz Brzezinka": 18, "Llewellyn Strydom": 11, "Mat Ryer": 81,
                     "Valentin Michaluk": 18, "Wiktor Jurkiewicz": 20]),
        Expectation(
            file: "en-changelog-js-party-meet-rachel-white.md",
            order: ["Adam Stacoviak", "Rachel White", "Jerod Santo"],
            counts: ["Adam Stacoviak": 22, "Jerod Santo": 18, "Rachel White": 33]),
        Expectation(
            file: "en-changelog-the-changelog-294.md",
            order: ["Jerod Santo", "Lin Clark", "Adam Stacoviak"],
            counts: ["Adam Stacoviak": 31, "Jerod Santo": 43, "Lin Clark": 45]),
        Expectation(
            file: "en-hansard-parlparse-public-bill-committee-child-poverty-2009-10-29a.xml",
            order: ["Andrew Selous", "Robert Key", "Karen Buck", "Sally Keeble", "Julie Morgan", "Graham Stuart", "Helen Goodman", "Steve Webb", "Judy Mallaber"],
            counts: ["Andrew Selous": 16, "Graham Stuart": 14, "Helen Goodman": 3, "Judy Mallaber": 6, "Julie Morgan": 1, "Karen Buck": 9,
                     "Robert Key": 3, "Sally Keeble": 6, "Steve Webb": 12]),
        Expectation(
            file: "en-hansard-parlparse-westminster-hall-2009-10-29a.xml",
            order: ["Paddy Tipping", "Simon Hughes", "Charles Hendry", "Nicholas Winterton", "Several hon. Members", "David Kidney", "Robert Smith", "Michael Weir"],
            counts: ["Charles Hendry": 5, "David Kidney": 14, "Michael Weir": 5, "Nicholas Winterton": 6, "Paddy Tipping": 6, "Robert Smith": 6,
                     "Several hon. Members": 1, "Simon Hughes": 8]),
        Expectation(
            file: "en-hansard-parlparse-written-ministerial-statements-2009-10-26c.xml",
            order: ["Ian Lucas", "Edward Balls", "Phil Hope", "Meg Hillier", "Maria Eagle", "Helen Goodman"],
            counts: ["Edward Balls": 1, "Helen Goodman": 1, "Ian Lucas": 2, "Maria Eagle": 1, "Meg Hillier": 1, "Phil Hope": 2]),
        Expectation(
            file: "en-podcasting20-example-speaker-prefix.srt",
            order: ["Travis", "Sarah", "Gilon"],
            counts: ["Travis": 5, "Sarah": 2, "Gilon": 3]),
        Expectation(file: "en-podcasting20-example-voice-spans.vtt", order: ["Sarah", "Gillian"], counts: ["Sarah": 1, "Gillian": 1]),
        Expectation(file: "en-podcasting20-example-transcript.json", order: ["Darth Vader", "Luke"], counts: ["Darth Vader": 1, "Luke": 1]),
        Expectation(file: "fr-parlamint-tei-assemblee-nationale-2020-10-01-sample.xml", order: ["PA1592"], counts: ["PA1592": 4]),
        Expectation(
            file: "en-govuk-speech-transcript-anti-corruption-summit-2016.json",
            order: ["The Rt Hon David Cameron MP"], counts: ["The Rt Hon David Cameron MP": 1]),
    ]

    @Test(arguments: expectations)
    func turnsPerSpeaker(_ expected: Expectation) throws {
        let result = try Self.read(expected.file)
        let summary = TurnSummary(result.document)
        #expect(summary.order == expected.order)
        #expect(summary.counts == expected.counts)
        #expect(summary.turns.map(\.index) == Array(0..<summary.turns.count))
        #expect(result.warnings.isEmpty)
    }

    /// The gold texts (corpus/gold, copied to Fixtures/gold) were extracted from the same pages
    /// by the gold's author; the HTML and GOV.UK readers must find the same title and paragraphs,
    /// and the same block quotations.
    @Test(arguments: [
        ("fr-wikinews-44374-banques-belges-piratees.html", "fr-wikinews-44374.txt"),
        ("fr-wikinews-44485-mali-tombouctou.html", "fr-wikinews-44485.txt"),
        ("fr-wikinews-44527-arafat-polonium.html", "fr-wikinews-44527.txt"),
        ("fr-wikinews-44581-le-pen-petite-bourgeoise.html", "fr-wikinews-44581.txt"),
        ("fr-wikinews-44999-montebourg-nucleaire.html", "fr-wikinews-44999.txt"),
        ("fr-wikinews-45070-obama-raille-romney.html", "fr-wikinews-45070.txt"),
        ("en-govuk-press-release-phe-modern-life-health.json", "en-govuk-news_article_press_release.txt"),
        ("en-govuk-speech-transcript-anti-corruption-summit-2016.json", "en-govuk-speech-transcript.txt"),
    ])
    func newsBodyMatchesTheGoldText(_ file: String, _ gold: String) throws {
        let document = try Self.read(file).document
        let url = try #require(Bundle.module.url(forResource: "Fixtures/gold/\(gold)", withExtension: nil))
        let expected = try SeedReader.read(Array(try Data(contentsOf: url)), seedPath: gold).document
        #expect(document.metadata.title == expected.metadata.title)
        #expect(document.metadata.date == expected.metadata.date)
        #expect(document.metadata.lang == expected.metadata.lang)
        #expect(document.blocks.map(\.text) == expected.blocks.map(\.text))
        #expect(document.blocks.map { $0.kind == .blockQuote } == expected.blocks.map { $0.kind == .blockQuote })
        if !file.contains("speech") { #expect(document.blocks.allSatisfy { $0.turn == nil }) }
    }

    @Test func subRipFollowOnCuesKeepTheirSpeaker() throws {
        let summary = TurnSummary(try Self.read("en-podcasting20-example-speaker-prefix.srt").document)
        #expect(summary.labels == ["Travis", "Sarah", "Travis", "Gilon", "Travis", "Gilon", "Travis", "Sarah", "Gilon", "Travis"])
        // First cue 00:00:00,179; Travis speaks until cue 17 ends at 00:00:50,340.
        #expect(summary.turns[0].start == 0.179)
        #expect(summary.turns[0].end == 50.34)
        #expect(summary.texts[0].hasPrefix("When you first get started in podcasting, it's almost guaranteed that you're going to make a handful of rookie mistakes"))
        #expect(!summary.texts.joined().contains("Travis:"))
    }

    @Test func webVTTVoicesMergeIntoTurnsAndEntitiesAreDecoded() throws {
        let result = try Self.read("en-podcasting20-example-voice-spans.vtt")
        let summary = TurnSummary(result.document)
        #expect(summary.turns.map(\.start) == [0, 19.08])
        #expect(summary.turns.map(\.end) == [18.63, 25.35])
        #expect(summary.texts[0].contains("Welcome to Podcasting Q&A, where you learn the best tips"))
        #expect(summary.texts[1] == "Hi Buzzsprout, Gillian here from breaking through careers podcast. My question is, do we need a podcast trailer?")
        #expect(result.document.metadata.speakers.map(\.name) == ["Sarah", "Gillian"])
        #expect(summary.turns.map(\.speakerID) == ["sarah", "gillian"])
    }

    @Test func podcastingWordSegmentsBecomeOneTurn() throws {
        let summary = TurnSummary(try Self.read("en-podcasting20-example-transcript.json").document)
        #expect(summary.texts == ["I am your father.", "Nooooo"])
        #expect(summary.turns.map(\.start) == [0.5, 2.75])
        #expect(summary.turns.map(\.end) == [2.5, 3.0])
    }

    @Test func changelogTimestampsAndBreaks() throws {
        let document = try Self.read("en-changelog-the-changelog-294.md").document
        let summary = TurnSummary(document)
        // `**Jerod Santo:** \[03:54\] That's interesting…` (line 7) is the third turn.
        #expect(summary.turns[2].label == "Jerod Santo")
        #expect(summary.turns[2].start == 234)
        #expect(summary.texts[2].hasPrefix("That's interesting, because"))
        let breaks = document.blocks.filter { $0.kind == .stageDirection && $0.text.hasPrefix("Break") }
        #expect(breaks.map(\.text) == ["Break [18:46]", "Break [38:45]"])
        #expect(breaks.map(\.line) == [120, 209])
        #expect(breaks.allSatisfy { $0.turn == nil })
        #expect(!document.blocks.contains { $0.text.contains("**") || $0.text.contains("\\[") })
        // The second paragraph of a turn continues it without a label.
        let continued = try #require(document.blocks.first { $0.line == 9 })
        #expect(continued.turn?.label == "Jerod Santo")
        #expect(continued.turn?.index == 2)
    }

    @Test func changelogTimestampsOpeningLaterParagraphsStayAsWritten() throws {
        // js-party line 49: `\[00:08:00.01\\\] I think…`, the second paragraph of a turn.
        let document = try Self.read("en-changelog-js-party-meet-rachel-white.md").document
        let paragraph = try #require(document.blocks.first { $0.line == 49 })
        #expect(paragraph.text.hasPrefix("[00:08:00.01] I think there's some things"))
        #expect(paragraph.turn?.label == "Rachel White")
    }

    @Test func changelogStageDirectionsInsideTurns() throws {
        let document = try Self.read("en-changelog-go-time-303.md").document
        let laughs = try #require(document.blocks.first { $0.line == 223 })
        #expect(laughs.kind == .stageDirection)
        #expect(laughs.text == "[laughs]")
        #expect(laughs.turn?.label == "Diana Shevchenko")
        #expect(document.blocks[0].text.hasSuffix("Give it up, everybody. [applause]"))
    }

    @Test func parlParseMetadataAndProcedure() throws {
        let result = try Self.read("en-hansard-parlparse-westminster-hall-2009-10-29a.xml")
        let document = result.document
        #expect(document.metadata.title == "Oil and Gas")
        #expect(document.metadata.date == "2009-10-29")
        #expect(document.metadata.lang == "en")
        #expect(document.blocks[0] == Block(kind: .heading, text: "[Sir Nicholas Winterton in the Chair] — Oil and Gas", line: 66))
        #expect(document.blocks[1].kind == .stageDirection)
        #expect(document.blocks[1].turn == nil)
        let rose = try #require(document.blocks.first { $0.turn?.label == "Several hon. Members" })
        #expect(rose.kind == .stageDirection)
        #expect(rose.text == "rose—")
        #expect(document.metadata.speakers.first == Speaker(id: "paddy-tipping", name: "Paddy Tipping"))
        // `&#146;` in the committee file is Windows-1252's right single quotation mark.
        let committee = try Self.read("en-hansard-parlparse-public-bill-committee-child-poverty-2009-10-29a.xml").document
        #expect(committee.metadata.title == "Child Poverty Bill")
        #expect(committee.metadata.date == "2009-10-29")
        #expect(committee.blocks.contains { $0.text == "CP 11 CPAG, Save the Children, Barnardo’s and Gingerbread" })
        // Six departments' statements: no one heading is the title.
        let statements = try Self.read("en-hansard-parlparse-written-ministerial-statements-2009-10-26c.xml").document
        #expect(statements.metadata.title == "Written Ministerial Statements, 2009-10-26")
        #expect(statements.metadata.date == "2009-10-26")
    }

    @Test func teiParlaMint() throws {
        let document = try Self.read("fr-parlamint-tei-assemblee-nationale-2020-10-01-sample.xml").document
        #expect(document.metadata.title == "Corpus parlementaire français ParlaMint-FR, session ordinaire 01/10/2020 (3) [ParlaMint SAMPLE]")
        #expect(document.metadata.date == "2020-10-01")
        #expect(document.metadata.lang == "fr")
        #expect(document.metadata.speakers == [Speaker(id: "pa1592", name: "PA1592")])
        #expect(document.blocks.filter { $0.kind == .heading }.count == 3)
        #expect(document.blocks.filter { $0.kind == .editorialNote }.map(\.text) == [
            "SOUS_TITRE_TEXTE_DISCUSSION", "SAMPLING", "DISC_ARTICLES_1_1", "SAMPLING", "FIN_SEAN_1_2",
        ])
        let turns = TurnSummary(document)
        #expect(turns.turns.allSatisfy { $0.speakerID == "pa1592" })
        #expect(turns.texts[2].split(separator: "\n\n").count == 6)
        #expect(turns.texts[3].hasSuffix("La séance est levée."))
    }

    @Test func govUKSpeechAndPressRelease() throws {
        let speech = try Self.read("en-govuk-speech-transcript-anti-corruption-summit-2016.json").document
        #expect(speech.metadata.title == "Anti-Corruption Summit 2016: PM's closing remarks")
        #expect(speech.metadata.date == "2016-05-12")
        #expect(speech.metadata.source == "https://www.gov.uk/government/speeches/anti-corruption-summit-2016-pms-closing-remarks")
        #expect(speech.metadata.speakers == [Speaker(id: "david-cameron", name: "David Cameron", aliases: ["The Rt Hon David Cameron MP"])])
        #expect(speech.blocks.allSatisfy { $0.turn?.speakerID == "david-cameron" })
        #expect(speech.blocks.filter { $0.kind == .heading }.map(\.text) == [
            "Introduction", "Exposing corruption", "Punish the perpetrators", "Driving out corruption", "Next steps",
        ])
        let press = try Self.read("en-govuk-press-release-phe-modern-life-health.json").document
        #expect(press.metadata.title == "Modern life responsible for ‘worrying’ health in middle aged")
        #expect(press.metadata.date == "2016-12-28")
        // 5 `<blockquote>` holding 7 `<p>` (counted in the JSON's body).
        #expect(press.blocks.filter { $0.kind == .blockQuote }.count == 7)
        #expect(press.blocks.allSatisfy { $0.turn == nil })
    }
}
