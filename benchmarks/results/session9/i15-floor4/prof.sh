#!/bin/bash
# prof.sh TREE INPUT NAME [args]: perf record of one dedup run with a JIT perf map
tree=$1 in=$2 name=$3; shift 3
cd "$tree"
COPYDESK_JAVA_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -XX:+PreserveFramePointer" \
  /usr/bin/time -f "%e %U %S %M" perf record -F 499 -g -e cpu-clock -o ${TMPDIR:-/tmp}/$name.perf ./copydesk dedup "$in" "$@" --format jsonl -q --out ${TMPDIR:-/tmp}/$name.out 2>&1 | tail -3
