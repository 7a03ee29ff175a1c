#!/bin/bash
# bench.sh ROUNDS FILE [extra opts]: interleaved base/new dedup, cluster, related --all; prints wall cpu(user+sys) maxrss
R=$1; F=$2; shift 2
for r in $(seq 1 $R); do
  echo "round $r $(uptime)"
  for v in base new; do
    d=/tmp/i15s-base; [ $v = new ] && d=/tmp/i15s-new
    for c in dedup cluster related; do
      case $c in dedup) args="dedup $F --out /tmp/i15s/b.out";; cluster) args="cluster $F --format jsonl --out /tmp/i15s/b.out";; related) args="related $F --all --format jsonl --out /tmp/i15s/b.out";; esac
      /usr/bin/time -f "$v $c %e %U %S %M" -o /tmp/i15s/t.txt $d/copydesk $args -q "$@" 2>/dev/null
      awk '{printf "%s %-8s wall %6.2f cpu %6.2f rss %d\n", $1, $2, $3, $4+$5, $6}' /tmp/i15s/t.txt
    done
  done
done
echo "end $(uptime)"
