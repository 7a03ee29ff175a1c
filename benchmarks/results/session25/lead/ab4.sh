#!/bin/bash
# ab4.sh ROUNDS -- args : base tree (/tmp/base-s25) vs new tree (/work/main) with option sets, interleaved
rounds=$1; shift; shift
sets=("base|/tmp/base-s25|" "new|/work/main|" "new64|/work/main|-Xmn64m")
n=${#sets[@]}
for ((r=0;r<rounds;r++)); do for ((i=0;i<n;i++)); do
  IFS='|' read -r name tree opts <<< "${sets[$(( (i + r) % n ))]}"
  l=$(cut -d' ' -f1 /proc/loadavg)
  (cd $tree && COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -o /tmp/ab4.t -f "%e %U %S %M" ./copydesk "$@" > /tmp/ab4.out 2>/dev/null)
  echo "$name $(cat /tmp/ab4.t) load=$l md5=$(md5sum < /tmp/ab4.out | cut -c1-8)"
done; done
