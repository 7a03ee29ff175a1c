#!/bin/bash
# identical.sh OUTDIR DIR DATA GEN20K : dedup, cluster and related --all (jsonl) on DIR/corpus/corpus.jsonl,
# DATA/{bbc,uci-headlines,reuters21578,newsroundup}.jsonl and GEN20K, --threads 1 and 2, through DIR's
# ./copydesk: stdout in NAME.out, stderr + exit code in NAME.err.raw. Compare two OUTDIRs with
# `identical.sh --compare A B` (stdout byte for byte; stderr but for run times and the launcher's
# one-time start-up cache line).
if [[ $1 == --compare ]]; then
  norm() { grep -v 'creating the start-up cache' "$1" | tr '\n' ' ' | sed -E 's/ in +[0-9]+\.[0-9]+ +s//g; s/ +/ /g'; }
  n=0; bad=0
  for f in "$2"/*.out; do b=$(basename "$f" .out); n=$((n+1))
    cmp -s "$f" "$3/$b.out" || { echo "STDOUT DIFF $b"; bad=$((bad+1)); continue; }
    [[ "$(norm "$2/$b.err.raw")" == "$(norm "$3/$b.err.raw")" ]] || { echo "STDERR DIFF $b"; bad=$((bad+1)); }
  done
  echo "$3 vs $2: $((n-bad)) of $n identical"; exit 0
fi
o=$(realpath -m "$1"); dir=$2; data=$(realpath "$3"); gen=$(realpath "$4"); mkdir -p "$o"
for kv in corpus=$(realpath "$dir")/corpus/corpus.jsonl bbc=$data/bbc.jsonl uci=$data/uci-headlines.jsonl \
          reuters=$data/reuters21578.jsonl newsroundup=$data/newsroundup.jsonl g20k=$gen; do
  n=${kv%%=*}; f=${kv#*=}
  for t in 1 2; do
    for c in dedup cluster related; do
      extra=""; [[ $c == related ]] && extra="--all"
      (cd "$dir" && nice -n 10 ./copydesk $c "$f" $extra --format jsonl --threads $t > "$o/$n.$c.t$t.out" 2> "$o/$n.$c.t$t.err.raw"; echo "rc=$?" >> "$o/$n.$c.t$t.err.raw")
    done
  done
done
