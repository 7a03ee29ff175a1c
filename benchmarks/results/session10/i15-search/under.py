import json,collections,sys
d=json.load(open(sys.argv[1])); root=sys.argv[2]
ev=d['recording']['events']
def name(f):
    m=f['method']; return m['type']['name'].split('/')[-1]+'.'+m['name']
c=collections.Counter(); N=0; R=0
for e in ev:
    v=e['values']; fr=v['stackTrace']['frames'] if v['stackTrace'] else []
    if not fr: continue
    N+=1
    names=[name(f) for f in fr]
    if root not in names: continue
    R+=1
    i=names.index(root)
    # child directly under root, and the top frame
    child=names[i-1] if i>0 else '(self)'
    c[child+' | '+names[0]]+=1
print(f'{root}: {R*100/N:.1f}% of {N}')
for k,n in c.most_common(25): print(f'{n*100/N:5.2f}% {k}')
