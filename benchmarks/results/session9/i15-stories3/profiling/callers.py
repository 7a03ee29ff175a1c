import json,collections,sys
d=json.load(open(sys.argv[1]))
ev=d['recording']['events']
target=sys.argv[2]; depth=int(sys.argv[3]) if len(sys.argv)>3 else 3
def name(f):
    m=f['method']; return m['type']['name'].split('/')[-1]+'.'+m['name']
c=collections.Counter(); N=len(ev)
for e in ev:
    v=e['values']; fr=v['stackTrace']['frames'] if v['stackTrace'] else []
    names=[name(f) for f in fr]
    for i,n in enumerate(names):
        if n==target:
            c[' < '.join(names[i+1:i+1+depth])]+=1; break
for k,n in c.most_common(15): print(f'{n*100/N:5.1f}% {k}')
