#!/bin/bash
# outs.sh TREE OUT: every output the brief lists, for one tree
tree=$1; out=$2; mkdir -p $out
declare -A DS=([corpus]=$tree/corpus [uci]=../shared/data/uci-headlines.jsonl [nr]=../shared/data/newsroundup.jsonl [bbc]=../shared/data/bbc.jsonl [g20k]=$DATA/g20k.jsonl)
for d in corpus uci nr bbc g20k; do
  in=${DS[$d]}
  [[ $d == corpus ]] && in=/tmp/base-75e6b23/corpus
  for t in 1 2; do
    $tree/copydesk cluster $in --threads $t -q > $out/$d.cluster.t$t.txt
    $tree/copydesk cluster $in --threads $t -q --format jsonl > $out/$d.cluster.t$t.jsonl
    $tree/copydesk cluster $in --threads $t -q --level storyline > $out/$d.story.t$t.txt
    $tree/copydesk cluster $in --threads $t -q --level storyline --format jsonl > $out/$d.story.t$t.jsonl
    $tree/copydesk related $in --all --threads $t -q --format jsonl > $out/$d.relall.t$t.jsonl
    $tree/copydesk related $in --all --threads $t -q > $out/$d.relall.t$t.txt
    while IFS= read -r id; do $tree/copydesk related $in --id "$id" --threads $t -q > "$out/$d.id.$(echo $id | md5sum | cut -c1-8).t$t.txt"; done < /tmp/is/ids.$d
  done
done
