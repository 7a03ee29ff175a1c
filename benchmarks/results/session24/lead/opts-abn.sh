#!/bin/bash
# Interleaved runs of several JVM option sets through the launcher (COPYDESK_JAVA_OPTS): ROUNDS rounds,
# each running every set once, the order rotating by round; prints name, wall/user/sys/RSS, the load
# before each run and the output's md5.
# usage: opts-abn.sh ROUNDS "NAME=OPTS" ["NAME=OPTS" ...] -- copydesk-args...   (from the repository root)
rounds=$1; shift
sets=()
while [[ $# -gt 0 && "$1" != -- ]]; do sets+=("$1"); shift; done
shift
one() { local name=${1%%=*} opts=${1#*=}; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -o /tmp/opts-abn.t -f "%e %U %S %M" ./copydesk "$@" > /tmp/opts-abn.out 2>/dev/null
  echo "$name $(cat /tmp/opts-abn.t) load=$l md5=$(md5sum < /tmp/opts-abn.out | cut -c1-8)"; }
n=${#sets[@]}
for ((r = 0; r < rounds; r++)); do
  for ((i = 0; i < n; i++)); do one "${sets[$(( (i + r) % n ))]}" "$@"; done
done
