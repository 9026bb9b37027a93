#!/usr/bin/env bash
# Builds the fuzzer's seed corpus from the examples and the test fixtures: each file, prefixed
# with the byte that makes the fuzz target put it in the right place.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
out=$1
mkdir -p "$out"
n=0
while IFS= read -r -d '' f; do
  case $f in
    */lateral.yaml) b=0 ;; */school.yaml) b=1 ;; */review.yaml) b=2 ;; */evidence/*.yaml) b=3 ;;
    */benchmark.yaml) b=4 ;; */actions.yaml) b=5 ;; */self-evaluation.yaml) b=6 ;;
    */process-feedback.yaml) b=7 ;; */frameworks/*.yaml) b=8 ;; *) continue ;;
  esac
  n=$((n + 1))
  { printf "\\x0$b"; head -c 65536 "$f"; } > "$out/seed-$n"
done < <(find "$src/examples" "$src/tests/fixtures" "$src/tests/schema/bad" "$src/lib/frameworks" -name '*.yaml' -print0 2>/dev/null | sort -z)
echo "$n seeds in $out"
