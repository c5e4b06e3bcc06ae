#!/usr/bin/env python3
"""Independent check of every NAME.gold.json against NAME.txt (README rules),
plus a scan of the .txt for quotation-mark spans that the gold file does not list."""
import json, os, re, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = "invented (handwritten11, written blind for this evaluation set)"
KINDS = {"direct", "mention", "headline", "uncertain"}
PAIRS = [("«", "»"), ("“", "”")]
problems = 0
def bad(doc, msg):
    global problems
    problems += 1
    print(f"{doc}: {msg}")

def scan(txt):
    """spans between « » and “ ” (nesting-aware within a paragraph), straight " pairs per paragraph."""
    spans = []
    for para in txt.split("\n\n"):
        for o, c in PAIRS:
            stack = []
            for i, ch in enumerate(para):
                if ch == o:
                    stack.append(i)
                elif ch == c and stack:
                    j = stack.pop()
                    spans.append(para[j + 1:i].strip(" \u00a0\u202f"))
            for j in stack:  # unclosed: multi-paragraph convention
                spans.append(para[j + 1:].strip(" \u00a0\u202f"))
        idx = [i for i, ch in enumerate(para) if ch == '"']
        if len(idx) % 2:
            spans.append("<odd number of straight double quotes in a paragraph>")
        for a, b in zip(idx[::2], idx[1::2]):
            spans.append(para[a + 1:b].strip())
    return spans

for lang in ("en", "fr"):
    for f in sorted(os.listdir(os.path.join(ROOT, lang))):
        if not f.endswith(".gold.json"):
            continue
        doc = f"{lang}/{f}"
        try:
            g = json.load(open(os.path.join(ROOT, lang, f), encoding="utf-8"))
        except Exception as e:
            bad(doc, f"JSON does not parse: {e}"); continue
        txtname = f[:-len(".gold.json")] + ".txt"
        txt = open(os.path.join(ROOT, lang, txtname), encoding="utf-8").read()
        title = txt.split("\n", 1)[0]
        for k in ("document", "lang", "source", "license", "speakers", "quotations"):
            if k not in g: bad(doc, f"missing field {k}")
        if g.get("document") != txtname: bad(doc, "document field")
        if g.get("lang") != lang: bad(doc, "lang field")
        if g.get("source") != SOURCE: bad(doc, "source field")
        names = [s["name"] for s in g["speakers"]]
        for s in g["speakers"]:
            if set(s) != {"name", "aliases"}: bad(doc, f"speaker fields {s}")
            if s["name"] not in txt: bad(doc, f"speaker name not in text {s['name']}")
            for a in s["aliases"]:
                if a not in txt: bad(doc, f"alias not in text {a}")
        used = collections.Counter()
        for q in g["quotations"]:
            if not {"text", "kind", "speaker", "nested"} <= set(q) or set(q) - {"text", "kind", "speaker", "nested", "note"}:
                bad(doc, f"quotation fields {q}")
            if q["kind"] not in KINDS: bad(doc, f"kind {q['kind']}")
            if not isinstance(q["nested"], bool): bad(doc, "nested not bool")
            if q["text"] not in txt: bad(doc, f"text not in txt: {q['text'][:60]}")
            if q["speaker"] is not None and q["speaker"] not in names: bad(doc, f"speaker not listed {q['speaker']}")
            if q["kind"] == "mention" and q["speaker"] is not None: bad(doc, "mention with speaker")
            if q["kind"] == "headline" and q["text"] not in title: bad(doc, f"headline not in title {q['text']}")
            if q["kind"] == "uncertain" and not q.get("note"): bad(doc, "uncertain without note")
            if q["speaker"]: used[q["speaker"]] += 1
        for n in names:
            if not used[n]: bad(doc, f"speaker never quoted {n}")
        if not 1 <= len(names) <= 8: bad(doc, f"{len(names)} speakers")
        # completeness against an independent scan of « » “ ” and straight "
        gold = collections.Counter(q["text"] for q in g["quotations"])
        for sp in scan(txt):
            if gold[sp] > 0:
                gold[sp] -= 1
            else:
                bad(doc, f"marked span not in gold: {sp[:70]!r}")
        # spans in gold that the scan did not produce (should be only ‘ ’ / straight ' spans)
        left = [t for t, n in gold.items() for _ in range(n)]
        for t in left:
            ok = any(txt[m.start() - 1:m.start()] in ("‘", "'") for m in re.finditer(re.escape(t), txt) if m.start() > 0)
            if not ok:
                bad(doc, f"gold span not found by the scan: {t[:60]!r}")
        n_open = txt.count("‘")
        n_gold = sum(1 for q in g["quotations"] if any(txt[m.start() - 1:m.start()] == "‘" for m in re.finditer(re.escape(q["text"]), txt) if m.start() > 0))
        if n_open != n_gold:
            bad(doc, f"{n_open} opening ‘ marks but {n_gold} gold spans opened by ‘")
        # list single-mark spans for a manual look
        singles = re.findall(r"(?<![A-Za-zÀ-ÿ])['‘]([^'‘’\n]{1,80}?)['’](?![A-Za-zÀ-ÿ])", txt)
        print(f"{doc}: ok-scan; single-mark candidates: {singles}")
print("problems:", problems)
sys.exit(1 if problems else 0)
