#!/bin/bash
# usage: envab2.sh TREE ROUNDS VAR STAGES -- copydesk-args : alternates runs without and with env VAR=1; STAGES: regex of stage names
tree=$1 rounds=$2 var=$3 stages=$4; shift 5
for ((r = 0; r < rounds; r++)); do
  for k in 0 1; do
    i=$(( (k + r) % 2 )); l=$(cut -d' ' -f1 /proc/loadavg)
    if (( i == 1 )); then e="$var=1"; else e="UNUSED_VAR=1"; fi
    (cd "$tree" && env $e /usr/bin/time -o /tmp/s33/envab.t -f "%e %U %S %M" ./copydesk "$@" --timings -q --out /tmp/s33/envab.out 2>/tmp/s33/envab.err) || { echo "$i failed"; exit 1; }
    st=$(awk -v re="^($stages)\$" '$1 ~ re {printf "%s=%s ", $1, $2}' /tmp/s33/envab.err)
    echo "v$i $(cat /tmp/s33/envab.t) $st load=$l md5=$(md5sum < /tmp/s33/envab.out | cut -c1-8)"
  done
done
