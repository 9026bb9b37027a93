#!/usr/bin/env bash
# The framework-aware schemas in an editor with no language server of lateral's own: a real
# yaml-language-server (npm, pinned by tests/tools/yaml-language-server/package-lock.json), driven
# over stdio as editors drive it, reads each file's `# yaml-language-server: $schema=` line.
#   1. On a copy of examples/north-dales as it is, it flags nothing, in any file.
#   2. With 12 mistakes seeded in one review (framework values, shapes, and two that only lateral
#      can see), it flags at least 10 of them, each at its line, and nothing in the other files;
#      `lateral check` finds all 12. The counts are printed.
#   3. It completes the framework's evidence types, aspects (as benchmark.yaml keys: those not yet
#      judged) and levels, each level with the aspect's benchmark statement for it; hover on a
#      level shows that statement, on an aspect key the aspect's name and prompt.
# Skips (77) without node, unless CI=true; installs the package with `npm ci` when it is missing.
set -uo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
harness=$src/tests/tools/yaml-language-server
skip() {
  echo "yaml-language-server: $1"
  if [[ ${CI:-} == true ]]; then exit 1; fi
  exit 77
}
command -v node >/dev/null || skip "node is not installed"
if [[ ! -d $harness/node_modules/yaml-language-server ]]; then
  command -v npm >/dev/null || skip "npm is not installed, and $harness/node_modules is missing"
  (cd "$harness" && npm ci --no-audit --no-fund >/dev/null 2>&1) || skip "npm ci failed in $harness"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-yls.XXXXXX")
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
repo=$work/north-dales
cp -r "$src/examples/north-dales" "$repo"
review=schools/thornbeck-primary/reviews/2026-10
cd "$repo" || exit 1

# drive PLAN OUT: runs the driver; OUT is its JSON answer.
drive() {
  (cd "$harness" && node driver.mjs "$1") >"$2" 2>"$work/driver.err" || { cat "$work/driver.err"; fail "the driver failed on $1"; return 1; }
}
# plan FILE... -> a plan opening those files (absolute paths), completions from $completions.
plan() {
  node -e 'const [root, completions, hovers, ...files] = process.argv.slice(1);
    console.log(JSON.stringify({root, open: files, complete: completions ? JSON.parse(completions) : [],
      hover: hovers ? JSON.parse(hovers) : []}))' \
    "$repo" "${completions:-}" "${hovers:-}" "$@"
}
all_files() { find "$repo" -name '*.yaml' -not -path '*/.lateral/*' | sort; }

# 1. The example as it is: no diagnostic anywhere.
mapfile -t files < <(all_files)
plan "${files[@]}" >"$work/plan-clean.json"
if drive "$work/plan-clean.json" "$work/clean.json"; then
  node -e 'const out = require(process.argv[1]);
    const bad = Object.entries(out.diagnostics).filter(([, ds]) => ds.length);
    for (const [f, ds] of bad) for (const d of ds) console.log(`${f}:${d.line + 1}:${d.character + 1}: ${d.message}`);
    process.exit(bad.length ? 1 : 0)' "$work/clean.json" || fail "yaml-language-server flags the example as it is"
  echo "the example as it is: ${#files[@]} files, no diagnostic"
fi

# 2. Twelve mistakes. seed FILE SED-SCRIPT CHECK: applies the edit and makes sure it took.
seed() {
  sed -i "$2" "$review/$1"
  grep -qE -- "$3" "$review/$1" || { fail "seeding $1 with '$2' did not take"; }
}
seed evidence/go-1.yaml 's/^type: paired-observation$/type: paired-observaton/' '^type: paired-observaton$'
seed evidence/rk-1.yaml 's/^aspects: \[/aspects: [looking-inward\/curriculm, /' 'curriculm'
seed benchmark.yaml '0,/level: developing/s//level: develop/' 'level: develop$'
seed benchmark.yaml 's/^  evidence: \[rk-1, rk-4\]$/  evidence: [rk-1, rk-4, rk-9]/' 'rk-9'
seed benchmark.yaml '/^our-impact\/personal-development:$/,/^our-impact\/inclusion:$/{/^our-impact\/inclusion:$/!d}' '^our-impact/inclusion:'
grep -q '^our-impact/personal-development:' "$review/benchmark.yaml" && fail "the judgement of personal-development is still there"
seed benchmark.yaml '0,/share: true/s//share: yes/' 'share: yes'
seed review.yaml 's/looking-inward, looking-forward\]/looking-inward, looking-forwards]/' 'looking-forwards'
printf 'venue: Main hall\n' >>"$review/review.yaml"
seed actions.yaml '0,/aspect: looking-inward\/curriculum/s//aspect: looking-inward\/curiculum/' 'curiculum'
seed actions.yaml '0,/status: in-progress/s//status: started/' 'status: started'
seed self-evaluation.yaml '0,/level: established/s//level: establised/' 'establised'
seed evidence/go-3.yaml '/^by: /d' '^type: '

