import re,collections,sys
txt=open(sys.argv[1]).read()
evs=txt.split('jdk.ObjectAllocationSample')
stack=collections.Counter(); tot=0
for e in evs[1:]:
    m=re.search(r'weight = ([\d.]+) (\w+)',e)
    if not m: continue
    w=float(m.group(1))*{'bytes':1,'kB':1e3,'MB':1e6,'GB':1e9}.get(m.group(2),1)
    tot+=w
    f=[x.split('(')[0] for x in re.findall(r'^\s+([\w.$<>]+\(.*?\))\s+line:',e,re.M)]
    stack[' < '.join(f[:int(sys.argv[2]) if len(sys.argv)>2 else 4])]+=w
print('total MB',tot/1e6)
for k,v in stack.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 25): print('%8.0f MB %s'%(v/1e6,k))
