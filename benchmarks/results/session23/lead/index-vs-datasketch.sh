#!/bin/bash
# The incremental use case side by side: copydesk's DuplicateIndex (SideBySide engine copydesk-index: add every
# article, then query each, one thread, in one JVM) against datasketch's runner (MinHash, MinHashLSH insert all,
# query each), whole processes, ROUNDS interleaved rounds; wall/user/sys/RSS and the load before each.
# usage (repository root, benchmarks/target/benchmarks.jar built): index-vs-datasketch.sh SYN.jsonl OUT [ROUNDS]
syn=$1 out=$2 rounds=${3:-3} peers=${PEERS:-../shared/peers}
source scripts/find-jdk.sh
mkdir -p "$out"
t() { local name=$1; shift; local l; l=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -o "$out/t.tmp" -f "%e %U %S %M" "$@" > /dev/null 2> "$out/$name.err"
  echo "$name rc=$? wall_user_sys_rssKB=$(cat "$out/t.tmp") load_before=$l $(grep -h 'added' "$out/$name.err")"; }
for ((r = 1; r <= rounds; r++)); do
  t copydesk-index "$JAVA_HOME/bin/java" -Xmx6g -cp benchmarks/target/benchmarks.jar io.copydesk.bench.SideBySide run copydesk-index "$syn" "$out" 1
  t datasketch python3 "$peers/py/datasketch_runner.py" --input "$syn" --threshold 0.5 --pairs-out "$out/ds.tsv" --clusters-out "$out/ds.c.tsv"
done
