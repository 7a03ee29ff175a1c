#!/usr/bin/env bash
# post.sh OUT: per round, the sum of the stages after reading (wall, CPU) for base and new, and the load
out=$1
for f in "$out"/base.r*.log; do
  r=${f##*.r}; r=${r%.log}
  for t in base new; do
    awk -v t=$t -v r=$r '/^load/ {l=$2} NF==4 && $1 != "load" && $2 ~ /^[0-9.]+$/ && $1 !~ /^(start|reading|total)$/ {w+=$2; c+=$3} $1=="reading" {rw=$2; rc=$3} END {printf "round %s %-4s after reading: wall %.2f CPU %.2f   (reading %.2f / %.2f, load %s)\n", r, t, w, c, rw, rc, l}' "$out/$t.r$r.log"
  done
done
