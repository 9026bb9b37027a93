#!/usr/bin/env bash
# `lateral check --format sarif` against the SARIF 2.1.0 schema and Microsoft's SARIF Multitool, on
# a broken copy of the example (errors and a warning) kept in a subdirectory with a space in its name
# of a git work tree, and on the clean example. Also checks that each result matches `--format json`
# and that URIs are relative to the work tree's root, whatever the current directory.
# Needs node and npm (the validators come from the npm registry, pinned by tests/tools/sarif/).
set -euo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
tools=$src/tests/tools/sarif
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if [[ ${CI:-} == true ]]; then echo "node and npm are needed (CI=true)"; exit 1; fi
  echo "skipped: node or npm missing"; exit 77
fi
if [[ ! -d $tools/node_modules/ajv || ! -d $tools/node_modules/@microsoft/sarif-multitool ]]; then
  # Two build directories may run this at once: one installs, the other waits.
  (flock 9; [[ -d $tools/node_modules/@microsoft/sarif-multitool ]] ||
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)) 9>"$tools/.install.lock"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-sarif.XXXXXX")
trap 'if [[ $? == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi' EXIT
export LATERAL_TODAY=2026-11-23 NO_COLOR=1

git init -q "$work/tree"
repo="$work/tree/trust data"
cp -r "$src/examples/north-dales" "$repo"
review=schools/kelderby-academy/reviews/2026-03
cat >"$repo/$review/evidence/go-9.yaml" <<'EOF'
date: 2026-03-10
by: Grace Oduya
type: lesson-obs
aspects: [our-impact/inclusion]
summary: The SENCo (senco@kelderby.example) shared the register.
EOF
sed -i 's/^framework: default/framework: default\noverall: 3/' "$repo/lateral.yaml"

status=0
(cd "$repo/schools" && "$lateral" check --format sarif >"$work/broken.sarif") || status=$?
[[ $status == 1 ]] || { echo "check on the broken copy exited $status, expected 1"; exit 1; }
(cd "$repo/schools" && "$lateral" check --format json >"$work/broken.json") || true
(cd "$src/examples/north-dales" && "$lateral" check --format sarif >"$work/clean.sarif")

# Each result is the JSON diagnostic of the same index, its path relative to the work tree.
node - "$work/broken.sarif" "$work/broken.json" <<'EOF'
const fs = require('fs');
const sarif = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const diags = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const run = sarif.runs[0];
const fail = (m) => { console.log(m); process.exit(1); };
if (run.results.length !== diags.length) fail(`${run.results.length} results, ${diags.length} diagnostics`);
if (!diags.some((d) => d.severity === 'warning') || !diags.some((d) => d.severity === 'error'))
  fail('the broken copy should give errors and warnings');
