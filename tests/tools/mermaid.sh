#!/usr/bin/env bash
# Parses every Mermaid diagram in the Markdown that `lateral history` and `lateral partnership`
# write, on every example repository and the partnership-view fixture, with Mermaid's own parser
# (the npm package `mermaid`, in a jsdom window: tests/tools/mermaid/). A broken diagram must be
# rejected too, so the check can fail. Skips (77) without node or the packages, unless CI=true.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
dir=$src/tests/tools/mermaid
skip() {
  echo "mermaid: $1"
  if [[ ${CI:-} == true ]]; then exit 1; fi
  exit 77
}
command -v node >/dev/null || skip "node is not installed"
if [[ ! -d $dir/node_modules/mermaid || ! -d $dir/node_modules/jsdom ]]; then
  if [[ ${CI:-} == true ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund) || skip "npm ci failed in $dir"
  else
    skip "the parser is not installed: run (cd tests/tools/mermaid && npm ci)"
  fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-mermaid.XXXXXX")
trap 'rm -rf "$work"' EXIT
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
n=0
for repo in "$src"/examples/*/ "$src"/tests/fixtures/h/*/; do
  [[ -f $repo/lateral.yaml ]] || continue
  name=$(basename "$repo")
  "$lateral" --repo "$repo" partnership >"$work/$name-partnership.md" || { echo "partnership failed on $repo"; exit 1; }
  "$lateral" --repo "$repo" partnership --max-pairings 1 >"$work/$name-partnership-1.md" || exit 1
  for school in "$repo"/schools/*/; do
    slug=$(basename "$school")
    "$lateral" --repo "$repo" history "$slug" >"$work/$name-history-$slug.md" || { echo "history failed on $school"; exit 1; }
  done
done
files=("$work"/*.md)
echo "parsing the diagrams of ${#files[@]} Markdown files"
node "$dir/parse.mjs" "${files[@]}" || exit 1

# The control: a diagram with a dangling link must be rejected.
printf '# control\n\n```mermaid\nflowchart LR\n  a["A"] -->|"x"|\n```\n' >"$work/control.txt"
node "$dir/parse.mjs" --expect-invalid "$work/control.txt" || { echo "the parser accepted a broken diagram"; exit 1; }
