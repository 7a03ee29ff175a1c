#!/bin/bash
# synab2.sh ROUNDS LABEL=TREE[:OPTS]...: syn dedup --threshold 0.5 --pairs --format jsonl, variants interleaved, each run under
# the measure lock: wall, user, sys, peak RSS, young/full collections, pause ms, collector CPU (user+sys from -Xlog:gc+cpu), load.
rounds=$1; shift
tmp=${TMPDIR:-/tmp}
for r in $(seq "$rounds"); do for v in "$@"; do
  label=${v%%=*} rest=${v#*=}
  tree=${rest%%:*} opts=""
  [[ "$rest" == *:* ]] && opts=${rest#*:}
  flock "${LOCK:?}" bash -c "l=\$(cut -d' ' -f1 /proc/loadavg); COPYDESK_JAVA_OPTS='-Xlog:gc,gc+cpu:file=$tmp/sgc.txt $opts' /usr/bin/time -o $tmp/st.txt -f '%e %U %S %M' '$tree/copydesk' dedup '${DATA:?}/syn.jsonl' --threshold 0.5 --pairs --format jsonl -q --out $tmp/s.out; read w u s m < $tmp/st.txt; printf '%-8s wall %5s user %5s sys %5s cpu %5.2f rss %6s young %2s full %s pause_ms %6.1f gc_cpu %5.2f load %s md5 %s\n' '$label' \$w \$u \$s \$(echo \"\$u + \$s\" | bc) \$m \$(grep -c 'Pause Young.*ms\$' $tmp/sgc.txt) \$(grep -c 'Pause Full.*ms\$' $tmp/sgc.txt) \$(grep -o 'Pause.*[0-9.]*ms\$' $tmp/sgc.txt | grep -o '[0-9.]*ms\$' | tr -d ms | paste -sd+ | bc) \$(grep -o 'User=[0-9.]*s Sys=[0-9.]*s' $tmp/sgc.txt | sed -E 's/User=([0-9.]*)s Sys=([0-9.]*)s/\1+\2/' | paste -sd+ | bc) \$l \$(md5sum < $tmp/s.out | cut -c1-8)"
done; done
