# callees.py SCRIPT.txt HZ THREADS FRAME...: from `perf script -F comm,tid,ip,sym`, for each frame (a suffix of the symbol), its
# inclusive CPU in the given threads (comma-separated name prefixes) and how it splits over its direct callees ('self': its own code).
import sys, collections, re
f, hz, threads = sys.argv[1], float(sys.argv[2]), sys.argv[3].split(',')
samples = []; cur = None
for line in open(f, errors='replace'):
    if not line.strip():
        if cur: samples.append(cur); cur = None
        continue
    if not line.startswith('\t'):
        p = line.split(); cur = (' '.join(p[:-1]) if len(p) > 1 else p[0], []); continue
    fr = line.strip().split(' ', 1)[-1]; fr = re.sub(r'\(.*', '', fr).strip()
    cur[1].append(fr)
if cur: samples.append(cur)
samples = [s for s in samples if any(s[0].startswith(t) for t in threads)]
for t in sys.argv[4:]:
    c = collections.Counter(); tot = 0
    for _, st in samples:
        idx = [i for i, fr in enumerate(st) if fr.endswith(t)]
        if not idx: continue
        i = max(idx); tot += 1
        c[st[i - 1] if i > 0 else 'self'] += 1
    print('=== %s %.2f s' % (t, tot / hz))
    for k, v in c.most_common(12): print('  %6.2f %s' % (v / hz, k[-90:]))
