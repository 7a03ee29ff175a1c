#!/bin/bash
# vrun.sh NAME COMMAND INPUT "CACHE_FLAGS" "RUN_FLAGS" [copydesk args...]: one timed run of the jar with the
# launcher's flags written out by hand, so that flags the launcher cannot take from COPYDESK_JAVA_OPTS
# (those the AOT cache must be created with: collector, compact headers) can be varied. The AOT cache
# is made once per CACHE_FLAGS the way the launcher makes it (training: dedup or cluster on corpus/).
# Prints wall, user, sys, CPU, peak RSS, the load before the run and the output's md5.
# GCLOG=1 adds the collections' count, CPU and pause time (-Xlog:gc+cpu).
# THREADS=1 adds CPU seconds per thread kind (threads.py).
# TRAIN: the training input (default corpus/).
# Environment: TREE (a built copydesk tree), OUT (a scratch folder), JAVA_HOME (JDK 25).
set -u
name=$1 cmd=$2 in=$3 cflags=$4 rflags=$5; shift 5
jar="$TREE/target/copydesk-0.1.0-SNAPSHOT-all.jar"
training=cluster; [[ $cmd == dedup ]] && training=dedup
train=${TRAIN:-$TREE/corpus}
key=$(echo "$training $cflags $train" | md5sum | cut -c1-8)
aot="$OUT/aot-$key.aot"
if [[ ! -f $aot ]]; then
  "$JAVA_HOME/bin/java" $cflags -XX:AOTCacheOutput="$aot" -Xlog:aot*=off -Xlog:cds*=off -jar "$jar" "$training" "$train" --format jsonl -q >/dev/null 2>&1
fi
l=$(cut -d' ' -f1-3 /proc/loadavg)
gclog=(); [[ -n ${GCLOG:-} ]] && gclog=("-Xlog:gc,gc+cpu:file=$OUT/$name.gc")
timer=(/usr/bin/time -o "$OUT/t.tmp" -f "%e %U %S %M"); [[ -n ${THREADS:-} ]] && timer=(python3 "$(dirname "$0")/threads.py" "$OUT/t.tmp")
"${timer[@]}" "$JAVA_HOME/bin/java" $cflags $rflags ${gclog[@]+"${gclog[@]}"} -XX:AOTCache="$aot" -Xlog:aot*=off -Xlog:cds*=off \
  -jar "$jar" "$cmd" "$in" "$@" --format jsonl -q > "$OUT/$name.out" 2> "$OUT/$name.err"
read -r w u s m < "$OUT/t.tmp"
th=""; [[ -n ${THREADS:-} ]] && th=" $(tail -1 "$OUT/$name.err")"
gc=""; [[ -n ${GCLOG:-} ]] && gc=$(awk '/gc,cpu/ { for (i = 1; i <= NF; i++) { if ($i ~ /^User=/) u += substr($i, 6); if ($i ~ /^Sys=/) s += substr($i, 5); if ($i ~ /^Real=/) r += substr($i, 6) } n++ }
  END { printf " gcs %d gcCpu %.2f gcReal %.2f", n, u + s, r }' "$OUT/$name.gc")
printf '%-24s wall %5s user %5s sys %5s cpu %6.2f rssMB %5d%s load %s md5 %s\n' "$name" "$w" "$u" "$s" "$(echo "$u + $s" | bc)" $((m / 1024)) "$gc$th" "$l" "$(md5sum < "$OUT/$name.out" | cut -c1-8)"
