#!/bin/bash
# hold.sh (session9/i15-floor4's, as run in session 10) OUT ROUNDS_SYN ROUNDS_GEN TREE...: dedup of syn (--threshold 0.5 --pairs) and 100k generated through each tree's launcher,
# interleaved; load before each process, wall/user/sys/RSS, md5 of the output
set -u
out=$1 sr=$2 gr=$3; shift 3
unset JAVA_HOME
mkdir -p "$out"
t() { local name=$1 tree=$2 in=$3; shift 3; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  ( cd "$tree" && /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" ./copydesk dedup "$in" "$@" --format jsonl -q --out "$out/$name.out" 2> "$out/$name.err" )
  read -r w u s m < "$out/t.tmp"
  printf '%-28s wall %6s user %6s sys %5s cpu %6.2f rssMB %5d load_before %s md5 %s\n' "$name" "$w" "$u" "$s" "$(echo "$u + $s" | bc)" $((m / 1024)) "$l" "$(md5sum < "$out/$name.out" | cut -c1-12)"; }
echo "start $(date -u +%T) $(uptime)"
for r in $(seq "$sr"); do for tree in "$@"; do t "syn-$(basename $tree)" "$tree" ${DATA:?set DATA to the folder of syn.jsonl, g20k.jsonl and gen100k.jsonl}/syn.jsonl --threshold 0.5 --pairs; done; done
for r in $(seq "$gr"); do for tree in "$@"; do t "gen-$(basename $tree)" "$tree" ${DATA:?set DATA to the folder of syn.jsonl, g20k.jsonl and gen100k.jsonl}/gen100k.jsonl; done; done
echo "end $(date -u +%T) $(uptime)"
