import Testing

@testable import Markdown

@Test(arguments: [
    // (seed text, Markdown the writer gives)
    ("voir https://example.org/a?b=c&d=e.", "voir <https://example.org/a?b=c&d=e>."),
    ("Source : «\u{202F}https://example.org/rapport\u{202F}» et https://example.org/b\u{00A0}».", "Source : «\u{202F}<https://example.org/rapport>\u{202F}» et <https://example.org/b>\u{00A0}»."),
    ("(voir https://example.org/c»).", "(voir <https://example.org/c>»)."),
    ("(https://en.wikipedia.org/wiki/Foo_(bar))", "(<https://en.wikipedia.org/wiki/Foo_(bar)>)"),
    ("http://x.test/<script>", "<http://x.test/>\\<script\\>"),
    ("https:// nothing", "https:// nothing"),
    ("xhttps://not.a.start", "xhttps://not.a.start"),
    ("HTTPS://EXAMPLE.ORG/A_B*C", "<HTTPS://EXAMPLE.ORG/A_B*C>"),
])
func webAddressesBecomeAutolinks(text: String, expected: String) {
    #expect(MarkdownEscaper.escape(text) == expected)
}

@Test func autolinksReadBackAsTheirAddress() {
    for text in [
        "voir https://example.org/a?b=c&d=e.", "(https://en.wikipedia.org/wiki/Foo_(bar))",
        "http://x.test/<script>", "«\u{202F}https://example.org/r\u{202F}»", "a [x] https://e.org/[y]{.quote} b",
    ] {
        let written = MarkdownEscaper.escape(text)
        #expect(InlineSpanParser.parse(written).text == text)
        #expect(InlineSpanParser.parse(written).spans.isEmpty)
    }
}
