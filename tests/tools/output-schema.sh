#!/usr/bin/env bash
# Validates every JSON document `lateral profile` and `lateral action-plan` print (for every
# example review, the review team's copy, DRAFTs and odd text: documents/generate.sh), and the
# committed golden JSON of the e2e cases, against schemas/profile.json and
# schemas/action-plan.json, with ajv (tests/schema/'s packages) in output-schema.mjs.
# Skips (77) without node or the packages (cd tests/schema && npm ci), unless CI=true.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
check=output-schema
source "$src/tests/tools/documents/checks.sh"
need_npm_packages "$src/tests/schema" ajv ajv-formats
source "$src/tests/tools/documents/generate.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-output-schema.XXXXXX")
trap 'rm -rf "$work"' EXIT
generate_documents "$work/docs" json || exit 1

shopt -s nullglob
profiles=("$work"/docs/*profile*.json "$src"/tests/e2e/cases/profile-*-json/expected.stdout)
plans=("$work"/docs/*action-plan*.json "$src"/tests/e2e/cases/action-plan-*-json/expected.stdout)
failed=0
node "$src/tests/tools/output-schema.mjs" "$src/schemas/profile.json" "${profiles[@]}" >"$work/profile.log" || failed=1
node "$src/tests/tools/output-schema.mjs" "$src/schemas/action-plan.json" "${plans[@]}" >"$work/plan.log" || failed=1
grep -v '^ok ' "$work/profile.log" "$work/plan.log"
echo "profiles: $(grep -c '^ok ' "$work/profile.log") valid; action plans: $(grep -c '^ok ' "$work/plan.log") valid"
# The lateral binary prints the schemas it embeds: they must be these files.
for kind in profile action-plan; do
  "$lateral" schema "$kind" | cmp -s - "$src/schemas/$kind.json" || { echo "FAIL: lateral schema $kind differs from schemas/$kind.json"; failed=1; }
done
exit $failed
