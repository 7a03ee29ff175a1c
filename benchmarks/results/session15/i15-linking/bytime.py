import sys, re, collections
# bytime.py perf.full stages.txt [stage,...]: perf samples (perf script -F tid,time,ip,sym with callchains) per stage of the stage log (mono times)
iv=[]
for line in open(sys.argv[2]):
    m=re.match(r'STAGE (.+?)\s+mono (\S+) at\s+\S+ wall\s+(\S+)',line)
    if m: iv.append((m.group(1).strip(), float(m.group(2)), float(m.group(2))+float(m.group(3))))
def stage(t):
    best=None
    for n,a,b in iv:
        if a<=t<b and (best is None or b-a<best[2]-best[1]): best=(n,a,b)
    return best[0] if best else 'outside'
cnt=collections.Counter(); selfc=collections.defaultdict(collections.Counter); jav=collections.defaultdict(collections.Counter)
cur=None; frames=[]
def flush():
    if cur is None or not frames: return
    cnt[cur]+=1
    selfc[cur][frames[0][:100]]+=1
    # innermost io.copydesk frame
    for f in frames:
        if 'io.copydesk' in f or 'smile.' in f: jav[cur][re.sub(r'\(.*','',f)[:100]]+=1; break
    else: jav[cur]['(no java frame) '+frames[0][:60]]+=1
for line in open(sys.argv[1],errors='replace'):
    if not line.strip(): flush(); frames=[]; cur=None; continue
    if line[0] not in ' \t':
        m=re.search(r' (\d+\.\d+):',line); cur=stage(float(m.group(1))) if m else None; frames=[]; continue
    p=line.strip().split(' ',1); s=p[1] if len(p)>1 else ''
    s=re.sub(r' \(/.*\)$','',s); frames.append(s)
flush()
tot=sum(cnt.values())
for s,c in cnt.most_common(): print(f'{s:28s} {c:6d} {c/2000:6.3f}s')
if len(sys.argv)>3:
    for s in sys.argv[3].split(','):
        print('====',s,cnt[s])
        for f,c in jav[s].most_common(18): print(f'  J {c:5d} {f}')
        for f,c in selfc[s].most_common(12): print(f'  S {c:5d} {f}')
