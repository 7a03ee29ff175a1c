#!/usr/bin/env bash
# hold.sh OUT ROUNDS (from session10/i15-terms): base tree (BASE_TREE) against this branch (NEW_TREE), interleaved, each pair of runs under
# $LOCK (base first in odd rounds, new first in even): g20k dedup, cluster (jsonl), related --all (jsonl and text). wall, user, sys, RSS, load.
set -u
out=$1 rounds=${2:-3}; mkdir -p $out; G=$DATA/g20k.jsonl
t() { local name=$1; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" "$@" > /dev/null 2> "$out/$name.err"
  echo "$name rc=$? wall_user_sys_rssKB=$(cat "$out/t.tmp") load_before=$l"; }
echo "start $(date -u +%T) $(uptime)"
for round in $(seq $rounds); do
  for cmd in "dedup $G --format jsonl -q" "cluster $G --format jsonl -q" "related $G --all --format jsonl -q" "related $G --all -q"; do
    name=$(echo $cmd | cut -d' ' -f1)$(echo "$cmd" | grep -q -- "--all -q" && echo -text)
    flock $LOCK bash -c "
      $(declare -f t); out=$out
      for v in $( (( round % 2 )) && echo base new || echo new base); do dir=\$([[ \$v == base ]] && echo ${BASE_TREE:?} || echo ${NEW_TREE:?})
        t \$v-$name-r$round \$dir/copydesk $cmd --out $out/\$v.$name.out
      done"
    cmp -s $out/base.$name.out $out/new.$name.out && echo "  $name outputs identical" || echo "  $name OUTPUTS DIFFER"
  done
done
echo "end $(date -u +%T) $(uptime)"
