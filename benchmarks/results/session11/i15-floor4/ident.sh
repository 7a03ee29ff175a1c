#!/bin/bash
# ident.sh LABEL TREE: md5s of every dedup output in $OUT/LABEL.md5 (DATA: folder of syn/g20k/gen100k, SHARED: folder holding data/):
# session7/identical.sh (groups --out, --write-unique, --annotate, --pairs --threshold 0.5, the text listing, stderr without timings and
# exit codes on corpus/, corpus.jsonl, uci, reuters, allsides, bbc, newsroundup, syn, g20k at --threads 1 and 2; uci on stdin), and
# gen100k groups/unique/annotate and --pairs at --threads 1 and 2.
label=$1 tree=$2 out=${OUT:?}
export SHARED=${SHARED:-../shared} DATA=${DATA:?}
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../../session7/identical.sh" "$label" "$tree" "$out"
o=$out/$label
for t in 1 2; do
  (cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" --format jsonl --threads $t --out $o/gen100k.t$t.jsonl --write-unique $o/gen100k.t$t.unique.jsonl --annotate $o/gen100k.t$t.ann.jsonl 2>/dev/null; echo "rc=$?" > $o/gen100k.t$t.rc)
  (cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" --pairs --threshold 0.5 --format jsonl --threads $t --out $o/gen100k.t$t.pairs.jsonl 2>/dev/null; echo "rc=$?" >> $o/gen100k.t$t.rc)
done
(cd $o && md5sum * > ../$label.md5)
