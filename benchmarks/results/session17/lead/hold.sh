#!/usr/bin/env bash
# hold.sh OUT: session start (BASE_TREE) against session end (NEW_TREE, default .), interleaved: session 7's
# hold-start-end.sh (syn dedup, g20k dedup/cluster/related --all, gen100k dedup) plus cluster and
# related --all on the synthetic set (undated: every search spans the whole collection), 2 rounds.
set -u
out=$1; here=$(cd "$(dirname "$0")" && pwd); D=${DATA:?set DATA to the folder of syn.jsonl, g20k.jsonl and gen100k.jsonl}
bash "$here/../../session7/hold-start-end.sh" "$out"
t() { local name=$1; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" "$@" > /dev/null 2> "$out/$name.err"
  echo "$name rc=$? wall_user_sys_rssKB=$(cat "$out/t.tmp") load_before=$l"; }
for round in 1 2; do
  for v in base main; do
    dir=${BASE_TREE:?set BASE_TREE to a tree of the start commit}; [[ $v == main ]] && dir=${NEW_TREE:-.}
    t $v-cluster-syn $dir/copydesk cluster $D/syn.jsonl --format jsonl -q --out $out/$v.syn.cluster
    t $v-related-syn $dir/copydesk related $D/syn.jsonl --all --format jsonl -q --out $out/$v.syn.related
  done
done
md5sum $out/*.syn.cluster $out/*.syn.related
echo "end $(date -u +%T) $(uptime)"
