#!/bin/bash
# identical.sh LABEL TREE OUT_ROOT: md5 of dedup's outputs (groups --out, --write-unique, --pairs, stderr with the
# timing stripped, exit code) at --threads 1 and 2 on every data set, plus cluster and related --all on the small
# ones; run it for two trees and diff OUT_ROOT/LABEL.md5. DATA: folder of the shared data sets; SYN, GEN: the
# synthetic set and 100k generated articles.
label=$1; dir=$2; o=$3/$label; mkdir -p "$o"
d=${DATA:-../shared/data}
sets="corpus=$dir/corpus corpusjsonl=$dir/corpus/corpus.jsonl uci=$d/uci-headlines.jsonl reuters=$d/reuters21578.jsonl allsides=$d/allsides-8k.jsonl.gz bbc=$d/bbc.jsonl newsroundup=$d/newsroundup.jsonl syn=${SYN:-/tmp/i15j/syn.jsonl} gen100k=${GEN:-/tmp/i15j/gen100k.jsonl}"
for kv in $sets; do n=${kv%%=*}; f=${kv#*=}
  for t in 1 2; do
    (cd "$dir" && nice -n 10 ./copydesk dedup "$f" --format jsonl --threads $t --out "$o/$n.t$t.jsonl" --write-unique "$o/$n.t$t.unique.jsonl" 2>"$o/$n.t$t.err"; echo "rc=$?" >> "$o/$n.t$t.err")
    (cd "$dir" && nice -n 10 ./copydesk dedup "$f" --pairs --threshold 0.5 --format jsonl --threads $t --out "$o/$n.t$t.pairs.jsonl" 2>>"$o/$n.t$t.err"; echo "rc=$?" >> "$o/$n.t$t.err")
    sed -i -E 's/ in [0-9.]+ s$//; s/ in [0-9.]+$//; /^  [0-9.]+ s$/d; /^  s$/d; /creating the start-up cache/d' "$o/$n.t$t.err" # timings, also wrapped
  done
done
for kv in $sets; do n=${kv%%=*}; f=${kv#*=}
  case $n in corpus|uci|bbc|reuters) ;; *) continue ;; esac
  (cd "$dir" && nice -n 10 ./copydesk cluster "$f" --format jsonl -q --threads 2 > "$o/$n.cluster.jsonl" 2>"$o/$n.cluster.err"; echo "rc=$?" >> "$o/$n.cluster.err")
  (cd "$dir" && nice -n 10 ./copydesk related "$f" --all --format jsonl -q --threads 2 > "$o/$n.related.jsonl" 2>"$o/$n.related.err"; echo "rc=$?" >> "$o/$n.related.err")
done
(cd "$o" && md5sum * > "../$label.md5")
