#!/bin/bash
# ident.sh LABEL TREE: session7/identical.sh outputs + gen100k dedup (t1/t2, pairs at t2) + cluster/related --all on corpus and uci,
# md5s in $OUT/LABEL.md5 (DATA: syn/g20k/gen100k folder, SHARED: folder holding data/)
label=$1 tree=$2 out=${OUT:?}
bash "$(dirname "$0")/../session7/identical.sh" "$label" "$tree" "$out"
o=$out/$label
for t in 1 2; do (cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" --format jsonl --threads $t --out $o/gen100k.t$t.jsonl --write-unique $o/gen100k.t$t.unique.jsonl --annotate $o/gen100k.t$t.ann.jsonl 2>/dev/null; echo "rc=$?" > $o/gen100k.t$t.rc); done
(cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" --pairs --threshold 0.5 --format jsonl --threads 2 --out $o/gen100k.t2.pairs.jsonl 2>/dev/null)
for in in corpus "$SHARED/data/uci-headlines.jsonl"; do n=$(basename "$in" .jsonl)
  (cd "$tree" && nice -n 10 ./copydesk cluster "$in" --format jsonl --out $o/cluster.$n.jsonl 2>/dev/null; echo "rc=$?" > $o/cluster.$n.rc)
  (cd "$tree" && nice -n 10 ./copydesk related "$in" --all --format jsonl --out $o/related.$n.jsonl 2>/dev/null; echo "rc=$?" > $o/related.$n.rc)
done
(cd $o && md5sum * > ../$label.md5)
