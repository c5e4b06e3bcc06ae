import Foundation
@testable import Markdown
import Model
import Testing

/// `read(write(t)) == t` up to what the reader documents: block lines are lines of the Markdown.
private func expectRoundTrip(_ transcript: Transcript, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let slug = transcript.metadata.slug ?? "x"
    let markdown = AnnotatedMarkdownWriter.document(for: transcript, slug: slug)
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: transcript.seedPath)
    var read = result.transcript
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    // Each block's line is a line of the Markdown holding the block's start.
    for block in read.blocks {
        let line = lines[block.line - 1]
        #expect(!line.isEmpty && !line.hasPrefix(":::"), "line \(block.line) of\n\(markdown)", sourceLocation: sourceLocation)
    }
    for index in read.blocks.indices { read.blocks[index].line = transcript.blocks[index].line }
    #expect(result.warnings.isEmpty, "\(result.warnings)", sourceLocation: sourceLocation)
    #expect(read == transcript, "\(markdown)", sourceLocation: sourceLocation)
    if read != transcript {
        for (a, b) in zip(read.blocks, transcript.blocks) where a != b { Issue.record("block \(a) != \(b)") }
        for (a, b) in zip(read.quotations, transcript.quotations) where a != b { Issue.record("quotation \(a) != \(b)") }
        if read.insertions != transcript.insertions { Issue.record("insertions \(read.insertions) != \(transcript.insertions)") }
        if read.metadata != transcript.metadata { Issue.record("metadata \(read.metadata) != \(transcript.metadata)") }
    }
    // Writing the read transcript gives the same bytes.
    #expect(AnnotatedMarkdownWriter.document(for: read, slug: slug) == markdown, sourceLocation: sourceLocation)
}

@Test(arguments: 0..<60) func proseRoundTripsExactly(seed: Int) throws {
    try expectRoundTrip(RoundTripFixtures.prose(seed: UInt64(seed)))
}

@Test(arguments: 0..<60) func timedTurnsRoundTripExactly(seed: Int) throws {
    try expectRoundTrip(RoundTripFixtures.timed(seed: UInt64(seed)))
}

@Test func turnsAreFencedDivsWithTimesAndNestedStageDirections() throws {
    let turn = Turn(index: 0, label: "M. DUPONT", speakerID: "jean-dupont", start: 62.5, end: 69, note: "hors micro")
    let second = Turn(index: 3, label: "Q", start: 3723.456)
    let transcript = Transcript(
        seedPath: "a.vtt", metadata: DocumentMetadata(title: "T", lang: "fr", slug: "t", speakers: [RoundTripFixtures.speakers[0]]),
        speakers: [RoundTripFixtures.speakers[0]],
        blocks: [
            Block(kind: .paragraph, text: "Bonjour à tous.", line: 1, turn: turn),
            Block(kind: .stageDirection, text: "(Rires)", line: 2, turn: turn),
            Block(kind: .editorialNote, text: "Son coupé.", line: 3),
            Block(kind: .paragraph, text: "::: {.turn} pas un div", line: 4, turn: second),
        ],
        quotations: [])
    #expect(AnnotatedMarkdownWriter.body(for: transcript) == """
        ::: {.turn who=jean-dupont label="M. DUPONT" start=00:01:02.500 end=00:01:09.000 note="hors micro"}
        Bonjour à tous.

        ::: {.stage}
        (Rires)
        :::
        :::

        ::: {.note}
        Son coupé.
        :::

        ::: {.turn label=Q start=01:02:03.456 n=3}
        \\::: \\{.turn\\} pas un div
        :::

        """)
    try expectRoundTrip(transcript)
}

@Test func handCorrectionsAreRead() throws {
    let markdown = """
        ---
        title: "Débat"
        lang: fr
        speakers:
          jean-dupont:
            name: Jean Dupont
        ---

        ::: turn
        Il a dit [« Non »]{.quote who=jean-dupont} et [« Oui »]{.quote who=paul-durand}.
        :::

        [texte]{.inconnu}

        ::: {.turn who=x start=bad}
        fin
        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "d.md")
    let transcript = result.transcript
    #expect(transcript.blocks.map(\.text) == ["Il a dit « Non » et « Oui ».", "texte", "fin"])
    #expect(transcript.blocks.map(\.turn?.index) == [0, nil, 1])
    #expect(transcript.blocks.map(\.line) == [10, 13, 16])
    #expect(transcript.quotations.map(\.text) == ["Non", "Oui"])
    #expect(transcript.quotations.map(\.id) == ["q-" + StableHash.hex("Non"), "q-" + StableHash.hex("Oui")])
    #expect(transcript.quotations.map(\.attribution.rule) == ["manual", "manual"])
    #expect(transcript.quotations.map(\.attribution.confidence) == [1, 1])
    #expect(transcript.speakers.map(\.id) == ["jean-dupont", "paul-durand", "x"])
    let messages = result.warnings.map(\.description)
    #expect(messages == [
        "d.md:13: warning: span with class .inconnu is not an annotation Verbatim knows (quote, reported, mention, insertion); its text is kept",
        "d.md:15: warning: `start=bad` is not a time; write HH:MM:SS.mmm",
        "d.md:15: warning: fenced div {.turn who=x start=bad} is never closed; it ends with the file",
        "d.md:10: warning: speaker `paul-durand` is not listed under `speakers` in the front matter; named `paul-durand` (add `paul-durand:` with a `name:` under `speakers:`)",
        "d.md:16: warning: speaker `x` is not listed under `speakers` in the front matter; named `x` (add `x:` with a `name:` under `speakers:`)",
    ])
}

