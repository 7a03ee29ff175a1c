#!/bin/bash
# Interleaved runs of one tree's ./copydesk with several COPYDESK_JAVA_OPTS sets (rotating order per round).
# usage: opts-ab.sh TREE ROUNDS "OPTS_A" "OPTS_B" ... -- copydesk-args...
# each line: label(index) wall user sys maxRSS load md5; the label is the option set's index.
tree=$1 rounds=$2; shift 2
sets=(); while [[ "$1" != -- ]]; do sets+=("$1"); shift; done; shift
n=${#sets[@]}
for ((r = 0; r < rounds; r++)); do
  for ((k = 0; k < n; k++)); do
    i=$(( (k + r) % n )); l=$(cut -d' ' -f1-3 /proc/loadavg)
    (cd "$tree" && COPYDESK_JAVA_OPTS="${sets[$i]}" /usr/bin/time -o /tmp/opts-ab.t -f "%e %U %S %M" ./copydesk "$@" -q --out /tmp/opts-ab.out 2>/dev/null) || { echo "$i failed"; exit 1; }
    echo "o$i $(cat /tmp/opts-ab.t) load=$l md5=$(md5sum < /tmp/opts-ab.out | cut -c1-8) opts=${sets[$i]}"
  done
done
