#!/bin/bash
# ident.sh <label> <copydesk-dir> : dedup outputs (--out, --write-unique, stderr, rc) for every data set, threads 1 and 2
label=$1; dir=$2; o=/tmp/i15s/ident/$label; mkdir -p $o
sets="corpus=$dir/corpus uci=${DATA:-../shared/data}/uci-headlines.jsonl reuters=${DATA:-../shared/data}/reuters21578.jsonl allsides=${DATA:-../shared/data}/allsides-8k.jsonl.gz bbc=${DATA:-../shared/data}/bbc.jsonl syn=/tmp/i15j/syn.jsonl gen100k=/tmp/i15j/gen100k.jsonl"
for kv in $sets; do n=${kv%%=*}; f=${kv#*=}
  for t in 1 2; do
    [[ $n == gen100k && $t == 1 ]] && continue
    (cd $dir && nice -n 10 ./copydesk dedup $f --format jsonl -q --threads $t --out $o/$n.t$t.jsonl --write-unique $o/$n.t$t.unique.jsonl 2>$o/$n.t$t.err; echo "rc=$?" >> $o/$n.t$t.err)
    (cd $dir && nice -n 10 ./copydesk dedup $f --pairs --threshold 0.5 --format jsonl -q --threads $t --out $o/$n.t$t.pairs.jsonl 2>>$o/$n.t$t.err)
  done
done
(cd $o && md5sum * > ../$label.md5)
