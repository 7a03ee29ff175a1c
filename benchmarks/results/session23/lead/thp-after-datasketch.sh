#!/bin/bash
# Interleaved: datasketch's runner, then copydesk dedup of the synthetic set with transparent huge pages (the
# launcher's default) or without (-XX:-UseTransparentHugePages); wall/user/sys/RSS per run.
# usage (repository root): thp-after-datasketch.sh SYN.jsonl OUT_DIR   (PEERS: ../shared/peers by default)
syn=$1 out=$2 peers=${PEERS:-../shared/peers}
mkdir -p "$out"
for round in 1 2 3 4; do
  for mode in thp nothp; do
    python3 "$peers/py/datasketch_runner.py" --input "$syn" --threshold 0.5 --pairs-out "$out/ds.tsv" --clusters-out "$out/ds.c.tsv" >/dev/null 2>&1
    opts=""; [[ $mode == nothp ]] && opts="-XX:-UseTransparentHugePages"
    l=$(cut -d' ' -f1-3 /proc/loadavg)
    COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" ./copydesk dedup "$syn" --threshold 0.5 --pairs --format jsonl -q --out "$out/cd.pairs"
    echo "$round $mode $(cat "$out/t.tmp") load=$l"
  done
done
