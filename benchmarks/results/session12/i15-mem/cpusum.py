import re,collections,sys
txt=open(sys.argv[1]).read()
evs=txt.split('jdk.ExecutionSample')
byth=collections.Counter(); top=collections.Counter()
want=sys.argv[2] if len(sys.argv)>2 else None
depth=int(sys.argv[3]) if len(sys.argv)>3 else 3
for e in evs[1:]:
    t=re.search(r'sampledThread = "([^"]+)"',e)
    th=t.group(1) if t else '?'
    byth[th]+=1
    if want and want not in th: continue
    f=[x.split('(')[0].replace('io.copydesk.','') for x in re.findall(r'^\s+([\w.$<>]+\(.*?\))\s+line:',e,re.M)]
    top[' < '.join(f[:depth])]+=1
print(byth.most_common(10))
for k,v in top.most_common(30): print(v,k)
