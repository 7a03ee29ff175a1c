#!/bin/bash
# cluster and related --all variants with two trees: exit codes and md5s side by side. usage: same-cluster.sh BASE NEW FILES...
base=$1 new=$2; shift 2
for f in "$@"; do
  for cmd in "cluster" "cluster --window 2d" "cluster --smoothing 0" "cluster --storyline-threshold 0.3" "cluster --threads 1" "related --all"; do
    line="$(basename "$f") $cmd:"
    for tree in "$base" "$new"; do
      rm -f /tmp/s35/same.out; (cd "$tree" && ./copydesk $cmd "$f" -q --format jsonl --out /tmp/s35/same.out 2>/tmp/s35/same.err); rc=$?
      line+=" rc=$rc md5=$(md5sum < /tmp/s35/same.out | cut -c1-8)"
    done
    echo "$line"
  done
done
