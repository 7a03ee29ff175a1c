#!/bin/bash
# ratios.sh ROUNDS OUT INPUT...: dedup, cluster, related --all and related --all --no-levels (the ranking alone,
# without the story levels) of each input through ./copydesk, interleaved by round (wall user sys and the load
# before each), then each command's median wall and CPU and their ratios to dedup's.
# usage (from the repository root): ratios.sh 3 ratios.txt g20k.jsonl allsides-8k.jsonl
rounds=$1 out=$2; shift 2
: > "$out"
for ((r = 1; r <= rounds; r++)); do
  for in in "$@"; do
    for cmd in "dedup" "cluster" "related --all" "related --all --no-levels"; do
      l=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -o /tmp/ratios.t -f "%e %U %S" ./copydesk $cmd "$in" -q --out /tmp/ratios.out 2>/dev/null
      echo "${in##*/}|$cmd|round=$r|$(cat /tmp/ratios.t)|load=$l" >> "$out"
    done
  done
done
python3 - "$out" >> "$out" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("|")
    if len(f) != 5: continue
    wall, user, sys_ = map(float, f[3].split())
    runs.setdefault((f[0], f[1]), []).append((wall, user + sys_))
for (name, cmd), v in sorted(runs.items()):
    w, c = statistics.median(x[0] for x in v), statistics.median(x[1] for x in v)
    dw = statistics.median(x[0] for x in runs[(name, "dedup")])
    dc = statistics.median(x[1] for x in runs[(name, "dedup")])
    print(f"{name} {cmd}: median wall {w:.2f} s ({w / dw:.1f}x dedup), CPU {c:.2f} s ({c / dc:.1f}x)")
PY
