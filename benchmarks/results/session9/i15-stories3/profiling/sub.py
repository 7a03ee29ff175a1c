import json,collections,sys
# self time of frames under a given ancestor method
d=json.load(open(sys.argv[1])); ev=d['recording']['events']; target=sys.argv[2]
def name(f):
    m=f['method']; return m['type']['name'].split('/')[-1]+'.'+m['name']
c=collections.Counter(); inc=collections.Counter(); N=len(ev); T=0
for e in ev:
    v=e['values']; fr=v['stackTrace']['frames'] if v['stackTrace'] else []
    names=[name(f) for f in fr]
    if target in names:
        T+=1; c[names[0]+(' [I]' if fr[0]['type']=='Interpreted' else '')]+=1
        i=names.index(target)
        for n in set(names[:i]): inc[n]+=1
print(f'{T*100/N:.1f}% under {target}')
for k,n in c.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 25): print(f'{n*100/N:5.1f}% {k}')
print('-- inclusive')
for k,n in inc.most_common(25): print(f'{n*100/N:5.1f}% {k}')
