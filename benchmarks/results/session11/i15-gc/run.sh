#!/usr/bin/env bash
# run.sh LAUNCHER LABEL INPUT EXTRA_OPTS -> one line: label wall user sys maxrssKB youngGCs gcUser gcSys load1 md5
L=$1; label=$2; in=$3; extra=$4
log="$TMPDIR"/gc-$label-$$.log
out="$TMPDIR"/out-$label-$$.out
load=$(cut -d' ' -f1 /proc/loadavg)
t=$(COPYDESK_JAVA_OPTS="$extra -Xlog:gc*=info:file=$log" flock "$MEASURE_LOCK" /usr/bin/time -f "%e %U %S %M" $L dedup "$in" --format jsonl -q --out "$out" 2>&1 | tail -1)
y=$(grep -c 'gc *\] GC([0-9]*) Pause Young' "$log")
g=$(grep -o 'User=[0-9.]*s Sys=[0-9.]*s' "$log" | tr -d 'UserSys=s' | awk '{u+=$1;s+=$2}END{print u, s}')
m=$(md5sum < "$out" | cut -c1-8)
echo "$label $t $y $g $load $m"
rm -f "$log" "$out"
