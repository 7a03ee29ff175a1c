import sys, re, collections
# samples whose chain holds marker M: count by which of the sub-markers appears (first match, innermost first)
marker=sys.argv[2]; subs=sys.argv[3].split(',')
cnt=collections.Counter(); leafs=collections.defaultdict(collections.Counter)
frames=[]
def flush():
    if not frames or not any(marker in f for f in frames): return
    key='other'
    for f in frames:
        hit=[s for s in subs if s in f]
        if hit: key=hit[0]; break
    cnt[key]+=1
    leafs[key][re.sub(r'\(.*','',frames[0])[-60:]]+=1
for line in open(sys.argv[1],errors='replace'):
    if not line.strip(): flush(); frames=[]; continue
    if re.match(r'^\s*\d+\s+\d+\.\d+:', line): frames=[]; continue
    p=line.strip().split(' ',1); s=p[1] if len(p)>1 else ''
    frames.append(re.sub(r' \(/.*\)$','',s))
flush()
for k,c in cnt.most_common():
    print(k,c); 
    for f,c2 in leafs[k].most_common(8): print('    ',c2,f)
