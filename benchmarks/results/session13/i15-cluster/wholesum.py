import sys,re,statistics
# wholesum.py FILE: medians of wall and CPU per command, new/base ratios per round, and x dedup
rows=[l.split() for l in open(sys.argv[1]) if re.match(r'^(dedup|cluster-|related-)\S* r\d+ ',l)]
d={}
for r in rows: d.setdefault(r[0],{})[r[1]]=(float(r[2]),float(r[3])+float(r[4]),float(r[6]))
med=lambda v,i: statistics.median(x[i] for x in d[v].values())
for v in sorted(d): print('%-12s wall %.2f cpu %.2f  loads %s'%(v,med(v,0),med(v,1),' '.join('%.1f'%x[2] for x in d[v].values())))
for c in ('cluster','related'):
    b,n=d.get(c+'-base',{}),d.get(c+'-new',{})
    ks=[k for k in b if k in n]
    if not ks: continue
    w=[n[k][0]/b[k][0] for k in ks]; u=[n[k][1]/b[k][1] for k in ks]
    print(c,'new/base wall',' '.join('%.3f'%x for x in w),'median %.3f'%statistics.median(w),'| cpu',' '.join('%.3f'%x for x in u),'median %.3f'%statistics.median(u))
    if 'dedup' in d:
        xb=[b[k][0]/d['dedup'][k][0] for k in ks if k in d['dedup']]; xn=[n[k][0]/d['dedup'][k][0] for k in ks if k in d['dedup']]
        print(c,'x dedup wall (same round): base',' '.join('%.2f'%x for x in xb),'median %.2f'%statistics.median(xb),'| new',' '.join('%.2f'%x for x in xn),'median %.2f'%statistics.median(xn))
