import Markdown
import Model
import Testing

/// A hand-edited fence line that lost its closing `}` is read as if it had one, with a warning
/// at its line, so the turn keeps its speaker and no text is lost; a fence whose attributes
/// cannot be read at all is kept as text, also with a warning. Near misses: a good fence, and a
/// line of text that only mentions `:::`, give no warning.
@Test func aFenceLineWithNoClosingBraceIsWarnedAndNoTextIsLost() throws {
    let markdown = """
        ---
        title: "Broken fences"
        lang: en
        speakers:
          ann: {name: Ann Lee}
          bob: {name: Bob Ray}
        ---

        ::: {.turn who=ann label="ANN"
        We will open the library on Monday.
        :::

        ::: {.turn who="bob}
        And the pool after that.
        :::

        ::: {.turn who=bob}
        Three colons, :::, mean nothing here.
        :::

        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "f.md")
    let blocks = result.transcript.blocks
    #expect(blocks.map(\.text) == [
        "We will open the library on Monday.", "::: {.turn who=\"bob}\nAnd the pool after that.", "Three colons, :::, mean nothing here.",
    ])
    #expect(blocks.map { $0.turn?.speakerID } == ["ann", nil, "bob"])
    #expect(result.warnings.map(\.description) == [
        "f.md:9: warning: fenced div line has no closing `}`; it was read as if it had one, `::: {.turn who=ann label=ANN}`",
        "f.md:13: warning: fenced div line's attributes cannot be read (write them as `{.turn who=id}`); the line was kept as text",
        "f.md:15: warning: `:::` closes no open fenced div; it was ignored",
    ])
}
