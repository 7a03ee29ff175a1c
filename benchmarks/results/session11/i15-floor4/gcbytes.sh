#!/bin/bash
# gcbytes.sh TREE...: one gen100k dedup per tree with -Xlog:gc+heap: collections, MB copied into the survivor space and promoted (summed over collections), final tenured
for t in "$@"; do
  (cd $t && COPYDESK_JAVA_OPTS="-Xlog:gc+heap=info:file=${TMPDIR:-/tmp}/gch.txt" nice -n 5 ./copydesk dedup ${DATA:?}/gen100k.jsonl --format jsonl -q --out ${TMPDIR:-/tmp}/z.out)
  python3 - "$t" ${TMPDIR:-/tmp}/gch.txt <<'PY'
import re,sys
surv=prom=0; n=0; last=None
for line in open(sys.argv[2]):
    m=re.search(r'DefNew: \d+K\(\d+K\)->(\d+)K',line)
    if m: surv+=int(m.group(1)); n+=1
    m=re.search(r'Tenured: (\d+)K\(\d+K\)->(\d+)K',line)
    if m: prom+=int(m.group(2))-int(m.group(1)); last=int(m.group(2))
print('%-28s collections %d survivors %.0f MB promoted %.0f MB final tenured %.0f MB'%(sys.argv[1].split('/')[-1],n,surv/1024,prom/1024,(last or 0)/1024))
PY
done
