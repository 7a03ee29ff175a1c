#!/bin/bash
cd $REPO
OUT=/tmp/lead12/jit/ab3.tsv
declare -A V=([base]="" [be6k]="-XX:Tier3BackEdgeThreshold=6000")
for r in $(seq 1 10); do for v in base be6k; do
  COPYDESK_JAVA_OPTS="${V[$v]}" /usr/bin/time -f "$r\tcorpus\t$v\t%e\t%U\t%S\t$(cut -d' ' -f1 /proc/loadavg)" -a -o $OUT ./copydesk dedup corpus -q --out /tmp/lead12/jit/ab3.c.$v
  COPYDESK_JAVA_OPTS="${V[$v]}" /usr/bin/time -f "$r\tg20k\t$v\t%e\t%U\t%S\t$(cut -d' ' -f1 /proc/loadavg)" -a -o $OUT ./copydesk dedup $DATA/g20k.jsonl -q --out /tmp/lead12/jit/ab3.g.$v
done; done
