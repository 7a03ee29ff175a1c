# frames.py SCRIPT.txt HZ [PREFIX...]: from `perf script -F comm,tid,ip,sym`, CPU s by thread, then for the threads
# whose name starts with one of PREFIX (default Thread-2,Thread-3: the fingerprint workers) the top inclusive and self frames.
import sys, collections, re
f, hz = sys.argv[1], float(sys.argv[2]); pre = sys.argv[3:] or ['Thread-2', 'Thread-3']
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
by = collections.Counter(s[0] for s in samples)
print('samples %d = %.2f cpu s' % (len(samples), len(samples) / hz))
for t, c in by.most_common(14): print('  %-22s %6.2f s' % (t, c / hz))
sel = [s for s in samples if any(s[0].startswith(p) for p in pre)]
inc = collections.Counter(); self_ = collections.Counter()
for _, st in sel:
    for fr in set(st): inc[fr] += 1
    if st: self_[st[0]] += 1
print('selected %s: %.2f s\n-- inclusive' % (pre, len(sel) / hz))
for k, v in inc.most_common(60): print('  %6.2f %s' % (v / hz, k[-100:]))
print('-- self')
for k, v in self_.most_common(40): print('  %6.2f %s' % (v / hz, k[-100:]))
