#!/bin/bash
# gcpair.sh ROUNDS TREE...: gen100k dedup per tree interleaved, with the GC log: wall/user/sys, collections, pause sum, md5
rounds=$1; shift
for r in $(seq $rounds); do for t in "$@"; do
  flock ${LOCK:?} bash -c "cd $t; l=\$(cut -d' ' -f1-3 /proc/loadavg); COPYDESK_JAVA_OPTS='-Xlog:gc:file=${TMPDIR:-/tmp}/gcy.txt' /usr/bin/time -o ${TMPDIR:-/tmp}/ty.txt -f '%e %U %S' ./copydesk dedup ${DATA:?}/gen100k.jsonl --format jsonl -q --out ${TMPDIR:-/tmp}/y.out; read w u s < ${TMPDIR:-/tmp}/ty.txt; printf '%-14s wall %6s user %6s sys %5s cpu %6.2f gcs %3s pause_ms %7.0f load_before %s md5 %s\n' \$(basename $t) \$w \$u \$s \$(echo \"\$u + \$s\" | bc) \$(grep -c Pause ${TMPDIR:-/tmp}/gcy.txt) \$(grep Pause ${TMPDIR:-/tmp}/gcy.txt | sed -E 's/.* ([0-9.]+)ms\$/\1/' | paste -sd+ | bc) \"\$l\" \$(md5sum < ${TMPDIR:-/tmp}/y.out | cut -c1-8)"
done; done
