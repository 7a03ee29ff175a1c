#!/bin/bash
# mtt.sh ROUNDS TREE: gen100k dedup with the default flags and with -XX:MaxTenuringThreshold=0, interleaved, each under the lock
rounds=$1 t=$2
for r in $(seq $rounds); do for opt in "" "-XX:MaxTenuringThreshold=0"; do
  flock $LOCKS/measure.lock bash -c "cd $t; l=\$(cut -d' ' -f1-3 /proc/loadavg); COPYDESK_JAVA_OPTS='-Xlog:gc,gc+heap=debug:file=/tmp/i15mem/pairs/gcm.txt $opt' /usr/bin/time -o /tmp/i15mem/pairs/tm.txt -f '%e %U %S' ./copydesk dedup $DATA/gen100k.jsonl --format jsonl -q --out /tmp/i15mem/pairs/m.out; read w u s < /tmp/i15mem/pairs/tm.txt; printf '%-28s wall %6s user %6s sys %5s cpu %6.2f gcs %3s pause_ms %7.0f %s load_before %s md5 %s\n' \"mtt${opt:+0}\" \$w \$u \$s \$(echo \"\$u + \$s\" | bc) \$(grep -c 'Pause Young' /tmp/i15mem/pairs/gcm.txt) \$(grep 'Pause Young' /tmp/i15mem/pairs/gcm.txt | sed -E 's/.* ([0-9.]+)ms\$/\1/' | paste -sd+ | bc) \"\$(python3 /tmp/i15mem/promo.py /tmp/i15mem/pairs/gcm.txt | cut -d' ' -f2-)\" \"\$l\" \$(md5sum < /tmp/i15mem/pairs/m.out | cut -c1-8)"
done; done
