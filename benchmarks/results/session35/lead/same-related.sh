#!/bin/bash
# related --all variants with two trees: exit codes and md5s side by side. usage: same-related.sh BASE NEW FILES...
base=$1 new=$2; shift 2
for f in "$@"; do
  for cmd in "related --all" "related --all --no-levels" "related --all --top 3 --window 2d" "related --all --min-score 0.05 --no-levels" "related --all --window none --no-levels"; do
    line="$(basename "$f") $cmd:"
    for tree in "$base" "$new"; do
      rm -f /tmp/s35/same.out; (cd "$tree" && ./copydesk $cmd "$f" -q --format jsonl --out /tmp/s35/same.out 2>/tmp/s35/same.err); rc=$?
      rm -f /tmp/s35/same.out.x; line+=" rc=$rc md5=$(md5sum < /tmp/s35/same.out | cut -c1-8)"
    done
    echo "$line"
  done
done
