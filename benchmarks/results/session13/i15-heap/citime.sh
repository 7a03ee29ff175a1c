#!/bin/bash
# citime.sh ROUNDS LABEL=TREE...: gen100k dedup with -XX:+CITime, each tree once a round under the measure lock: the C2
# compilations (methods, bytecode bytes, standard and on-stack) and their time, C1's, CPU, load before, md5.
rounds=$1; shift
tmp=${TMPDIR:-/tmp}
for r in $(seq "$rounds"); do for v in "$@"; do
  label=${v%%=*} tree=${v#*=}
  flock "${LOCK:?}" bash -c "cd '$tree'; l=\$(cut -d' ' -f1-3 /proc/loadavg); COPYDESK_JAVA_OPTS='-XX:+CITime' /usr/bin/time -o $tmp/ct.txt -f '%e %U %S' ./copydesk dedup '${DATA:?}/gen100k.jsonl' --format jsonl -q --out $tmp/c.out > $tmp/ci.txt 2>&1; read w u s < $tmp/ct.txt; c2=\$(grep -m1 '^  C2 {' $tmp/ci.txt | sed -E 's/.*standard: +([0-9.]+) s, ([0-9]+) bytes, ([0-9]+) methods; osr: +([0-9.]+) s, ([0-9]+) bytes, ([0-9]+) methods.*/std \1s \2B \3m osr \4s \5B \6m/'); c1=\$(grep -m1 '^  C1 {' $tmp/ci.txt | sed -E 's/.*standard: +([0-9.]+) s, ([0-9]+) bytes, ([0-9]+) methods; osr: +([0-9.]+) s, ([0-9]+) bytes, ([0-9]+) methods.*/std \1s \3m osr \4s \6m/'); printf '%-8s cpu %6.2f wall %6s C2 %s | C1 %s | load_before %s md5 %s\n' '$label' \$(echo \"\$u + \$s\" | bc) \$w \"\$c2\" \"\$c1\" \"\$l\" \$(md5sum < $tmp/c.out | cut -c1-8)"
done; done
