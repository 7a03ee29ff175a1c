#!/bin/bash
# bench.sh ROUNDS: interleaved rounds of dedup, cluster, related --all, BASE_TREE then NEW_TREE (each with its own
# launcher, AOT cache and flags) on g20k, one run per hold of the measure lock (LOCK)
G=${G:-${DATA:?DATA: the folder holding g20k.jsonl}/g20k.jsonl}
for r in $(seq 1 $1); do
  for c in "dedup" "cluster" "related --all"; do
    for tree in ${BASE_TREE:-/tmp/base-b1b026e} ${NEW_TREE:-/tmp/new}; do
      flock ${LOCK:-${TMPDIR:-/tmp}/measure.lock} bash -c "l=\$(cut -d' ' -f1-3 /proc/loadavg); /usr/bin/time -f '%e %U %S %M' -o ${TMPDIR:-/tmp}/bench.time $tree/copydesk $c $G --format jsonl -q > /dev/null; echo \"$r $(basename $tree) ${c/ --all/} \$(cat ${TMPDIR:-/tmp}/bench.time) load \$l \$(cut -d' ' -f1 /proc/loadavg)\""
    done
  done
done
