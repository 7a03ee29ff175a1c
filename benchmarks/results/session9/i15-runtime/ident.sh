#!/bin/bash
# ident.sh LABEL TREE OUT_ROOT: md5 of dedup (groups and --pairs --threshold 0.5), cluster and related --all
# outputs through TREE's ./copydesk on corpus/, the synthetic set (SYN), 20k generated articles (G20K), and
# dedup of 100k generated articles (GEN); diff OUT_ROOT/LABEL.md5 of two trees.
set -u
label=$1 dir=$2 o=$3/$1; mkdir -p "$o"
for kv in corpus="$dir/corpus" syn="$SYN" g20k="$G20K" gen100k="$GEN"; do n=${kv%%=*} f=${kv#*=}
  (cd "$dir" && nice -n 10 ./copydesk dedup "$f" --format jsonl -q > "$o/$n.dedup.jsonl" 2>/dev/null; echo "rc=$?" > "$o/$n.dedup.rc")
  (cd "$dir" && nice -n 10 ./copydesk dedup "$f" --pairs --threshold 0.5 --format jsonl -q > "$o/$n.pairs.jsonl" 2>/dev/null; echo "rc=$?" > "$o/$n.pairs.rc")
  [[ $n == gen100k ]] && continue
  (cd "$dir" && nice -n 10 ./copydesk cluster "$f" --format jsonl -q > "$o/$n.cluster.jsonl" 2>/dev/null; echo "rc=$?" > "$o/$n.cluster.rc")
  (cd "$dir" && nice -n 10 ./copydesk related "$f" --all --format jsonl -q > "$o/$n.related.jsonl" 2>/dev/null; echo "rc=$?" > "$o/$n.related.rc")
done
(cd "$o" && md5sum * > "../$label.md5")
