#!/usr/bin/env bash
# Per-stage A/B of two builds of copydesk: the same command through each tree's ./copydesk with
# --timings, ROUNDS interleaved pairs (the order alternating), then the median wall and CPU seconds
# of every stage per tree and their ratio (new / base), and whether the outputs were identical.
# Both trees need --timings (main from bdd275f on). The load before every run is logged; with
# LOCK set, each run holds that flock file (so that other timed jobs wait).
# usage: benchmarks/stage-ab.sh BASE_TREE NEW_TREE ROUNDS OUT_DIR COMMAND ARGS...
#   benchmarks/stage-ab.sh /tmp/base . 4 /tmp/ab cluster corpus --format jsonl
set -u
(( $# >= 5 )) || { sed -n 2,8p "$0" >&2; exit 2; }
base=$1 new=$2 rounds=$3 out=$4; shift 4
mkdir -p "$out"
run() { # run TAG TREE ROUND
  local tag=$1 tree=$2 r=$3 load; shift 3
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  local cmd=(./copydesk "$@" --timings -q --out "$out/$tag.out")
  if [[ -n "${LOCK:-}" ]]; then (cd "$tree" && flock "$LOCK" "${cmd[@]}") ; else (cd "$tree" && "${cmd[@]}"); fi \
    > /dev/null 2> "$out/$tag.r$r.log" || { echo "stage-ab: $tag failed, see $out/$tag.r$r.log" >&2; exit 1; }
  echo "load $load" >> "$out/$tag.r$r.log"
}
for r in $(seq "$rounds"); do
  if (( r % 2 )); then run base "$base" "$r" "$@"; run new "$new" "$r" "$@"; else run new "$new" "$r" "$@"; run base "$base" "$r" "$@"; fi
  if cmp -s "$out/base.out" "$out/new.out"; then echo "round $r: outputs identical"; else echo "round $r: outputs DIFFER"; fi
done
# median of each stage's wall and CPU per tree, in the order stages first appear
awk '
  FNR == 1 { tag = FILENAME; sub(/.*\//, "", tag); sub(/\.r[0-9]+\.log$/, "", tag) }
  /^load / { loads = loads " " $2; next }
  (NF == 4 || NF == 5) && $2 ~ /^[0-9.]+$/ && $3 ~ /^[0-9.]+$/ {
    if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }
    k = tag SUBSEP $1; c = ++cnt[k]; wall[k, c] = $2; cpu[k, c] = $3
  }
  function median(arr, k, c,   i, j, t, v) {
    for (i = 1; i <= c; i++) v[i] = arr[k, i]
    for (i = 2; i <= c; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return c % 2 ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2
  }
  END {
    printf "%-20s %9s %9s %9s %9s %9s %9s\n", "stage", "base wall", "new wall", "ratio", "base CPU", "new CPU", "ratio"
    for (i = 1; i <= n; i++) {
      s = order[i]; b = "base" SUBSEP s; w = "new" SUBSEP s
      bw = cnt[b] ? median(wall, b, cnt[b]) : 0; nw = cnt[w] ? median(wall, w, cnt[w]) : 0
      bc = cnt[b] ? median(cpu, b, cnt[b]) : 0; nc = cnt[w] ? median(cpu, w, cnt[w]) : 0
      printf "%-20s %9.2f %9.2f %9s %9.2f %9.2f %9s\n", s, bw, nw, (bw > 0 ? sprintf("%.2f", nw / bw) : "-"), bc, nc, (bc > 0 ? sprintf("%.2f", nc / bc) : "-")
    }
    print "loads before the runs:" loads
  }' "$out"/base.r*.log "$out"/new.r*.log | tee "$out/stages.txt"
