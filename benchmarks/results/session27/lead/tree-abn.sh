#!/bin/bash
# Interleaved runs of two trees' ./copydesk on one command, the order alternating by round; each line: tree,
# wall, user, sys, max RSS KB, the load before the run, the output's md5 (summ.py of session 26 reads it).
# usage: tree-abn.sh BASE_TREE NEW_TREE ROUNDS copydesk-args...   (each run writes its output to /tmp/tree-abn.out)
base=$1 new=$2 rounds=$3; shift 3
one() { local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  (cd "$2" && shift 2 && /usr/bin/time -o /tmp/tree-abn.t -f "%e %U %S %M" ./copydesk "$@" -q --out /tmp/tree-abn.out 2>/dev/null) || { echo "$1 failed"; exit 1; }
  echo "$1 $(cat /tmp/tree-abn.t) load=$l md5=$(md5sum < /tmp/tree-abn.out | cut -c1-8)"; }
for ((r = 0; r < rounds; r++)); do
  if (( r % 2 == 0 )); then one base "$base" "$@"; one new "$new" "$@"; else one new "$new" "$@"; one base "$base" "$@"; fi
done
