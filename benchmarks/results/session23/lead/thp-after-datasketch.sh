#!/bin/bash
# interleaved: datasketch, then copydesk dedup with THP (default) or without
cd /work/main
syn=/work/notes/data/syn.jsonl
out=/tmp/thp
for round in 1 2 3 4; do
  for mode in thp nothp; do
    python3 /work/shared/peers/py/datasketch_runner.py --input $syn --threshold 0.5 --pairs-out $out/ds.tsv --clusters-out $out/ds.c.tsv >/dev/null 2>&1
    opts=""; [[ $mode == nothp ]] && opts="-XX:-UseTransparentHugePages"
    l=$(cut -d' ' -f1-3 /proc/loadavg)
    COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -o $out/t.tmp -f "%e %U %S %M" ./copydesk dedup $syn --threshold 0.5 --pairs --format jsonl -q --out $out/cd.pairs
    echo "$round $mode $(cat $out/t.tmp) load=$l"
  done
done
