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

# Files changed within the last two seconds are not cached (racily clean, below): let them settle.
sleep 2.1
"$LATERAL" check >/dev/null 2>&1 || fail "the minimal fixture does not pass"
[[ -n $(ls .lateral/cache/schools/ 2>/dev/null) ]] || fail "no cache written"
cache=.lateral/cache/schools/brook-lane-primary.bin
grep -qa 'evidence/op-1.yaml' "$cache" || fail "a settled file was not cached"

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
# Racily clean: the file changed moments before that check, so a second same-size edit within the
# file system's timestamp tick could keep its key: its reading was not cached (as git does).
! grep -qa "${f#schools/brook-lane-primary/}" "$cache" || fail "a file changed just before the check was cached"
grep -qa 'evidence/rc-2.yaml' "$cache" || fail "the settled files were not kept"

# A damaged cache is ignored, and rewritten.
for c in .lateral/cache/schools/*; do printf 'garbage' >"$c"; done
set +e
"$LATERAL" check >"$work/damaged.out" 2>/dev/null; damaged=$?
set -e
[[ $damaged == 1 ]] || fail "a damaged cache changed the result"
cmp "$work/damaged.out" "$work/fresh.out" || fail "a damaged cache changed the report"

# Zeros, random bytes, a truncated file, a directory or a FIFO where the cache file belongs: no
# cache, the same report, no hang.
caches=(.lateral/cache/schools/*.bin)
for damage in zeros random truncated directory fifo; do
  "$LATERAL" check >/dev/null 2>&1 || true  # a sound cache to damage
  for c in "${caches[@]}"; do
    [[ -f $c ]] || fail "no cache file $c to damage"
    case $damage in
      zeros) head -c 1048576 /dev/zero >"$c" ;;
      random) head -c 1048576 /dev/urandom >"$c" ;;
      truncated) head -c 100 "$c" >"$c.part" && mv "$c.part" "$c" ;;
      directory) rm "$c" && mkdir "$c" ;;
      fifo) rm "$c" && mkfifo "$c" ;;
    esac
  done
  set +e
  timeout 20 "$LATERAL" check >"$work/damaged.out" 2>"$work/damaged.err"; damaged=$?
  set -e
  [[ $damaged == 1 ]] || fail "a cache file of $damage: exit $damaged $(cat "$work/damaged.err")"
  cmp "$work/damaged.out" "$work/fresh.out" || fail "a cache file of $damage changed the report"
  for c in "${caches[@]}"; do rm -rf "$c"; done
done

# .lateral/cache (or a directory in it) a symbolic link: not followed, nothing written through it,
# said once.
mkdir "$work/elsewhere"
rm -rf .lateral/cache && ln -s "$work/elsewhere" .lateral/cache
set +e
"$LATERAL" check >"$work/linked.out" 2>"$work/linked.err"; linked=$?
set -e
[[ $linked == 1 ]] || fail "a linked cache directory: exit $linked"
cmp "$work/linked.out" "$work/fresh.out" || fail "a linked cache directory changed the report"
[[ -z $(ls -A "$work/elsewhere") ]] || fail "the cache was written through a symbolic link: $(ls -A "$work/elsewhere")"
[[ $(grep -c 'not using the parse cache: .lateral/cache is a symbolic link' "$work/linked.err") == 1 ]] \
  || fail "the link was not reported once: $(cat "$work/linked.err")"
rm .lateral/cache && mkdir -p .lateral/cache && ln -s "$work/elsewhere" .lateral/cache/schools
"$LATERAL" check >/dev/null 2>"$work/linked.err" || true
[[ -z $(ls -A "$work/elsewhere") ]] || fail "the cache was written through .lateral/cache/schools"
grep -q 'not using the parse cache' "$work/linked.err" || fail "a linked schools directory was not reported"
rm -rf .lateral/cache

# Back as it was: clean again.
cp -p "$work/before" "$f"
"$LATERAL" check >/dev/null 2>&1 || fail "restoring the file did not clear the problem"

# --no-cache does not write a cache.
rm -rf .lateral/cache
"$LATERAL" check --no-cache >/dev/null 2>&1
[[ ! -e .lateral/cache ]] || fail "--no-cache wrote a cache"
echo "cache scenario: ok"
