#!/usr/bin/env bash
# analyze-identity.sh BASE_TREE NEW_TREE OUT: outputs of the commands that analyze articles one by one
# (Analyzer.analyze, not the drafts of dedup/cluster/related): index add/query/dedup/related/cluster on
# corpus/ and bbc, explain of one pair; base against new, one line per case (same/DIFFER).
set -u
base=$1 new=$2 out=$3 shared=${SHARED:-../shared/data}
mkdir -p "$out"
one() { # one TREE TAG: every case's md5 into OUT/TAG.md5
  local tree=$1 tag=$2 d="$out/$2"
  rm -rf "$d"; mkdir -p "$d"
  {
    "$tree/copydesk" index add --index "$d/c.idx" "$tree/corpus" -q | md5sum | sed "s/^/corpus-add /"
    "$tree/copydesk" index query --index "$d/c.idx" "$tree/corpus/corpus.jsonl" -q | md5sum | sed 's/^/corpus-query /'
    "$tree/copydesk" dedup --index "$d/c.idx" -q --format jsonl | md5sum | sed 's/^/corpus-dedup /'
    "$tree/copydesk" cluster --index "$d/c.idx" -q --format jsonl | md5sum | sed 's/^/corpus-cluster /'
    "$tree/copydesk" related --index "$d/c.idx" --id harbourcourier/valdoria-earthquake-kills-27 -q --format jsonl | md5sum | sed 's/^/corpus-related /'
    "$tree/copydesk" index add --index "$d/b.idx" "$shared/bbc.jsonl" -q | md5sum | sed "s/^/bbc-add /"
    "$tree/copydesk" index query --index "$d/b.idx" "$shared/bbc.jsonl" -q | md5sum | sed 's/^/bbc-query /'
    "$tree/copydesk" dedup --index "$d/b.idx" -q --format jsonl | md5sum | sed 's/^/bbc-dedup /'
    "$tree/copydesk" explain "$tree/corpus" --a capitalobserver/hollmark-rate-cut-relief --b capitalobserver/hollmark-rates-on-hold -q --format jsonl | md5sum | sed 's/^/explain /'
  } > "$out/$tag.md5" 2> "$out/$tag.err"
}
one "$base" base
one "$new" new
paste "$out/base.md5" "$out/new.md5" | awk '{ print ($2 == $5 ? "same  " : "DIFFER"), $1, substr($2, 1, 8), substr($5, 1, 8) }'
