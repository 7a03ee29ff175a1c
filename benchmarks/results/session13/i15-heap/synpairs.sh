#!/bin/bash
# synpairs.sh ROUNDS LABEL=TREE...: syn dedup --threshold 0.5 --pairs (the side-by-side run), each tree once a round, each run
# under the measure lock: wall/user/sys, CPU, load before, md5 of the pairs. DATA: folder of syn.jsonl; LOCK; TMPDIR.
rounds=$1; shift
tmp=${TMPDIR:-/tmp}
for r in $(seq "$rounds"); do for v in "$@"; do
  label=${v%%=*} tree=${v#*=}
  flock "${LOCK:?}" bash -c "cd '$tree'; l=\$(cut -d' ' -f1-3 /proc/loadavg); /usr/bin/time -o $tmp/st.txt -f '%e %U %S' ./copydesk dedup '${DATA:?}/syn.jsonl' --threshold 0.5 --pairs --format jsonl -q --out $tmp/s.out; read w u s < $tmp/st.txt; printf '%-10s wall %5s user %5s sys %5s cpu %5.2f load_before %s md5 %s\n' '$label' \$w \$u \$s \$(echo \"\$u + \$s\" | bc) \"\$l\" \$(md5sum < $tmp/s.out | cut -c1-8)"
done; done
