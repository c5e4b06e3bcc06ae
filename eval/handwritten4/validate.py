#!/usr/bin/env python3
"""Validate the handwritten4 gold files (format of shared/corpus/gold/README.md).

The README format has no character offsets: each quotation is identified by its
verbatim `text` (without the outer marks and the spaces next to them) and by its
position in the `quotations` list (text order).  This script therefore locates
every quotation in the .txt, in list order, and checks that the located span is
delimited by quotation marks:
  * an opening mark (optionally followed by white space, incl. U+00A0 / U+202F)
    right before the span, and
  * a closing mark (optionally preceded by white space) right after it, or, for a
    paragraph of a multi-paragraph quotation that is closed only at the end
    (note mentions "split per paragraph"), the end of the paragraph.
Nested quotations must lie inside the preceding non-nested quotation.
It also checks the README's own rules (speaker in speakers, every speaker used,
aliases occur in the text, headline spans in the title line, mention -> speaker
null) and that every opening mark in the text starts some annotated span.
"""
import json, sys, glob, os, re
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
OPEN = '«“‘"\''
CLOSE = '»”’"\''
WS = ' \u00a0\u202f\t'
KINDS = {'direct', 'mention', 'headline', 'uncertain'}
PAIRS = {'«': '»', '“': '”', '‘': '’', '"': '"', "'": "'"}

errors = []
def err(doc, msg):
    errors.append(f'{doc}: {msg}')

def left_mark(txt, i):
    """index of the opening mark before position i (skipping white space) or -1"""
    j = i - 1
    while j >= 0 and txt[j] in WS:
        j -= 1
    return j if j >= 0 and txt[j] in OPEN else -1

def right_mark(txt, i):
    j = i
    while j < len(txt) and txt[j] in WS:
        j += 1
    return j if j < len(txt) and txt[j] in CLOSE else -1

def para_end(txt, i):
    return i == len(txt) or txt[i] == '\n'

def para_start(txt, j):
    return j == 0 or txt[j - 1] == '\n'

def delimited(txt, s, e, split_para):
    lm = left_mark(txt, s)
    if lm < 0:
        return False
    rm = right_mark(txt, e)
    if rm >= 0:
        return True
    # multi-paragraph quotation: paragraph opened by a mark, closed only at the end
    return split_para and para_end(txt, e) and para_start(txt, lm)

