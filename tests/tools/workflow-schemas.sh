#!/usr/bin/env bash
# Validates what `lateral evidence`, `lateral benchmark` and `lateral status` print with
# --format json, on every example repository and the workflow fixture, against
# schemas/evidence-list.json, schemas/benchmark-grid.json and schemas/status.json (ajv, through
# tests/tools/output-schema.mjs: each document must pass, and fail with an `overall_grade` added).
# Also checks that `lateral schema KIND` prints those files. Skips (77) without node or the
# packages, unless CI=true.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
source "$src/tests/tools/ajv-harness.bash" workflow-schemas

work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-workflow-schemas.XXXXXX")
trap 'rm -rf "$work"' EXIT
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
status=0
for kind in evidence-list benchmark-grid status; do
  if ! "$lateral" schema "$kind" | cmp -s - "$src/schemas/$kind.json"; then
    echo "lateral schema $kind differs from schemas/$kind.json"
    status=1
  fi
done

n=0 k=0
for original in "$src"/examples/*/ "$src"/tests/fixtures/workflow/; do
  [[ -f $original/lateral.yaml ]] || continue
  # A copy: `status` refreshes the parse cache in .lateral/cache/, never to be written in the source tree.
  repo=$work/repo.$((k++))
  cp -r "$original" "$repo"
  "$lateral" --repo "$repo" status --format json >"$work/status.$n.json" || status=1
  for review in "$repo"/schools/*/reviews/*/; do
    n=$((n + 1))
    ref=$(basename "$(dirname "$(dirname "$review")")")/$(basename "$review")
    "$lateral" --repo "$repo" evidence --review "$ref" --format json >"$work/evidence-list.$n.json" || status=1
    "$lateral" --repo "$repo" benchmark --review "$ref" --format json >"$work/benchmark-grid.$n.json" || status=1
    "$lateral" --repo "$repo" status --review "$ref" --format json >"$work/status.r$n.json" || status=1
  done
done
[[ $n -ge 5 ]] || { echo "workflow-schemas: only $n reviews found"; status=1; }

for kind in evidence-list benchmark-grid status; do
  if ! node "$src/tests/tools/output-schema.mjs" "$src/schemas/$kind.json" "$work/$kind".*.json; then
    echo "workflow-schemas: the output of $kind does not match schemas/$kind.json"
    status=1
  fi
done
[[ $status == 0 ]] && echo "workflow-schemas: $n reviews' evidence, grid and status match their schemas"
exit $status
