import Markdown
import Model
import Testing

/// An annotated Markdown seed's `media:` that the page will not load (`javascript:…`) is
/// warned at its line: the page has no player for it.
@Test func anAnnotatedMarkdownMediaThePageWillNotLoadIsWarnedAtItsLine() throws {
    let markdown = "---\ntitle: \"M\"\nlang: fr\nmedia: \"javascript:alert(1)\"\n---\n\nTexte.\n"
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "m.md")
    #expect(result.warnings.map(\.description) == [
        "m.md:4: warning: media `javascript:alert(1)` is not an http, https or relative URL; the page has no player for it (write the recording's address as `https://…` or as a path relative to the page)"
    ])
}
