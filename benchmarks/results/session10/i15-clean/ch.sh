#!/bin/bash
# ch.sh ROUNDS TREE...: CleanHarness.java.txt compiled against each tree's target/classes (into $TMPDIR/ch-N), run per tree
# interleaved ROUNDS times over the first 20,000 articles of $DATA/gen100k.jsonl (8 rounds a run, best of rounds 2+);
# ALL: an -all jar for the dependencies (default the base tree's); each run holds the measure lock (LOCK) on its own; the load before each run.
source "$(dirname "$0")/../../../../scripts/find-jdk.sh"
h="$(cd "$(dirname "$0")" && pwd)/CleanHarness.java.txt"
tmp=${TMPDIR:-/tmp}; rounds=$1; shift; i=0
for t in "$@"; do i=$((i+1)); mkdir -p $tmp/ch-$i/src/io/copydesk/analysis; cp "$h" $tmp/ch-$i/src/io/copydesk/analysis/CleanHarness.java
  "$JAVA_HOME/bin/javac" -nowarn -d $tmp/ch-$i/classes -cp "$t/target/classes:${ALL:-/tmp/base-75e6b23/target/copydesk-0.1.0-SNAPSHOT-all.jar}" $tmp/ch-$i/src/io/copydesk/analysis/CleanHarness.java; done
for r in $(seq $rounds); do i=0; for t in "$@"; do i=$((i+1))
  echo "== $t $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  flock ${LOCK:-$LOCK} "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx3g -cp "$tmp/ch-$i/classes:$t/target/classes:${ALL:-/tmp/base-75e6b23/target/copydesk-0.1.0-SNAPSHOT-all.jar}" io.copydesk.analysis.CleanHarness "${DATA:-$DATA}/gen100k.jsonl" 20000 8 | tail -1
done; done
