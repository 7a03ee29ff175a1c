#!/bin/bash
# ident.sh TREE OUT: cluster (default, --level storyline; text, jsonl) and related --all (jsonl, text) at
# --threads 1 and 2 (from session10/i15-terms) on corpus/, uci-headlines, newsroundup, bbc, g20k; explain of a few pairs; an index
# built with index add (dump of its term tables), index query, related/cluster --index. Then md5sum.
set -u
dir=$1 o=$2; mkdir -p "$o"; S=$SHARED # SHARED=the shared data folder, DATA=the notes data folder
cd "$dir"
[[ ${PART:-all} == index ]] || for kv in corpus="$dir/corpus" uci=$S/uci-headlines.jsonl nr=$S/newsroundup.jsonl bbc=$S/bbc.jsonl g20k=$DATA/g20k.jsonl; do
  n=${kv%%=*} f=${kv#*=}
  for th in 1 2; do
    nice -n 5 ./copydesk cluster "$f" --threads $th -q > "$o/$n.cluster.t$th.txt" 2>/dev/null
    nice -n 5 ./copydesk cluster "$f" --threads $th --format jsonl -q > "$o/$n.cluster.t$th.jsonl" 2>/dev/null
    nice -n 5 ./copydesk cluster "$f" --threads $th --level storyline -q > "$o/$n.story.t$th.txt" 2>/dev/null
    nice -n 5 ./copydesk cluster "$f" --threads $th --level storyline --format jsonl -q > "$o/$n.story.t$th.jsonl" 2>/dev/null
    nice -n 5 ./copydesk related "$f" --all --threads $th --format jsonl -q > "$o/$n.related.t$th.jsonl" 2>/dev/null
    nice -n 5 ./copydesk related "$f" --all --threads $th -q > "$o/$n.related.t$th.txt" 2>/dev/null
  done
done
nice -n 5 ./copydesk explain corpus --a harbourcourier/rennick-ferry-strike --b metrodigest/rennick-ferry-strike-brief > "$o/explain1.txt" 2>&1
ids=$(head -40 $S/bbc.jsonl | python3 -c 'import sys,json; print(" ".join(json.loads(l)["id"] for l in sys.stdin))')
set -- $ids
nice -n 5 ./copydesk explain $S/bbc.jsonl --a $1 --b $2 > "$o/explain2.txt" 2>&1
nice -n 5 ./copydesk explain $S/bbc.jsonl --a $3 --b ${17} > "$o/explain3.txt" 2>&1
nice -n 5 ./copydesk explain $S/bbc.jsonl --a ${5} --b ${30} --format jsonl > "$o/explain4.txt" 2>&1
rm -rf "$o/idx"
head -3000 $S/newsroundup.jsonl > "$o/nr3000.jsonl"; head -300 $S/bbc.jsonl > "$o/nr200.jsonl"
nice -n 5 ./copydesk index add --index "$o/idx" "$o/nr3000.jsonl" corpus -q > "$o/index.add.txt" 2>&1
nice -n 5 ./copydesk index query --index "$o/idx" "$o/nr200.jsonl" -q > "$o/index.query.txt" 2>&1
nice -n 5 ./copydesk related --index "$o/idx" --all --format jsonl -q > "$o/index.related.jsonl" 2>&1
nice -n 5 ./copydesk cluster --index "$o/idx" --format jsonl -q > "$o/index.cluster.jsonl" 2>&1
nice -n 5 ./copydesk index query --index "$o/idx" --add "$o/nr200.jsonl" -q > "$o/index.queryadd.txt" 2>&1
nice -n 5 ./copydesk index check --index "$o/idx" > "$o/index.check.txt" 2>&1
nice -n 5 ./copydesk index add --index "$o/idx" $S/uci-headlines.jsonl -q >> "$o/index.add.txt" 2>&1
for t in $(sqlite3 "$o/idx/index.db" "select name from sqlite_master where type='table' order by name"); do
  sqlite3 -cmd ".mode quote" "$o/idx/index.db" "select * from $t" > "$o/table.$t.txt" 2>&1 # articles: insertion times differ
done
rm -rf "$o/idx" "$o/nr3000.jsonl" "$o/nr200.jsonl"
(cd "$o" && md5sum *.txt *.jsonl > ../$(basename $o).md5)
# gen100k cluster (jsonl), one thread count
[[ ${GEN100K:-1} == 1 ]] && nice -n 5 ./copydesk cluster $DATA/gen100k.jsonl --format jsonl -q | md5sum > "$o/../$(basename $o).gen100k.md5"
