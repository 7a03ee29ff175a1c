#!/usr/bin/env bash
# cluster-100k.sh: one pair of cluster runs on 100k generated articles, NEW_TREE first, then BASE_TREE (each its own launcher)
out=${OUT:?OUT: a folder for the outputs}; mkdir -p $out
t() { local name=$1; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" "$@" > /dev/null 2> "$out/$name.err"
  echo "$name rc=$? wall_user_sys_rssKB=$(cat "$out/t.tmp") load_before=$l"; }
t main-cluster-100k ${NEW_TREE:?}/copydesk cluster ${DATA:?}/gen100k.jsonl --format jsonl -q --out $out/main.cluster
t base-cluster-100k ${BASE_TREE:?}/copydesk cluster ${DATA:?}/gen100k.jsonl --format jsonl -q --out $out/base.cluster
md5sum $out/*.cluster
