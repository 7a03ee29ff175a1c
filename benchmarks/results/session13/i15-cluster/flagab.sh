#!/bin/bash
# flagab.sh TREE ROUNDS OUTDIR "OPTS_A" "OPTS_B" CMD...: the same tree's ./copydesk with two
# COPYDESK_JAVA_OPTS values, interleaved (order alternating per round), each run under the measure
# lock; prints one line per run: variant, wall, user, sys, load before; and whether outputs match.
# LOCKS: the directory holding measure.lock.
tree=$1 rounds=$2 out=$3 a=$4 b=$5; shift 5
mkdir -p "$out"
for r in $(seq "$rounds"); do
  if (( r % 2 )); then order="A B"; else order="B A"; fi
  for v in $order; do
    if [[ $v == A ]]; then opts=$a; else opts=$b; fi
    flock "$LOCKS/measure.lock" bash -c "cd '$tree'; l=\$(cut -d' ' -f1 /proc/loadavg); COPYDESK_JAVA_OPTS='$opts' /usr/bin/time -f \"$v r$r %e %U %S load \$l\" -o '$out/t.$v.$r' ./copydesk $* --out '$out/$v.out' >/dev/null 2>&1; cat '$out/t.$v.$r'"
  done
  cmp -s "$out/A.out" "$out/B.out" && echo "r$r same output" || echo "r$r OUTPUTS DIFFER"
done
