#!/usr/bin/env bash
# hold-start-end.sh OUT: session start (a tree of f7c6e3a, BASE_TREE) against session end (NEW_TREE, default .), interleaved
set -u
out=$1; mkdir -p $out; D=${DATA:?set DATA to the folder of syn.jsonl, g20k.jsonl and gen100k.jsonl}
t() { local name=$1; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" "$@" > /dev/null 2> "$out/$name.err"
  echo "$name rc=$? wall_user_sys_rssKB=$(cat "$out/t.tmp") load_before=$l"; }
echo "start $(date -u +%T) $(uptime)"
for round in 1 2 3; do
  for v in base main; do
    dir=${BASE_TREE:?set BASE_TREE to a tree of the start commit}; [[ $v == main ]] && dir=${NEW_TREE:-.}
    t $v-dedup-syn $dir/copydesk dedup $D/syn.jsonl --threshold 0.5 --pairs --format jsonl -q --out $out/$v.syn.pairs
    t $v-dedup-g20k $dir/copydesk dedup $D/g20k.jsonl --format jsonl -q --out $out/$v.g20k.dedup
    t $v-cluster-g20k $dir/copydesk cluster $D/g20k.jsonl --format jsonl -q --out $out/$v.g20k.cluster
    t $v-related-g20k $dir/copydesk related $D/g20k.jsonl --all --format jsonl -q --out $out/$v.g20k.related
  done
done
for round in 1 2; do
  for v in base main; do
    dir=${BASE_TREE:?set BASE_TREE to a tree of the start commit}; [[ $v == main ]] && dir=${NEW_TREE:-.}
    t $v-dedup-100k $dir/copydesk dedup $D/gen100k.jsonl --format jsonl -q --out $out/$v.100k.dedup
  done
done
md5sum $out/*.pairs $out/*.dedup $out/*.cluster $out/*.related
echo "end $(date -u +%T) $(uptime)"
