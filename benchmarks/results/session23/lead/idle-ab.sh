#!/bin/bash
# As opts-ab.sh, with the machine idle IDLE seconds (default 12) before every run: on this VM the first
# process after an idle spell pays 0.3 s more system CPU to fault in memory than one run right after another.
# usage: idle-ab.sh "OPTS_A" "OPTS_B" ROUNDS copydesk-args...   (run from the repository root)
a=$1 b=$2 rounds=$3; shift 3
one() { local name=$1 opts=$2; shift 2; sleep "${IDLE:-12}"; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -o /tmp/idle-ab.t -f "%e %U %S %M" ./copydesk "$@" > /tmp/idle-ab.out 2>/dev/null
  echo "$name $(cat /tmp/idle-ab.t) load=$l md5=$(md5sum < /tmp/idle-ab.out | cut -c1-8)"; }
for ((r = 1; r <= rounds; r++)); do
  if (( r % 2 )); then one A "$a" "$@"; one B "$b" "$@"; else one B "$b" "$@"; one A "$a" "$@"; fi
done
