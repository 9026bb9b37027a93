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
# What the reader refuses or tells apart by position: merge-conflict markers, escaped control and
# bidirectional characters, ignore comments inside and outside quoted and block text.
extra=(
  '\x01name: A\n<<<<<<< HEAD\nphase: primary\n=======\nphase: infant\n>>>>>>> other\n'
  '\x01name: "A\\e]0;t\\a"\ncontext: "\\u202E x \\x00"\n'
  '\x03date: 2026-06-09\nby: Ann Lee\ntype: lesson-observation\naspects: [our-impact/outcomes]\nsummary: |\n  a # lateral: ignore[personal-data] x@example.org\n# lateral: ignore[personal-data]\ncontext: "b # lateral: ignore[all]"\n'
  '\x01name: &a A\nphase: *a\ncontext: *a\n'
)
for seed in "${extra[@]}"; do
  n=$((n + 1))
  printf "$seed" > "$out/seed-$n"
done
echo "$n seeds in $out"
