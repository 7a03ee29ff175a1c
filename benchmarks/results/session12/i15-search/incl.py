import json,collections,sys
d=json.load(open(sys.argv[1])); ev=d['recording']['events']
target=sys.argv[2]
def name(f):
    m=f['method']; return m['type']['name'].split('/')[-1]+'.'+m['name']
N=0; M=0; top=collections.Counter(); child=collections.Counter(); depth=collections.Counter()
for e in ev:
    v=e['values']; fr=v['stackTrace']['frames'] if v['stackTrace'] else []
    if not fr: continue
    N+=1; names=[name(f) for f in fr]; depth[len(names)]+=1
    if target in names:
        M+=1; i=names.index(target); top[names[0]]+=1
        child[names[i-1] if i>0 else '(self)']+=1
print(f'{target}: {M} of {N} samples ({M*100/N:.1f}%)')
print(' direct children:', ', '.join(f'{k} {c*100/N:.1f}' for k,c in child.most_common(12)))
print(' top frames:', ', '.join(f'{k} {c*100/N:.1f}' for k,c in top.most_common(15)))
print(' max depth', max(depth))
