import json,collections,sys
d=json.load(open(sys.argv[1]))
ev=d['recording']['events']
STAGE=('StoryClusters.','SimilaritySample.','StorylineLinkage.','StorylineChance.','CentroidAverageLinkage.','RelatedStories.','RelatedLevels.','NearDuplicates','Corpus.','Fingerprinter.','TfIdfModel.','DistinctiveVectors.','StorylineAssembly.','UndatedArticles.','InvertedIndex.build','RelatedCommand','ClusterCommand','Json','JsonlReader')
def name(f):
    m=f['method']; return m['type']['name'].split('/')[-1]+'.'+m['name']
st=collections.Counter(); sub=collections.defaultdict(collections.Counter)
N=0
for e in ev:
    v=e['values']; fr=v['stackTrace']['frames'] if v['stackTrace'] else []
    if not fr: continue
    N+=1
    names=[name(f) for f in fr]
    s='other:'+names[0]
    for n in names:
        if n.startswith(STAGE): s=n; break
    st[s]+=1; sub[s][names[0]]+=1
for k,c in st.most_common(int(sys.argv[2]) if len(sys.argv)>2 else 30):
    print(f'{c*100/N:5.1f}% {k}   [' + ', '.join(f'{n} {x*100/N:.1f}' for n,x in sub[k].most_common(5))+']')