# Each mistake: its name, its file, and where a diagnostic must be: the 1-based line of a pattern, or
# `-` for a mistake with no line of its own (a missing judgement). A missing key is flagged where
# the editor and lateral put it: at the record's first key, so its line is that of `date:`.
line_of() { grep -nE -- "$2" "$review/$1" | head -1 | cut -d: -f1; }
mistakes=(
  "evidence type typo|evidence/go-1.yaml|$(line_of evidence/go-1.yaml '^type: ')"
  "unknown aspect in an evidence record|evidence/rk-1.yaml|$(line_of evidence/rk-1.yaml curriculm)"
  "a level the framework does not have|benchmark.yaml|$(line_of benchmark.yaml 'level: develop$')"
  "a cited evidence id that does not exist|benchmark.yaml|$(line_of benchmark.yaml rk-9)"
  "an unjudged aspect of the focus|benchmark.yaml|-"
  "share: yes (YAML 1.1's boolean)|benchmark.yaml|$(line_of benchmark.yaml 'share: yes')"
  "a theme typo in the focus|review.yaml|$(line_of review.yaml looking-forwards)"
  "an unknown key|review.yaml|$(line_of review.yaml '^venue:')"
  "an aspect typo in an action|actions.yaml|$(line_of actions.yaml curiculum)"
  "an action status that does not exist|actions.yaml|$(line_of actions.yaml 'status: started')"
  "a self-evaluation level typo|self-evaluation.yaml|$(line_of self-evaluation.yaml establised)"
  "a missing required key (by)|evidence/go-3.yaml|$(line_of evidence/go-3.yaml '^date: ')"
)
[[ ${#mistakes[@]} == 12 ]] || fail "expected 12 mistakes, have ${#mistakes[@]}"

# Completions: an evidence type after `type: `, an aspect key at a new line of benchmark.yaml, a
# level after `level: ` in the judgement of looking-inward/teaching.
teaching_level=$(awk '/^looking-inward\/teaching:$/ {on = 1} on && /^  level: / {print NR; exit}' "$review/benchmark.yaml")
printf '\n' >>"$review/benchmark.yaml"
end=$(wc -l <"$review/benchmark.yaml")
completions=$(printf '[{"file":"%s","line":%d,"character":6},{"file":"%s","line":%d,"character":0},{"file":"%s","line":%d,"character":9}]' \
  "$repo/$review/evidence/go-2.yaml" "$(($(line_of evidence/go-2.yaml '^type: ') - 1))" \
  "$repo/$review/benchmark.yaml" "$end" \
  "$repo/$review/benchmark.yaml" "$((teaching_level - 1))")
teaching_key=$(grep -n '^looking-inward/teaching:$' "$review/benchmark.yaml" | cut -d: -f1)
hovers=$(printf '[{"file":"%s","line":%d,"character":9},{"file":"%s","line":%d,"character":5}]' \
  "$repo/$review/benchmark.yaml" "$((teaching_level - 1))" "$repo/$review/benchmark.yaml" "$((teaching_key - 1))")
mapfile -t files < <(all_files)
plan "${files[@]}" >"$work/plan-seeded.json"
completions='' hovers=''
drive "$work/plan-seeded.json" "$work/seeded.json" || exit 1
"$lateral" check --format json >"$work/check.json" 2>/dev/null

# The verdict, mistake by mistake: flagged by the editor (a diagnostic on its line), found by lateral.
node - "$work/seeded.json" "$work/check.json" "$repo/$review" "${mistakes[@]}" >"$work/verdict" <<'JS'
const [out, check, dir, ...mistakes] = process.argv.slice(2);
const editor = require(out).diagnostics;
const lateral = require(check);
let flagged = 0, found = 0;
const seededFiles = new Set();
for (const m of mistakes) {
  const [name, file, line] = m.split('|');
  seededFiles.add(`${dir}/${file}`);
  const ds = editor[`${dir}/${file}`] ?? [];
  const at = line === '-' ? undefined : ds.find((d) => d.line + 1 === Number(line));
  const hit = at !== undefined;
  const rel = (f) => f.endsWith(file);
  const byLateral = lateral.some((d) => rel(d.file) && (line === '-' ? d.rule === 'complete-benchmark' : d.line === Number(line)));
  flagged += hit; found += byLateral;
  console.log(`${hit ? 'flagged' : 'missed '} ${byLateral ? 'found' : 'MISSED'} by lateral: ${name} (${file}${line === '-' ? '' : `:${line}`})` +
    (hit ? `\n    the editor says: ${at.message.length > 150 ? `${at.message.slice(0, 150)}...` : at.message}` : ''));
}
// Nothing in the files left alone, and no diagnostic in a seeded file away from its mistakes.
let stray = 0;
for (const [f, ds] of Object.entries(editor))
  for (const d of ds) {
    const at = mistakes.some((m) => { const [, file, line] = m.split('|'); return f === `${dir}/${file}` && Number(line) === d.line + 1; });
    if (!at) { stray++; console.log(`stray: ${f}:${d.line + 1}:${d.character + 1}: ${d.message}`); }
  }
console.log(`COUNT ${flagged} ${found} ${mistakes.length} ${stray}`);
JS
cat "$work/verdict"
read -r _ flagged found total stray < <(grep '^COUNT ' "$work/verdict")
echo "yaml-language-server flags $flagged of $total seeded mistakes; lateral check finds $found of $total"
((flagged >= 10)) || fail "yaml-language-server flags $flagged of $total mistakes, fewer than 10"
((found == total)) || fail "lateral check finds $found of $total mistakes"
((stray == 0)) || fail "$stray diagnostics away from the seeded mistakes"

# 3. Completion: every evidence type, every aspect, every level, each with its description, and
# the level's is the aspect's benchmark statement for it (from the framework itself).
(cd "$repo" && "$lateral" framework show) >"$work/framework.yaml"
node - "$work/seeded.json" "$(cd "$repo/$review" && "$lateral" complete-values evidence-types | cut -f1 | tr '\n' ' ')" \
  "$(cd "$repo/$review" && "$lateral" complete-values aspects | cut -f1 | tr '\n' ' ')" \
  "$(cd "$repo/$review" && "$lateral" complete-values levels | cut -f1 | tr '\n' ' ')" \
  "$work/framework.yaml" "$harness" "$repo/$review/benchmark.yaml" <<'JS' || fail "completion"
const [out, types, allAspects, levels, framework, harness, benchmark] = process.argv.slice(2);
const YAML = require(`${harness}/node_modules/yaml`);
const fw = YAML.parse(require('fs').readFileSync(framework, 'utf8'));
// A key already in the file is not offered again: the aspects not yet judged are.
const judged = Object.keys(YAML.parse(require('fs').readFileSync(benchmark, 'utf8')) ?? {});
const aspects = allAspects.split(' ').filter((a) => a && !judged.includes(a)).join(' ');
const statement = fw.themes.find((t) => t.id === 'looking-inward').aspects.find((a) => a.id === 'teaching').statements.established;
const [typeC, aspectC, levelC] = require(out).completions;
let bad = 0;
const want = (what, got, words) => {
  const labels = got.items.map((i) => i.label);
  for (const w of words.split(' ').filter(Boolean))
    if (!labels.includes(w)) { bad++; console.log(`FAIL: ${what}: ${w} not offered (offered: ${labels.join(' ')})`); }
  const bare = got.items.filter((i) => words.includes(i.label) && !i.documentation);
  if (bare.length) { bad++; console.log(`FAIL: ${what}: no description for ${bare.map((i) => i.label).join(' ')}`); }
  console.log(`${what}: ${labels.length} offered`);
};
want('evidence types after `type: `', typeC, types);
want('aspects not yet judged, as benchmark.yaml keys', aspectC, aspects);
const again = aspectC.items.filter((i) => judged.includes(i.label));
if (again.length) { bad++; console.log(`FAIL: judged aspects offered again: ${again.map((i) => i.label).join(' ')}`); }
want('levels after `level: `', levelC, levels);
const established = levelC.items.find((i) => i.label === 'established');
if (!statement || !established?.documentation.includes(statement.slice(0, 40))) {
  bad++;
  console.log(`FAIL: the level's description is not the aspect's statement: ${JSON.stringify(established)} / ${statement}`);
}
// Hover: on a level, the aspect's statement for it; on an aspect key, the aspect's name and prompt.
const [onLevel, onKey] = require(out).hovers;
const teaching = fw.themes.find((t) => t.id === 'looking-inward').aspects.find((a) => a.id === 'teaching');
const level = YAML.parse(require('fs').readFileSync(benchmark, 'utf8'))['looking-inward/teaching'].level;
if (!onLevel?.text.includes(teaching.statements[level].slice(0, 40))) {
  bad++;
  console.log(`FAIL: hover on level ${level} shows ${JSON.stringify(onLevel?.text)}`);
}
if (!onKey?.text.includes(teaching.name) || !onKey.text.includes(teaching.prompt)) {
  bad++;
  console.log(`FAIL: hover on the aspect key shows ${JSON.stringify(onKey?.text)}`);
}
console.log(`hover: a level shows its statement, an aspect its name and prompt`);
process.exit(bad ? 1 : 0);
JS

if ((failures)); then
  echo "$failures failures; kept $work"
  exit 1
fi
rm -rf "$work"
