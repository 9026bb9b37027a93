#!/usr/bin/env bash
# Validates what `lateral history --format json` and `lateral partnership --format json` print, on
# every example repository and the partnership-view fixture, against schemas/history.json and
# schemas/partnership.json with ajv (the harness of tests/schema). Also checks that `lateral schema`
# prints those files and that the schemas reject a doctored output, so the check can fail.
# Skips (77) without node or the packages, unless CI=true.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
source "$src/tests/tools/ajv-harness.bash" view-schemas

work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-view-schemas.XXXXXX")
trap 'rm -rf "$work"' EXIT
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
status=0
for kind in history partnership; do
  if ! "$lateral" schema "$kind" | cmp -s - "$src/schemas/$kind.json"; then
    echo "lateral schema $kind differs from schemas/$kind.json"
    status=1
  fi
done

for repo in "$src"/examples/*/ "$src"/tests/fixtures/h/*/; do
  [[ -f $repo/lateral.yaml ]] || continue
  name=$(basename "$repo")
  "$lateral" --repo "$repo" partnership --format json >"$work/partnership.$name.json" || exit 1
  "$lateral" --repo "$repo" partnership --format json --since 2026-01-01 --max-pairings 1 >"$work/partnership.$name-since.json" || exit 1
  for school in "$repo"/schools/*/; do
    slug=$(basename "$school")
    "$lateral" --repo "$repo" history "$slug" --format json >"$work/history.$name-$slug.json" || exit 1
  done
done

# The control: a league table smuggled into the output must be refused.
jq '.schools[0].rank = 1' "$work/partnership.north-dales.json" >"$work/bad.partnership.rank.json"
jq '.reviews[0].aspects[0].level = 3' "$work/history.north-dales-ashby-moor-primary.json" >"$work/bad.history.number.json"

(cd "$harness" && node --input-type=module - "$src/schemas" "$work") <<'JS' || status=1
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
const [schemas, dir] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = {};
for (const kind of ['history', 'partnership'])
  validate[kind] = ajv.compile(JSON.parse(readFileSync(path.join(schemas, `${kind}.json`), 'utf8')));
let failed = 0;
let n = 0;
for (const name of readdirSync(dir).sort()) {
  const bad = name.startsWith('bad.');
  const kind = (bad ? name.slice(4) : name).split('.')[0];
  if (!validate[kind]) continue;
  n++;
  const ok = validate[kind](JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
  if (ok === !bad) {
    console.log(`${bad ? 'rejected' : 'ok'} ${name}`);
  } else {
    failed++;
    console.log(`${bad ? 'wrongly accepted' : 'invalid'} ${name}: ${ajv.errorsText(validate[kind].errors)}`);
  }
}
console.error(`${n} outputs, ${failed} not as expected`);
process.exit(failed || !n ? 1 : 0);
JS
exit $status
