import json, os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from specs_en import SPECS as EN
from specs_fr import SPECS as FR
ROOT = "/work/heldout"
errors = []
stats = []
for name, spec in {**EN, **FR}.items():
    lang = name.split("/")[0]
    txt = open(f"{ROOT}/{name}.txt", encoding="utf-8").read()
    lines = txt.split("\n")
    title = lines[0]
    words = len(txt.split())
    speakers = [{"name": n, "aliases": a} for n, a in spec["speakers"]]
    names = {n for n, _ in spec["speakers"]}
    used = set()
    quots = []
    pos = -1
    for (text, kind, spk, nested, note) in spec["q"]:
        if "<<...>>" in text:
            a, b = text.split("<<...>>")
            i = txt.find(a, pos + 1)
            if i < 0: errors.append((name, "prefix not found", a)); continue
            j = txt.find(b, i)
            if j < 0: errors.append((name, "suffix not found", b)); continue
            text = txt[i:j + len(b)]
            if "\n" in text: errors.append((name, "expanded across paragraphs", a))
        i = txt.find(text, pos + 1)
        if i < 0:
            if txt.find(text) >= 0: errors.append((name, "out of order", text[:60]))
            else: errors.append((name, "not verbatim", text[:80]))
            continue
        pos = i
        # check marks around (informative)
        if kind == "headline" and i >= len(title): errors.append((name, "headline not in title", text))
        if kind == "mention" and spk is not None: errors.append((name, "mention with speaker", text))
        if spk is not None:
            if spk not in names: errors.append((name, "speaker not listed", spk))
            used.add(spk)
        if text != text.strip(): errors.append((name, "untrimmed", text[:40]))
        q = {"text": text, "kind": kind, "speaker": spk, "nested": nested}
        if note: q["note"] = note
        quots.append(q)
    for n, al in spec["speakers"]:
        if n not in used: errors.append((name, "speaker never quoted", n))
        for a in al:
            if a not in txt: errors.append((name, "alias not in text", a))
    gold = {"document": os.path.basename(name) + ".txt", "lang": lang, "source": "heldout:handwritten", "license": "CC0",
            "speakers": speakers, "quotations": quots}
    with open(f"{ROOT}/{name}.gold.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
    stats.append((name, words, len(quots), sum(q["kind"]=="direct" and not q["nested"] for q in quots)))
# also: every mark-enclosed span roughly covered? count opening marks per doc
for e in errors: print("ERROR", e)
for s in stats: print(*s)
print(len(stats), "docs")
