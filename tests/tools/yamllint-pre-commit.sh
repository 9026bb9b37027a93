#!/usr/bin/env bash
# A partnership that adds yamllint, or runs lateral from the pre-commit framework, stays green:
#   - yamllint (Debian's, default settings) fails the files lateral writes, and passes them with the
#     .yamllint `lateral init` writes: on a new repository after a review written with lateral's
#     commands (long texts included), and on every example, whose .yamllint is init's;
#   - pre-commit (Debian's, offline) runs the `lateral-check` hook of lateral's .pre-commit-hooks.yaml
#     (language: system, the `lateral` on PATH) on real commits: a clean one goes in, one with a
#     broken citation is refused with lateral's diagnostic.
# The .yamllint and the two .pre-commit-config.yaml shown in docs/ci.md are the ones used here.
# Skips (77) without yamllint or pre-commit, unless CI=true.
set -uo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
for tool in yamllint pre-commit git; do
  if ! command -v $tool >/dev/null; then
    if [[ ${CI:-} == true ]]; then echo "$tool is needed (CI=true): apt-get install $tool"; exit 1; fi
    echo "skipped: $tool missing (apt-get install $tool)"; exit 77
  fi
done
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-yamllint.XXXXXX")
# shellcheck source=docs/demo-repo.sh
source "$src/tests/tools/docs/demo-repo.sh"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
mkdir -p "$work/bin" "$work/home"
ln -s "$lateral" "$work/bin/lateral"
export PATH="$work/bin:$PATH" HOME="$work/home" PRE_COMMIT_HOME="$work/pre-commit-cache" NO_COLOR=1
export LATERAL_TODAY=2026-12-08 GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@example.invalid \
  GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@example.invalid
unset LATERAL_REVIEWER

# A new partnership, and a review written with lateral's own commands.
new=$work/partnership
review=test-primary/2026-12
step() { "$@" >"$work/out" 2>"$work/err" || fail "$*: $(cat "$work/err")"; }
step lateral init "$new" --partnership 'Test Partnership'
cd "$new" || exit 1
[[ -f .yamllint ]] || fail "lateral init wrote no .yamllint"
diff -u <(doc_block "$src/docs/ci.md" "test: yamllint-config") .yamllint || fail "docs/ci.md shows another .yamllint than init writes"
long='Pupils in Year 4 recalled the causes of the Great Fire of London from last term, named three sources they had used and explained why one of them was more reliable than the others.'
step lateral init-review test-primary --date 2026-12-07 --lead 'Alex Head,other-school' \
  --reviewer 'Sam Deputy,deputy headteacher,another-school' --theme our-impact --theme looking-inward \
  --question 'How well do pupils remember what they learn, and how well do teachers check what they remember?' \
  --school-name 'Test Primary School'
step lateral add-evidence --review $review --type lesson-observation --aspect our-impact/outcomes \
  --aspect looking-inward/teaching --by 'Alex Head' --date 2026-12-07 --summary "$long"
id=$(tr -d '[:space:]' <"$work/out")
step lateral benchmark our-impact/outcomes established --review $review --evidence "$id" --commentary "$long"
step lateral action-plan add --review $review --aspect our-impact/outcomes --action "$long" \
  --owner 'deputy headteacher' --success "$long" --due 2027-03-01

# yamllint: its defaults fail lateral's files (so this test can tell), init's .yamllint passes them.
yamllint -d default . >"$work/default.log" 2>&1 && fail "yamllint's defaults pass lateral's files: the test cannot tell"
grep -q 'line-length' "$work/default.log" || fail "yamllint's defaults found no long line: $(head -3 "$work/default.log")"
yamllint --strict . >"$work/lint.log" 2>&1 || fail "yamllint with init's .yamllint: $(cat "$work/lint.log")"
for example in "$src"/examples/*/; do
  name=$(basename "$example")
  cmp -s .yamllint "$example/.yamllint" || fail "examples/$name/.yamllint is not the one lateral init writes"
  (cd "$example" && yamllint --strict .) >"$work/lint.log" 2>&1 || fail "yamllint on examples/$name: $(head -5 "$work/lint.log")"
done

# pre-commit: lateral's hook manifest, served from a git repository of its own (as a partnership's
# .pre-commit-config.yaml names lateral's repository and a tag); no network, language: system.
hooks=$work/lateral-hooks
mkdir -p "$hooks" && cp "$src/.pre-commit-hooks.yaml" "$hooks/"
(cd "$hooks" && git init -q && git add . && git commit -qm hooks && git tag v0.1.0) || fail "the hooks repository"
doc_block "$src/docs/ci.md" "test: pre-commit-config" | sed "s|^  - repo: .*|  - repo: $hooks|" >.pre-commit-config.yaml
grep -q "repo: $hooks" .pre-commit-config.yaml || fail "docs/ci.md has no .pre-commit-config.yaml naming lateral's repository"
git init -q && git add -A || fail "git init"
pre-commit install >"$work/out" 2>&1 || fail "pre-commit install: $(cat "$work/out")"
git commit -qm "Plan the review of Test Primary" >"$work/commit.log" 2>&1 ||
  fail "a clean commit is refused: $(cat "$work/commit.log")"
grep -q 'lateral check.*Passed' "$work/commit.log" || fail "the hook did not run on the clean commit: $(cat "$work/commit.log")"
# A broken citation: the hook refuses the commit, with lateral's diagnostic.
sed -i "s/\[$id\]/[$id-typo]/" schools/test-primary/reviews/2026-12/benchmark.yaml
grep -q "$id-typo" schools/test-primary/reviews/2026-12/benchmark.yaml || fail "the citation was not broken"
git add -A
if git commit -qm "Cite evidence" >"$work/commit.log" 2>&1; then
  fail "a commit with a broken citation went in"
else
  grep -q 'lateral check.*Failed' "$work/commit.log" || fail "the commit was refused, but not by lateral's hook: $(cat "$work/commit.log")"
  grep -q "error\[unknown-reference\]: no evidence record \`$id-typo\`" "$work/commit.log" ||
    fail "the refusal does not show lateral's diagnostic: $(cat "$work/commit.log")"
fi
[[ $(git rev-list --count HEAD) == 1 ]] || fail "the refused commit is in the history"

# The same with the hook written in place (`repo: local`), as docs/ci.md shows it.
doc_block "$src/docs/ci.md" "test: pre-commit-local" >.pre-commit-config.yaml
grep -q 'repo: local' .pre-commit-config.yaml || fail "docs/ci.md has no local pre-commit hook"
git add -A
git commit -qm "Cite evidence" >"$work/commit.log" 2>&1 && fail "the local hook let a broken citation in"
grep -q "no evidence record \`$id-typo\`" "$work/commit.log" || fail "the local hook's refusal: $(cat "$work/commit.log")"
sed -i "s/\[$id-typo\]/[$id]/" schools/test-primary/reviews/2026-12/benchmark.yaml
git add -A
git commit -qm "Use the local hook" >"$work/commit.log" 2>&1 || fail "the local hook refused a clean commit: $(cat "$work/commit.log")"
[[ $(git rev-list --count HEAD) == 2 ]] || fail "the clean commit is not in the history"

if ((failures)); then
  echo "$failures failures; kept $work"
  exit 1
fi
rm -rf "$work"
echo "yamllint passes lateral's files with init's .yamllint (and fails them without); pre-commit's lateral-check hook passes a clean commit and refuses a broken one"
