import json,collections,sys
from datetime import datetime
d=json.load(open(sys.argv[1])); ev=d['recording']['events']
B=float(sys.argv[2]) if len(sys.argv)>2 else 0.25
STAGE=('StoryClusters.','SimilaritySample.','StorylineLinkage.','StorylineChance.','CentroidAverageLinkage.','RelatedStories.','RelatedLevels.','NearDuplicates','Corpus.','Fingerprinter.','TfIdfModel.','DistinctiveVectors.','StorylineAssembly.','UndatedArticles.','InvertedIndex.build','RelatedCommand','ClusterCommand','TermDictionary','ExactCopies','AverageLinkage','SimilarityGraph','Json')
def name(f):
    m=f['method']; return m['type']['name'].split('/')[-1]+'.'+m['name']
def ts(s):
    s=s.replace('Z','')
    if '.' in s: a,b=s.split('.'); s=a+'.'+b[:6]
    return datetime.fromisoformat(s).timestamp()
rows=[]
for e in ev:
    v=e['values']; fr=v['stackTrace']['frames'] if v['stackTrace'] else []
    if not fr: continue
    names=[name(f) for f in fr]
    s='other:'+names[0]
    for n in reversed(names):  # outermost engine stage
        if n.startswith(STAGE): s=n; break
    rows.append((ts(v['startTime']), v['sampledThread']['javaName'] if v.get('sampledThread') else '?', s))
t0=min(r[0] for r in rows)
b=collections.defaultdict(lambda: [set(), collections.Counter(), 0])
for t,th,s in rows:
    x=b[int((t-t0)/B)]; x[0].add(th); x[1][s]+=1; x[2]+=1
for k in sorted(b):
    ths,st,n=b[k]
    print(f'{k*B:6.2f}s thr={len(ths)} n={n:3d} ' + ', '.join(f'{s}:{c}' for s,c in st.most_common(3)))
