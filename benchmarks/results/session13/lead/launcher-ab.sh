#!/bin/bash
# quiet A/B of launcher flags (main a99b591, 04:14-04:17 UTC); OUT tsv: round case variant wall user sys maxRSS-KB load
cd "${REPO:?set REPO to the repository root}"
OUT=${OUT:?set OUT to the tsv to append to}
declare -A V=([base]="" [sr2]="-XX:SurvivorRatio=2" [pt]="-XX:PretenureSizeThreshold=8m -Xmn116m -XX:InitialRAMPercentage=25")
hog() { python3 -c "b=bytearray(1<<30)
for i in range(0, len(b), 4096): b[i]=1"; }
run() { # case variant round args...
  local c=$1 v=$2 r=$3; shift 3
  COPYDESK_JAVA_OPTS="${V[$v]}" /usr/bin/time -f "$r\t$c\t$v\t%e\t%U\t%S\t%M\t$(cut -d' ' -f1 /proc/loadavg)" -a -o $OUT ./copydesk "$@" -q --out ${OUT%.tsv}.$c.$v
}
for r in 1 2 3 4 5 6 7 8; do for v in base sr2; do run syn $v $r dedup ${DATA:?set DATA to the folder of syn.jsonl and gen100k.jsonl}/syn.jsonl --threshold 0.5 --pairs; done; done
for r in 1 2 3 4 5 6; do for v in base sr2; do hog; run synhog $v $r dedup ${DATA:?set DATA to the folder of syn.jsonl and gen100k.jsonl}/syn.jsonl --threshold 0.5 --pairs; done; done
for r in 1 2 3 4 5; do for v in base pt; do run gen100k $v $r dedup ${DATA:?set DATA to the folder of syn.jsonl and gen100k.jsonl}/gen100k.jsonl; done; done
