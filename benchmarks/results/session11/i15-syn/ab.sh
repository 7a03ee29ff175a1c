#!/bin/bash
# Interleaved base vs branch: ./copydesk dedup INPUT ARGS... --out OUT, each run under the shared
# measure lock, /usr/bin/time's wall, user, sys (s) and max RSS (KB), the load before each run.
# usage: BASE=<base tree> BRANCH=<branch tree> ab.sh ROUNDS OUT_FILE INPUT ARGS...
# (the branch tree is a copy of the worktree's build, so edits during a run do not rebuild it)
rounds=$1 out=$2 input=$3; shift 3
for r in $(seq "$rounds"); do
  for v in "base:$BASE" "branch:$BRANCH"; do
    label=${v%%:*} dir=${v#*:}
    l=$(cut -d' ' -f1-3 /proc/loadavg)
    res=$(cd "$dir" && flock "$MEASURE_LOCK" /usr/bin/time -f "%e %U %S %M" ./copydesk dedup "$input" "$@" --out "$TMPDIR/$label.out" 2>&1 | tail -1)
    echo "$label round=$r wall_user_sys_rssKB=$res load_before=$l" | tee -a "$out"
  done
done
