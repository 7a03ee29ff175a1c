#!/bin/bash
# measure.sh OUT.tsv INPUT ROUNDS DIR... : interleaved dedup / cluster / related --all runs through each
# DIR's ./copydesk (a checkout or a copy with copydesk, scripts/, corpus/ and target/*.jar), jsonl to a
# file; wall / user / sys seconds and max RSS (KB) by /usr/bin/time, load before each run, md5 of the output.
# Run it under `flock <lock> measure.sh ...` so that timed runs do not overlap.
out=$1; in=$(realpath "$2"); rounds=$3; shift 3
tmp=$(mktemp -d)
echo -e "round\tdir\tcmd\twall\tuser\tsys\trss_kb\tload1\tmd5" >> "$out"
for r in $(seq 1 "$rounds"); do
  for c in dedup cluster related; do
    for d in "$@"; do
      extra=""; [[ $c == related ]] && extra="--all"
      load=$(cut -d' ' -f1 /proc/loadavg)
      (cd "$d" && COPYDESK_JAVA_OPTS=-Xmx6g /usr/bin/time -f "%e\t%U\t%S\t%M" -o "$tmp/time" ./copydesk $c "$in" $extra --format jsonl -q --out "$tmp/out.jsonl")
      md5=$(md5sum < "$tmp/out.jsonl" | cut -c1-12)
      echo -e "$r\t$(basename "$d")\t$c\t$(tail -1 "$tmp/time")\t$load\t$md5" | tee -a "$out"
    done
  done
done
rm -rf "$tmp"
