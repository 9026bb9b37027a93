#!/usr/bin/env bash
# `add-evidence` without --summary opens $EDITOR (then VISUAL, then vi) on a template, as `git
# commit` does: the lines starting with # are left out, an empty summary records nothing (exit 1),
# a failing editor records nothing (exit 1), and the template file goes once the record is written.
set -euo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-editor.XXXXXX")
trap 'if [[ $? == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi' EXIT
export NO_COLOR=1 LATERAL_TODAY=2026-11-23 LATERAL_REVIEWER='Tom Barker'
unset VISUAL
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$src/tests/fixtures/workflow" "$work/repo"
rm -rf "$work/repo/.lateral/cache"  # a parse cache left in the source tree by a run of lateral there
cd "$work/repo/schools/moss-bank-primary/reviews/2026-11"
add() { "$lateral" add-evidence --type learning-walk --aspect our-impact/behaviour "$@"; }

# An editor that writes two lines above the template, and keeps a copy of what it was given.
cat >"$work/write-summary" <<'EOF'
#!/bin/sh
cp "$1" "$(dirname "$0")/template-seen"
{ printf 'Lunch was calm: pupils queued without prompting.\n\nStaff ate with the pupils.\n'; cat "$1"; } >"$1.new"
mv "$1.new" "$1"
EOF
# An editor whose command line has its own argument (as `code --wait` has): the file comes last.
cat >"$work/keep-template" <<'EOF'
#!/bin/sh
[ "$1" = --wait ] || exit 9
EOF
printf '#!/bin/sh\nexit 3\n' >"$work/broken-editor"
chmod +x "$work/write-summary" "$work/keep-template" "$work/broken-editor"

id=$(EDITOR="$work/write-summary" add) || fail "add-evidence with an editor failed"
[[ $id == tbarker-2 ]] || fail "id: $id"
grep -q '^# Write what you saw or heard above' "$work/template-seen" || fail "the editor did not get the template"
grep -q 'learning-walk by Tom Barker on 2026-11-23: our-impact/behaviour' "$work/template-seen" ||
  fail "the template does not name the record: $(cat "$work/template-seen")"
expected='summary: |
  Lunch was calm: pupils queued without prompting.

  Staff ate with the pupils.'
[[ $(sed -n '/^summary:/,$p' "evidence/$id.yaml") == "$expected" ]] || fail "summary: $(cat "evidence/$id.yaml")"
[[ -z $(ls "$work/repo/.lateral/cache" 2>/dev/null) ]] || fail "the template file was left in .lateral/cache"

# VISUAL when EDITOR is unset.
id=$(VISUAL="$work/write-summary" EDITOR='' add) || fail "add-evidence with VISUAL failed"
[[ $id == tbarker-3 ]] || fail "id with VISUAL: $id"

# Only the template's comments left: nothing recorded.
if EDITOR="$work/keep-template --wait" add >"$work/out" 2>"$work/err"; then fail "an empty summary was recorded"; fi
grep -q 'the summary is empty' "$work/err" || fail "empty summary: $(cat "$work/err")"
[[ ! -s $work/out ]] || fail "an id was printed for an empty summary"
[[ -z $(ls "$work/repo/.lateral/cache") ]] || fail "an empty template was left in .lateral/cache"

# A failing editor: nothing recorded, and the text kept.
if EDITOR="$work/broken-editor" add >"$work/out" 2>"$work/err"; then fail "a failing editor recorded evidence"; fi
grep -q 'exited with status 3' "$work/err" || fail "failing editor: $(cat "$work/err")"
[[ $(ls evidence | grep -c '^tbarker-') == 3 ]] || fail "records after the refusals: $(ls evidence)"
echo "ok: the summary comes from the editor as git's commit message does"
