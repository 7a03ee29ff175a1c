#!/bin/bash
# ident.sh LABEL TREE: md5s of dedup outputs (session7/identical.sh: groups --out, --write-unique, --annotate, --pairs --threshold 0.5
# jsonl, the text listing, stderr without timings, exit codes) plus --pairs --format tsv, on corpus/, corpus.jsonl, uci, reuters,
# allsides, bbc, newsroundup, syn, g20k at --threads 1 and 2; gen100k groups/unique/annotate and pairs (jsonl, tsv) at 1 and 2;
# cluster --format jsonl and related --all --format jsonl on corpus/ and bbc. OUT: output root; DATA: folder of syn/g20k/gen100k;
# SHARED: folder holding data/.
label=$1 tree=$2 out=${OUT:?}
export SHARED=${SHARED:?} DATA=${DATA:?}
bash "$tree/benchmarks/results/session7/identical.sh" "$label" "$tree" "$out" 2>/dev/null || bash "$BASEDIR/benchmarks/results/session7/identical.sh" "$label" "$tree" "$out"
o=$out/$label
d=$SHARED/data
for kv in corpus=$tree/corpus uci=$d/uci-headlines.jsonl reuters=$d/reuters21578.jsonl bbc=$d/bbc.jsonl newsroundup=$d/newsroundup.jsonl syn=$DATA/syn.jsonl g20k=$DATA/g20k.jsonl gen100k=$DATA/gen100k.jsonl; do
  n=${kv%%=*} f=${kv#*=}
  for t in 1 2; do (cd "$tree" && nice -n 10 ./copydesk dedup "$f" --pairs --format tsv --threads $t --out $o/$n.t$t.pairs.tsv 2>/dev/null; echo "rc=$?" > $o/$n.t$t.tsv.rc); done
done
for t in 1 2; do
  (cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" --format jsonl --threads $t --out $o/gen100k.t$t.jsonl --write-unique $o/gen100k.t$t.unique.jsonl --annotate $o/gen100k.t$t.ann.jsonl 2>/dev/null; echo "rc=$?" > $o/gen100k.t$t.rc)
  (cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" --pairs --threshold 0.5 --format jsonl --threads $t --out $o/gen100k.t$t.pairs.jsonl 2>/dev/null; echo "rc=$?" >> $o/gen100k.t$t.rc)
done
for kv in corpus=$tree/corpus bbc=$d/bbc.jsonl; do
  n=${kv%%=*} f=${kv#*=}
  (cd "$tree" && nice -n 10 ./copydesk cluster "$f" --format jsonl -q --out $o/$n.cluster.jsonl 2>/dev/null; echo "rc=$?" > $o/$n.cluster.rc)
  (cd "$tree" && nice -n 10 ./copydesk related --all "$f" --format jsonl -q --out $o/$n.related.jsonl 2>/dev/null; echo "rc=$?" > $o/$n.related.rc)
done
(cd $o && md5sum * > ../$label.md5)