stats = defaultdict(Counter)
words = defaultdict(list)
for gpath in sorted(glob.glob(os.path.join(ROOT, '*', '*.gold.json'))):
    doc = os.path.relpath(gpath, ROOT)
    lang_dir = os.path.basename(os.path.dirname(gpath))
    try:
        g = json.load(open(gpath, encoding='utf-8'))
    except Exception as ex:
        err(doc, f'JSON does not parse: {ex}'); continue
    for k in ('document', 'lang', 'source', 'license', 'speakers', 'quotations'):
        if k not in g:
            err(doc, f'missing key {k}')
    tpath = os.path.join(os.path.dirname(gpath), g.get('document', ''))
    if not os.path.exists(tpath):
        err(doc, f'text file {g.get("document")} missing'); continue
    if os.path.basename(gpath)[:-len('.gold.json')] + '.txt' != g['document']:
        err(doc, 'document name does not match file name')
    if g['lang'] != lang_dir:
        err(doc, f'lang {g["lang"]} but directory {lang_dir}')
    txt = open(tpath, encoding='utf-8').read()
    lines = txt.split('\n')
    if len(lines) < 3 or lines[1] != '':
        err(doc, 'line 1 must be the title, followed by a blank line')
    if '\n\n\n' in txt or not txt.endswith('\n') or txt.endswith('\n\n'):
        err(doc, 'paragraphs must be separated by exactly one blank line; file ends with one newline')
    title_end = txt.index('\n')
    body_words = len(txt.split())
    words[g['lang']].append(body_words)
    if not 250 <= body_words <= 600:
        err(doc, f'{body_words} words, outside 250-600')
    names = [s['name'] for s in g['speakers']]
    if len(set(names)) != len(names):
        err(doc, 'duplicate speaker names')
    for s in g['speakers']:
        for a in s.get('aliases', []):
            if a not in txt:
                err(doc, f'alias not in text: {a!r}')
    used = set()
    pos = 0            # start of search for the next non-nested quotation
    parent = None      # (start, end) of the last non-nested quotation
    starts = set()
    for n, q in enumerate(g['quotations']):
        t = q.get('text'); k = q.get('kind'); sp = q.get('speaker'); nested = q.get('nested')
        tag = f'quotation #{n} {t[:40]!r}' if isinstance(t, str) else f'quotation #{n}'
        if not isinstance(t, str) or not t:
            err(doc, f'{tag}: empty text'); continue
        if k not in KINDS:
            err(doc, f'{tag}: bad kind {k}')
        if not isinstance(nested, bool):
            err(doc, f'{tag}: nested must be true/false')
        if t != t.strip(WS + '\n'):
            err(doc, f'{tag}: leading/trailing white space')
        if sp is not None:
            if sp not in names:
                err(doc, f'{tag}: speaker {sp!r} not in speakers')
            used.add(sp)
        if k == 'mention' and sp is not None:
            err(doc, f'{tag}: mention with a speaker')
        if t not in txt:
            err(doc, f'{tag}: text not found verbatim'); continue
        split_para = 'split per paragraph' in (q.get('note') or '')
        if nested:
            if parent is None:
                err(doc, f'{tag}: nested without a preceding quotation'); continue
            lo, hi = parent
            cands = [m.start() for m in re.finditer(re.escape(t), txt[lo:hi])]
            cands = [lo + c for c in cands if lo + c >= nested_pos]
        else:
            cands = [m.start() for m in re.finditer(re.escape(t), txt) if m.start() >= pos]
        ok = [c for c in cands if delimited(txt, c, c + len(t), split_para)]
        if not ok:
            err(doc, f'{tag}: no occurrence (in text order{", inside its parent" if nested else ""}) delimited by quotation marks')
            continue
        s = ok[0]; e = s + len(t)
        starts.add(left_mark(txt, s))
        if k == 'headline' and e > title_end:
            err(doc, f'{tag}: headline span outside the title line')
        if k != 'headline' and s < title_end and not nested:
            err(doc, f'{tag}: span in the title line but kind is {k}')
        if nested:
            nested_pos = e
        else:
            pos = e; parent = (s, e); nested_pos = s
        stats[g['lang']]['quotations'] += 1
        stats[g['lang']][k] += 1
        if nested: stats[g['lang']]['nested'] += 1
        if sp is None: stats[g['lang']]['speaker null'] += 1
    for s in names:
        if s not in used:
            err(doc, f'speaker {s!r} is never quoted')
    # every opening guillemet / double quote must start an annotated span
    for m in re.finditer('[«“]', txt):
        if m.start() not in starts:
            err(doc, f'unannotated opening mark at {m.start()}: {txt[m.start():m.start()+40]!r}')
    for m in re.finditer(r'(?:(?<=^)|(?<=[\s(\[—–-]))["‘\'](?![0-9]{2}s?\b)', txt, re.M):  # '98, ‘90s = elision
        if m.start() not in starts:
            err(doc, f'possible unannotated opening mark at {m.start()}: {txt[m.start():m.start()+40]!r}')
    stats[g['lang']]['documents'] += 1
    stats[g['lang']]['speakers'] += len(names)

for e in errors:
    print('ERROR', e)
print()
for lang in sorted(stats):
    c = stats[lang]
    print(f"{lang}: {c['documents']} documents, {c['quotations']} quotations "
          f"(direct {c['direct']}, mention {c['mention']}, headline {c['headline']}, uncertain {c['uncertain']}; "
          f"nested {c['nested']}, speaker null {c['speaker null']}), {c['speakers']} speakers; "
          f"words per document {min(words[lang])}-{max(words[lang])}")
print(f"total: {sum(c['documents'] for c in stats.values())} documents, "
      f"{sum(c['quotations'] for c in stats.values())} quotations; {len(errors)} errors")
sys.exit(1 if errors else 0)
