#!/bin/bash
# dh.sh TREE...: DraftHarness.java.txt compiled against each tree's target/classes (into $TMPDIR/dh-N),
# run per tree interleaved 3 times over the first 20,000 articles of $DATA/gen100k.jsonl, 8 rounds each;
# the best of rounds 2+ is reported. Each run holds the measure lock (LOCK) on its own.
source "$(dirname "$0")/../../../../scripts/find-jdk.sh"
h="$(cd "$(dirname "$0")" && pwd)/DraftHarness.java.txt"
tmp=${TMPDIR:-/tmp}; i=0
for t in "$@"; do i=$((i+1)); mkdir -p $tmp/dh-$i/src/io/copydesk/analysis; cp "$h" $tmp/dh-$i/src/io/copydesk/analysis/DraftHarness.java
  "$JAVA_HOME/bin/javac" -nowarn -d $tmp/dh-$i/classes -cp "$t/target/classes:$t/target/copydesk-0.1.0-SNAPSHOT-all.jar" $tmp/dh-$i/src/io/copydesk/analysis/DraftHarness.java; done
for r in 1 2 3; do i=0; for t in "$@"; do i=$((i+1))
  echo "== $t $(cut -d' ' -f1-3 /proc/loadavg)"
  flock ${LOCK:?the measure lock} "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx3g -cp "$tmp/dh-$i/classes:$t/target/classes:$t/target/copydesk-0.1.0-SNAPSHOT-all.jar" io.copydesk.analysis.DraftHarness "${DATA:?}/gen100k.jsonl" 20000 8 | tail -1
done; done
