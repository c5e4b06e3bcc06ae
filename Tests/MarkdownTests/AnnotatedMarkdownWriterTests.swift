import Markdown
import Model
import Testing

private func offsets(of needle: String, in text: String) -> Range<Int> {
    let range = text.range(of: needle)!
    let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    return start..<(start + needle.utf8.count)
}

private func transcript(_ blocks: [String], quotations: [Quotation] = [], insertions: [TextSpan] = [], speakers: [Speaker] = []) -> Transcript {
    Transcript(
        seedPath: "a/b.txt", metadata: DocumentMetadata(title: "T \"x\"", date: "2016-04-11", lang: "fr"),
        speakers: speakers, blocks: blocks.enumerated().map { Block(kind: .paragraph, text: $1, line: $0 * 2 + 1) },
        quotations: quotations, insertions: insertions)
}

@Test func hostileSeedTextIsEscaped() {
    let text = "<script>alert(1)</script> *stars* [x](javascript:alert(1))\n|---|---|\n# not a heading\n- not a list\n1. not a list\n::: {.turn}\n&amp; `code` \\ _u_ ~s~"
    let body = AnnotatedMarkdownWriter.body(for: transcript([text]))
    #expect(body == """
        \\<script\\>alert(1)\\</script\\> \\*stars\\* \\[x\\](javascript:alert(1))
        \\|---\\|---\\|
        \\# not a heading
        \\- not a list
        1\\. not a list
        \\::: \\{.turn\\}
        \\&amp; \\`code\\` \\\\ \\_u\\_ \\~s\\~

        """)
}

@Test func quotationSpanWithInsertionAndAttributes() {
    let text = "Il a dit : « Nous partageons [de la mer] ». Fin."
    let quote = Quotation(
        id: "q-abc123", kind: .direct, spans: [TextSpan(block: 0, range: offsets(of: "« Nous partageons [de la mer] »", in: text))],
        text: "Nous partageons [de la mer]", speakerID: "jean-roche",
        attribution: Attribution(rule: "colon-before", cue: "a dit", mention: "Il", confidence: 0.9))
    let body = AnnotatedMarkdownWriter.body(for: transcript(
        [text], quotations: [quote], insertions: [TextSpan(block: 0, range: offsets(of: "[de la mer]", in: text))]))
    #expect(body == "Il a dit : [« Nous partageons [\\[de la mer\\]]{.insertion} »]{#q-abc123 .quote who=jean-roche cue=\"a dit\" rule=colon-before mention=Il confidence=0.90}. Fin.\n")
}

@Test func multiParagraphQuotationHasOnePartPerBlock() {
    let blocks = ["« Un.", "« Deux. »"]
    let quote = Quotation(
        id: "q-1", kind: .direct,
        spans: [TextSpan(block: 0, range: 0..<blocks[0].utf8.count), TextSpan(block: 1, range: 0..<blocks[1].utf8.count)],
        text: "Un. Deux.", speakerID: "x", attribution: .none)
    let mention = Quotation(
        id: "q-2", kind: .mention, spans: [TextSpan(block: 1, range: offsets(of: "Deux", in: blocks[1]))], text: "Deux",
        speakerID: nil, attribution: .none)
    let body = AnnotatedMarkdownWriter.body(for: transcript(blocks, quotations: [quote, mention]))
    #expect(body == "[« Un.]{#q-1 .quote who=x rule=none confidence=0.00}\n\n[« [Deux]{#q-2 .mention}. »]{.quote part=2 of=q-1 who=x}\n")
}

@Test func crossingSpansAreLeftOutNotBroken() {
    let text = "abc def ghi"
    let first = Quotation(id: "q-a", kind: .mention, spans: [TextSpan(block: 0, range: 0..<7)], text: "abc def", speakerID: nil, attribution: .none)
    let second = Quotation(id: "q-b", kind: .mention, spans: [TextSpan(block: 0, range: 4..<11)], text: "def ghi", speakerID: nil, attribution: .none)
    let body = AnnotatedMarkdownWriter.body(for: transcript([text], quotations: [first, second]))
    #expect(body == "[abc def]{#q-a .mention} ghi\n")
}

@Test func frontMatterQuotesEveryString() {
    let speakers = [Speaker(id: "nursultan-nazarbayev", name: "Nursultan Nazarbayev", aliases: ["M. Nazarbayev", "le Président \"kazakh\""], role: "Président du Kazakhstan")]
    let matter = AnnotatedMarkdownWriter.frontMatter(for: transcript(["x"], speakers: speakers), slug: "t-x")
    #expect(matter == """
        ---
        title: "T \\"x\\""
        date: 2016-04-11
        lang: "fr"
        slug: "t-x"
        seed: "a/b.txt"
        speakers:
          "nursultan-nazarbayev":
            name: "Nursultan Nazarbayev"
            role: "Président du Kazakhstan"
            aliases: ["M. Nazarbayev", "le Président \\"kazakh\\""]
        ---

        """)
}

@Test func attributeListRoundTrip() throws {
    let list = AttributeList(id: "q-1", classes: ["quote"], pairs: [(key: "cue", value: "a-t-il \"dit\" \\"), (key: "who", value: "x")])
    let serialized = list.serialized
    #expect(serialized == "{#q-1 .quote cue=\"a-t-il \\\"dit\\\" \\\\\" who=x}")
    let parsed = try #require(AttributeList.parse(serialized.dropFirst().dropLast()))
    #expect(parsed == list)
    #expect(AttributeList.parse("just words") == nil)
    #expect(AttributeList.parse("a=\"unclosed") == nil)
    #expect(AttributeList.parse("") == nil)
}
