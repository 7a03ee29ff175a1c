#!/bin/bash
# ident.sh LABEL TREE: md5s of every output in $OUT/LABEL.md5 (DATA: folder of syn/g20k/gen100k, SHARED: folder holding data/ and seeds/):
# session7/identical.sh (dedup groups, --write-unique, --annotate, --pairs, text, stderr without timings, exit codes on corpus/,
# corpus.jsonl, uci, reuters, allsides, bbc, newsroundup, syn, g20k at --threads 1 and 2; uci on stdin), gen100k groups/unique/annotate
# and --pairs at --threads 1 and 2 and its text listing, `report` on corpus/ and the seeds pages (the run time line dropped),
# and `explain` of the two seeds pages (the boilerplate each loses).
label=$1 tree=$2 out=${OUT:?}
export SHARED=${SHARED:-../shared} DATA=${DATA:-$DATA}
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../../session7/identical.sh" "$label" "$tree" "$out"
o=$out/$label
for t in 1 2; do
  (cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" --format jsonl --threads $t --out $o/gen100k.t$t.jsonl --write-unique $o/gen100k.t$t.unique.jsonl --annotate $o/gen100k.t$t.ann.jsonl 2>/dev/null; echo "rc=$?" > $o/gen100k.t$t.rc)
  (cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" --pairs --threshold 0.5 --format jsonl --threads $t --out $o/gen100k.t$t.pairs.jsonl 2>/dev/null; echo "rc=$?" >> $o/gen100k.t$t.rc)
done
(cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" > $o/gen100k.text 2>/dev/null)
for kv in corpus=$tree/corpus seeds=$SHARED/seeds; do n=${kv%%=*}; f=${kv#*=}
  (cd "$tree" && nice -n 10 ./copydesk report "$f" --out $o/report.$n.html 2>/dev/null; echo "rc=$?" > $o/report.$n.rc)
done
(cd "$tree" && nice -n 10 ./copydesk explain $SHARED/seeds --a 000_0b0db8b961f299cf --b 002_d3611a5e150b4f58 > $o/explain.seeds.txt 2>&1; echo "rc=$?" >> $o/explain.seeds.txt)
(cd $o && md5sum * > ../$label.md5)
