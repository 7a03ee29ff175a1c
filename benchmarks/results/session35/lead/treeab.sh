#!/bin/bash
# usage: treeab.sh BASE NEW ROUNDS copydesk-args : interleaved, order alternating; prints wall user sys rss, stages, md5
base=$1 new=$2 rounds=$3; shift 3
one() { local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  (cd "$2" && shift 2 && /usr/bin/time -o /tmp/s34/treeab.t -f "%e %U %S %M" ./copydesk "$@" --timings -q --out /tmp/s34/treeab.out 2>/tmp/s34/treeab.err) || { echo "$1 failed"; exit 1; }
  st=$(awk '$1=="smoothing"||$1=="neighbours"||$1=="ranking"||$1=="calibrating"||$1=="total"||$1=="reading"||$1=="ranking"||$1=="linking"||$1=="storylines"||$1=="sampling"||$1=="merging"{printf "%s=%s ", $1, $2}' /tmp/s34/treeab.err)
  echo "$1 $(cat /tmp/s34/treeab.t) $st load=$l md5=$(md5sum < /tmp/s34/treeab.out | cut -c1-8)"; }
for ((r = 0; r < rounds; r++)); do
  if (( r % 2 == 0 )); then one base "$base" "$@"; one new "$new" "$@"; else one new "$new" "$@"; one base "$base" "$@"; fi
done
