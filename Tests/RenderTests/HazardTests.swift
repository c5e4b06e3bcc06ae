import Foundation
import Testing
import Render

/// HAZARDS.md section A and B36, each input with its exact output.
@Suite struct HazardTests {
    let renderer = CmarkRenderer()
    let french = RenderContext(speakers: testSpeakers, lang: "fr", idPrefix: "doc-")

    /// B01: Verbatim never curls quotes (no `CMARK_OPT_SMART`): apostrophes and quotation
    /// marks come out exactly as published, straight ones straight, so the `‘n’` bug cannot occur.
    @Test func b01ApostrophesKeptAsPublished() {
        let seed = #"The [agency]'s memo cited the '90s and "rock 'n' roll". C'est l'*État* qui paie."#
        #expect(renderer.render(seedEscaped(seed), context: french).html
            == #"<p>The [agency]'s memo cited the '90s and &quot;rock 'n' roll&quot;. C'est l'*État* qui paie.</p>"# + "\n")
        let handWritten = seed + "\n\n[agency]: https://example.org/agency\n"
        #expect(renderer.render(handWritten, context: french).html
            == #"<p>The <a href="https://example.org/agency">agency</a>'s memo cited the '90s and &quot;rock 'n' roll&quot;. C'est l'<em>État</em> qui paie.</p>"# + "\n")
        let curly = "l’État et « rock ’n’ roll »"
        #expect(renderer.render(curly, context: french).html == "<p>l’État et «\(nnbsp)rock ’n’ roll\(nnbsp)»</p>\n")
    }

    /// B02: 1000 columns × 1000 autofilled rows would be 10 MB of HTML: rendered with tables off.
    @Test func b02WideTableIsBounded() {
        let n = 1000
        let input = String(repeating: "x|", count: n) + "\n" + String(repeating: "-|", count: n) + "\n"
            + String(repeating: "x|\n", count: n)
        let fragment = renderer.render(input, context: french)
        #expect(fragment.html == "<p>" + String(input.dropLast()) + "</p>\n")
        #expect(fragment.html.utf8.count < 50 * input.utf8.count)
        #expect(fragment.warnings == ["tables would render to 1001000 cells, more than 50× the input; rendered with tables off (HAZARDS B02)"])
        // A modest hand-written table is kept.
        let small = renderer.render("a|b\n-|-\n1|\n", context: french)
        #expect(small.html == "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n")
        #expect(small.warnings.isEmpty)
        // Seed prose with pipes and a dash line never forms a table.
        #expect(renderer.render(seedEscaped("a | b\n-----|-----\nc | d"), context: french).html == "<p>a | b\n-----|-----\nc | d</p>\n")
    }

    /// B03: unclosed link openers and quote-like runs stay literal text. (Time is measured by
    /// hand at 50 000 repetitions; here 5 000 check the output.)
    @Test func b03UnclosedOpenersStayText() {
        let n = 5000
        func body(_ markdown: String) -> String { renderer.render(markdown, context: french).html }
        #expect(body(String(repeating: "[a](<b", count: n)) == "<p>" + String(repeating: "[a](&lt;b", count: n) + "</p>\n")
        #expect(body(String(repeating: "[a](b", count: n)) == "<p>" + String(repeating: "[a](b", count: n) + "</p>\n")
        #expect(body(String(repeating: "« ", count: n)) == "<p>" + String(repeating: "«\(nnbsp)", count: n - 1) + "«</p>\n")
        #expect(body(String(repeating: "\" ", count: n)) == "<p>" + String(repeating: "&quot; ", count: n - 1) + "&quot;</p>\n")
        #expect(body(String(repeating: "[a]{", count: n)) == "<p>" + String(repeating: "[a]{", count: n) + "</p>\n")
        let nested = String(repeating: "[", count: n) + "x" + String(repeating: "]{.mention}", count: n)
        #expect(body(nested) == "<p>" + String(repeating: #"<span class="mention">"#, count: n) + "x" + String(repeating: "</span>", count: n) + "</p>\n")
    }

