#!/usr/bin/env bash
# allsides.sh DATA_FILE OUT: dedup, cluster and related --all of one real set (allsides-8k, unpacked from
# ../shared/data), BASE_TREE against NEW_TREE (default .), interleaved, ROUNDS rounds (default 3); wall, CPU
# and RSS of each process with the load before it, then the outputs' digests.
set -u
in=$1 out=$2; mkdir -p "$out"
t() { local name=$1; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" "$@" > /dev/null 2> "$out/$name.err"
  echo "$name rc=$? wall_user_sys_rssKB=$(cat "$out/t.tmp") load_before=$l"; }
echo "start $(date -u +%T) $(uptime)"
for round in $(seq "${ROUNDS:-3}"); do
  for v in base main; do
    dir=${BASE_TREE:?set BASE_TREE to a tree of the start commit}; [[ $v == main ]] && dir=${NEW_TREE:-.}
    t $v-dedup $dir/copydesk dedup "$in" --format jsonl -q --out "$out/$v.dedup"
    t $v-cluster $dir/copydesk cluster "$in" --format jsonl -q --out "$out/$v.cluster"
    t $v-related $dir/copydesk related "$in" --all --format jsonl -q --out "$out/$v.related"
  done
done
md5sum "$out"/*.dedup "$out"/*.cluster "$out"/*.related
echo "end $(date -u +%T) $(uptime)"
