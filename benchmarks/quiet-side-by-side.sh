#!/bin/bash
# Quiet side by side (benchmarks/results/SUMMARY.md, "Quiet run"): ./copydesk dedup (its AOT cache and
# collector choice) against java-lsh 0.12 and datasketch 1.10 on the synthetic set, 3 interleaved rounds,
# then dedup of 100k generated articles twice. Prints wall/user/sys/RSS and the load before each process.
# usage (from the repository root, with ../shared/peers beside it and benchmarks/target/benchmarks.jar built):
#   python3 ../shared/peers/py/gen_synthetic.py --n-base 10000 --seed 2 --out syn.jsonl
#   ./copydesk generate --articles 100000 --seed 1 > gen100k.jsonl
#   benchmarks/quiet-side-by-side.sh syn.jsonl gen100k.jsonl OUT_DIR
set -u
syn=$1 gen=$2 out=$3
peers=${PEERS:-../shared/peers}
source scripts/find-jdk.sh
mkdir -p "$out"
t() { local name=$1; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" "$@" > /dev/null 2> "$out/$name.err"
  echo "$name rc=$? wall_user_sys_rssKB=$(cat "$out/t.tmp") load_before=$l"; }
# the launcher makes dedup's AOT cache on the first run after a build (./test rebuilds the jar): not in a timed round
./copydesk dedup corpus -q > /dev/null 2>&1 || true
echo "start $(date -u +%T) $(uptime)"
for round in 1 2 3; do
  t copydesk ./copydesk dedup "$syn" --threshold 0.5 --pairs --format jsonl -q --out "$out/cd.pairs"
  t java-lsh "$JAVA_HOME/bin/java" -Xms1g -Xmx6g -cp benchmarks/target/benchmarks.jar io.copydesk.bench.SideBySide run java-lsh "$syn" "$out/jl" 2
  t datasketch python3 "$peers/py/datasketch_runner.py" --input "$syn" --threshold 0.5 --pairs-out "$out/ds.tsv" --clusters-out "$out/ds.c.tsv"
done
for round in 1 2; do
  t dedup-gen ./copydesk dedup "$gen" --format jsonl -q --out "$out/gen.out"
done
md5sum "$out/cd.pairs"
echo "end $(date -u +%T) $(uptime)"
