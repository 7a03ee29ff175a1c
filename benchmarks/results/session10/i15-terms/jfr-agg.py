import json,sys,collections
d=json.load(open(sys.argv[1]))
ev=d['recording']['events']
selfc=collections.Counter(); incl=collections.Counter(); n=0
filt=sys.argv[2] if len(sys.argv)>2 else None
for e in ev:
    fr=e['values']['stackTrace']['frames'] if e['values']['stackTrace'] else []
    names=[f['method']['type']['name'].split('.')[-1]+'.'+f['method']['name'] for f in fr]
    if filt and not any(filt in x for x in names): continue
    n+=1
    if names: selfc[names[0]]+=1
    for x in set(names): incl[x]+=1
print("samples",n)
print("--self"); [print(f"{c/n*100:5.1f} {k}") for k,c in selfc.most_common(40)]
print("--incl"); [print(f"{c/n*100:5.1f} {k}") for k,c in incl.most_common(70)]
