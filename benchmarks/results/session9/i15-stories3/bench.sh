#!/bin/bash
# bench.sh ROUNDS: interleaved rounds of dedup, cluster, related --all on g20k, BASE_TREE then NEW_TREE (each
# through its own launcher, AOT cache and flags; extra JVM options in OPTS), one run per hold of the measure lock
# (LOCK). Columns: round tree command wall user sys maxRSS(KB) load-before load-after
G=${G:-${DATA:?DATA: the folder holding g20k.jsonl}/g20k.jsonl}
for r in $(seq 1 $1); do
  for c in ${COMMANDS:-"dedup" "cluster" "related --all"}; do
    for tree in ${BASE_TREE:?} ${NEW_TREE:?}; do
      flock ${LOCK:-${TMPDIR:-/tmp}/measure.lock} bash -c "l=\$(cut -d' ' -f1-3 /proc/loadavg); COPYDESK_JAVA_OPTS='${OPTS:-}' /usr/bin/time -f '%e %U %S %M' -o ${TMPDIR:-/tmp}/bench.time $tree/copydesk $c $G --format jsonl -q > /dev/null; echo \"$r $(basename $tree) ${c/ --all/} \$(cat ${TMPDIR:-/tmp}/bench.time) load \$l \$(cut -d' ' -f1 /proc/loadavg)\""
    done
  done
done
