#!/bin/bash
# stagepair.sh OUT ROUNDS CMD...: $BASE and $NEW (trees with the stage log patch) interleaved, order alternating, under the measure lock
out=$1 rounds=$2; shift 2; mkdir -p $out
for r in $(seq $rounds); do
  for v in $( (( r % 2 )) && echo exp exp2 || echo exp2 exp); do
    tree=$BASE; [[ $v == exp2 ]] && tree=$NEW
    flock $LOCKS/measure.lock bash -c "cd $tree; l=\$(cut -d' ' -f1-3 /proc/loadavg); STAGES=1 /usr/bin/time -f 'TIME %e %U %S' ./copydesk $* --out $out/$v.out > $out/$v.r$r.log 2>&1; echo \"load \$l\" >> $out/$v.r$r.log"
  done
  cmp -s $out/exp.out $out/exp2.out && echo "r$r identical" || echo "r$r DIFFER"
done
