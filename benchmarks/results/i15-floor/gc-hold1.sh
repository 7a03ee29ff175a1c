#!/bin/bash
# GC comparison, hold 1: 100k dedup (2 rounds) and 100k cluster (1 round), Serial vs Parallel (vs G1 for dedup), base jar (main 21f1223)
cd /tmp/i15f
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
run() { # gc cmd data out
  local gc=$1 cmd=$2 data=$3 out=$4
  echo "load: $(uptime | sed 's/.*load average: //')"
  /usr/bin/time -f "$gc $cmd $data: %e s wall, %U user, %S sys, %M KB maxRSS" $J -XX:+Use${gc}GC -jar base.jar $cmd $data --format jsonl -q > $out
  echo "  md5 $(md5sum < $out | cut -c1-12)"
}
date -u
for r in 1 2; do
  for gc in Serial Parallel G1; do run $gc dedup g100k.jsonl gc-out/dedup-$gc.jsonl; done
done
for gc in Serial Parallel; do run $gc cluster g100k.jsonl gc-out/cluster-$gc.jsonl; done
date -u
