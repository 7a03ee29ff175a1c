import re,sys
for fn in sys.argv[1:]:
    prom=0; surv=[]; n=0; last=None
    for l in open(fn):
        m=re.search(r'GC\((\d+)\) Tenured: (\d+)K\(\d+K\)->(\d+)K',l)
        if m: prom+=int(m.group(3))-int(m.group(2)); last=int(m.group(3)); n+=1
        m=re.search(r'DefNew: \d+K\(\d+K\)->(\d+)K',l)
        if m: surv.append(int(m.group(1)))
    print(fn, 'gcs',n,'promoted MB %.0f'%(prom/1024),'survivors summed MB %.0f'%(sum(surv)/1024),'tenured at last MB %.0f'%(last/1024))
