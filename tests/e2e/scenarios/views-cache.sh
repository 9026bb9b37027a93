#!/usr/bin/env bash
# `status` and `partnership` read the repository through the parse cache, as `check` does: they
# fill it, a second run reuses it and says the same, a change that keeps a file's size and
# modification time is still seen, and a cache directory that is a symbolic link is not used.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-views-cache.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$LATERAL_SOURCE_DIR/examples/north-dales" "$work/repo"
cd "$work/repo"
rm -rf .lateral/cache
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
fail() { echo "FAIL: $*" >&2; exit 1; }

# Files changed within the last two seconds are not cached (racily clean): let them settle.
sleep 2.1
for view in status partnership; do
  rm -rf .lateral/cache
  "$LATERAL" $view >"$work/$view.cold" 2>"$work/$view.cold.err" || fail "$view failed"
  [[ -n $(ls .lateral/cache/schools/ 2>/dev/null) ]] || fail "$view wrote no parse cache"
  grep -qa 'benchmark.yaml' .lateral/cache/schools/ashby-moor-primary.bin || fail "$view cached no settled file"
  "$LATERAL" $view >"$work/$view.warm" 2>"$work/$view.warm.err" || fail "$view failed with the cache"
  cmp "$work/$view.cold" "$work/$view.warm" || fail "$view says something else with the cache"
  cmp "$work/$view.cold.err" "$work/$view.warm.err" || fail "$view warns otherwise with the cache"
done

# A change that keeps the size and the modification time is seen through the cache: a review's
# days move a year on (status sees it planned; partnership takes the review before as the latest).
f=schools/ashby-moor-primary/reviews/2026-05/review.yaml
cp -p "$f" "$work/before"
grep -q '^dates: \[2026-05-' "$f" || fail "the fixture changed: no 2026-05 dates in $f"
sed -i '/^dates:/s/2026-05-/2027-05-/g' "$f"
touch -r "$work/before" "$f"
[[ $(stat -c %s "$f") == $(stat -c %s "$work/before") ]] || fail "the change was meant to keep the size"
for view in status partnership; do
  "$LATERAL" $view >"$work/$view.changed" 2>/dev/null || true
  rm -rf "$work/fresh" && cp -r . "$work/fresh"
  rm -rf "$work/fresh/.lateral/cache"
  (cd "$work/fresh" && "$LATERAL" $view >"$work/$view.fresh" 2>/dev/null) || true
  ! cmp -s "$work/$view.changed" "$work/$view.cold" || fail "$view did not see the change through the cache"
  cmp "$work/$view.changed" "$work/$view.fresh" || fail "$view with the cache and without it disagree"
done
cp -p "$work/before" "$f"

# .lateral/cache a symbolic link: not used, nothing written through it, said on stderr.
mkdir "$work/elsewhere"
rm -rf .lateral/cache && ln -s "$work/elsewhere" .lateral/cache
for view in status partnership; do
  "$LATERAL" $view >"$work/$view.linked" 2>"$work/$view.linked.err" || fail "$view failed beside a linked cache"
  [[ -z $(ls -A "$work/elsewhere") ]] || fail "$view wrote the cache through a symbolic link"
  grep -q 'not using the parse cache: .lateral/cache is a symbolic link' "$work/$view.linked.err" \
    || fail "$view did not say the cache is not used: $(cat "$work/$view.linked.err")"
  cmp "$work/$view.linked" "$work/$view.cold" || fail "$view says something else without the cache"
done
echo "views cache scenario: ok"
