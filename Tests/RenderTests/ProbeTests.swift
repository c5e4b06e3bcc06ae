import Testing
@testable import Render

@Test func probe() {
    let r = CmarkRenderer()
    let ctx = RenderContext(speakers: [(id: "sayed-ali-khamenei", name: "Sayed Ali Khamenei"), (id: "b", name: "B")], lang: "fr", idPrefix: "doc-")
    let inputs = [
        "Il a dit : [« Nous avons des sentiments fraternels \\[de la mer\\] »]{.quote #q-3fa2b1 who=sayed-ali-khamenei cue=\"a-t-il dit\" rule=cue-after mention=\"il\" confidence=0.9}.",
        "[« … commune [\\[de la mer Caspienne\\]]{.insertion}»]{.quote #q-1 who=b}",
        "Le rapport[^1] et l'annexe[^a:b].\n\n[^1]: - premier point\n    - second point\n\n[^a:b]: note\n",
        "Voir [la vidéo](JavaScript:alert(1)) ou [ceci](data:image/png;base64,AAAA) ![i](data:image/png;base64,AA).\n<img src=x onerror=alert(1)> <script>alert(2)</script>\n\n<div>x</div>\n",
        "Source : «\u{202F}https://example.org/rapport\u{202F}» et https://example.org/b\u{00A0}».\n(voir https://example.org/c»).",
        "a [b *c]{.quote} d* `[x]{.quote}` e",
        "JEAN : Bonjour\0 tout le monde.\nMARIE : Salut.\n",
    ]
    for i in inputs {
        let f = r.render(i, context: ctx)
        print("=====\n\(i)\n-----\n\(f.html)\(f.warnings)")
    }
}
