#!/bin/bash
# usage: optab.sh TREE ROUNDS "OPTS_A" "OPTS_B" -- copydesk-args : alternates COPYDESK_JAVA_OPTS A and B
tree=$1 rounds=$2 a=$3 b=$4; shift 5
for ((r = 0; r < rounds; r++)); do
  for k in 0 1; do
    i=$(( (k + r) % 2 )); l=$(cut -d' ' -f1 /proc/loadavg)
    if (( i == 1 )); then o="$b"; else o="$a"; fi
    (cd "$tree" && COPYDESK_JAVA_OPTS="-Xlog:gc:file=/tmp/s35/optab.gc $o" /usr/bin/time -o /tmp/s35/optab.t -f "%e %U %S %M" ./copydesk "$@" --timings -q --out /tmp/s35/optab.out 2>/tmp/s35/optab.err) || { echo "$i failed"; exit 1; }
    gc=$(awk '/Pause Full/ && !f {f=1; r=s} /Pause/{gsub("ms","",$NF); s+=$NF} END{printf "%.0f/%.0f", r, s}' /tmp/s35/optab.gc)
    st=$(awk '$1=="reading"||$1=="linking"||$1=="smoothing"||$1=="neighbours"{printf "%s=%s ", $1, $2}' /tmp/s35/optab.err)
    echo "v$i $(cat /tmp/s35/optab.t) gcms=$gc $st load=$l md5=$(md5sum < /tmp/s35/optab.out | cut -c1-8)"
  done
done
