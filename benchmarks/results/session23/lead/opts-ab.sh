#!/bin/bash
# Interleaved A/B of JVM options through the launcher (COPYDESK_JAVA_OPTS): ROUNDS pairs, the order
# within a pair alternating; prints wall/user/sys/RSS, the load before each run and the output's md5.
# usage: opts-ab.sh "OPTS_A" "OPTS_B" ROUNDS copydesk-args...   (run from the repository root)
a=$1 b=$2 rounds=$3; shift 3
one() { local name=$1 opts=$2; shift 2; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -o /tmp/opts-ab.t -f "%e %U %S %M" ./copydesk "$@" > /tmp/opts-ab.out 2>/dev/null
  echo "$name $(cat /tmp/opts-ab.t) load=$l md5=$(md5sum < /tmp/opts-ab.out | cut -c1-8)"; }
for ((r = 1; r <= rounds; r++)); do
  if (( r % 2 )); then one A "$a" "$@"; one B "$b" "$@"; else one B "$b" "$@"; one A "$a" "$@"; fi
done
