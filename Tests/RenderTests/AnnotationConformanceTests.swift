import Testing
import Render

/// One case of the annotation format, in the CommonMark spec's style: Markdown in, HTML out.
struct ConformanceCase: CustomTestStringConvertible, Sendable {
    var name: String
    var markdown: String
    var html: String
    var warnings: [String] = []
    var lang = "fr"
    var testDescription: String { name }
}

private let tooltip = #"<span class="attribution" role="tooltip""#
private func permalink(_ id: String, french: Bool = true) -> String {
    let label = french ? "Lien permanent vers cette citation" : "Permalink to this quotation"
    return ##"<a class="permalink" href="#\##(id)" aria-label="\##(label)">¶</a>"##
}

/// The annotation format: spans, nesting, continuation parts, escapes, hostile seed text.
let conformanceCases: [ConformanceCase] = [
    ConformanceCase(
        name: "direct quotation, cue after, confidence with two decimals",
        markdown: #"Il a dit : [« Nous avons des sentiments fraternels \[de la mer\] »]{.quote #q-3fa2b1 who=sayed-ali-khamenei cue="a-t-il dit" rule=cue-after mention="il" confidence=0.9}."#,
        html: #"<p>Il a dit : <q class="quote speaker-2" id="q-3fa2b1" data-speaker="sayed-ali-khamenei" tabindex="0" aria-describedby="q-3fa2b1-who">«\#(nnbsp)Nous avons des sentiments fraternels [de la mer]\#(nnbsp)»\#(tooltip) id="q-3fa2b1-who">Sayed Ali Khamenei — « a-t-il dit », verbe après la citation ; désigné par « il » ; confiance 0,90</span></q>\#(permalink("q-3fa2b1")).</p>"# + "\n"),
    ConformanceCase(
        name: "editorial insertion inside a quotation",
        markdown: #"[« … commune [\[de la mer Caspienne\]]{.insertion}»]{.quote #q-1a2b3c who=nursultan-nazarbayev cue=déclaré rule=cue-before confidence=0.95}"#,
        html: #"<p><q class="quote speaker-1" id="q-1a2b3c" data-speaker="nursultan-nazarbayev" tabindex="0" aria-describedby="q-1a2b3c-who">«\#(nnbsp)… commune <span class="insertion" title="Ajout de la rédaction">[de la mer Caspienne]</span>\#(nnbsp)»\#(tooltip) id="q-1a2b3c-who">Nursultan Nazarbayev — « déclaré », verbe avant la citation ; confiance 0,95</span></q>\#(permalink("q-1a2b3c"))</p>"# + "\n"),
    ConformanceCase(
        name: "quotation inside a quotation",
        markdown: #"[« Il m'a dit [“ non ”]{.quote #q-000002 who=nursultan-nazarbayev} hier »]{.quote #q-000001 who=sayed-ali-khamenei}"#,
        html: #"<p><q class="quote speaker-2" id="q-000001" data-speaker="sayed-ali-khamenei" tabindex="0" aria-describedby="q-000001-who">«\#(nnbsp)Il m'a dit <q class="quote speaker-1" id="q-000002" data-speaker="nursultan-nazarbayev" tabindex="0" aria-describedby="q-000002-who">“ non ”\#(tooltip) id="q-000002-who">Nursultan Nazarbayev</span></q>\#(permalink("q-000002")) hier\#(nnbsp)»\#(tooltip) id="q-000001-who">Sayed Ali Khamenei</span></q>\#(permalink("q-000001"))</p>"# + "\n"),
    ConformanceCase(
        name: "quotation over two paragraphs: the second part has data-quote, no id, no permalink",
        markdown: "[« Premier paragraphe.]{.quote #q-aaaaaa who=nursultan-nazarbayev rule=cue-before}\n\n[Second paragraphe. »]{.quote part=2 of=q-aaaaaa who=nursultan-nazarbayev rule=cue-before}\n",
        html: #"<p><q class="quote speaker-1" id="q-aaaaaa" data-speaker="nursultan-nazarbayev" tabindex="0" aria-describedby="q-aaaaaa-who">«\#(nnbsp)Premier paragraphe.\#(tooltip) id="q-aaaaaa-who">Nursultan Nazarbayev — verbe avant la citation</span></q>\#(permalink("q-aaaaaa"))</p>"# + "\n"
            + #"<p><q class="quote speaker-1" data-quote="q-aaaaaa" data-speaker="nursultan-nazarbayev" tabindex="0" aria-describedby="q-aaaaaa-who">Second paragraphe.\#(nnbsp)»\#(tooltip)>Nursultan Nazarbayev — verbe avant la citation</span></q></p>"# + "\n"),
    ConformanceCase(
        name: "reported speech",
        markdown: "Il a ajouté [que la coopération continuerait]{.reported who=nursultan-nazarbayev cue=ajouté rule=cue-before confidence=0.7}.",
        html: #"<p>Il a ajouté <span class="reported speaker-1" data-speaker="nursultan-nazarbayev" tabindex="0">que la coopération continuerait\#(tooltip)>Nursultan Nazarbayev — « ajouté », verbe avant la citation ; confiance 0,70</span></span>.</p>"# + "\n"),
    ConformanceCase(
        name: "mention (scare quotes, titles) is not speech",
        markdown: "le projet [« Caspienne 2030 »]{.mention}",
        html: #"<p>le projet <span class="mention">«\#(nnbsp)Caspienne 2030\#(nnbsp)»</span></p>"# + "\n"),
    ConformanceCase(
        name: "unattributed quotation, French tooltip",
        markdown: "[« On verra. »]{.quote #q-cccccc rule=none}",
        html: #"<p><q class="quote unattributed" id="q-cccccc" tabindex="0" aria-describedby="q-cccccc-who">«\#(nnbsp)On verra.\#(nnbsp)»\#(tooltip) id="q-cccccc-who">Locuteur non identifié</span></q>\#(permalink("q-cccccc"))</p>"# + "\n"),
    ConformanceCase(
        name: "unattributed quotation, English tooltip and insertion title",
        markdown: "[“We will see [\\[the results\\]]{.insertion}.”]{.quote #q-bbbbbb}",
        html: #"<p><q class="quote unattributed" id="q-bbbbbb" tabindex="0" aria-describedby="q-bbbbbb-who">“We will see <span class="insertion" title="Editorial insertion">[the results]</span>.”\#(tooltip) id="q-bbbbbb-who">Speaker not identified</span></q>\#(permalink("q-bbbbbb", french: false))</p>"# + "\n",
        lang: "en-GB"),
    ConformanceCase(
        name: "unknown class: content without wrapper, warning",
        markdown: "un [texte]{.aside #x} ici",
        html: "<p>un texte ici</p>\n",
        warnings: ["line 1: span with class .aside is not an annotation Verbatim knows (quote, reported, mention, insertion); its text is kept without markup"]),
    ConformanceCase(
        name: "escaped brackets are text",
        markdown: #"\[x\]{.quote} and [y\]{.quote} and \\[z]{.mention}"#,
        html: #"<p>[x]{.quote} and [y]{.quote} and \<span class="mention">z</span></p>"# + "\n"),
    ConformanceCase(
        name: "code span is not scanned",
        markdown: "`[x]{.quote}` et ``a ` [b]{.quote}`` et [y]{.mention}",
        html: #"<p><code>[x]{.quote}</code> et <code>a ` [b]{.quote}</code> et <span class="mention">y</span></p>"# + "\n"),
    ConformanceCase(
        name: "fenced code is not scanned",
        markdown: "```\n[x]{.quote #q-1}\n```\n",
        html: "<pre><code>[x]{.quote #q-1}\n</code></pre>\n"),
    ConformanceCase(
        name: "indented code: markers written back as their source",
        markdown: "    [x]{.quote #q-1 who=\"a b\"}\n",
        html: "<pre><code>[x]{.quote #q-1 who=&quot;a b&quot;}\n</code></pre>\n"),
    ConformanceCase(
        name: "quotation inside a link: no permalink (no link in a link)",
        markdown: "[voir [« ici »]{.quote #q-dddddd who=nursultan-nazarbayev}](https://example.org)",
        html: #"<p><a href="https://example.org">voir <q class="quote speaker-1" id="q-dddddd" data-speaker="nursultan-nazarbayev" tabindex="0" aria-describedby="q-dddddd-who">«\#(nnbsp)ici\#(nnbsp)»\#(tooltip) id="q-dddddd-who">Nursultan Nazarbayev</span></q></a></p>"# + "\n"),
    ConformanceCase(
        name: "emphasis inside a span",
        markdown: "[« très *bien* »]{.quote #q-eeeeee who=nursultan-nazarbayev}",
        html: #"<p><q class="quote speaker-1" id="q-eeeeee" data-speaker="nursultan-nazarbayev" tabindex="0" aria-describedby="q-eeeeee-who">«\#(nnbsp)très <em>bien</em>\#(nnbsp)»\#(tooltip) id="q-eeeeee-who">Nursultan Nazarbayev</span></q>\#(permalink("q-eeeeee"))</p>"# + "\n"),
    ConformanceCase(
        name: "spans inside emphasis and strong emphasis",
        markdown: "*[« a »]{.quote #q-e1 who=nursultan-nazarbayev}* et __[b]{.mention}__ et _[c]{.mention}_",
        html: #"<p><em><q class="quote speaker-1" id="q-e1" data-speaker="nursultan-nazarbayev" tabindex="0" aria-describedby="q-e1-who">«\#(nnbsp)a\#(nnbsp)»\#(tooltip) id="q-e1-who">Nursultan Nazarbayev</span></q>\#(permalink("q-e1"))</em> et <strong><span class="mention">b</span></strong> et <em><span class="mention">c</span></em></p>"# + "\n"),
    ConformanceCase(
        name: "span crossing emphasis is dropped with a warning",
        markdown: "a [b *c]{.quote} d*",
        html: "<p>a b <em>c d</em></p>\n",
        warnings: ["line 1: span {.quote} crosses other markup (emphasis, a link, a paragraph break); its annotation is dropped and its text kept"]),
    ConformanceCase(
        name: "attribute values are escaped; unknown speaker takes the next colour",
        markdown: #"[x]{.quote #q-ffffff who="a<b>\"c" cue="<i>"}"#,
        html: #"<p><q class="quote speaker-3" id="q-ffffff" data-speaker="a&lt;b&gt;&quot;c" tabindex="0" aria-describedby="q-ffffff-who">x\#(tooltip) id="q-ffffff-who">a&lt;b&gt;&quot;c — « &lt;i&gt; »</span></q>\#(permalink("q-ffffff"))</p>"# + "\n",
        warnings: [#"line 1: speaker `a<b>"c` is not among the document's speakers; shown by id"#]),
    ConformanceCase(
        name: "hostile seed text inside a quotation stays text",
        markdown: "[« " + seedEscaped("<script>alert(1)</script> *stars* [x](javascript:alert(1)) &amp;") + " »]{.quote #q-123456 who=sayed-ali-khamenei}",
        html: #"<p><q class="quote speaker-2" id="q-123456" data-speaker="sayed-ali-khamenei" tabindex="0" aria-describedby="q-123456-who">«\#(nnbsp)&lt;script&gt;alert(1)&lt;/script&gt; *stars* [x](javascript:alert(1)) &amp;amp;\#(nnbsp)»\#(tooltip) id="q-123456-who">Sayed Ali Khamenei</span></q>\#(permalink("q-123456"))</p>"# + "\n"),
    ConformanceCase(
        name: "hostile seed table lines stay text",
        markdown: seedEscaped("a | b\n|---|---|\nc | d"),
        html: "<p>a | b\n|---|---|\nc | d</p>\n"),
    ConformanceCase(
        name: "seed text that looks like a span stays text",
        markdown: seedEscaped("[x]{.quote #q-1}"),
        html: "<p>[x]{.quote #q-1}</p>\n"),
    ConformanceCase(
        name: "unclosed bracket before a span",
        markdown: "[a [b]{.mention}",
        html: #"<p>[a <span class="mention">b</span></p>"# + "\n"),
    ConformanceCase(
        name: "a link followed by braces is not a span",
        markdown: "[a](https://example.org){.quote}",
        html: #"<p><a href="https://example.org">a</a>{.quote}</p>"# + "\n"),
    ConformanceCase(
        name: "an invalid attribute list is not a span",
        markdown: "[a]{not valid} [b]{.quote who=\"open}",
        html: "<p>[a]{not valid} [b]{.quote who=&quot;open}</p>\n"),
    ConformanceCase(
        name: "span in a heading",
        markdown: "## Le [« Titre »]{.mention}",
        html: #"<h2>Le <span class="mention">«\#(nnbsp)Titre\#(nnbsp)»</span></h2>"# + "\n"),
    ConformanceCase(
        name: "span over a soft line break",
        markdown: "[« un\ndeux »]{.mention}",
        html: "<p><span class=\"mention\">«\(nnbsp)un\ndeux\(nnbsp)»</span></p>\n"),
    ConformanceCase(
        name: "span over a paragraph break is dropped with a warning",
        markdown: "[un\n\ndeux]{.mention}",
        html: "<p>un</p>\n<p>deux</p>\n",
        warnings: ["line 1: span {.mention} crosses other markup (emphasis, a link, a paragraph break); its annotation is dropped and its text kept"]),
    ConformanceCase(
        name: "span in a table cell (table rebuilt from custom nodes), footnote inside a span",
        markdown: "| a |\n|---|\n| [b[^1]]{.mention} |\n\n[^1]: c\n",
        html: "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><span class=\"mention\">b<sup class=\"footnote-ref\"><a href=\"#fn-doc-1\" id=\"fnref-doc-1\" data-footnote-ref>1</a></sup></span></td>\n</tr>\n</tbody>\n</table>\n<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-doc-1\">\n<p>c <a href=\"#fnref-doc-1\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩</a></p>\n</li>\n</ol>\n</section>\n"),
    ConformanceCase(
        name: "span in image alt text: plain text only",
        markdown: "![une [« image »]{.quote #q-a1 who=nursultan-nazarbayev}](https://example.org/i.png)",
        html: "<p><img src=\"https://example.org/i.png\" alt=\"une «\(nnbsp)image\(nnbsp)»\" /></p>\n"),
    ConformanceCase(
        name: "private-use markers cannot come from the input",
        markdown: "a\u{F0000}b\u{100000}c",
        html: "<p>a\u{FFFD}b\u{FFFD}c</p>\n",
        warnings: ["2 private-use character(s) of planes 15–16 replaced by U+FFFD"]),
]

@Test(arguments: conformanceCases)
func annotationConformance(_ testCase: ConformanceCase) {
    let context = RenderContext(speakers: testSpeakers, lang: testCase.lang, idPrefix: "doc-")
    let fragment = CmarkRenderer().render(testCase.markdown, context: context)
    #expect(
        fragment.html == testCase.html,
        "\(testCase.name)\n--- input\n\(testCase.markdown)\n--- got\n\(fragment.html)--- expected\n\(testCase.html)")
    #expect(fragment.warnings == testCase.warnings, "\(testCase.name)")
}

/// N = 1 + index % 8: the ninth speaker shares the first one's colour.
@Test func speakerColoursWrapAfterEight() {
    let speakers = (1...9).map { (id: "s\($0)", name: "S\($0)") }
    let fragment = CmarkRenderer().render(
        "[a]{.reported who=s8} [b]{.reported who=s9}", context: RenderContext(speakers: speakers))
    #expect(fragment.html == #"<p><span class="reported speaker-8" data-speaker="s8" tabindex="0">a<span class="attribution" role="tooltip">S8</span></span> <span class="reported speaker-1" data-speaker="s9" tabindex="0">b<span class="attribution" role="tooltip">S9</span></span></p>"# + "\n")
    #expect(fragment.warnings.isEmpty)
}
