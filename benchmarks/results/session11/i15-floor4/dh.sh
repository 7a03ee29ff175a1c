#!/bin/bash
# dh.sh ROUNDS CLASSES...: DraftHarness.java.txt compiled against each classes folder (a tree's target/classes, or a snapshot of it)
# into $TMPDIR/dh-N, run per folder interleaved ROUNDS times over the first 20,000 articles of $DATA/gen100k.jsonl (8 rounds a
# run, best of rounds 2+); ALL: an -all jar for the dependencies; each run holds the measure lock ($LOCK) on its own; load before each run.
source "$(dirname "$0")/../../../../scripts/find-jdk.sh"
h="$(cd "$(dirname "$0")" && pwd)/DraftHarness.java.txt"
tmp=${TMPDIR:-/tmp}; rounds=$1; shift; i=0
for t in "$@"; do i=$((i+1)); mkdir -p $tmp/dh-$i/src/io/copydesk/analysis; cp "$h" $tmp/dh-$i/src/io/copydesk/analysis/DraftHarness.java
  "$JAVA_HOME/bin/javac" -nowarn -d $tmp/dh-$i/classes -cp "$t:${ALL:?}" $tmp/dh-$i/src/io/copydesk/analysis/DraftHarness.java; done
for r in $(seq $rounds); do i=0; for t in "$@"; do i=$((i+1))
  echo "== $(basename $(dirname $(dirname $t)))/$(basename $(dirname $t)) $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  flock ${LOCK:?} "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx3g -cp "$tmp/dh-$i/classes:$t:$ALL" io.copydesk.analysis.DraftHarness "${DATA:?}/gen100k.jsonl" 20000 8 | tail -1
done; done
