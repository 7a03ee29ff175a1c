#!/bin/bash
# threadcpu.sh ROUNDS TREE...: gen100k dedup per tree interleaved under perf (cpu-clock, 499 Hz, no call graphs): CPU seconds by thread
# kind (C2, C1, the VM thread = the collector, the other threads, all), wall, load before, md5 of the output
rounds=$1; shift
for r in $(seq $rounds); do for t in "$@"; do
  flock ${LOCK:?} bash -c "cd $t; l=\$(cut -d' ' -f1-3 /proc/loadavg); /usr/bin/time -o ${TMPDIR:-/tmp}/tt.txt -f '%e' perf record -q -F 499 -e cpu-clock -o ${TMPDIR:-/tmp}/tc.perf ./copydesk dedup ${DATA:?}/gen100k.jsonl --format jsonl -q --out ${TMPDIR:-/tmp}/tc.out 2>/dev/null; echo \"\$(basename $t) wall \$(cat ${TMPDIR:-/tmp}/tt.txt) load_before \$l md5 \$(md5sum < ${TMPDIR:-/tmp}/tc.out | cut -c1-8)\""
  perf script -i ${TMPDIR:-/tmp}/tc.perf -F comm 2>/dev/null | awk '{sub(/^ +/, ""); c[$0]++} END {for (k in c) {n=c[k]/499; if (k ~ /^C2/) c2+=n; else if (k ~ /^C1/) c1+=n; else if (k ~ /^VM Thread/) vm+=n; else o+=n; all+=n}; printf "   C2 %.2f C1 %.2f VM %.2f other %.2f all %.2f cpu s\n", c2, c1, vm, o, all}'
done; done
