import sys,re,glob,collections,statistics
out=sys.argv[1]
data=collections.defaultdict(lambda: collections.defaultdict(list))
for f in sorted(glob.glob(out+'/*.r*.log')):
    v=f.split('/')[-1].split('.')[0]
    st=collections.Counter()
    for l in open(f):
        m=re.match(r'STAGE (\S+)\s+at\s+\S+ wall\s+(\S+) cpu\s+(\S+)',l)
        if m and not m.group(1).startswith('('): st[m.group(1)]+=float(m.group(3)); st['wall:'+m.group(1)]+=float(m.group(2))
        m=re.match(r'TIME (\S+) (\S+) (\S+)',l)
        if m: st['ALL wall']=float(m.group(1)); st['ALL cpu']=float(m.group(2))+float(m.group(3))
    for k,x in st.items(): data[k][v].append(x)
for k in data:
    a,b=data[k].get('exp',[]),data[k].get('exp2',[])
    if not a or not b or k.startswith('wall:'): continue
    ma,mb=statistics.median(a),statistics.median(b)
    if ma<0.05 and mb<0.05: continue
    print(f'{k:14s} base {ma:7.3f} new {mb:7.3f} ratio {mb/ma if ma else 0:5.2f}  n={len(a)},{len(b)}')
