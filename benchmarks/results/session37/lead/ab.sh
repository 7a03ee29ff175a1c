#!/bin/bash
# usage: ab.sh ROUNDS "TREE_A|OPTS_A" "TREE_B|OPTS_B" -- copydesk-args
# Runs ./copydesk in two trees (or one tree with two COPYDESK_JAVA_OPTS), interleaved, order alternating.
# Prints: side, wall user sys maxRSS(KB), the reading and total stages, the load, the output's md5 (8 chars).
rounds=$1 a=$2 b=$3; shift 4
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
one() { local tree=${2%%|*} opts=${2#*|} l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  (cd "$tree" && COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -o "$tmp/t" -f "%e %U %S %M" ./copydesk "${@:3}" --timings -q --out "$tmp/out" 2>"$tmp/err") || { echo "$1 failed"; cat "$tmp/err"; exit 1; }
  st=$(awk '$1~/^(reading|total)$/{printf "%s=%s ", $1, $2}' "$tmp/err")
  echo "$1 $(cat "$tmp/t") $st load=$l md5=$(md5sum < "$tmp/out" | cut -c1-8)"; }
for ((r = 0; r < rounds; r++)); do
  if (( r % 2 == 0 )); then one A "$a" "$@"; one B "$b" "$@"; else one B "$b" "$@"; one A "$a" "$@"; fi
done
