import json, sys, collections
d = json.load(open(sys.argv[1]))
ev = d['recording']['events']
# reading ends at the first sample inside RelatedStories.build (analyzing)
def frames(e): return e['values']['stackTrace']['frames']
def name(f): m = f['method']; return m['type']['name'].split('/')[-1] + '.' + m['name']
end = None
for e in sorted(ev, key=lambda e: e['values']['startTime']):
    if any(name(f) in ('RelatedStories.build',) for f in frames(e)):
        end = e['values']['startTime']; break
print('reading ends', end)
top = collections.Counter(); bythread = collections.Counter(); interp = collections.Counter(); incl = collections.Counter()
n = 0
for e in ev:
    v = e['values']
    if end and v['startTime'] >= end: continue
    t = v['sampledThread']['javaName']
    fr = frames(e)
    if not fr: continue
    n += 1
    bythread[t] += 1
    top[(name(fr[0]), fr[0]['type'])] += 1
    if fr[0]['type'] == 'Interpreted': interp[(t, name(fr[0]))] += 1
    for m in set(name(f) for f in fr): incl[m] += 1
print('samples', n); print(bythread.most_common(10))
print('--- top frames'); [print(c, k) for k, c in top.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 40)]
print('--- interpreted top frames'); [print(c, k) for k, c in interp.most_common(25)]
print('--- inclusive'); [print(c, k) for k, c in incl.most_common(60)]
