#!/bin/bash
# wholeab.sh BASE NEW ROUNDS OUTDIR INPUT: per round, dedup (base tree, the reference), cluster and
# related --all in the base and the new tree, base/new order alternating per round; each run under
# the measure lock, JSONL to a file, -q. One line per run: what, wall, user, sys, load before.
base=$1 new=$2 rounds=$3 out=$4 in=$5
mkdir -p "$out"
run() { # TAG TREE CMD...
  local tag=$1 tree=$2; shift 2
  flock "$LOCKS/measure.lock" bash -c "l=\$(cut -d' ' -f1 /proc/loadavg); /usr/bin/time -f \"$tag r$r %e %U %S load \$l\" -o '$out/t' '$tree/copydesk' $* --format jsonl -q --out '$out/$tag.out' >/dev/null 2>&1; cat '$out/t'"
}
for r in $(seq "$rounds"); do
  run dedup "$base" dedup "$in"
  for c in cluster related; do
    args=("$c" "$in"); [[ $c == related ]] && args+=(--all)
    if (( r % 2 )); then run "$c-base" "$base" "${args[@]}"; run "$c-new" "$new" "${args[@]}"
    else run "$c-new" "$new" "${args[@]}"; run "$c-base" "$base" "${args[@]}"; fi
    cmp -s "$out/$c-base.out" "$out/$c-new.out" && echo "$c r$r same output" || echo "$c r$r OUTPUTS DIFFER"
  done
done
