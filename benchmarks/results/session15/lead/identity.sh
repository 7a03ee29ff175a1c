#!/usr/bin/env bash
# cmp.sh NEWJAR: outputs of base.jar and NEWJAR on the same inputs
set -u
source MAIN/scripts/find-jdk.sh
J="$JAVA_HOME/bin/java -Xmx6g -XX:TieredStopAtLevel=1"
D=SHARED_DATA
new=$1; out=LEAD/cmp; rm -rf $out; mkdir -p $out
for inp in MAIN/corpus DATA/g20k.jsonl $D/uci-headlines.jsonl $D/newsroundup.jsonl $D/bbc.jsonl $D/reuters21578.jsonl; do
  n=$(basename $inp .jsonl)
  for cmd in "dedup" "cluster --format jsonl" "related --all --format jsonl" "cluster --level storyline --format jsonl"; do
    [[ $n == reuters21578 && $cmd != dedup ]] && continue
    tag=$(echo "$cmd" | tr -c 'a-z' '_')
    for v in base new; do
      jar=LEAD/base.jar; [[ $v == new ]] && jar=$new
      $J -jar $jar $cmd $inp --out $out/$n.$tag.$v 2>/dev/null; echo "rc=$?" >> $out/$n.$tag.$v
    done
    if cmp -s $out/$n.$tag.base $out/$n.$tag.new; then echo "same  $n $cmd"; else echo "DIFF  $n $cmd"; fi
  done
done
