#!/bin/bash
# identity.sh BASEJAR NEWJAR OUTDIR [base-only]: cluster (event and storyline level), related --all and dedup, JSONL,
# at --threads 1 and 2, on corpus/, the generated 20k set and three real sets (session14/i15-stages/identity.sh, plus
# a base-only mode that fills the base digests first). CORPUS, DATA, SHARED as there.
base=$1 new=$2 out=$3 only=$4
mkdir -p "$out"
run() { "$JAVA_HOME/bin/java" -Xmx6g -XX:TieredStopAtLevel=1 -jar "$@"; }
inputs=("$CORPUS" "$DATA/g20k.jsonl" "$SHARED/uci-headlines.jsonl" "$SHARED/newsroundup.jsonl" "$SHARED/bbc.jsonl")
for in in "${inputs[@]}"; do
  name=${in##*/}
  for t in 1 2; do
    for c in "cluster" "cluster --level storyline" "related --all" "dedup"; do
      tag="$name.t$t.${c// /_}"
      set -- $c
      if [[ ! -s "$out/base.$tag.md5" ]]; then
        run "$base" "$@" "$in" --threads $t --format jsonl -q --out "$out/base.$tag" 2>"$out/base.$tag.err"
        [[ -s "$out/base.$tag" ]] && md5sum < "$out/base.$tag" > "$out/base.$tag.md5"
        rm -f "$out/base.$tag"
      fi
      [[ -n "$only" ]] && continue
      run "$new" "$@" "$in" --threads $t --format jsonl -q --out "$out/new.$tag" 2>"$out/new.$tag.err"
      b=$(cat "$out/base.$tag.md5" 2>/dev/null) n=$(md5sum < "$out/new.$tag")
      if [[ -n "$b" && "$b" == "$n" ]]; then echo "same   $tag ${n:0:8}"; else echo "DIFFER $tag"; fi
      rm -f "$out/new.$tag"
    done
  done
done
