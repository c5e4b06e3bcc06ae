import Foundation
import Markdown
import Model
import Render
import Testing

/// Fenced divs (`::: {.turn …}`, `.stage`, `.note`) rendered as tree nodes, exact HTML.
@Suite struct FencedDivTests {
    let renderer = CmarkRenderer()
    let context = RenderContext(
        speakers: [(id: "jean-dupont", name: "Jean Dupont"), (id: "marie-curie", name: "Marie Curie")], lang: "fr",
        speakerLinks: ["jean-dupont": "../../speakers/jean-dupont/index.html"])

    @Test func turnsWithTimesStageDirectionsAndNotes() {
        let markdown = """
            ::: {.turn who=jean-dupont label="M. DUPONT" start=00:01:02.500 end=00:01:09.000 note="hors micro"}
            Bonjour [« à tous »]{#q-1 .quote who=jean-dupont rule=turn confidence=1.00}.

            ::: {.stage}
            \\(Rires\\)
            :::
            :::

            ::: {.note}
            Son coupé.
            :::

            ::: {.turn who=marie-curie start=01:02:03.456}
            > Cité.
            :::

            ::: {.turn label="Q <b>"}
            Question ?
            :::

            """
        let fragment = renderer.render(markdown, context: context)
        #expect(fragment.warnings == [])
        #expect(fragment.html == """
            <section class="turn speaker-1" id="t-1" data-speaker="jean-dupont" data-start="62.5" data-end="69">
            <header class="turn-header"><a class="speaker" href="../../speakers/jean-dupont/index.html" title="Jean Dupont">M. DUPONT</a> <span class="turn-note">(hors micro)</span> <a class="time" href="#t-1" data-seek="62.5" title="00:01:02.500">01:02</a></header>
            <p>Bonjour <q class="quote speaker-1" id="q-1" data-speaker="jean-dupont" tabindex="0" aria-describedby="q-1-who">«\u{202F}à tous\u{202F}»<span class="attribution" role="tooltip" id="q-1-who">Jean Dupont — tour de parole ; confiance 1,00</span></q><a class="permalink" href="#q-1" aria-label="Lien permanent vers cette citation">¶</a>.</p>
            <div class="stage">
            <p>(Rires)</p>
            </div>
            </section>
            <div class="note" role="note">
            <p>Son coupé.</p>
            </div>
            <section class="turn speaker-2" id="t-2" data-speaker="marie-curie" data-start="3723.456">
            <header class="turn-header"><span class="speaker">Marie Curie</span> <a class="time" href="#t-2" data-seek="3723.456" title="01:02:03.456">1:02:03</a></header>
            <blockquote>
            <p>Cité.</p>
            </blockquote>
            </section>
            <section class="turn unattributed" id="t-3">
            <header class="turn-header"><span class="speaker">Q &lt;b&gt;</span></header>
            <p>Question ?</p>
            </section>

            """)
    }

    @Test func writerOutputRendersEveryTurnAsASection() {
        let turn = Turn(index: 0, label: "M. DUPONT", speakerID: "jean-dupont", start: 1, end: 2)
        let transcript = Transcript(
            seedPath: "a.vtt", metadata: DocumentMetadata(title: "T", lang: "fr"), speakers: [],
            blocks: [
                Block(kind: .paragraph, text: "::: {.turn} *pas* un div", line: 1, turn: turn),
                Block(kind: .paragraph, text: "Suite.", line: 2, turn: turn),
                Block(kind: .stageDirection, text: "[Applaudissements]", line: 3),
            ],
            quotations: [])
        let html = renderer.render(AnnotatedMarkdownWriter.body(for: transcript), context: context).html
        #expect(html == """
            <section class="turn speaker-1" id="t-1" data-speaker="jean-dupont" data-start="1" data-end="2">
            <header class="turn-header"><a class="speaker" href="../../speakers/jean-dupont/index.html" title="Jean Dupont">M. DUPONT</a> <a class="time" href="#t-1" data-seek="1" title="00:00:01.000">00:01</a></header>
            <p>::: {.turn} *pas* un div</p>
            <p>Suite.</p>
            </section>
            <div class="stage">
            <p>[Applaudissements]</p>
            </div>

            """)
    }

    @Test func unclosedAndUnknownDivsKeepTheirContent() {
        let fragment = renderer.render("::: {.turn who=x}\ntexte\n\n::: aside\nb\n:::\n", context: context)
        #expect(fragment.html == "<p>::: {.turn who=x}\ntexte</p>\n<p>b</p>\n")
        #expect(fragment.warnings == ["line 4: fenced div {.aside} is not one Verbatim knows (turn, stage, note); its content is kept without it"])
        // A fence inside a fenced code block is code.
        #expect(renderer.render("```\n::: {.stage}\nx\n:::\n```\n", context: context).html == "<pre><code>::: {.stage}\nx\n:::\n</code></pre>\n")
    }

    @Test func withMediaATimeLinksToTheMediaAtThatTime() {
        let markdown = "::: {.turn who=jean-dupont label=\"M. DUPONT\" start=00:01:02.500}\nBonjour.\n:::\n"
        var withMedia = context
        withMedia.media = "https://example.org/a.mp3?x=1&y=2#old"
        let html = renderer.render(markdown, context: withMedia).html
        #expect(html.contains("<a class=\"time\" href=\"https://example.org/a.mp3?x=1&amp;y=2#t=62.5\" data-seek=\"62.5\""))
        #expect(renderer.render(markdown, context: context).html.contains("<a class=\"time\" href=\"#t-1\""))
    }
}