@Test func missingFrontMatterIsAnErrorNamingTheFile() {
    #expect(throws: Diagnostic.self) { try AnnotatedMarkdownReader.read("# Titre\n\ntexte\n", seedPath: "x.md") }
    do {
        _ = try AnnotatedMarkdownReader.read("---\nlang: fr\n---\n\ntexte\n", seedPath: "x.md")
        Issue.record("no error")
    } catch {
        #expect(error.description == "x.md:2: error: front matter has no `title` (add `title: \"…\"`)")
    }
}

@Test func annotatedMarkdownIsToldFromPlainMarkdown() {
    #expect(AnnotatedMarkdownReader.isAnnotatedMarkdown("---\ntitle: a\nseed: \"a.txt\"\n---\n\ntext\n"))
    #expect(AnnotatedMarkdownReader.isAnnotatedMarkdown("---\ntitle: a\n---\n\nIntro [« x »]{#q-1 .quote who=a}\n"))
    #expect(AnnotatedMarkdownReader.isAnnotatedMarkdown("---\ntitle: a\n---\n\n::: {.turn who=a}\ntext\n:::\n"))
    // Without front matter: Ingest's.
    #expect(!AnnotatedMarkdownReader.isAnnotatedMarkdown("Intro [« x »]{#q-1 .quote who=a}\n"))
    // Classes other Markdown uses too.
    #expect(!AnnotatedMarkdownReader.isAnnotatedMarkdown("---\ntitle: a\n---\n\n::: note\nx\n:::\n\n[y]{.mention}\n"))
    #expect(!AnnotatedMarkdownReader.isAnnotatedMarkdown("---\ntitle: a\n---\n\nA [link](x) and [span]{.other}.\n"))
    #expect(!AnnotatedMarkdownReader.isAnnotatedMarkdown("# Notes\n\n::: warning\ntext\n:::\n"))
}

@Test func timecodesRoundTripToTheMillisecond() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<2000 {
        let seconds = Double(Int.random(in: 0...400_000_000, using: &random)) / 1000
        #expect(Timecode.parse(Timecode.format(seconds)) == seconds)
    }
    #expect(Timecode.format(62.5) == "00:01:02.500")
    #expect(Timecode.format(3723.456) == "01:02:03.456")
    #expect(Timecode.display(62.5) == "01:02")
    #expect(Timecode.display(3723.456) == "1:02:03")
    #expect(Timecode.decimal(62.5) == "62.5")
    #expect(Timecode.decimal(65) == "65")
    #expect(Timecode.parse("01:02.5") == 62.5)
    #expect(Timecode.parse("00:00:01,200") == 1.2)
    #expect(Timecode.parse("00:61:00.000") == nil)
    #expect(Timecode.parse("1:2:3:4") == nil)
    #expect(Timecode.parse("abc") == nil)
}

