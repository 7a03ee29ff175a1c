#!/bin/bash
# Before (main) vs after (branch): 20k generated, dedup / cluster / related --all, 2 interleaved rounds; 100k dedup and cluster, 1 round.
# GC as the new launcher picks it on 2 cores: dedup Serial, cluster and related Parallel.
cd /tmp/i15f
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
run() { # jar cmd data
  local jar=$1 cmd=$2 data=$3 gc=Parallel
  [[ $cmd == dedup ]] && gc=Serial
  local out=speed-out/$(basename $jar .jar)-${cmd// /}-$(basename $data .jsonl).jsonl
  echo "load: $(uptime | sed 's/.*load average: //')"
  /usr/bin/time -f "$jar $cmd $data ($gc): %e s wall, %U user, %S sys, %M KB maxRSS" $J -XX:+Use${gc}GC -jar $jar $cmd $data --format jsonl -q > $out
  echo "  md5 $(md5sum < $out | cut -c1-12)"
}
mkdir -p speed-out
date -u
for r in 1 2; do
  for jar in $MAINJAR $NEWJAR; do for c in dedup cluster "related --all"; do run $jar "$c" g20k.jsonl; done; done
done
for jar in $NEWJAR $MAINJAR; do for c in dedup cluster; do run $jar "$c" g100k.jsonl; done; done
date -u
