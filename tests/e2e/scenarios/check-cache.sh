#!/usr/bin/env bash
# The parse cache is never stale: a second check reuses it, and any change to a file (even one
# that keeps its size and modification time) is seen; a damaged cache is ignored; --no-cache
# gives the same report without touching it.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-cache.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$LATERAL_SOURCE_DIR/tests/fixtures/minimal" "$work/repo"
cd "$work/repo"
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
fail() { echo "FAIL: $*" >&2; exit 1; }

"$LATERAL" check >/dev/null 2>&1 || fail "the minimal fixture does not pass"
[[ -n $(ls .lateral/cache/schools/ 2>/dev/null) ]] || fail "no cache written"

# A change that keeps the size and the modification time: only the change time tells.
f=$(find schools -path '*/evidence/*.yaml' | sort | head -1)
cp -p "$f" "$work/before"
sed -i 's/^date: [0-9-]*$/date: 2026-02-30/' "$f"
touch -r "$work/before" "$f"
[[ $(stat -c %s "$f") == $(stat -c %s "$work/before") ]] || fail "the change was meant to keep the size"
set +e
"$LATERAL" check >"$work/cached.out" 2>/dev/null; cached=$?
"$LATERAL" check --no-cache >"$work/fresh.out" 2>/dev/null; fresh=$?
set -e
[[ $cached == 1 && $fresh == 1 ]] || fail "exit codes $cached/$fresh, expected 1/1"
grep -q '2026-02-30' "$work/cached.out" || fail "the cached run did not see the change"
cmp "$work/cached.out" "$work/fresh.out" || fail "--no-cache and the cache disagree"

# A damaged cache is ignored, and rewritten.
for c in .lateral/cache/schools/*; do printf 'garbage' >"$c"; done
set +e
"$LATERAL" check >"$work/damaged.out" 2>/dev/null; damaged=$?
set -e
[[ $damaged == 1 ]] || fail "a damaged cache changed the result"
cmp "$work/damaged.out" "$work/fresh.out" || fail "a damaged cache changed the report"

# Back as it was: clean again.
cp -p "$work/before" "$f"
"$LATERAL" check >/dev/null 2>&1 || fail "restoring the file did not clear the problem"

# --no-cache does not write a cache.
rm -rf .lateral/cache
"$LATERAL" check --no-cache >/dev/null 2>&1
[[ ! -e .lateral/cache ]] || fail "--no-cache wrote a cache"
echo "cache scenario: ok"
