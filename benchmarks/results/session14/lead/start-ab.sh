#!/usr/bin/env bash
# BASE_TREE=... NEW_TREE=... DATA=... start-ab.sh ROUNDS (DATA holds one.jsonl: the first line of syn.jsonl; g300.jsonl: the first 300 lines of g20k.jsonl): one-article and 300-article cluster / related --all / dedup, base and new launchers interleaved
rounds=${1:-6}
for r in $(seq $rounds); do
  for cmd in "cluster $DATA/one.jsonl -q" "related $DATA/one.jsonl --all -q" "cluster $DATA/g300.jsonl -q" "related $DATA/g300.jsonl --all -q" "dedup $DATA/one.jsonl -q"; do
    for tree in "$BASE_TREE" "$NEW_TREE"; do
      l=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -f "$(basename $tree) %e %U %S $l" -o /tmp/start-ab.t $tree/copydesk $cmd > /dev/null 2>&1
      echo "$r ${cmd%% *} $(echo $cmd | cut -d' ' -f2 | xargs basename) $(cat /tmp/start-ab.t)"
    done
  done
done
