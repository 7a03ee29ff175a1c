#!/bin/bash
# jitab.sh OUT ROUNDS OPTS CMD...: the base tree's ./copydesk with and without COPYDESK_JAVA_OPTS=OPTS, interleaved under the measure lock
out=$1 rounds=$2 opts=$3; shift 3; mkdir -p $out
for r in $(seq $rounds); do
  for v in $( (( r % 2 )) && echo plain opts || echo opts plain); do
    o=""; [[ $v == opts ]] && o="$opts"
    flock $LOCKS/measure.lock bash -c "cd /tmp/base-63403aa; l=\$(cut -d' ' -f1-3 /proc/loadavg); COPYDESK_JAVA_OPTS='$o' /usr/bin/time -f '%e %U %S' -o $out/t.tmp ./copydesk $* --out $out/$v.out 2>/dev/null; echo \"$v r$r \$(cat $out/t.tmp) load \$l\""
  done
  cmp -s $out/plain.out $out/opts.out && echo "r$r identical" || echo "r$r DIFFER"
done
