#!/bin/bash
# cmdpairs.sh ROUNDS CMD...: the command through the base tree's launcher and the new tree's, interleaved (order
# alternating), each under the measure lock: wall, user, sys CPU (GNU time) and the output's md5
rounds=$1; shift
for r in $(seq $rounds); do
  order="base new"; (( r % 2 == 0 )) && order="new base"
  for v in $order; do
    tree=$BASE; [[ $v == new ]] && tree=$NEW
    flock $LOCKS/measure.lock bash -c "l=\$(cut -d' ' -f1-3 /proc/loadavg); /usr/bin/time -o $TMPDIR/cmdpair.time -f '%e %U %S' $tree/copydesk $* -q --out $TMPDIR/cmdpair.out >/dev/null 2>&1; echo \"$v r$r load \$l wall/user/sys \$(cat $TMPDIR/cmdpair.time) md5 \$(md5sum < $TMPDIR/cmdpair.out | cut -c1-8)\""
  done
done
