#!/bin/bash
# Two trees' ./copydesk, each with option sets (COPYDESK_JAVA_OPTS), interleaved by round, the order rotating.
# usage: ab4.sh BASE_TREE NEW_TREE ROUNDS "NAME|base|OPTS" "NAME|new|OPTS" ... -- copydesk-args...
# e.g.   ab4.sh /tmp/base . 4 "base|base|" "new|new|" "new64|new|-Xmn64m" -- dedup gen100k.jsonl -q
# Prints name, wall/user/sys/RSS, the load before the run and the output's md5.
base=$1 new=$2 rounds=$3; shift 3
sets=()
while [[ $# -gt 0 && "$1" != -- ]]; do sets+=("$1"); shift; done
shift
n=${#sets[@]}
for ((r = 0; r < rounds; r++)); do for ((i = 0; i < n; i++)); do
  IFS='|' read -r name which opts <<< "${sets[$(( (i + r) % n ))]}"
  tree=$base; [[ "$which" == new ]] && tree=$new
  l=$(cut -d' ' -f1 /proc/loadavg)
  (cd "$tree" && COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -o /tmp/ab4.t -f "%e %U %S %M" ./copydesk "$@" > /tmp/ab4.out 2>/dev/null)
  echo "$name $(cat /tmp/ab4.t) load=$l md5=$(md5sum < /tmp/ab4.out | cut -c1-8)"
done; done
