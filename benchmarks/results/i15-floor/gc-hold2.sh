#!/bin/bash
# GC comparison, hold 2: 100k related --all, Serial vs Parallel, with GC logs (pause totals), base jar (main 21f1223)
cd /tmp/i15f
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
run() {
  local gc=$1 cmd=$2 data=$3 out=$4
  echo "load: $(uptime | sed 's/.*load average: //')"
  /usr/bin/time -f "$gc $cmd $data: %e s wall, %U user, %S sys, %M KB maxRSS" $J -XX:+Use${gc}GC -Xlog:gc:file=$out.gclog -jar base.jar $cmd $data --format jsonl -q > $out
  echo "  md5 $(md5sum < $out | cut -c1-12)"
}
date -u
for gc in Serial Parallel; do run $gc "related --all" g100k.jsonl gc-out/related-$gc.jsonl; done
date -u
