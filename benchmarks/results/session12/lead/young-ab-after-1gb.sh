#!/bin/bash
# fresh-memory experiment: a 1 GB process touches and frees memory, then copydesk dedup syn runs
# with one of several heap options; prints wall, user, sys, maxrss per run
cd $REPO
OUT=/tmp/lead12/fresh/out.tsv
for round in 1 2 3 4 5 6; do
  for v in default xmn32 xmn64; do
    python3 -c "b=b'\x01'*(1<<30)"
    case $v in default) o="";; xmn32) o="-Xmn32m";; xmn64) o="-Xmn64m";; esac
    COPYDESK_JAVA_OPTS="$o" /usr/bin/time -f "$round\t$v\t%e\t%U\t%S\t%M" -a -o $OUT ./copydesk dedup $DATA/syn.jsonl --threshold 0.5 --pairs --out /tmp/lead12/fresh/pairs.$v -q
    echo "load $(cut -d' ' -f1 /proc/loadavg)" >> $OUT
  done
done
md5sum /tmp/lead12/fresh/pairs.*
