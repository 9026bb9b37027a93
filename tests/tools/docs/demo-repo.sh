# Sourced by the tests that check the outputs shown in docs/ci.md and docs/editors.md.
# make_demo_repo DIR: a git work tree in DIR holding north-dales/, a copy of examples/north-dales
# with one error (a judgement cites evidence that does not exist) and one warning (a judgement
# resting on one type of evidence). Prints the repository's path.
make_demo_repo() {
  local dir=$1 src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
  mkdir -p "$dir"
  git init -q "$dir" 2>/dev/null || mkdir -p "$dir/.git"
  cp -r "$src/examples/north-dales" "$dir/north-dales"
  local benchmark=$dir/north-dales/schools/st-cuthberts-primary/reviews/2026-06/benchmark.yaml
  sed -i 's/  evidence: \[jp-5, lb-2, sh-1\]/  evidence: [jp-5, lb-2, sh-9]/; s/  evidence: \[lb-1, lb-2\]/  evidence: [lb-1]/' "$benchmark"
  echo "$dir/north-dales"
}

# doc_block FILE MARKER: the fenced code block that follows the line `<!-- MARKER -->` in FILE.
doc_block() {
  awk -v marker="<!-- $2 -->" '
    $0 == marker {found = 1; next}
    found == 1 && /^```/ {found = 2; next}
    found == 2 && /^```/ {exit}
    found == 2 {print}' "$1"
}
