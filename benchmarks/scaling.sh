#!/usr/bin/env bash
# Scaling curve of `copydesk dedup` end to end (the CLI, as a user runs it) on seeded generated
# collections: wall time and peak RSS from /usr/bin/time -v, per article; writes
# results/scaling.csv and results/scaling.svg.
#
# Usage: benchmarks/scaling.sh [ARTICLES...]     (default: 10000 100000 1000000)
# Environment: HEAP (default 16g, the same for every size), DATA (default /tmp/copydesk-bench),
# SKIP_BUILD=1 to use the jars as they are.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$root/scripts/find-jdk.sh"
java="$JAVA_HOME/bin/java"
heap="${HEAP:-16g}"
data="${DATA:-/tmp/copydesk-bench}"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  (cd "$root" && ./mvnw -B -q install -DskipTests) || { echo "$0: building copydesk failed" >&2; exit 1; }
  (cd "$here" && "$root/mvnw" -B -q package -DskipTests) || { echo "$0: building the benchmarks failed" >&2; exit 1; }
fi
cli="$root/target/copydesk-0.1.0-SNAPSHOT-all.jar"
jar="$here/target/benchmarks.jar"
mkdir -p "$data" "$here/results"
csv="$here/results/scaling.csv"
echo "articles,text_mb,wall_s,us_per_article,mb_per_s,peak_rss_mb,peak_rss_kib_per_article,groups_lines,load_1min,threads,heap" > "$csv"

for n in "${sizes[@]}"; do
  input="$data/gen-$n.jsonl"
  if [[ ! -s "$input" ]]; then
    echo "generating $n articles (seed 42) into $input" >&2
    "$java" -jar "$cli" generate --articles "$n" --seed 42 --out "$input"
  fi
  bytes="$("$java" -cp "$jar" io.copydesk.bench.Scaling textbytes "$input")"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  echo "dedup $n: $(uptime)" >&2
  /usr/bin/time -v -o "$data/time-$n.txt" "$java" -Xmx"$heap" -jar "$cli" dedup "$input" --format jsonl --out "$data/groups-$n.jsonl" -q
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$data/time-$n.txt" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$data/time-$n.txt")"
  groups="$(wc -l < "$data/groups-$n.jsonl")"
  awk -v n="$n" -v b="$bytes" -v w="$wall" -v r="$rss" -v g="$groups" -v l="$load" -v t="$(nproc)" -v h="$heap" 'BEGIN {
    printf "%d,%.1f,%.2f,%.2f,%.1f,%.0f,%.2f,%d,%s,%d,%s\n", n, b/1e6, w, w*1e6/n, b/1e6/w, r/1024, r/n, g, l, t, h }' >> "$csv"
  tail -1 "$csv" >&2
done
"$java" -cp "$jar" io.copydesk.bench.Scaling plot "$csv" "$here/results/scaling.svg"
echo "wrote $csv and results/scaling.svg" >&2
