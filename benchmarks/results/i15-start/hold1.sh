#!/bin/bash
# Before/after and side by side, interleaved rounds. copydesk base = main eefaa71, new = branch i15-start,
# both through their ./copydesk launchers with JAVA_HOME unset (as benchmarks/quiet-side-by-side.sh runs them);
# java-lsh 0.12 through the benchmarks jar runner, datasketch 1.10 through the peers runner (as quiet.sh).
set -u
F=/tmp/i15s/m; B=/tmp/i15s/base; N=${NEW:-.}; J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
unset JAVA_HOME
t() { local name=$1; shift; local l=$(cut -d' ' -f1-3 /proc/loadavg); /usr/bin/time -o $F/t.tmp -f "%e %U %S %M" "$@" > /dev/null 2>$F/$name.err; echo "$name rc=$? wall_user_sys_rssKB=$(cat $F/t.tmp) load_before=$l"; }
echo "start $(date -u +%T) $(uptime)"
for round in 1 2 3; do
  t base-syn bash -c "cd $B && exec ./copydesk dedup /tmp/i15j/syn.jsonl --threshold 0.5 --pairs --format jsonl -q --out $F/base.syn.pairs"
  t new-syn bash -c "cd $N && exec ./copydesk dedup /tmp/i15j/syn.jsonl --threshold 0.5 --pairs --format jsonl -q --out $F/new.syn.pairs"
  t java-lsh $J -Xms1g -Xmx6g -cp /tmp/i15j/bench-br.jar io.copydesk.bench.SideBySide run java-lsh /tmp/i15j/syn.jsonl $F/jl 2
  t datasketch python3 ${PEERS:-../shared/peers}/py/datasketch_runner.py --input /tmp/i15j/syn.jsonl --threshold 0.5 --pairs-out $F/ds.tsv --clusters-out $F/ds.c.tsv
done
for round in 1 2; do
  t base-100k bash -c "cd $B && exec ./copydesk dedup /tmp/i15j/gen100k.jsonl --format jsonl -q --out $F/base.100k.out"
  t new-100k bash -c "cd $N && exec ./copydesk dedup /tmp/i15j/gen100k.jsonl --format jsonl -q --out $F/new.100k.out"
done
md5sum $F/*.pairs $F/*.out
echo "end $(date -u +%T) $(uptime)"
