import Foundation
import Markdown
import Model
import Testing

/// A hand-edited annotated Markdown file whose quotation span is cut by a blank line.
private let cutByBlankLine = """
    ---
    title: "Le port"
    lang: "fr"
    speakers:
      marie-roche: "Marie Roche"
    ---

    Elle a dit : [« Nous verrons.

    La suite viendra. »]{#q-1 .quote who=marie-roche}
    """

/// A blank line (or U+2029) inside a quotation span of a hand-edited `index.md` cut the span in
/// two, and the reader kept `[` and `]{#q-1 .quote …}` as text, so the page showed the span
/// syntax: now the span is read as one quotation over both paragraphs, its brackets left out,
/// with a warning at the line of the `]{…}` that says what to do.
@Test func aSpanCutByABlankLineIsOneQuotationOverBothParagraphsWithAWarning() throws {
    let result = try AnnotatedMarkdownReader.read(cutByBlankLine, seedPath: "p.md")
    let transcript = result.transcript
    #expect(transcript.blocks.map(\.text) == ["Elle a dit : « Nous verrons.", "La suite viendra. »"])
    #expect(transcript.blocks.map(\.line) == [8, 10])
    let opening = "Elle a dit : ".utf8.count
    #expect(transcript.quotations.map(\.id) == ["q-1"])
    #expect(transcript.quotations.map(\.speakerID) == ["marie-roche"])
    #expect(transcript.quotations.first?.spans == [
        TextSpan(block: 0, range: opening..<"Elle a dit : « Nous verrons.".utf8.count),
        TextSpan(block: 1, range: 0..<"La suite viendra. »".utf8.count),
    ])
    #expect(result.warnings.map(\.description) == [
        "p.md:10: warning: the span opened at line 8 is cut by a blank line (or a paragraph separator, U+2029) before its `]{#q-1 .quote who=marie-roche}`; it was read as one annotation over the paragraphs between (remove the blank line to keep one paragraph, or close the span before it and mark the rest `[…]{part=2 of=<id>}` with its class)",
    ])
}

/// The same cut made by a U+2029 PARAGRAPH SEPARATOR: the file's own lines are named (the
/// separator starts no line in an editor), and a fenced-div warning after it too.
@Test func aSpanCutByAParagraphSeparatorIsWarnedAtTheFilesLine() throws {
    let text = "---\ntitle: \"Le port\"\nlang: \"fr\"\n---\n\nElle a dit : [« Nous verrons.\u{2029}La suite viendra. »]{#q-1 .quote who=marie-roche}\n\n::: {.bogus}\nFin.\n:::\n"
    let result = try AnnotatedMarkdownReader.read(text, seedPath: "p.md")
    #expect(result.transcript.blocks.map(\.text) == ["Elle a dit : « Nous verrons.", "La suite viendra. »", "Fin."])
    #expect(result.transcript.blocks.map(\.line) == [6, 6, 9])
    #expect(result.transcript.quotations.map(\.spans.count) == [2])
    #expect(result.warnings.map(\.line) == [6, 8, 6])
    #expect(result.warnings.first?.message.hasPrefix("the span opened at line 6 is cut by a blank line") == true)
}

/// Span syntax with no other half: a `]{…}` that closes no `[`, and a `[` that nothing closes,
/// are left out of the text (their words kept), each with a warning at its line.
@Test func halfASpanIsLeftOutWithAWarning() throws {
    let text = "---\ntitle: \"T\"\nlang: \"en\"\n---\n\nShe said it was over. »]{.quote who=ann}\n\nThe [end came later.\n"
    let result = try AnnotatedMarkdownReader.read(text, seedPath: "h.md")
    #expect(result.transcript.blocks.map(\.text) == ["She said it was over. »", "The end came later."])
    #expect(result.transcript.quotations.isEmpty)
    #expect(result.warnings.map(\.description) == [
        "h.md:6: warning: `]{.quote who=ann}` closes no `[`; the annotation was left out and its text kept (put `[` where the span starts, in the same paragraph)",
        "h.md:8: warning: `[` opens a span that no `]{…}` closes; the bracket was left out and its text kept (close the span with `]{.quote …}` (or the class meant) in the same paragraph, or write `\\[` for a bracket)",
    ])
}
