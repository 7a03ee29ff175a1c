#!/bin/bash
# one round on 100k: base/new dedup, cluster, related --all (with -Xmx6g)
F=${DATA:?set DATA to the folder of syn.jsonl, g20k.jsonl and gen100k.jsonl}/gen100k.jsonl
export COPYDESK_JAVA_OPTS="-Xmx6g ${EXTRA:-}"
echo "start $(uptime)"
for v in ${ORDER:-base new}; do
  d=/tmp/i15s-base; [ $v = new ] && d=/tmp/i15s-new
  for c in ${CMDS:-dedup cluster related}; do
    case $c in dedup) args="dedup $F --out /tmp/i15s/b100.out";; cluster) args="cluster $F --format jsonl --out /tmp/i15s/b100-$v.cluster";; related) args="related $F --all --format jsonl --out /tmp/i15s/b100-$v.related";; esac
    /usr/bin/time -f "$v $c %e %U %S %M" -o /tmp/i15s/t100.txt $d/copydesk $args -q 2>/dev/null
    awk '{printf "%s %-8s wall %6.2f cpu %6.2f rss %d\n", $1, $2, $3, $4+$5, $6}' /tmp/i15s/t100.txt
  done
done
echo "end $(uptime)"
