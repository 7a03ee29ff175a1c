#!/bin/bash
# Quiet side by side (benchmarks/results/SUMMARY.md, "Quiet run"): ./copydesk dedup (its AOT cache and
# collector choice) against java-lsh 0.12 and datasketch 1.10 on the synthetic set, 3 interleaved rounds,
# then dedup of 100k generated articles twice. Prints wall/user/sys/RSS and the load before each process, and
# at the end each tool's median wall and copydesk's ratios to the others (the runs also in OUT_DIR/runs.txt).
# Each round starts with the next tool (copydesk, java-lsh, datasketch; then java-lsh, datasketch, copydesk; then
# datasketch, copydesk, java-lsh), so that each follows each: on this host a process right after one that freed
# 1 GB pays more for its fresh pages (copydesk on the synthetic set 0.79-0.84 s against 0.67-0.68 s, its kernel
# time 0.30-0.37 against 0.12-0.15 s, benchmarks/results/session39/lead/after-1g.txt), and in a fixed order
# copydesk always came right after datasketch.
# usage (from the repository root, with ../shared/peers beside it and benchmarks/target/benchmarks.jar built):
#   python3 ../shared/peers/py/gen_synthetic.py --n-base 10000 --seed 2 --out syn.jsonl
#   ./copydesk generate --articles 100000 --seed 1 > gen100k.jsonl
#   benchmarks/quiet-side-by-side.sh syn.jsonl gen100k.jsonl OUT_DIR
set -u
syn=$1 gen=$2 out=$3
peers=${PEERS:-../shared/peers}
source scripts/find-jdk.sh
mkdir -p "$out"
: > "$out/runs.txt"
t() { local name=$1; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" "$@" > /dev/null 2> "$out/$name.err"
  echo "$name rc=$? wall_user_sys_rssKB=$(cat "$out/t.tmp") load_before=$l" | tee -a "$out/runs.txt"; }
# the launcher makes dedup's AOT cache on the first run after a build (./test rebuilds the jar): not in a timed round
./copydesk dedup corpus -q > /dev/null 2>&1 || true
echo "start $(date -u +%T) $(uptime)"
tool() {
  case $1 in
    0) t copydesk ./copydesk dedup "$syn" --threshold 0.5 --pairs --format jsonl -q --out "$out/cd.pairs" ;;
    1) t java-lsh "$JAVA_HOME/bin/java" -Xms1g -Xmx6g -cp benchmarks/target/benchmarks.jar io.copydesk.bench.SideBySide run java-lsh "$syn" "$out/jl" 2 ;;
    2) t datasketch python3 "$peers/py/datasketch_runner.py" --input "$syn" --threshold 0.5 --pairs-out "$out/ds.tsv" --clusters-out "$out/ds.c.tsv" ;;
  esac
}
for round in 0 1 2; do
  for k in 0 1 2; do tool $(( (round + k) % 3 )); done
done
for round in 1 2; do
  t dedup-gen ./copydesk dedup "$gen" --format jsonl -q --out "$out/gen.out"
done
md5sum "$out/cd.pairs"
echo "end $(date -u +%T) $(uptime)"
# each tool's median wall over its three runs, and the ratios the goals are stated in
awk '$2 == "rc=0" { split($3, f, "="); wall[$1, ++n[$1]] = f[2] }
  function median(name,   a, i, j, k, x) {
    k = n[name]; for (i = 1; i <= k; i++) a[i] = wall[name, i]
    for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
  END {
    if (n["copydesk"] < 1 || n["java-lsh"] < 1 || n["datasketch"] < 1) { print "medians: a tool failed, see its .err file"; exit }
    c = median("copydesk"); j = median("java-lsh"); d = median("datasketch")
    printf "medians: copydesk %.2f s, java-lsh %.2f s (%.1fx), datasketch %.2f s (%.1fx)\n", c, j, j / c, d, d / c
  }' "$out/runs.txt"
