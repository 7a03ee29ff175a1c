#!/bin/bash
# c100k.sh TREE...: gen100k cluster --format jsonl through each tree's launcher, one run per hold of the measure lock (LOCK):
# wall user sys maxRSS(KB), load before/after, md5 of the output
T=${TMPDIR:-/tmp}
for tree in "$@"; do
  flock ${LOCK:-$T/measure.lock} bash -c "l=\$(cut -d' ' -f1-3 /proc/loadavg); COPYDESK_JAVA_OPTS='-Xmx6g' /usr/bin/time -f '%e %U %S %M' -o $T/c100k.time $tree/copydesk cluster ${DATA:?}/gen100k.jsonl --format jsonl -q > $T/c100k.out; echo \"\$(basename $tree) cluster gen100k \$(cat $T/c100k.time) load \$l \$(cut -d' ' -f1 /proc/loadavg) md5 \$(md5sum < $T/c100k.out | cut -c1-8)\""
done
