#!/bin/bash
# prof.sh TREE INPUT NAME [args]: perf record (499 Hz, call graphs, JIT perf map) of one dedup run, into $TMPDIR
tree=$1 in=$2 name=$3; shift 3
cd "$tree"
echo "$name $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
COPYDESK_JAVA_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -XX:+PreserveFramePointer" \
  /usr/bin/time -f "wall %e user %U sys %S rssKB %M" perf record -F 499 -g -e cpu-clock -o ${TMPDIR:-/tmp}/$name.perf ./copydesk dedup "$in" "$@" --format jsonl -q --out ${TMPDIR:-/tmp}/$name.out 2>&1 | tail -2
