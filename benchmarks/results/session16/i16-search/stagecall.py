import sys, re, collections
# attribute samples to a stage by a marker frame in the call chain; leaf symbol counts per stage
marks=[('smoothing','StoryClusters.smoothed'),('neighbours','StoryClusters.edges'),('neighbours','StoryClusters.graph'),('calibrating','SimilaritySample'),('analyzing','TermDictionary'),('analyzing','TermCounter')]
cnt=collections.Counter(); leaf=collections.defaultdict(collections.Counter); second=collections.defaultdict(collections.Counter)
frames=[]
def flush():
    if not frames: return
    st=None
    for f in frames:
        for s,m in marks:
            if m in f: st=s; break
        if st: break
    if st is None: st='other'
    cnt[st]+=1
    leaf[st][re.sub(r'\(.*','',frames[0])[:90]]+=1
    second[st][(re.sub(r'\(.*','',frames[0])[-40:], re.sub(r'\(.*','',frames[1])[-50:] if len(frames)>1 else '')]+=1
for line in open(sys.argv[1],errors='replace'):
    if not line.strip(): flush(); frames=[]; continue
    if re.match(r'^\s*\d+\s+\d+\.\d+:', line): frames=[]; continue
    p=line.strip().split(' ',1); s=p[1] if len(p)>1 else ''
    s=re.sub(r' \(/.*\)$','',s); frames.append(s)
flush()
for s,c in cnt.most_common(): print(f'{s:14s} {c:6d} {c/2000:6.3f}s')
for s in sys.argv[2].split(','):
    print('====',s,cnt[s])
    for f,c in leaf[s].most_common(int(sys.argv[3]) if len(sys.argv)>3 else 15): print(f'  L {c:5d} {f}')
    for f,c in second[s].most_common(10): print(f'  P {c:5d} {f}')
