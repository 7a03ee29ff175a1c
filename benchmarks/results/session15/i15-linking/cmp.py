st=['reading','analyzing','copies','anchors','candidates','verifying','grouping','vocabulary','weighting','units','indexing','calibrating','smoothing','neighbours','edges','linking','centroids','sampling','storylines','merging','writing']
mine={'analyzing','vocabulary','weighting','indexing','linking','centroids','sampling','storylines','merging','writing'}
d={}
import sys
runs=['base1','base2','new1','new2']
for f in runs:
    d[f]={}
    for l in open(f'/tmp/i15l-prof/{f}.sum'):
        if l.startswith('(') or l.startswith('outside'): continue
        name=l[:28].strip(); d[f][name]=int(l[28:35])
print(f"{'stage (samples, 2000 Hz)':26s} {'base1':>6s} {'base2':>6s} {'new1':>6s} {'new2':>6s}  new/base")
T={f:0 for f in runs}; M={f:0 for f in runs}
for s in st:
    v=[d[f].get(s,0) for f in runs]
    for f,x in zip(runs,v):
        T[f]+=x
        if s in mine: M[f]+=x
    print(f"{s+(' *' if s in mine else ''):26s} {v[0]:6d} {v[1]:6d} {v[2]:6d} {v[3]:6d}  {(v[2]+v[3])/max(1,v[0]+v[1]):.2f}")
print(f"{'* stages':26s} {M['base1']:6d} {M['base2']:6d} {M['new1']:6d} {M['new2']:6d}  {(M['new1']+M['new2'])/(M['base1']+M['base2']):.2f}")
print(f"{'all stages':26s} {T['base1']:6d} {T['base2']:6d} {T['new1']:6d} {T['new2']:6d}  {(T['new1']+T['new2'])/(T['base1']+T['base2']):.2f}")
