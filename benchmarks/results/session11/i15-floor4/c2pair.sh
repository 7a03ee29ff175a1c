#!/bin/bash
# c2pair.sh ROUNDS TREE...: gen100k dedup per tree interleaved with JFR compilation and deoptimization events (no threshold):
# CPU, C2 compilations and their summed duration, LongSort compilations, deoptimizations
rounds=$1; shift
for r in $(seq $rounds); do for t in "$@"; do
  flock ${LOCK:?} bash -c "cd $t; l=\$(cut -d' ' -f1-3 /proc/loadavg); COPYDESK_JAVA_OPTS='-XX:StartFlightRecording=filename=${TMPDIR:-/tmp}/c2.jfr,jdk.Compilation#threshold=0ms,jdk.Deoptimization#enabled=true' /usr/bin/time -o ${TMPDIR:-/tmp}/tc.txt -f '%e %U %S' ./copydesk dedup ${DATA:?}/gen100k.jsonl --format jsonl -q --out ${TMPDIR:-/tmp}/c2.out 2>/dev/null; read w u s < ${TMPDIR:-/tmp}/tc.txt; echo \"\$(basename $t) wall \$w cpu \$(echo \"\$u + \$s\" | bc) load_before \$l md5 \$(md5sum < ${TMPDIR:-/tmp}/c2.out | cut -c1-8)\""
  "$JAVA_HOME/bin/jfr" print --events jdk.Compilation ${TMPDIR:-/tmp}/c2.jfr > ${TMPDIR:-/tmp}/c2comp.txt
  "$JAVA_HOME/bin/jfr" print --events jdk.Deoptimization ${TMPDIR:-/tmp}/c2.jfr > ${TMPDIR:-/tmp}/c2deopt.txt
  python3 - ${TMPDIR:-/tmp}/c2comp.txt ${TMPDIR:-/tmp}/c2deopt.txt <<'PY'
import re,sys
recs=[];cur={}
for line in open(sys.argv[1]):
    s=line.strip()
    if s.startswith('jdk.Compilation'): cur={}; recs.append(cur)
    m=re.match(r'(\w+) = (.*)',s)
    if m and m.group(1) not in cur: cur[m.group(1)]=m.group(2)
def ms(d):
    p=d.split(); v=float(p[0]); u=p[1] if len(p)>1 else 'ms'
    return v*{'ms':1,'s':1000,'us':0.001,'ns':1e-6}.get(u,1)
c2=[r for r in recs if r.get('compileLevel')=='4']
ls=[r for r in c2 if 'LongSort' in r.get('method','')]
deopts=open(sys.argv[2]).read().count('jdk.Deoptimization')
print('   C2 compilations %d, %.0f ms; LongSort C2 compilations %d, %.0f ms; deoptimizations %d' % (len(c2), sum(ms(r['duration']) for r in c2), len(ls), sum(ms(r['duration']) for r in ls), deopts))
PY
done; done