@Test func byteOrderMarkCRLFAndDecoratedFencesAreRead() throws {
    let text = "\u{FEFF}---\r\ntitle: \"T\"\r\nlang: en\r\n---\r\n\r\n::::: {.turn who=a start=1.5} :::::\r\nHello [\"you\"]{.quote who=a}.\r\n:::::\r\n"
    let transcript = try AnnotatedMarkdownReader.read(text, seedPath: "x.md").transcript
    #expect(transcript.blocks.map(\.text) == ["Hello \"you\"."])
    #expect(transcript.blocks[0].turn == Turn(index: 0, label: nil, speakerID: "a", start: 1.5))
    #expect(transcript.quotations.map(\.text) == ["you"])
}

@Test func invalidYAMLIsAnErrorAtItsLine() {
    do {
        _ = try AnnotatedMarkdownReader.read("---\ntitle: \"T\"\nlang: [fr\n---\n\ntext\n", seedPath: "y.md")
        Issue.record("no error")
    } catch {
        #expect(error.file == "y.md")
        #expect(error.description == "y.md:3:7: error: front matter is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence (a value that starts with `[` is read by YAML as a list, which must end with `]`; if it is text, put it in double quotes: lang: \"[fr\")")
    }
}

/// A key the annotated Markdown reader does not take (a typo in a hand-corrected `index.md`) is
/// warned at its line; the keys Verbatim writes are not.
@Test func unknownFrontMatterKeyOfAnnotatedMarkdownIsWarned() throws {
    let markdown = """
        ---
        title: "Réunion"
        lang: "fr"
        slug: "reunion"
        seed: "r.txt"
        speakr: "Marie Roche"
        ---

        Elle a dit [« Non »]{.quote #q-1a2b3c}.
        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "r.md")
    #expect(result.transcript.metadata.title == "Réunion")
    #expect(result.warnings.map(\.description) == [
        "r.md:6: warning: unknown front-matter key 'speakr' (known keys: attributions, date, lang, language, media, seed, slug, source, speakers, tags, title); it was ignored (check its spelling)",
    ])
}

/// Annotated Markdown knows the front-matter keys a `.txt` seed's front matter knows, with the
/// same case rule (one list, `Model.FrontMatterKeys`): `Lang:`, `language:`, `Tags:`, `Date:`
/// are read, not warned; `attributions:` is known but said not to apply to spans already
/// attributed; a speaker's single-string `aliases:` is a one-item list, and a misspelt speaker
/// key is warned.
@Test func annotatedMarkdownFrontMatterKeysMatchSeedFrontMatter() throws {
    let markdown = """
        ---
        Title: "Réunion"
        Lang: "fr"
        Date: "2024-03-01"
        Tags: [a, b]
        seed: "r.txt"
        speakers:
          gore:
            name: "Al Gore"
            aliases: Gore
            aliasses: [Al]
        attributions:
          q-1a2b3c: gore
        ---

        Elle a dit [« Non »]{.quote #q-1a2b3c}.
        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "r.md")
    let metadata = result.transcript.metadata
    #expect(metadata.title == "Réunion")
    #expect(metadata.lang == "fr")
    #expect(metadata.date == "2024-03-01")
    #expect(metadata.tags == ["a", "b"])
    #expect(result.transcript.speakers.first?.aliases == ["Gore"])
    let messages = result.warnings.map(\.description)
    #expect(!messages.contains { $0.contains("unknown front-matter key") }, "\(messages)")
    #expect(messages.contains { $0.hasPrefix("r.md:11: warning: unknown speaker key 'aliasses'") }, "\(messages)")
    #expect(messages.contains { $0.hasPrefix("r.md:12: warning: `attributions:` is not applied to annotated Markdown") }, "\(messages)")

    let language = try AnnotatedMarkdownReader.read("---\ntitle: T\nlanguage: de\n---\n\nText.\n", seedPath: "l.md")
    #expect(language.transcript.metadata.lang == "de")
    #expect(language.warnings.isEmpty, "\(language.warnings)")
}
