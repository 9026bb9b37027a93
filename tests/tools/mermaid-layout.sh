#!/usr/bin/env bash
# Draws the levels picture of every history the examples and the history fixtures have with
# Mermaid in Debian's Chromium (tests/tools/mermaid/layout.mjs) and checks it has one row per
# aspect at a size a page can hold. The control, aspects as side-by-side subgraphs (the strip of
# 5,000 × 140 px the picture once was), must fail. Skips (77) without chromium, node or the
# packages, unless CI=true.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
dir=$src/tests/tools/mermaid
check=mermaid-layout
source "$src/tests/tools/documents/checks.sh"
[[ -x ${CHROMIUM:-/usr/bin/chromium} ]] || skip "chromium is not installed (apt-get install chromium)"
need_npm_packages "$dir" mermaid puppeteer-core

work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-mermaid-layout.XXXXXX")
trap 'rm -rf "$work"' EXIT
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
for repo in "$src"/examples/*/ "$src"/tests/fixtures/h/*/; do
  [[ -f $repo/lateral.yaml ]] || continue
  name=$(basename "$repo")
  for school in "$repo"/schools/*/; do
    slug=$(basename "$school")
    "$lateral" --repo "$repo" history "$slug" >"$work/$name-history-$slug.md" 2>/dev/null || { echo "history failed on $school"; exit 1; }
  done
done
node "$dir/layout.mjs" "$work"/*.md || exit 1

printf '# control\n\n```mermaid\nflowchart TB\n' >"$work/control.txt"
for i in 1 2 3 4 5 6 7 8; do
  printf '  subgraph aspect%s["Aspect %s"]\n    direction LR\n    aspect%sr1["2025-05: Developing"]\n    aspect%sr2["2026-05: Established"]\n    aspect%sr1 -->|up| aspect%sr2\n  end\n' $i $i $i $i $i $i >>"$work/control.txt"
done
printf '```\n' >>"$work/control.txt"
node "$dir/layout.mjs" --expect-failure "$work/control.txt" || { echo "the control's strip went unnoticed"; exit 1; }
