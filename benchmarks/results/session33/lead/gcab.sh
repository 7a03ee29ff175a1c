#!/bin/bash
# usage: gcab.sh TREE ROUNDS "OPTS_A" "OPTS_B" ... -- copydesk-args   (prints reading wall, total wall, GC pause sum, sys, rss)
tree=$1 rounds=$2; shift 2
sets=(); while [[ "$1" != -- ]]; do sets+=("$1"); shift; done; shift
n=${#sets[@]}
for ((r = 0; r < rounds; r++)); do
  for ((k = 0; k < n; k++)); do
    i=$(( (k + r) % n )); l=$(cut -d' ' -f1 /proc/loadavg)
    (cd "$tree" && COPYDESK_JAVA_OPTS="${sets[$i]} -Xlog:gc:file=/tmp/s33/gcab.gc" /usr/bin/time -o /tmp/s33/gcab.t -f "%e %U %S %M" ./copydesk "$@" --timings -q --out /tmp/s33/gcab.out 2>/tmp/s33/gcab.err) || { echo "$i failed"; exit 1; }
    rd=$(awk '$1=="reading"{print $2}' /tmp/s33/gcab.err); an=$(awk '$1=="analyzing"{print $2}' /tmp/s33/gcab.err)
    gc=$(awk '/Pause/{gsub("ms","",$NF); s+=$NF} END{printf "%.0f", s}' /tmp/s33/gcab.gc)
    echo "o$i $(cat /tmp/s33/gcab.t) reading=$rd analyzing=$an gcms=$gc load=$l md5=$(md5sum < /tmp/s33/gcab.out | cut -c1-8) opts=${sets[$i]}"
  done
done
