#!/bin/bash
# Interleaved A/B of reading's per-article analysis alone (CleanHarness, compiled into HARNESS_CLASSES
# against either jar): BASE_JAR then NEW_JAR, ROUNDS times, each printing the min and median thread
# CPU of the later half of its PASSES over FILE. JIT c1 is the launcher's choice under 64 MiB, c2 its
# dedup flags above. With LOCK set, each run holds that flock file.
# usage: harness-ab.sh BASE_JAR NEW_JAR HARNESS_CLASSES MODE(clean|draft|split|reasons) FILE PASSES c1|c2 ROUNDS
base=$1 new=$2 classes=$3 mode=$4 file=$5 passes=$6 jit=$7 rounds=${8:-2}
if [[ $jit == c1 ]]; then opts="-XX:TieredStopAtLevel=1"; else opts="-XX:InlineSmallCode=1000 -XX:FreqInlineSize=100 -XX:MaxInlineLevel=9"; fi
for r in $(seq "$rounds"); do
  for jar in "$base" "$new"; do
    run=("$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx2g $opts -cp "$jar:$classes" io.copydesk.analysis.CleanHarness "$mode" "$file" "$passes")
    [[ -n "${LOCK:-}" ]] && run=(flock "$LOCK" "${run[@]}")
    echo "$(basename "$jar") load $(cut -d' ' -f1 /proc/loadavg): $("${run[@]}" | tail -1)"
  done
done
