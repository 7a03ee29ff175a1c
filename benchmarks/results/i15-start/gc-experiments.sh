#!/bin/bash
# GC cost per option set: pauses, summed pause real time and GC CPU (from -Xlog:gc+cpu), total user/sys
in=$1; shift
for opts in "$@"; do
  COPYDESK_JAVA_OPTS="$opts -Xlog:gc*:file=/tmp/i15s/gcx.txt" /usr/bin/time -o /tmp/i15s/gcx.time -f "%e s %U u %S s %M KB" ./copydesk dedup $in --threshold 0.5 --pairs --format jsonl -q --out /tmp/i15s/out/gcx.out
  python3 - "$opts" <<'PY'
import re,sys
t=open('/tmp/i15s/gcx.txt').read()
cpu=re.findall(r'User=([\d.]+)s Sys=([\d.]+)s Real=([\d.]+)s',t)
u=sum(float(a) for a,b,c in cpu); s=sum(float(b) for a,b,c in cpu); r=sum(float(c) for a,b,c in cpu)
print(f"[{sys.argv[1]}] pauses={len(cpu)} gc_user={u:.2f} gc_sys={s:.2f} gc_real={r:.2f} total:", open('/tmp/i15s/gcx.time').read().strip(), "load", open('/proc/loadavg').read().split()[0])
PY
done
