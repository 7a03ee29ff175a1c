# jfrtree.py JFR.txt FRAME...: from `jfr print --events jdk.ExecutionSample --stack-depth 64` (inlined frames included), the samples
# holding each frame (a substring of the method) and how they split over its direct callees ('self': its own code), and the top
# self frames of all samples holding the first frame.
import sys, collections, re
samples = []; cur = None
for line in open(sys.argv[1], errors='replace'):
    if line.startswith('jdk.ExecutionSample'): cur = []; samples.append(cur)
    m = re.match(r'\s+([\w.$<>]+\([^)]*\))\s+line:', line)
    if m and cur is not None: cur.append(re.sub(r'\(.*', '', m.group(1)))
print('samples', len(samples))
for t in sys.argv[2:]:
    c = collections.Counter(); tot = 0
    for st in samples:
        idx = [i for i, fr in enumerate(st) if t in fr]
        if not idx: continue
        i = max(idx); tot += 1
        c[st[i - 1] if i > 0 else 'self'] += 1
    print('=== %s %d' % (t, tot))
    for k, v in c.most_common(14): print('  %5d %s' % (v, k[-90:]))
sel = [st for st in samples if any(sys.argv[2] in fr for fr in st)]
c = collections.Counter(st[0] for st in sel if st)
print('--- self frames under', sys.argv[2])
for k, v in c.most_common(30): print('  %5d %s' % (v, k[-90:]))
