#!/usr/bin/env python3
"""Normalises Java imports (as ImportsTest checks): static imports first, then the rest, each block sorted;
no blank lines inside a block, no duplicates, no imports of names the file never mentions.
Use: python3 tools/imports_ordenen.py src/main/java src/test/java  (then compile)."""
import re, sys, pathlib
changed = 0
for root in sys.argv[1:]:
    for p in pathlib.Path(root).rglob('*.java'):
        s = p.read_text()
        lines = s.split('\n')
        idx = [i for i, l in enumerate(lines) if re.match(r'\s*import\s', l)]
        if not idx:
            continue
        first, last = idx[0], idx[-1]
        block = lines[first:last + 1]
        if any(l.strip() and not re.match(r'\s*import\s', l) for l in block):
            print('SKIP (non-import in block)', p); continue
        body = '\n'.join(lines[:first] + lines[last + 1:])
        # strip string literals? keep simple: word search on body
        imps = set()
        for l in block:
            l = l.strip()
            if not l: continue
            m = re.match(r'import\s+(static\s+)?([\w.]+(?:\.\*)?)\s*;$', l)
            assert m, (p, l)
            stat, name = bool(m.group(1)), m.group(2)
            simple = name.rsplit('.', 1)[1]
            pkg = re.search(r'^package\s+([\w.]+);', s, re.M)
            if simple != '*' and not re.search(r'\b' + re.escape(simple) + r'\b', body):
                print('unused', p, name); continue
            if not stat and pkg and name.rsplit('.', 1)[0] == pkg.group(1):
                print('same package', p, name); continue
            imps.add((stat, name))
        # sorted as whole lines, like ImportsTest ("a.B.C;" before "a.B;")
        st = sorted('import static %s;' % n for b, n in imps if b)
        ns = sorted('import %s;' % n for b, n in imps if not b)
        new = st + ([''] if st and ns else []) + ns
        out = lines[:first] + new + lines[last + 1:]
        t = '\n'.join(out)
        if t != s:
            p.write_text(t); changed += 1
print('changed', changed)
