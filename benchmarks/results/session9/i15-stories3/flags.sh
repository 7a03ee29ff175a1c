#!/bin/bash
# flags.sh ROUNDS "COMMAND" "OPTS1" "OPTS2" ...: interleaved runs of TREE's launcher on g20k with extra JVM options
# (COPYDESK_JAVA_OPTS), one run per hold of the measure lock (LOCK): wall user sys maxRSS, GC pause total (ms) / pauses, load, md5
rounds=$1; cmd=$2; shift 2
G=${G:-${DATA:?DATA: the folder holding g20k.jsonl}/g20k.jsonl}
T=${TMPDIR:-/tmp}
for r in $(seq 1 $rounds); do
  for o in "$@"; do
    flock ${LOCK:-$T/measure.lock} bash -c "l=\$(cut -d' ' -f1 /proc/loadavg); COPYDESK_JAVA_OPTS='$o -Xlog:gc:file=$T/gc.log' /usr/bin/time -f '%e %U %S %M' -o $T/t.time ${TREE:?}/copydesk $cmd $G --format jsonl -q > $T/flags.out; p=\$(grep -o 'Pause[^)]*) [0-9.]*M->[0-9.]*M([0-9.]*M) [0-9.]*ms' $T/gc.log | awk '{s+=\$NF} END {printf \"%.0f/%d\", s, NR}'); echo \"$r [$o] \$(cat $T/t.time) gc \$p load \$l \$(cut -d' ' -f1 /proc/loadavg) md5 \$(md5sum < $T/flags.out | cut -c1-8)\""
  done
done
