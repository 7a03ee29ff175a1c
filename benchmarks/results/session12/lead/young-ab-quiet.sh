#!/bin/bash
cd $REPO
OUT=/tmp/lead12/fresh/nohog.tsv
for r in $(seq 1 8); do for v in default xmn64; do
  o=""; [[ $v == xmn64 ]] && o="-Xmn64m"
  COPYDESK_JAVA_OPTS="$o" /usr/bin/time -f "$r\tsyn\t$v\t%e\t%U\t%S\t$(cut -d' ' -f1 /proc/loadavg)" -a -o $OUT ./copydesk dedup $DATA/syn.jsonl --threshold 0.5 --pairs -q --out /tmp/lead12/fresh/nh.$v
  COPYDESK_JAVA_OPTS="$o" /usr/bin/time -f "$r\tg20k\t$v\t%e\t%U\t%S\t$(cut -d' ' -f1 /proc/loadavg)" -a -o $OUT ./copydesk dedup $DATA/g20k.jsonl -q --out /tmp/lead12/fresh/nhg.$v
done; done
