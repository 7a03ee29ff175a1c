#!/bin/bash
# ab.sh BASEJAR NEWJAR PAIRS REPS OUT CMD...: PAIRS interleaved JVMs per jar, each running the copydesk command
# REPS times in one JVM (Rep.java) with --timings; prints each stage's median CPU over the repetitions from
# SKIP on (default 2: the JIT warm) and new/base. With LOCK set, each JVM holds that flock file.
# JAVA_HOME must be a JDK 25. Example: SKIP=1 ab.sh base.jar new.jar 2 2 /tmp/ab related syn.jsonl --all --format jsonl
base=$1 new=$2 pairs=$3 reps=$4 out=$5; shift 5; mkdir -p $out
here=$(cd "$(dirname "$0")" && pwd); J=$JAVA_HOME/bin/java
[[ -f $out/Rep.class ]] || $JAVA_HOME/bin/javac -cp "$base" -d "$out" "$here/Rep.java"
lock=(); [[ -n "${LOCK:-}" ]] && lock=(flock "$LOCK")
for p in $(seq $pairs); do for v in base new; do jar=$base; [[ $v == new ]] && jar=$new
  l=$(cut -d' ' -f1-3 /proc/loadavg)
  "${lock[@]}" $J -XX:+UseSerialGC -Xmn128m -Xmx8g -cp $jar:$out Rep $reps "$@" --timings -q --out $out/$v.out 2> $out/$v.p$p.log
  echo "load $l" >> $out/$v.p$p.log; done; done
python3 - $out <<'PY'
import sys,glob,re,statistics as st
out=sys.argv[1]; res={}
for v in ("base","new"):
    d={}
    for f in glob.glob(f"{out}/{v}.p*.log"):
        rep=-1
        for line in open(f):
            m=re.match(r"REP (\d+)",line)
            if m: rep=int(m.group(1)); continue
            m=re.match(r"\s+(\w+)\s+([\d.]+)\s+([\d.]+)\s+[\d.]+$",line)
            if m and rep>=int(__import__("os").environ.get("SKIP","2")): d.setdefault(m.group(1),[]).append(float(m.group(3)))
    res[v]=d
print(f"{'stage':14s} {'baseCPU':>8s} {'newCPU':>8s} ratio  (median CPU s over reps>=2, n={len(res['base'].get('total',[]))})")
for s in res["base"]:
    b=st.median(res["base"][s]); n=st.median(res["new"].get(s,[0]))
    if b>=0.05: print(f"{s:14s} {b:8.3f} {n:8.3f} {n/b:5.2f}")
PY
grep -h "^load" $out/*.log | tr '\n' ' '; echo
