#!/usr/bin/env bash
# `--review` never leads outside the repository the command runs in (SPEC): from inside repository
# A, a review directory of repository B is refused with exit 2 however it is spelled (absolute,
# with `..`, through a symbolic link), for a listing and for a write, and B is left untouched.
# Outside every repository, `--review /path/to/review` still works.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-review-outside.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$LATERAL_SOURCE_DIR/tests/fixtures/minimal" "$work/A"
cp -r "$LATERAL_SOURCE_DIR/tests/fixtures/minimal" "$work/B"
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
fail() { echo "FAIL: $*" >&2; exit 1; }
review=schools/brook-lane-primary/reviews/2026-10
before=$(cd "$work/B" && find . -type f | sort | xargs sha256sum)
ln -s "$work/B/$review" "$work/A/schools/brook-lane-primary/reviews/2026-10-link"
ln -s "$work/B" "$work/A/b"

cd "$work/A"
spellings=("$work/B/$review" "$review/../../../../../B/$review" "schools/brook-lane-primary/reviews/2026-10-link"
  "b/$review")
for spelling in "${spellings[@]}"; do
  set +e
  "$LATERAL" evidence --review "$spelling" >"$work/out" 2>"$work/err"
  status=$?
  set -e
  [[ $status == 2 ]] || fail "evidence --review $spelling exited $status, not 2: $(cat "$work/err")"
  [[ ! -s $work/out ]] || fail "evidence --review $spelling listed: $(cat "$work/out")"
  grep -q "leads outside the repository" "$work/err" || fail "evidence --review $spelling: $(cat "$work/err")"
  set +e
  "$LATERAL" add-evidence --review "$spelling" --by "Owen Pryce" --type learning-walk \
    --aspect our-impact/behaviour --summary "Calm corridors at lunchtime." >"$work/out" 2>"$work/err"
  status=$?
  set -e
  [[ $status == 2 ]] || fail "add-evidence --review $spelling exited $status, not 2: $(cat "$work/err")"
done
# The same from a subdirectory, and with --repo naming A.
cd "$work/A/schools"
set +e
"$LATERAL" benchmark --review "$work/B/$review" >/dev/null 2>"$work/err"; status=$?
set -e
[[ $status == 2 ]] || fail "benchmark --review (absolute) from a subdirectory exited $status"
cd /
set +e
"$LATERAL" --repo "$work/A" evidence --review "$work/B/$review" >/dev/null 2>"$work/err"; status=$?
set -e
[[ $status == 2 ]] || fail "--repo A evidence --review B exited $status"
after=$(cd "$work/B" && find . -type f | sort | xargs sha256sum)
[[ $before == "$after" ]] || fail "repository B changed"

# Outside every repository, a review directory names its own repository.
cd "$work"
"$LATERAL" evidence --review "$work/B/$review" >"$work/out" || fail "evidence --review from outside failed"
grep -q . "$work/out" || fail "evidence --review from outside listed nothing"
echo "review outside the repository: ok"
