#!/bin/bash
# quiet A/B of launcher flags; OUT tsv: round cmd variant wall user sys load
cd $REPO
OUT=/tmp/lead12/jit/ab.tsv
declare -A V=([base]="" [be6k]="-XX:Tier3BackEdgeThreshold=6000" [mtt0]="-XX:MaxTenuringThreshold=0")
run() { # cmd variant round args...
  local cmd=$1 v=$2 r=$3; shift 3
  COPYDESK_JAVA_OPTS="${V[$v]}" /usr/bin/time -f "$r\t$cmd\t$v\t%e\t%U\t%S\t$(cut -d' ' -f1 /proc/loadavg)" -a -o $OUT ./copydesk "$@" -q --out /tmp/lead12/jit/ab.$cmd.$v
}
for r in 1 2 3 4 5 6 7 8; do for v in base be6k mtt0; do run syn $v $r dedup $DATA/syn.jsonl --threshold 0.5 --pairs; done; done
for r in 1 2 3 4 5; do for v in base mtt0; do run gen100k $v $r dedup $DATA/gen100k.jsonl; done; done
for r in 1 2 3 4; do for v in base be6k; do run cluster $v $r cluster $DATA/g20k.jsonl --format jsonl; done; done
