import json, sys, collections
d = json.load(open(sys.argv[1]))
ev = d['recording']['events']
by = collections.Counter(); bytype = collections.Counter(); tot = 0
for e in ev:
    v = e['values']; w = v['weight']; tot += w
    fr = v['stackTrace']['frames'] if v.get('stackTrace') else []
    # first frame in io/copydesk
    site = '?'
    for f in fr:
        m = f['method']; n = m['type']['name']
        if n.startswith('io/copydesk'):
            site = n.split('/')[-1] + '.' + m['name'] + ':' + str(f.get('lineNumber')); break
    obj = v['objectClass']['name']
    by[(site, obj)] += w
print('total MB', tot / 1e6)
for k, w in by.most_common(int(sys.argv[2])): print(f'{w/1e6:8.1f} {k}')
