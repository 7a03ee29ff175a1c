#!/bin/bash
cd $REPO
OUT=/tmp/lead12/jit/ab2.tsv
declare -A V=([base]="" [be6k]="-XX:Tier3BackEdgeThreshold=6000" [be20k]="-XX:Tier3BackEdgeThreshold=20000")
for r in $(seq 1 12); do for v in base be6k be20k; do
  COPYDESK_JAVA_OPTS="${V[$v]}" /usr/bin/time -f "$r\tsyn\t$v\t%e\t%U\t%S\t$(cut -d' ' -f1 /proc/loadavg)" -a -o $OUT ./copydesk dedup $DATA/syn.jsonl --threshold 0.5 --pairs -q --out /tmp/lead12/jit/ab2.$v
done; done
