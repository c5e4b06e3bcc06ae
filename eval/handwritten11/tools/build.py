#!/usr/bin/env python3
"""Build NAME.gold.json from spec/NAME.spec and check it against NAME.txt."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = "invented (handwritten11, written blind for this evaluation set)"
OPEN = "«“‘\"'"
NBSP = "\u00a0\u202f "

def parse(spec):
    d = {"speakers": [], "quotes": []}
    for line in open(spec, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        key, _, rest = line.partition(": ")
        if key == "lang":
            d["lang"] = rest.strip()
        elif key == "speaker":
            parts = [p.strip() for p in rest.split(" | ")]
            d["speakers"].append({"name": parts[0], "aliases": parts[1:]})
        elif key == "q":
            parts = rest.split(" | ")
            assert len(parts) >= 4, line
            kind, spk, nested, text = parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3]
            note = " | ".join(parts[4:]).strip() if len(parts) > 4 else ""
            q = {"text": text, "kind": kind, "speaker": None if spk == "null" else spk,
                 "nested": nested == "1"}
            if note:
                q["note"] = note
            d["quotes"].append(q)
        else:
            raise SystemExit(f"bad line in {spec}: {line}")
    return d

def build(name):
    spec = os.path.join(ROOT, "spec", name + ".spec")
    d = parse(spec)
    lang = d["lang"]
    txtp = os.path.join(ROOT, lang, name + ".txt")
    txt = open(txtp, encoding="utf-8").read()
    errs = []
    cursor = 0
    title_end = txt.index("\n")
    for q in d["quotes"]:
        t = q["text"]
        if t != t.strip():
            errs.append(f"untrimmed text: {t!r}")
        pos = -1
        start = cursor
        while True:
            p = txt.find(t, start)
            if p < 0:
                break
            k = p - 1
            while k >= 0 and txt[k] in NBSP:
                k -= 1
            if k >= 0 and txt[k] in OPEN:
                pos = p
                break
            start = p + 1
        if pos < 0:
            errs.append(f"not found after offset {cursor} right after an opening mark: {t!r}")
            continue
        q["_pos"] = pos
        cursor = pos + 1
        if q["kind"] == "headline" and pos > title_end:
            errs.append(f"headline not in title: {t!r}")
        if q["kind"] != "headline" and pos < title_end:
            errs.append(f"title span not headline: {t!r}")
    names = [s["name"] for s in d["speakers"]]
    used = {q["speaker"] for q in d["quotes"] if q["speaker"]}
    for q in d["quotes"]:
        if q["kind"] not in ("direct", "mention", "headline", "uncertain"):
            errs.append(f"bad kind {q['kind']}")
        if q["speaker"] and q["speaker"] not in names:
            errs.append(f"unknown speaker {q['speaker']}")
        if q["kind"] == "mention" and q["speaker"]:
            errs.append(f"mention with speaker: {q['text']!r}")
        if q["kind"] == "uncertain" and not q.get("note"):
            errs.append(f"uncertain without note: {q['text']!r}")
    for s in d["speakers"]:
        if s["name"] not in used:
            errs.append(f"speaker never quoted: {s['name']}")
        if s["name"] not in txt:
            errs.append(f"speaker name not in text: {s['name']}")
        for a in s["aliases"]:
            if a not in txt:
                errs.append(f"alias not in text: {a!r} ({s['name']})")
    if len(set(names)) != len(names):
        errs.append("duplicate speaker")
    gold = {"document": name + ".txt", "lang": lang, "source": SOURCE, "license": "CC0-1.0",
            "speakers": d["speakers"],
            "quotations": [{k: v for k, v in q.items() if not k.startswith("_")} for q in d["quotes"]]}
    with open(os.path.join(ROOT, lang, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    # body word count: after title and date line
    paras = txt.split("\n\n")
    body = "\n\n".join(paras[2:])
    wc = len(re.findall(r"\S+", body))
    return errs, wc, gold

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "spec")))
    bad = 0
    for n in names:
        errs, wc, gold = build(n)
        qs = gold["quotations"]
        c = lambda k: sum(q["kind"] == k for q in qs)
        flag = "" if 350 <= wc <= 500 else "  <-- WORDS OUT OF RANGE"
        print(f"{n}: {len(qs)} quotes (d{c('direct')} m{c('mention')} h{c('headline')} u{c('uncertain')} n{sum(q['nested'] for q in qs)}), {len(gold['speakers'])} speakers, body {wc} words{flag}")
        for e in errs:
            print("   ERROR", e)
        bad += len(errs) + (1 if flag else 0)
    sys.exit(1 if bad else 0)
