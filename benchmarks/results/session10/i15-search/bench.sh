#!/bin/bash
# bench.sh ROUNDS TREES...: interleaved rounds (one run per lock hold) of dedup (first tree only), cluster, related --all on g20k
G=$DATA/g20k.jsonl; R=$1; shift
for r in $(seq 1 $R); do
  for c in "dedup" "cluster" "related --all"; do
    for tree in "$@"; do
      [[ $c == dedup && $tree != $1 ]] && continue
      flock $LOCK bash -c "l=\$(cut -d' ' -f1-3 /proc/loadavg); /usr/bin/time -f '%e %U %S %M' -o /tmp/is/bench.time $tree/copydesk $c $G --format jsonl -q > /tmp/is/bench.out; echo \"$r $tree ${c/ --all/} \$(cat /tmp/is/bench.time) md5 \$(md5sum < /tmp/is/bench.out | cut -c1-8) load \$l \$(cut -d' ' -f1 /proc/loadavg)\""
    done
  done
done