    /// B05: a footnote that starts with a list, and a label with a colon.
    @Test func b05FootnoteWithListAndColonLabel() {
        let input = "Le rapport[^1] et l'annexe[^a:b].\n\n[^1]: - premier point\n    - second point\n\n[^a:b]: note\n"
        #expect(renderer.render(input, context: french).html == """
            <p>Le rapport<sup class="footnote-ref"><a href="#fn-doc-1" id="fnref-doc-1" data-footnote-ref>1</a></sup> et l'annexe<sup class="footnote-ref"><a href="#fn-doc-a:b" id="fnref-doc-a:b" data-footnote-ref>2</a></sup>.</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-doc-1">
            <ul>
            <li>premier point</li>
            <li>second point</li>
            </ul>
            <a href="#fnref-doc-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a>
            </li>
            <li id="fn-doc-a:b">
            <p>note <a href="#fnref-doc-a:b" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    /// B06: two documents on one page, each with `[^1]`: no id in common.
    @Test func b06FootnoteIdsArePrefixed() throws {
        let input = "Texte[^1] et [^absente].\n\n[^1]: Note.\n"
        let first = renderer.render(input, context: RenderContext(idPrefix: "premier-"))
        let second = renderer.render(input, context: RenderContext(idPrefix: "second-"))
        #expect(first.html == """
            <p>Texte<sup class="footnote-ref"><a href="#fn-premier-1" id="fnref-premier-1" data-footnote-ref>1</a></sup> et [^absente].</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-premier-1">
            <p>Note. <a href="#fnref-premier-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
        let idPattern = try Regex(#"id="([^"]*)""#)
        let ids = (first.html + second.html).matches(of: idPattern).map { String($0.output[1].substring ?? "") }
        #expect(ids.count == 4)
        #expect(Set(ids).count == ids.count)
        // Non-Latin slugs keep their letters; characters that would break a label are dropped.
        #expect(renderer.render("a[^1]\n\n[^1]: b\n", context: RenderContext(idPrefix: "東京 [x]-")).html.contains(
            ##"<a href="#fn-%E6%9D%B1%E4%BA%ACx-1" id="fnref-%E6%9D%B1%E4%BA%ACx-1" data-footnote-ref>1</a>"##))
        // An empty prefix leaves cmark-gfm's ids as they are.
        #expect(renderer.render("a[^1]\n\n[^1]: b\n", context: RenderContext()).html.contains(#"<li id="fn-1">"#))
    }

    /// B07: extended autolinks give back a trailing no-break space and `»`.
    @Test func b07AutolinkLeavesGuillemetOutside() {
        let input = "Source : \u{AB}\u{202F}https://example.org/rapport\u{202F}\u{BB} et https://example.org/b\u{A0}\u{BB}.\n(voir https://example.org/c»)."
        #expect(renderer.render(input, context: french).html == """
            <p>Source : «\(nnbsp)<a href="https://example.org/rapport">https://example.org/rapport</a>\(nnbsp)» et <a href="https://example.org/b">https://example.org/b</a>\(nnbsp)».
            (voir <a href="https://example.org/c">https://example.org/c</a>\(nnbsp)»).</p>

            """)
        #expect(renderer.render("www.example.org/page” et x@example.org’", context: RenderContext()).html
            == #"<p><a href="http://www.example.org/page">www.example.org/page</a>” et <a href="mailto:x@example.org">x@example.org</a>’</p>"# + "\n")
        // A span closing right after a URL: the marker is not swallowed either.
        #expect(renderer.render("[voir https://example.org/d]{.mention}", context: french).html
            == #"<p><span class="mention">voir <a href="https://example.org/d">https://example.org/d</a></span></p>"# + "\n")
    }

    /// B08: no `javascript:`/`data:` URL and no raw HTML, whether the text came escaped from a
    /// seed or was written by hand.
    @Test func b08NoScriptURLsNoRawHTML() {
        let seed = "Voir [la vidéo](JavaScript:alert(1)) ou [ceci](data:text/html;base64,AAAA).\n<img src=x onerror=alert(1)> <script>alert(2)</script>"
        #expect(renderer.render(seedEscaped(seed), context: french).html
            == "<p>Voir [la vidéo](JavaScript:alert(1)) ou [ceci](data:text/html;base64,AAAA).\n&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;</p>\n")
        let handWritten = renderer.render(seed + "\n\n![x](data:image/png;base64,AA) <vbscript:msgbox> [f](file:///etc/passwd) [ok](https://example.org)", context: french)
        #expect(handWritten.html == """
            <p>Voir la vidéo ou ceci.
            <!-- raw HTML omitted --> <!-- raw HTML omitted -->alert(2)<!-- raw HTML omitted --></p>
            <p>x vbscript:msgbox f <a href="https://example.org">ok</a></p>

            """)
        #expect(handWritten.warnings == [
            "line 1: link to a `javascript:` URL removed; its text is kept",
            "line 1: link to a `data:` URL removed; its text is kept",
            "line 4: image to a `data:` URL removed; its text is kept",
            "line 4: link to a `vbscript:` URL removed; its text is kept",
            "line 4: link to a `file:` URL removed; its text is kept",
            "line 2: 3 raw HTML fragment(s) omitted; Verbatim never passes raw HTML through",
        ])
    }

    /// B09: `\|` in cells, as the Markdown stage writes them: three cells a row, text intact.
    @Test func b09EscapedPipeInTableCells() {
        let input = "| temps | orateur | texte |\n|---|---|---|\n| 00:01 | A | `oui \\| non` |\n| 00:02 | B | oui \\| non |\n"
        #expect(renderer.render(input, context: french).html == """
            <table>
            <thead>
            <tr>
            <th>temps</th>
            <th>orateur</th>
            <th>texte</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>00:01</td>
            <td>A</td>
            <td><code>oui | non</code></td>
            </tr>
            <tr>
            <td>00:02</td>
            <td>B</td>
            <td>oui | non</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    /// B09 with annotations in the cells: the table is rebuilt from custom nodes and writes the
    /// same markup as cmark-gfm's own table renderer, alignment included.
    @Test func b09TableWithSpansRendersLikeCmark() {
        let plain = "| temps | orateur | texte |\n|:---|:---:|---:|\n| 00:01 | A | `oui \\| non` |\n| 00:02 | B | oui \\| *non* |\n"
        let annotated = plain.replacingOccurrences(of: "| oui \\| *non* |", with: "| [oui \\| *non*]{.mention} |")
        let expected = renderer.render(plain, context: french).html
            .replacingOccurrences(of: "<td align=\"right\">oui | <em>non</em></td>", with: #"<td align="right"><span class="mention">oui | <em>non</em></span></td>"#)
        #expect(expected.contains(#"<span class="mention">"#))
        #expect(renderer.render(annotated, context: french).html == expected)
        // A table with a header only.
        #expect(renderer.render("| [a]{.mention} |\n|---|\n", context: french).html
            == "<table>\n<thead>\n<tr>\n<th><span class=\"mention\">a</span></th>\n</tr>\n</thead>\n</table>\n")
    }

    /// B11: a NUL becomes U+FFFD and never cuts the text.
    @Test func b11NulDoesNotCutTheDocument() {
        let fragment = renderer.render("JEAN : Bonjour\0 tout le monde.\nMARIE : Salut.\n", context: french)
        #expect(fragment.html == "<p>JEAN : Bonjour\u{FFFD} tout le monde.\nMARIE : Salut.</p>\n")
        let inSpan = renderer.render("[a\0b]{.quote who=\"x\0y\"}", context: french)
        #expect(inSpan.html.contains("a\u{FFFD}b"))
        #expect(inSpan.html.contains(#"data-speaker="x\#u{FFFD}y""#))
    }

    /// B12: BOM, CRLF and CR give the same bytes as LF.
    @Test func b12LineEndingsAndBOMRenderIdentically() {
        let lf = "JEAN : Bonjour.\nMARIE : Salut.\n\n```\ncode\nligne\n```\n"
        let variants = [
            lf,
            "\u{FEFF}" + lf,
            lf.replacingOccurrences(of: "\n", with: "\r\n"),
            "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n"),
            lf.replacingOccurrences(of: "\n", with: "\r"),
        ]
        let expected = "<p>JEAN : Bonjour.\nMARIE : Salut.</p>\n<pre><code>code\nligne\n</code></pre>\n"
        for variant in variants {
            let html = renderer.render(variant, context: french).html
            #expect(Array(html.utf8) == Array(expected.utf8), "\(variant.debugDescription)")
        }
    }

    /// B36: all four spacings around the guillemets give one U+202F on each side.
    @Test(arguments: ["«Bonjour»", "« Bonjour »", "«\u{00A0}Bonjour\u{00A0}»", "«\u{202F}Bonjour\u{202F}»", "«  \u{00A0}Bonjour \u{202F} »"])
    func b36GuillemetsGetOneNarrowNoBreakSpace(_ quoted: String) {
        #expect(renderer.render(quoted + ", dit-elle.", context: french).html == "<p>«\(nnbsp)Bonjour\(nnbsp)», dit-elle.</p>\n")
        let span = "[\(quoted)]{.quote #q-b36000 who=nursultan-nazarbayev}, dit-elle."
        #expect(renderer.render(span, context: french).html
            == ##"<p><q class="quote speaker-1" id="q-b36000" data-speaker="nursultan-nazarbayev" tabindex="0" aria-describedby="q-b36000-who">«\##(nnbsp)Bonjour\##(nnbsp)»<span class="attribution" role="tooltip" id="q-b36000-who">Nursultan Nazarbayev</span></q><a class="permalink" href="#q-b36000" aria-label="Lien permanent vers cette citation">¶</a>, dit-elle.</p>"## + "\n")
    }

    /// B36 across inline markup, in code (untouched), and for languages that write `»…«`.
    @Test func b36AroundMarkupAndNotInCode() {
        #expect(renderer.render("«*Bonjour*» et `« code »`", context: french).html
            == "<p>«\(nnbsp)<em>Bonjour</em>\(nnbsp)» et <code>« code »</code></p>\n")
        #expect(renderer.render("»Hallo« und", context: RenderContext(lang: "de")).html == "<p>»Hallo« und</p>\n")
        // A line break next to a guillemet becomes the no-break space; other breaks stay.
        #expect(renderer.render("Il dit : «\nBonjour\n» puis\ns'en va.", context: french).html
            == "<p>Il dit : «\(nnbsp)Bonjour\(nnbsp)» puis\ns'en va.</p>\n")
    }
}