const ids = run.tool.driver.rules.map((r) => r.id);
run.results.forEach((r, i) => {
  const d = diags[i];
  const loc = r.locations[0].physicalLocation;
  // --format json shows paths relative to the current directory (schools/ here).
  const expectedUri = 'trust%20data/' + require('path').posix.normalize('schools/' + d.file);
  const got = [r.ruleId, r.level, loc.artifactLocation.uri, loc.artifactLocation.uriBaseId, loc.region.startLine, loc.region.startColumn];
  const want = [d.rule, d.severity, expectedUri, '%SRCROOT%', d.line, d.column];
  if (JSON.stringify(got) !== JSON.stringify(want)) fail(`result ${i}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
  if (!r.message.text.startsWith(d.message)) fail(`result ${i}: message ${r.message.text}`);
  if (ids[r.ruleIndex] !== r.ruleId) fail(`result ${i}: ruleIndex ${r.ruleIndex} is not ${r.ruleId}`);
  // A fix travels as the result's `fixes`: the same edits as the JSON's, one replacement each.
  const edits = (r.fixes || []).flatMap((f) => f.artifactChanges.flatMap((c) => c.replacements.map((x) =>
    [f.description.text, x.deletedRegion.startLine, x.deletedRegion.startColumn, x.deletedRegion.endLine, x.deletedRegion.endColumn, x.insertedContent.text])));
  const jsonEdits = d.fix ? d.fix.edits.map((e) => [d.fix.description, e.line, e.column, e.end_line, e.end_column, e.text]) : [];
  if (JSON.stringify(edits) !== JSON.stringify(jsonEdits)) fail(`result ${i}: fixes ${JSON.stringify(edits)} != ${JSON.stringify(jsonEdits)}`);
});
if (!run.results.some((r) => r.fixes)) fail('the broken copy should give a result with a fix (lesson-obs)');
for (const rule of run.tool.driver.rules)
  if (!rule.helpUri.endsWith(`/rules.md#${rule.id}`) || !rule.shortDescription.text || !rule.defaultConfiguration.level)
    fail(`rule ${rule.id} lacks helpUri, shortDescription or defaultConfiguration`);
console.log(`${run.results.length} results match --format json; ${ids.length} rules described`);
EOF

grep -q '"results": \[\]' "$work/clean.sarif" || { echo "the clean example should give no results"; exit 1; }
node "$tools/validate.mjs" "$work/broken.sarif" "$work/clean.sarif"

# Rules carry what GitHub's code scanning requires (the Multitool's GitHub rules check it too), and
# every result a fingerprint of its identity: unique in the run, and the same for the same problem
# after its lines move and its words change. The second log moves lines in two files (comments
# added at their top) and judges one aspect fewer, so complete-benchmark lists one aspect more.
k=$repo/schools/kelderby-academy/reviews/2026-03/benchmark.yaml
sed -i '/^our-impact\/outcomes:/,/^our-impact\/behaviour:/{/^our-impact\/behaviour:/!d}' "$k"
(cd "$repo" && "$lateral" check --format sarif >"$work/before.sarif") || true
sed -i '/^our-impact\/behaviour:/,/^our-impact\/personal-development:/{/^our-impact\/personal-development:/!d}' "$k"
for f in "$repo/lateral.yaml" "$repo/$review/evidence/go-9.yaml"; do
  printf '# moved down\n# by these lines\n%s\n' "$(cat "$f")" >"$f"
done
(cd "$repo" && "$lateral" check --format sarif >"$work/after.sarif") || true
node - "$work/before.sarif" "$work/after.sarif" <<'NODE'
const fs = require('fs');
const [before, after] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')).runs[0]);
const fail = (m) => { console.log(m); process.exit(1); };
for (const rule of before.tool.driver.rules) {
  if (!rule.fullDescription?.text || !rule.help?.text || !rule.help?.markdown || !rule.helpUri)
    fail(`rule ${rule.id} lacks fullDescription, help or helpUri`);
  if (/`|\*\*/.test(rule.fullDescription.text) || /`|\*\*/.test(rule.help.text))
    fail(`rule ${rule.id}: Markdown in a text field: ${rule.help.text}`);
}
const key = 'lateralIdentity/v1';
for (const run of [before, after]) {
  const prints = run.results.map((r) => r.partialFingerprints?.[key]);
  if (prints.some((p) => !/^[0-9a-f]{16}:[0-9]+$/.test(p ?? ''))) fail(`a result without a ${key} fingerprint`);
  if (new Set(prints).size !== prints.length) fail('two results share a fingerprint');
}
const find = (run, rule, uri) => run.results.filter((r) => r.ruleId === rule &&
  r.locations[0].physicalLocation.artifactLocation.uri.endsWith(uri));
const same = (rule, uri, how) => {
  const [a] = find(before, rule, uri), [b] = find(after, rule, uri);
  if (!a || !b) fail(`${rule} on ${uri}: missing from a log`);
  if (a.partialFingerprints[key] !== b.partialFingerprints[key]) fail(`${rule} on ${uri}: the fingerprint changed when ${how}`);
  return [a, b];
};
const line = (r) => r.locations[0].physicalLocation.region.startLine;
let [a, b] = same('no-overall-grade', 'lateral.yaml', 'its line moved');
if (line(b) !== line(a) + 2) fail('no-overall-grade did not move');
[a, b] = same('unknown-reference', 'go-9.yaml', 'its line moved');
if (line(b) !== line(a) + 2) fail('unknown-reference did not move');
[a, b] = same('complete-benchmark', 'benchmark.yaml', 'its message changed');
if (a.message.text === b.message.text) fail('complete-benchmark was not reworded');
console.log(`${before.tool.driver.rules.length} rules with full descriptions and help; fingerprints survive moved lines and new words`);
NODE
node "$tools/validate.mjs" "$work/before.sarif" "$work/after.sarif"
