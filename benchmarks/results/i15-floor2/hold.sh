#!/bin/bash
# Before/after under the measure lock: main's tree (BASE, its own ./copydesk) against this branch's
# ./copydesk, and the branch with the JIT options set back to HotSpot's defaults (the code change
# alone), on the synthetic set (SYN) and 100k generated articles (GEN); interleaved rounds, the load
# before every process, user/sys CPU, peak RSS and the md5 of every output.
# SMALL (space-separated inputs) adds 3 rounds on each: base, branch, and the branch with tiered
# compilation back (-XX:TieredStopAtLevel=4, undoing its C1-only choice for small inputs).
# usage: hold.sh BASE_TREE BRANCH_TREE SYN GEN OUT_DIR [SYN_ROUNDS] [GEN_ROUNDS]
set -u
base=$1 branch=$2 syn=$3 gen=$4 out=$5 sr=${6:-3} gr=${7:-2}
unset JAVA_HOME
mkdir -p "$out"
defaults="-XX:InlineSmallCode=2500 -XX:FreqInlineSize=325 -XX:MaxInlineLevel=15"
t() { local name=$1 tree=$2 opts=$3 in=$4; shift 4; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  ( cd "$tree" && COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" ./copydesk dedup "$in" "$@" --format jsonl -q --out "$out/$name.out" 2> "$out/$name.err" )
  read -r w u s m < "$out/t.tmp"
  printf '%s wall %s user %s sys %s cpu %.2f rssMB %d load_before %s md5 %s\n' "$name" "$w" "$u" "$s" "$(echo "$u + $s" | bc)" $((m / 1024)) "$l" "$(md5sum < "$out/$name.out" | cut -c1-12)"; }
echo "start $(date -u +%T) $(uptime)"
for r in $(seq "$sr"); do
  t syn-base "$base" "" "$syn" --threshold 0.5 --pairs
  t syn-branch "$branch" "" "$syn" --threshold 0.5 --pairs
  t syn-branch-defaultjit "$branch" "$defaults" "$syn" --threshold 0.5 --pairs
done
for r in $(seq "$gr"); do
  t gen-base "$base" "" "$gen"
  t gen-branch "$branch" "" "$gen"
  t gen-branch-defaultjit "$branch" "$defaults" "$gen"
done
for r in 1 2 3; do
  for f in ${SMALL:-}; do n=$(basename "$f" .jsonl)
    t "$n-base" "$base" "" "$f"
    t "$n-branch" "$branch" "" "$f"
    t "$n-branch-tiered" "$branch" "-XX:TieredStopAtLevel=4" "$f"
  done
done
echo "end $(date -u +%T) $(uptime)"
