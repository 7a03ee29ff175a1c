#!/bin/bash
# pairs.sh ROUNDS LABEL=TREE[:OPTS]...: gen100k dedup, each variant once a round in the given order, each run under the
# measure lock with a GC log: wall/user/sys, CPU, collections (full ones), the collector's CPU (user+sys summed over
# its pauses, from -Xlog:gc+cpu: unlike pause times, not stretched by a loaded machine), load before, md5 of the groups.
# DATA: folder holding gen100k.jsonl; LOCK: the measure lock; TMPDIR: scratch.
rounds=$1; shift
tmp=${TMPDIR:-/tmp}
for r in $(seq "$rounds"); do for v in "$@"; do
  label=${v%%=*} rest=${v#*=}
  tree=${rest%%:*} opts=""
  [[ "$rest" == *:* ]] && opts=${rest#*:}
  flock "${LOCK:?}" bash -c "cd '$tree'; l=\$(cut -d' ' -f1-3 /proc/loadavg); COPYDESK_JAVA_OPTS='-Xlog:gc,gc+cpu:file=$tmp/pgc.txt $opts' /usr/bin/time -o $tmp/pt.txt -f '%e %U %S' ./copydesk dedup '${DATA:?}/gen100k.jsonl' --format jsonl -q --out $tmp/p.out; read w u s < $tmp/pt.txt; printf '%-10s wall %6s user %6s sys %5s cpu %6.2f gcs %3s full %s gc_cpu %5.2f load_before %s md5 %s\n' '$label' \$w \$u \$s \$(echo \"\$u + \$s\" | bc) \$(grep -c 'Pause.*ms\$' $tmp/pgc.txt) \$(grep -c 'Pause Full.*ms\$' $tmp/pgc.txt) \$(grep -o 'User=[0-9.]*s Sys=[0-9.]*s' $tmp/pgc.txt | sed -E 's/User=([0-9.]*)s Sys=([0-9.]*)s/\1+\2/' | paste -sd+ | bc) \"\$l\" \$(md5sum < $tmp/p.out | cut -c1-8)"
done; done
