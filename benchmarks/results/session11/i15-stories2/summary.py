#!/usr/bin/env python3
# summary.py HOLD_OUTPUT...: medians of wall and CPU (user+sys) per tree and command, the new/base ratio per pair, and each
# tree's cluster / related wall against its own dedup wall in the same round.
import re, sys, statistics as st, collections
runs = collections.defaultdict(dict)
for f in sys.argv[1:]:
    for line in open(f):
        m = re.match(r'(base|new)-(\S+)-r(\d+) rc=0 wall_user_sys_rssKB=(\S+) (\S+) (\S+) (\d+) load_before=(\S+)', line)
        if m:
            v, cmd, r, w, u, s, rss, load = m.groups()
            runs[(f, int(r))][(v, cmd)] = (float(w), float(u) + float(s), float(load))
cmds = ['dedup', 'cluster', 'related', 'related-text']
for cmd in cmds:
    rows = [(x[('base', cmd)], x[('new', cmd)]) for x in runs.values() if ('base', cmd) in x and ('new', cmd) in x]
    if not rows: continue
    bw = st.median(b[0] for b, n in rows); nw = st.median(n[0] for b, n in rows)
    bc = st.median(b[1] for b, n in rows); nc = st.median(n[1] for b, n in rows)
    cr = [n[1] / b[1] for b, n in rows]; wr = [n[0] / b[0] for b, n in rows]
    print(f'{cmd:13s} pairs {len(rows)}: wall base {bw:.2f} new {nw:.2f} s; CPU base {bc:.2f} new {nc:.2f} s; '
          f'new/base CPU median {st.median(cr):.3f} (lower in {sum(c < 1 for c in cr)} of {len(cr)}), wall median {st.median(wr):.3f} '
          f'(lower in {sum(c < 1 for c in wr)}); loads {min(b[2] for b, n in rows):.1f}-{max(b[2] for b, n in rows):.1f}')
for v in ('base', 'new'):
    for cmd in cmds[1:]:
        rs = [x[(v, cmd)][0] / x[(v, 'dedup')][0] for x in runs.values() if (v, cmd) in x and (v, 'dedup') in x]
        if rs: print(f'{v:4s} {cmd:13s} wall / dedup wall (same round): median {st.median(rs):.2f} ({", ".join(f"{r:.2f}" for r in rs)})')
