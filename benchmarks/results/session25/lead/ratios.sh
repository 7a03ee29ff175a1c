#!/bin/bash
# ratios.sh ROUNDS OUT INPUT...: dedup, cluster and related --all of each input through ./copydesk, interleaved by
# round (wall user sys and the load before each), then each command's median wall and its ratio to dedup's.
# usage (from the repository root): ratios.sh 3 ratios.txt g20k.jsonl allsides-8k.jsonl
rounds=$1 out=$2; shift 2
: > "$out"
for ((r = 1; r <= rounds; r++)); do
  for in in "$@"; do
    for cmd in "dedup" "cluster" "related --all"; do
      l=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -o /tmp/ratios.t -f "%e %U %S" ./copydesk $cmd "$in" -q --out /tmp/ratios.out 2>/dev/null
      echo "${in##*/} $cmd round=$r $(cat /tmp/ratios.t) load=$l" >> "$out"
    done
  done
done
python3 - "$out" >> "$out" <<'PY'
import statistics, sys
walls = {}
for line in open(sys.argv[1]):
    f = line.split()
    if "round=" not in line: continue
    cmd = " ".join(f[1:3]) if f[2] == "--all" else f[1]
    walls.setdefault((f[0], cmd), []).append(float(f[4] if f[2] == "--all" else f[3]))
for (name, cmd), w in sorted(walls.items()):
    m, d = statistics.median(w), statistics.median(walls[(name, "dedup")])
    print(f"{name} {cmd} median {m:.2f} s ({m / d:.1f}x dedup)")
PY
