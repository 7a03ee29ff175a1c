#!/usr/bin/env bash
# Side-by-side end-to-end runs: the same seeded generated collection through copydesk, java-lsh,
# Lucene's MinHashFilter, and exact joins, each engine in its own JVM; one markdown table per size
# in results/side-by-side-N.md (and the raw per-engine properties beside it).
#
# Usage: benchmarks/side-by-side.sh [ARTICLES...]        (default: 10000 100000)
# Environment: ROUNDS (runs of every engine, interleaved; the table shows the median, default 3),
# THREADS (default: all cores), EXACT_MAX (largest size for the quadratic all-pairs
# run, default 10000), HEAP (default 8g), DATA (where generated inputs go, default /tmp/copydesk-bench),
# SKIP_BUILD=1 to use the jars as they are.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$root/scripts/find-jdk.sh"
java="$JAVA_HOME/bin/java"
threads="${THREADS:-$(nproc)}"
exact_max="${EXACT_MAX:-10000}"
heap="${HEAP:-8g}"
rounds="${ROUNDS:-3}"
data="${DATA:-/tmp/copydesk-bench}"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000)

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  (cd "$root" && ./mvnw -B -q install -DskipTests) || { echo "$0: building copydesk failed" >&2; exit 1; }
  (cd "$here" && "$root/mvnw" -B -q package -DskipTests) || { echo "$0: building the benchmarks failed" >&2; exit 1; }
fi
jar="$here/target/benchmarks.jar"
mkdir -p "$data" "$here/results"

for n in "${sizes[@]}"; do
  input="$data/gen-$n.jsonl"
  if [[ ! -s "$input" ]]; then
    echo "generating $n articles (seed 42) into $input" >&2
    "$java" -jar "$root/target/copydesk-0.1.0-SNAPSHOT-all.jar" generate --articles "$n" --seed 42 --out "$input"
  fi
  out="$data/side-by-side-$n"
  rm -rf "$out" && mkdir -p "$out"
  engines=(analyze-only copydesk java-lsh lucene-minhash lucene-minhash-bands exact-prefix)
  (( n <= exact_max )) && engines+=(exact)
  : > "$out/load.txt"
  for ((round = 1; round <= rounds; round++)); do
    for e in "${engines[@]}"; do
      # The quadratic all-pairs run is the truth, not a contender: once is enough.
      [[ "$e" == exact && $round -gt 1 ]] && continue
      echo "round $round $e: $(uptime)" | tee -a "$out/load.txt" >&2
      "$java" -Xms1g -Xmx"$heap" --add-modules jdk.incubator.vector -cp "$jar" io.copydesk.bench.SideBySide run "$e" "$input" "$out" "$threads"
    done
  done
  md="$here/results/side-by-side-$n.md"
  {
    echo "# Side by side, $n generated articles"
    echo
    echo "Produced by \`benchmarks/side-by-side.sh $n\` on $(date -u +%Y-%m-%dT%H:%MZ), copydesk commit $(git -C "$root" rev-parse --short HEAD),"
    echo "$(nproc) cores, $rounds interleaved rounds, JDK $("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.runtime\.version = //p'), -Xmx$heap, each engine in its own JVM."
    echo
    "$java" -cp "$jar" io.copydesk.bench.SideBySide report "$input" "$out"
    echo
    echo "Machine load (uptime) before each engine's run:"
    echo
    echo '```'
    cat "$out/load.txt"
    echo '```'
  } > "$md"
  mkdir -p "$here/results/raw/side-by-side-$n"
  cp "$out"/*.properties "$out"/*.runs "$out/load.txt" "$here/results/raw/side-by-side-$n/"
  echo "wrote $md" >&2
done
