#!/bin/bash
# Every main command on every dataset of ../shared/data (and dedup of the synthetic set) with two trees'
# ./copydesk: exit codes and output md5s side by side. usage: same-outputs.sh BASE_TREE NEW_TREE DATA_DIR EXTRA_FILES...
base=$1 new=$2 data=$3; shift 3
for f in "$data"/*.jsonl "$data"/*.jsonl.gz "$@"; do
  for cmd in "dedup" "dedup --pairs" "cluster" "related --all"; do
    line="$(basename "$f") $cmd:"
    for tree in "$base" "$new"; do
      (cd "$tree" && ./copydesk $cmd "$f" -q --format jsonl --out /tmp/same-outputs.out 2>/tmp/same-outputs.err); rc=$?
      line+=" rc=$rc md5=$(md5sum < /tmp/same-outputs.out | cut -c1-8) err=$(wc -l < /tmp/same-outputs.err)"
    done
    echo "$line"
  done
done
