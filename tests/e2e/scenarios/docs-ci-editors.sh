#!/usr/bin/env bash
# The outputs and exit statuses docs/ci.md and docs/editors.md show are what lateral does, and the
# lateral steps of docs/ci.md's CI jobs run as written. Checked: the
# `--format github` annotations on the demo repository (one error, one warning), the exit-status
# table, the GitLab Code Quality conversion (when jq is installed) and the stale-schemas warning.
set -uo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
source "$src/tests/tools/docs/demo-repo.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-docs-ci.XXXXXX")
repo=$(make_demo_repo "$work/tree")
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
status_of() { "$@" >/dev/null 2>&1; echo $?; }

# docs/ci.md: the annotations, byte for byte, and exit 1 for the error.
doc_block "$src/docs/ci.md" "output: check-github" >"$work/want-github"
[[ -s $work/want-github ]] || fail "docs/ci.md has no block marked output: check-github"
(cd "$repo" && "$lateral" check --format github >"$work/github")
diff -u "$work/want-github" "$work/github" || fail "docs/ci.md shows other annotations than lateral prints"
[[ $(cd "$repo" && status_of "$lateral" check --format github) == 1 ]] || fail "check with an error should exit 1"

# The exit-status table: warnings alone pass, unless --strict; a wrong command line or a directory
# outside any repository is 2.
sed -i 's/  evidence: \[jp-5, lb-2, sh-9\]/  evidence: [jp-5, lb-2, sh-1]/' \
  "$repo/schools/st-cuthberts-primary/reviews/2026-06/benchmark.yaml"
[[ $(cd "$repo" && status_of "$lateral" check) == 0 ]] || fail "check with warnings only should exit 0"
[[ $(cd "$repo" && status_of "$lateral" check --strict) == 1 ]] || fail "check --strict with a warning should exit 1"
[[ $(cd "$repo" && status_of "$lateral" check --format nope) == 2 ]] || fail "check --format nope should exit 2"
[[ $(cd "$work" && status_of "$lateral" check) == 2 ]] || fail "check outside a repository should exit 2"

# The GitLab Code Quality conversion: one entry per problem, with GitLab's fields.
if command -v jq >/dev/null; then
  doc_block "$src/docs/ci.md" "test: codequality-jq" >"$work/codequality.jq"
  (cd "$repo" && "$lateral" check --format json) >"$work/check.json"
  if jq -f "$work/codequality.jq" "$work/check.json" >"$work/codequality.json"; then
    jq -e 'length == 1 and all(.[]; .check_name and .fingerprint and (.severity | IN("major", "minor"))
      and .location.path and .location.lines.begin)' "$work/codequality.json" >/dev/null ||
      fail "the Code Quality report lacks GitLab's fields: $(cat "$work/codequality.json")"
  else
    fail "the jq program in docs/ci.md does not run"
  fi
else
  echo "note: jq is not installed; the Code Quality conversion was not run"
fi

# docs/editors.md: the stale-schemas warning, after init wrote the schemas and one changed.
(cd "$repo" && "$lateral" init --update-schemas >/dev/null 2>&1) || fail "lateral init --update-schemas"
sed -i 's/"description"/"title"/' "$repo/.lateral/schemas/evidence.json"
doc_block "$src/docs/editors.md" "output: stale-schemas" >"$work/want-stale"
[[ -s $work/want-stale ]] || fail "docs/editors.md has no block marked output: stale-schemas"
(cd "$repo" && "$lateral" check .lateral >"$work/stale" 2>/dev/null)
diff -u "$work/want-stale" "$work/stale" || fail "docs/editors.md shows another stale-schemas warning"

# docs/ci.md's GitHub Actions and GitLab CI jobs: the steps that run lateral (and jq on its JSON),
# as written, in the demo repository with lateral on PATH. The install and build steps are
# install.md's, run by tests/package/deb-install.sh. Each must run: exit 0, or 1 for the demo's error;
# never 2, a command line lateral does not take.
mkdir -p "$work/bin" "$repo/.gitlab"
ln -sf "$lateral" "$work/bin/lateral"
doc_block "$src/docs/ci.md" "test: codequality-jq" >"$repo/.gitlab/lateral-codequality.jq"
steps=0
while IFS= read -r step; do
  steps=$((steps + 1))
  [[ $step == jq* ]] && ! command -v jq >/dev/null && continue
  (cd "$repo" && PATH="$work/bin:$PATH" bash -c "$step" >"$work/step.out" 2>&1)
  status=$?
  ((status <= 1)) || fail "docs/ci.md step exits $status: $step"$'\n'"$(head -5 "$work/step.out")"
done < <(awk '$0 == "<!-- run by: tests/e2e/scenarios/docs-ci-editors.sh -->" {m = 1; next}
  m && /^```/ {if (on) {on = 0; m = 0} else on = 1; next}
  on && /^ *(- )?(run: )?(lateral check|jq -f)/ {sub(/^ *(- )?(run: )?/, ""); sub(/ +# .*$/, ""); print}' "$src/docs/ci.md")
((steps >= 5)) || fail "found only $steps lateral steps in docs/ci.md's jobs"
[[ -s $repo/lateral.sarif && -s $repo/gl-code-quality-report.json ]] ||
  fail "docs/ci.md's jobs did not write lateral.sarif and gl-code-quality-report.json"

if ((failures)); then
  echo "$failures failures; kept $work"
  exit 1
fi
rm -rf "$work"
echo "docs/ci.md and docs/editors.md show what lateral does"
