import sys, subprocess, collections, re
f, hz, threads = sys.argv[1], float(sys.argv[2]), sys.argv[3].split(',')
targets = sys.argv[4:]
out = subprocess.run(['perf','script','-i',f,'-F','comm,ip,sym'], capture_output=True, text=True).stdout
samples=[]; cur=None
for line in out.split('\n'):
    if not line.strip():
        if cur: samples.append(cur); cur=None
        continue
    if not line.startswith('\t'): cur=(line.strip(),[])
    else:
        fr=line.strip().split(' ',1)[-1]; fr=re.sub(r'\(.*','',fr)
        cur[1].append(fr)
if cur: samples.append(cur)
samples=[s for s in samples if s[0] in threads]
for t in targets:
    c=collections.Counter(); tot=0
    for comm, st in samples:
        idx=[i for i,fr in enumerate(st) if fr.endswith(t)]
        if not idx: continue
        i=max(idx); tot+=1
        c[st[i-1] if i>0 else 'self']+=1
    print('=== %s %.2f s' % (t, tot/hz))
    for k,v in c.most_common(14): print('  %6.2f %s' % (v/hz, k[-90:]))
