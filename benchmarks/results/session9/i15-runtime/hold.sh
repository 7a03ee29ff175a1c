#!/bin/bash
# hold.sh ROUNDS "COMMAND INPUT [args...]" ...: each command through both trees' own ./copydesk launcher,
# base first then branch, interleaved for ROUNDS rounds; wall, user, sys, CPU, peak RSS, the load before the
# run and the output's md5. Environment: BASE_TREE, BRANCH_TREE (built trees), OUT (a scratch folder).
set -u
rounds=$1; shift
mkdir -p "$OUT"
t() { local name=$1 tree=$2; shift 2; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  ( cd "$tree" && /usr/bin/time -o "$OUT/t.tmp" -f "%e %U %S %M" ./copydesk "$@" --format jsonl -q > "$OUT/$name.out" 2> "$OUT/$name.err" )
  read -r w u s m < "$OUT/t.tmp"
  printf '%-26s wall %5s user %5s sys %5s cpu %6.2f rssMB %5d load %s md5 %s\n' "$name" "$w" "$u" "$s" "$(echo "$u + $s" | bc)" $((m / 1024)) "$l" "$(md5sum < "$OUT/$name.out" | cut -c1-8)"; }
echo "start $(date -u +%T) $(uptime)"
for r in $(seq "$rounds"); do
  for c in "$@"; do
    read -r -a a <<< "$c"; n="${a[0]}-$(basename "${a[1]}" .jsonl)"
    t "$n-base" "$BASE_TREE" "${a[@]}"
    t "$n-branch" "$BRANCH_TREE" "${a[@]}"
  done
done
echo "end $(date -u +%T) $(uptime)"
