#!/bin/bash
# side.sh OUT: the synthetic set, 3 interleaved rounds: copydesk main f7c6e3a, copydesk i15-floor3, java-lsh 0.12, datasketch 1.10
# (as benchmarks/quiet-side-by-side.sh runs them), wall/user/sys/RSS and the load before each process
set -u
out=$1; syn=${DATA:?set DATA to the folder of syn.jsonl, g20k.jsonl and gen100k.jsonl}/syn.jsonl
source ${TREE:?set TREE to the tree under test}/scripts/find-jdk.sh
mkdir -p "$out"
t() { local name=$1; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" "$@" > /dev/null 2> "$out/$name.err"
  echo "$name rc=$? wall_user_sys_rssKB=$(cat "$out/t.tmp") load_before=$l"; }
echo "start $(date -u +%T) $(uptime)"
for round in 1 2 3; do
  t copydesk-main /tmp/base-f7c6e3a/copydesk dedup "$syn" --threshold 0.5 --pairs --format jsonl -q --out "$out/base.pairs"
  t copydesk-branch ${TREE:?set TREE to the tree under test}/copydesk dedup "$syn" --threshold 0.5 --pairs --format jsonl -q --out "$out/cd.pairs"
  t java-lsh "$JAVA_HOME/bin/java" -Xms1g -Xmx6g -cp /tmp/f3/benchmarks.jar io.copydesk.bench.SideBySide run java-lsh "$syn" "$out/jl" 2
  t datasketch python3 ${SHARED:-../shared}/peers/py/datasketch_runner.py --input "$syn" --threshold 0.5 --pairs-out "$out/ds.tsv" --clusters-out "$out/ds.c.tsv"
done
md5sum "$out/base.pairs" "$out/cd.pairs"
echo "end $(date -u +%T) $(uptime)"
