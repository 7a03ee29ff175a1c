#!/usr/bin/env bash
# pairs.sh AB_DIR STAGE...: per round, base and new CPU of each stage, and how many rounds new was lower
d=$1; shift
for st in "$@"; do
  lower=0; higher=0; line=""
  for b in $d/base.r*.log; do r=${b##*.r}; r=${r%.log}; n=$d/new.r$r.log
    bc=$(awk -v s=$st '$1==s && NF==4 {print $3}' $b); nc=$(awk -v s=$st '$1==s && NF==4 {print $3}' $n)
    line="$line $bc/$nc"
    if awk -v a=$bc -v b=$nc 'BEGIN{exit !(b<a)}'; then lower=$((lower+1)); elif awk -v a=$bc -v b=$nc 'BEGIN{exit !(b>a)}'; then higher=$((higher+1)); fi
  done
  echo "$st CPU base/new per round:$line  -> new lower in $lower, higher in $higher"
done
