#!/usr/bin/env bash
# identity.sh BASE_TREE NEW_TREE OUTDIR: the 21 outputs compared at every session's end (dedup, cluster at
# both levels and related --all on corpus/, the generated 20k set, uci-headlines, newsroundup and bbc; dedup
# on reuters21578), JSONL, default threads, base tree against new. The base's digests are kept in OUTDIR
# for the next call. DATA: folder of g20k.jsonl (copydesk generate --articles 20000 --seed 1);
# SHARED: folder of the real sets (../shared/data). Prints one line per case (same/DIFFER) and a count.
set -u
base=$1 new=$2 out=$3
mkdir -p "$out"
same=0 all=0
run() { # run TREE TAG INPUT ARGS...: the output's md5
  local tree=$1 tag=$2 in=$3; shift 3
  "$tree/copydesk" "$@" "$in" --format jsonl -q --out "$out/$tag.out" 2> "$out/$tag.err" || echo "rc=$? $tag" >&2
  md5sum < "$out/$tag.out" | cut -c1-32; rm -f "$out/$tag.out"
}
check() { # check INPUT NAME ARGS...
  local in=$1 name=$2; shift 2
  local IFS=_; local tag="$name.$*" b n; IFS=$' \t\n'
  [[ -s "$out/base.$tag.md5" ]] || run "$base" "base.$tag" "$in" "$@" > "$out/base.$tag.md5"
  b=$(cat "$out/base.$tag.md5"); n=$(run "$new" "new.$tag" "$in" "$@")
  all=$((all + 1))
  if [[ "$b" == "$n" ]]; then same=$((same + 1)); echo "same   $tag ${n:0:8}"; else echo "DIFFER $tag ${b:0:8} ${n:0:8}"; fi
}
for in in "$new/corpus" "${DATA:?}/g20k.jsonl" "${SHARED:?}/uci-headlines.jsonl" "$SHARED/newsroundup.jsonl" "$SHARED/bbc.jsonl"; do
  name=${in##*/}
  check "$in" "$name" dedup
  check "$in" "$name" cluster
  check "$in" "$name" cluster --level storyline
  check "$in" "$name" related --all
done
check "$SHARED/reuters21578.jsonl" reuters21578.jsonl dedup
echo "identical: $same of $all"
