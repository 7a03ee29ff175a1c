#!/bin/bash
# ident.sh LABEL TREE: i15-clean/ident.sh (session7/identical.sh on corpus, corpus.jsonl, uci, reuters,
# allsides, bbc, newsroundup, syn, g20k at --threads 1 and 2; gen100k dedup; cluster / related --all on
# corpus and uci) plus gen100k --pairs at --threads 1; md5s in $OUT/LABEL.md5
# (DATA: folder of syn/g20k/gen100k, SHARED: folder holding data/)
label=$1 tree=$2
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../../i15-clean/ident.sh" "$label" "$tree"
o=${OUT:?}/$label
(cd "$tree" && nice -n 10 ./copydesk dedup "$DATA/gen100k.jsonl" --pairs --threshold 0.5 --format jsonl --threads 1 --out $o/gen100k.t1.pairs.jsonl 2>/dev/null)
(cd $o && md5sum * > ../$label.md5)
