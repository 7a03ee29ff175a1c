#!/usr/bin/env python3
"""Medians of an opts-abn.sh output (name wall user sys rssKB ...): wall, CPU (user+sys), RSS per option set, and
how often the second set was faster than the first in the same round. usage: summ.py FILE"""
import sys, statistics as st
d, o = {}, []
for l in open(sys.argv[1]):
    f = l.split()
    if len(f) < 5: continue
    d.setdefault(f[0], []).append((float(f[1]), float(f[2]) + float(f[3]), int(f[4]))); o.append(f[0])
ks = list(dict.fromkeys(o))
for k in ks:
    v = d[k]
    print(k, 'n', len(v), 'wall med %.3f' % st.median(x[0] for x in v), 'cpu med %.3f' % st.median(x[1] for x in v), 'rss med %d' % st.median(x[2] for x in v))
if len(ks) > 1:
    a, b = d[ks[0]], d[ks[1]]
    print(ks[1], 'faster in', sum(1 for x, y in zip(a, b) if y[0] < x[0]), 'of', min(len(a), len(b)), 'ratio %.3f' % (st.median(y[0] for y in b) / st.median(x[0] for x in a)))
