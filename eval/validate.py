#!/usr/bin/env python3
"""Check one hand-written set's gold files: `python3 eval/validate.py eval/handwritten7`
(the set folder holds fr/ and en/).

Checks, per document NAME.txt + NAME.gold.json:
- the .gold.json parses and has the expected fields and values;
- every quotation `text` occurs verbatim, in text order, right after an opening
  mark (optionally followed by one space, U+00A0 or U+202F) and right before a
  closing mark (optionally preceded by one such space) -- or, for an entry whose
  note says "split per paragraph", running to the end of its paragraph;
- a nested span lies inside the preceding non-nested span; non-nested spans do
  not overlap; headline spans lie in the title line;
- every non-null speaker is in `speakers`, every listed speaker is quoted,
  mention entries have speaker null, every alias occurs in the text;
- every « and “ in the text opens an annotated span;
- the body (all but the title line) has 250-500 words.
Exit status 1 if any error.
"""
import json, os, re, sys

OPEN = '«“‘"\'‹„'
CLOSE = '»”’"\'›“'
SP = ' \u00a0\u202f'
KINDS = {'direct', 'mention', 'headline', 'uncertain'}


def check(txt_path, gold_path, lang):
    errs = []
    text = open(txt_path, encoding='utf-8').read()
    try:
        gold = json.load(open(gold_path, encoding='utf-8'))
    except Exception as e:  # noqa
        return [f'JSON does not parse: {e}']
    name = os.path.basename(txt_path)
    for k in ('document', 'lang', 'source', 'license', 'speakers', 'quotations'):
        if k not in gold:
            errs.append(f'missing field {k}')
    if errs:
        return errs
    if gold['document'] != name:
        errs.append(f'document field {gold["document"]!r} != {name!r}')
    if gold['lang'] != lang:
        errs.append(f'lang {gold["lang"]!r} != directory {lang!r}')
    title_end = text.find('\n') if '\n' in text else len(text)
    names = [s['name'] for s in gold['speakers']]
    if len(set(names)) != len(names):
        errs.append('duplicate speaker names')
    for s in gold['speakers']:
        for a in s.get('aliases', []):
            if a not in text:
                errs.append(f'alias not in text: {a!r} ({s["name"]})')
    used = set()
    cursor = 0
    opens = set()
    parent = None  # (start, end) of last non-nested span
    for i, q in enumerate(gold['quotations']):
        tag = f'q{i} {q.get("text", "")[:40]!r}'
        if set(q) - {'text', 'kind', 'speaker', 'nested', 'note'} or not {'text', 'kind', 'speaker', 'nested'} <= set(q):
            errs.append(f'{tag}: bad keys {sorted(q)}')
            continue
        if q['kind'] not in KINDS:
            errs.append(f'{tag}: bad kind {q["kind"]!r}')
        if not isinstance(q['nested'], bool):
            errs.append(f'{tag}: nested not boolean')
        sp = q['speaker']
        if sp is not None:
            if sp not in names:
                errs.append(f'{tag}: speaker {sp!r} not in speakers')
            used.add(sp)
        if q['kind'] == 'mention' and sp is not None:
            errs.append(f'{tag}: mention with a speaker')
        t = q['text']
        if not t or t != t.strip(SP):
            errs.append(f'{tag}: empty text or outer spaces kept')
            continue
        split = 'split per paragraph' in (q.get('note') or '')
        found = None
        pos = text.find(t, cursor)
        while pos != -1:
            s = pos - 1
            if s >= 0 and text[s] in SP:
                s -= 1
            ok_start = s >= 0 and text[s] in OPEN
            e = pos + len(t)
            e2 = e + 1 if e < len(text) and text[e] in SP else e
            ok_end = e2 < len(text) and text[e2] in CLOSE
            if not ok_end and split:
                ok_end = e == len(text) or text[e] == '\n'
            if ok_start and ok_end:
                found = (s, pos, e)
                break
            pos = text.find(t, pos + 1)
        if found is None:
            where = 'anywhere' if t not in text else 'between marks after the previous entry'
            errs.append(f'{tag}: not found {where}')
            continue
        s, pos, e = found
        opens.add(s)
        cursor = pos + 1
        if q['kind'] == 'headline' and e > title_end:
            errs.append(f'{tag}: headline outside the title line')
        if q['nested']:
            if parent is None or not (parent[0] <= pos and e <= parent[1]):
                errs.append(f'{tag}: nested span not inside its parent')
        else:
            if parent is not None and pos < parent[1]:
                errs.append(f'{tag}: overlaps the previous non-nested span')
            parent = (pos, e)
    for n in names:
        if n not in used:
            errs.append(f'speaker {n!r} quotes nothing')
    for m in re.finditer('[«“]', text):
        if m.start() not in opens:
            ctx = text[m.start():m.start() + 40].replace('\n', ' ')
            errs.append(f'opening mark at {m.start()} opens no annotated span: {ctx!r}')
    body = text[title_end:]
    nw = len(body.split())
    if not 250 <= nw <= 500:
        errs.append(f'body has {nw} words (want 250-500)')
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    total = 0
    bad = 0
    for lang in ('fr', 'en'):
        d = os.path.join(root, lang)
        for f in sorted(os.listdir(d)):
            if not f.endswith('.txt'):
                continue
            g = os.path.join(d, f[:-4] + '.gold.json')
            total += 1
            if not os.path.exists(g):
                print(f'{lang}/{f}: no .gold.json')
                bad += 1
                continue
            errs = check(os.path.join(d, f), g, lang)
            for e in errs:
                print(f'{lang}/{f}: {e}')
            bad += bool(errs)
        for f in sorted(os.listdir(d)):
            if f.endswith('.gold.json') and not os.path.exists(os.path.join(d, f[:-10] + '.txt')):
                print(f'{lang}/{f}: no .txt')
                bad += 1
    print(f'{total} documents checked, {bad} with errors')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
