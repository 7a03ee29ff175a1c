#!/bin/bash
# identity.sh BASEJAR NEWJAR OUTDIR: dedup, cluster (event and storyline level) and related --all, JSONL, at
# --threads 1 and 2, on corpus/, the generated 20k set and three real sets; then single-article
# related (--id, two articles per input) and --query-file (QUERIES: a JSONL of new articles).
# The base's digests are kept in OUTDIR for the next call; one line per case (same/DIFFER).
# DATA: folder of g20k.jsonl; SHARED: folder of uci-headlines.jsonl, newsroundup.jsonl, bbc.jsonl;
# CORPUS: the repository's corpus/; JAVA: a JDK 25 java.
basejar=$1 newjar=$2 out=$3
mkdir -p "$out"
run() { "$JAVA" -Xmx6g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar "$@"; }
check() { # check TAG ARGS...
  local tag=$1; shift
  if [[ ! -s "$out/base.$tag.md5" ]]; then
    run "$basejar" "$@" -q --out "$out/base.$tag" 2>"$out/base.$tag.err"
    [[ -s "$out/base.$tag" ]] && md5sum < "$out/base.$tag" > "$out/base.$tag.md5"
    rm -f "$out/base.$tag"
  fi
  run "$newjar" "$@" -q --out "$out/new.$tag" 2>"$out/new.$tag.err"
  local b n
  b=$(cat "$out/base.$tag.md5" 2>/dev/null) n=$(md5sum < "$out/new.$tag")
  if [[ -n "$b" && "$b" == "$n" ]]; then echo "same   $tag ${n:0:8}"; else echo "DIFFER $tag"; fi
  rm -f "$out/new.$tag"
}
inputs=("$CORPUS" "$DATA/g20k.jsonl" "$SHARED/uci-headlines.jsonl" "$SHARED/newsroundup.jsonl" "$SHARED/bbc.jsonl")
for in in "${inputs[@]}"; do
  name=${in##*/}
  for t in 1 2; do
    for c in "dedup" "cluster" "cluster --level storyline" "related --all"; do
      check "$name.t$t.${c// /_}" $c "$in" --threads $t --format jsonl
    done
  done
  # two articles by id: the first and one from the middle of the input
  if [[ -d "$in" ]]; then ids=$(run "$basejar" related --all "$in" --format jsonl -q | sed -n '1p;5p'); else ids=$(sed -n '1p;1001p' "$in"); fi
  ids=$(grep -o '^{"id" *: *"[^"]*"' <<< "$ids" | sed 's/.*"\([^"]*\)"$/\1/')
  for id in $ids; do check "$name.id-${id//\//_}" related --id "$id" "$in" --format jsonl; done
  [[ -n "$QUERIES" ]] && check "$name.query-file" related --query-file "$QUERIES" "$in" --format jsonl
done
