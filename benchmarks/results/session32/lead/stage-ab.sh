#!/bin/bash
# Interleaved --timings runs of two trees' ./copydesk, the order alternating by round; prints per run the tree,
# /usr/bin/time's wall/user/sys/RSS, the load before, the output's md5, then the stage lines named in STAGES.
# usage: STAGES="linking|total" stage-ab.sh BASE_TREE NEW_TREE ROUNDS copydesk-args...
base=$1 new=$2 rounds=$3; shift 3
one() { local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  (cd "$2" && shift 2 && /usr/bin/time -o /tmp/stage-ab.t -f "%e %U %S %M" ./copydesk "$@" --timings --out /tmp/stage-ab.out 2>/tmp/stage-ab.err) || { echo "$1 failed"; exit 1; }
  echo "$1 $(cat /tmp/stage-ab.t) load=$l md5=$(md5sum < /tmp/stage-ab.out | cut -c1-8) $(grep -E "^ +(${STAGES:-total}) " /tmp/stage-ab.err | awk '{printf "%s=%s/%s ", $1, $2, $3}')"; }
for ((r = 0; r < rounds; r++)); do
  if (( r % 2 == 0 )); then one base "$base" "$@"; one new "$new" "$@"; else one new "$new" "$@"; one base "$base" "$@"; fi
done
