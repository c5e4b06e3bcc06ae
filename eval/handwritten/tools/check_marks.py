import json, glob, re
for g in sorted(glob.glob("/work/heldout/*/*.gold.json")):
    d = json.load(open(g)); txt = open(g.replace(".gold.json", ".txt")).read()
    # gold start positions
    starts = []; pos = -1; end = 0
    for q in d["quotations"]:
        i = txt.find(q["text"], (pos + 1) if q["nested"] else max(pos + 1, end))
        if not q["nested"]: end = i + len(q["text"])
        pos = i; starts.append(i)
    covered = set(starts)
    issues = []
    for m in re.finditer(r'[«“‘"\']', txt):
        i = m.end()
        c = m.group()
        if c in "'‘" :
            prev = txt[m.start()-1] if m.start() else " "
            if prev.isalnum():  # apostrophe inside word
                continue
            if txt[i:i+1].isdigit() or txt[i:i+2] in ("n'",): continue
        if c == '"' or c == "'":
            # closing if preceded by non-space and followed by space/punct
            prev = txt[m.start()-1] if m.start() else " "
            if not prev.isspace() and prev not in "(>\n": continue
        j = i
        while j < len(txt) and txt[j] in " \u00a0\u202f": j += 1
        if j not in covered: issues.append(repr(txt[m.start():m.start()+40]))
    # blockquote paragraphs
    for m in re.finditer(r'^> (.*)$', txt, re.M):
        p = m.group(1)
        if m.start(1) not in covered and m.start(1)+1 not in covered: issues.append("BQ " + p[:40])
    print(g.split("/")[-1], "OK" if not issues else issues)
