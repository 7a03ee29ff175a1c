import sys,statistics,re
# summ.py FILE: medians and per-pair ratios of lines "V rN wall user sys load L"
rows=[l.split() for l in open(sys.argv[1]) if re.match(r'^[AB] r\d+ ',l)]
d={}
for r in rows: d.setdefault(r[0],{})[r[1]]=(float(r[2]),float(r[3])+float(r[4]),float(r[6]))
for v in d: print(v,'median wall %.2f cpu %.2f'%(statistics.median(x[0] for x in d[v].values()),statistics.median(x[1] for x in d[v].values())),'loads',' '.join('%.1f'%x[2] for x in d[v].values()))
pairs=[k for k in d.get('A',{}) if k in d.get('B',{})]
w=[d['B'][k][0]/d['A'][k][0] for k in pairs]; c=[d['B'][k][1]/d['A'][k][1] for k in pairs]
print('B/A wall ratios',' '.join('%.3f'%x for x in w),'median %.3f'%statistics.median(w))
print('B/A cpu  ratios',' '.join('%.3f'%x for x in c),'median %.3f'%statistics.median(c))
