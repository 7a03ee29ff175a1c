import json,collections,sys
d=json.load(open(sys.argv[1]))
ev=d['recording']['events']
def name(f):
    m=f['method']; return m['type']['name'].split('/')[-1]+'.'+m['name']
top=collections.Counter(); types=collections.Counter(); threads=collections.Counter(); interp=collections.Counter()
incl=collections.Counter()
for e in ev:
    v=e['values']; fr=v['stackTrace']['frames'] if v['stackTrace'] else []
    if not fr: continue
    th=v['sampledThread']['javaName'] if v['sampledThread'] else '?'
    threads[th.split('-')[0] if th.startswith('ForkJoin') else th]+=1
    t=fr[0]['type']; types[t]+=1
    top[name(fr[0])]+=1
    if t=='Interpreted': interp[name(fr[0])]+=1
    seen=set()
    for f in fr:
        n=name(f)
        if n not in seen: seen.add(n); incl[n]+=1
N=len(ev)
print('samples',N, types.most_common())
print('threads',threads.most_common(12))
print('--- top self'); [print(f'{c*100/N:5.1f}% {n}') for n,c in top.most_common(int(sys.argv[2]) if len(sys.argv)>2 else 40)]
print('--- interpreted self'); [print(f'{c*100/N:5.1f}% {n}') for n,c in interp.most_common(25)]
print('--- inclusive (io.copydesk)'); [print(f'{c*100/N:5.1f}% {n}') for n,c in incl.most_common(400) if 'copydesk' in str(n) or True][:0]
for n,c in incl.most_common(120):
    print(f'{c*100/N:5.1f}% {n}')
