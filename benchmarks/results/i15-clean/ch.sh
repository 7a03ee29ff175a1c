#!/bin/bash
# ch.sh CLASSES...: cleanDeferred harness (CleanHarness.java.txt, compiled to $HARNESS) per classes dir, interleaved 3 times;
# ALL: a copydesk -all jar for the dependencies; DATA: the folder of gen100k.jsonl
source "$(dirname "$0")/../../../scripts/find-jdk.sh"
for r in 1 2 3; do for c in "$@"; do
  echo "== $c $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA_HOME/bin/java" -Xmx3g -cp "${HARNESS:?compiled harness classes}:$c:${ALL:?a copydesk -all jar}" io.copydesk.analysis.CleanHarness "${DATA:?}/gen100k.jsonl" 20000 8 | tail -1
done; done
