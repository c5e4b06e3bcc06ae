#!/usr/bin/env python3
"""Put U+00A0 inside « » (French typography) in the given files."""
import sys
for p in sys.argv[1:]:
    s = open(p, encoding="utf-8").read()
    s2 = s.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    open(p, "w", encoding="utf-8").write(s2)
    print(p, s.count("«"), "opening marks", s.count("»"), "closing marks")
