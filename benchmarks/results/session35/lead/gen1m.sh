#!/bin/bash
tree=${1:-main-tree}
l=$(cut -d' ' -f1-3 /proc/loadavg)
(cd $tree && COPYDESK_JAVA_OPTS="-Xmx20g" /usr/bin/time -o /tmp/s35/g1m.t -f "%e %U %S %M" ./copydesk related --all --timings /tmp/gen1m.jsonl -q --out /tmp/s35/g1m.out 2>/tmp/s35/g1m.err); rc=$?
echo "$tree $(git -C $tree rev-parse --short HEAD) rc=$rc $(cat /tmp/s35/g1m.t) load=$l md5=$(md5sum < /tmp/s35/g1m.out | cut -c1-8) $(awk '$1=="indexing"||$1=="calibrating"||$1=="linking"||$1=="ranking"||$1=="smoothing"||$1=="neighbours"||$1=="total"{printf "%s=%s ", $1, $2}' /tmp/s35/g1m.err)"
