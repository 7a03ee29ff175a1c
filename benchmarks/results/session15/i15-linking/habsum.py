import sys, re, statistics, collections
# habsum.py FILE: medians of ClusterH's per-stage CPU (ms) and MB, base vs new, and per-pair ratios of the after-reading CPU
cpu = collections.defaultdict(lambda: collections.defaultdict(list)); mb = collections.defaultdict(lambda: collections.defaultdict(list))
v = None; order = []
for line in open(sys.argv[1]):
    m = re.match(r'(base|new) r(\d+) load', line)
    if m: v = m.group(1); continue
    m = re.match(r'rep 0 afterReading (\S+) s (\S+) MB \| (.*?) \|', line)
    if m:
        cpu['AFTER READING'][v].append(float(m.group(1)) * 1000)
        toks = m.group(3).split()
        for k, x in zip(toks[::2], toks[1::2]): cpu[k][v].append(float(x)); order.append(k)
        continue
    m = re.match(r'rep 0 MB (.*)', line)
    if m:
        toks = m.group(1).split()
        for k, x in zip(toks[::2], toks[1::2]): mb[k][v].append(float(x))
mine = ['analyzing','vocabulary','weighting','indexing','linking','centroids','sampling','storylines','merging','ranking']
print(f"{'stage':14s} {'base ms':>8s} {'new ms':>8s} {'ratio':>6s}   {'base MB':>8s} {'new MB':>8s}")
seen = []
for k in ['AFTER READING'] + [o for o in dict.fromkeys(order)]:
    b, n = cpu[k]['base'], cpu[k]['new']
    if not b or not n: continue
    mb_b = statistics.median(mb[k]['base']) if mb[k]['base'] else 0; mb_n = statistics.median(mb[k]['new']) if mb[k]['new'] else 0
    mark = '*' if k in mine else ' '
    print(f"{k:13s}{mark} {statistics.median(b):8.0f} {statistics.median(n):8.0f} {statistics.median(n)/max(1,statistics.median(b)):6.2f}   {mb_b:8.1f} {mb_n:8.1f}")
sb = sum(statistics.median(cpu[k]['base']) for k in mine if cpu[k]['base']); sn = sum(statistics.median(cpu[k]['new']) for k in mine if cpu[k]['new'])
print(f"sum of * stages' medians: base {sb:.0f} new {sn:.0f} ratio {sn/sb:.2f}")
