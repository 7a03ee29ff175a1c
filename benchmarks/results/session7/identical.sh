#!/bin/bash
# identical.sh LABEL TREE OUT_ROOT: md5 of dedup outputs (groups --out, --write-unique, --annotate, --pairs, stderr without timings, exit code)
label=$1; dir=$2; o=$3/$label; mkdir -p "$o"
d=${SHARED:-../shared}/data
sets="corpus=$dir/corpus corpusjsonl=$dir/corpus/corpus.jsonl uci=$d/uci-headlines.jsonl reuters=$d/reuters21578.jsonl allsides=$d/allsides-8k.jsonl.gz bbc=$d/bbc.jsonl newsroundup=$d/newsroundup.jsonl syn=${DATA:?set DATA to the folder of syn.jsonl, g20k.jsonl and gen100k.jsonl}/syn.jsonl g20k=${DATA:?set DATA to the folder of syn.jsonl, g20k.jsonl and gen100k.jsonl}/g20k.jsonl"
for kv in $sets; do n=${kv%%=*}; f=${kv#*=}
  for t in 1 2; do
    (cd "$dir" && nice -n 10 ./copydesk dedup "$f" --format jsonl --threads $t --out "$o/$n.t$t.jsonl" --write-unique "$o/$n.t$t.unique.jsonl" --annotate "$o/$n.t$t.ann.jsonl" 2>"$o/$n.t$t.err"; echo "rc=$?" >> "$o/$n.t$t.err")
    (cd "$dir" && nice -n 10 ./copydesk dedup "$f" --pairs --threshold 0.5 --format jsonl --threads $t --out "$o/$n.t$t.pairs.jsonl" 2>>"$o/$n.t$t.err"; echo "rc=$?" >> "$o/$n.t$t.err")
    (cd "$dir" && nice -n 10 ./copydesk dedup "$f" --threads $t > "$o/$n.t$t.text" 2>>"$o/$n.t$t.err"; echo "rc=$?" >> "$o/$n.t$t.err")
    sed -i -E 's/ in [0-9.]+ s$//; s/ in [0-9.]+$//; /^  [0-9.]+ s$/d; /^  s$/d; /creating the start-up cache/d' "$o/$n.t$t.err"
  done
done
(cd "${SHARED:-../shared}/data" && cat uci-headlines.jsonl | (cd "$dir" && nice -n 10 ./copydesk dedup - --format jsonl > "$o/stdin.jsonl" 2>"$o/stdin.err"; echo "rc=$?" >> "$o/stdin.err"))
sed -i -E 's/ in [0-9.]+ s$//; /creating the start-up cache/d' "$o/stdin.err"
(cd "$o" && md5sum * > "../$label.md5")
