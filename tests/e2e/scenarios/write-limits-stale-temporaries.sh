#!/usr/bin/env bash
# A write past the file-size limit (ulimit -f, SIGXFSZ) is a write error: exit 1, the old file
# kept, no temporary file left. Temporary files a killed writer left behind are lateral's own to
# clean: the next write to that directory removes those whose process is gone and that are old
# enough, and leaves a live writer's (or a fresh one) alone; until then git ignores them.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-write-limits.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
fail() { echo "FAIL: $*" >&2; exit 1; }
"$LATERAL" init repo --partnership "Limits Partnership" >/dev/null 2>&1 || fail "init failed"
rm -rf repo && cp -r "$LATERAL_SOURCE_DIR/tests/fixtures/minimal" repo
"$LATERAL" init "$work/fresh" --partnership "Fresh" >/dev/null 2>&1
cp "$work/fresh/.gitignore" repo/.gitignore
cd repo
git init -q . && git add -A && git -c user.name=t -c user.email=t@t.invalid commit -qm fixture
review=brook-lane-primary/2026-10
dir=schools/brook-lane-primary/reviews/2026-10

# A file-size limit of 1 KiB: the profile (-o) and a benchmark.yaml that outgrows it.
echo old >"$work/profile.md"
set +e
(ulimit -f 1; "$LATERAL" profile --review "$review" -o "$work/profile.md") 2>"$work/err"; status=$?
set -e
[[ $status == 1 ]] || fail "profile -o past the file-size limit exited $status: $(cat "$work/err")"
grep -q "cannot write" "$work/err" || fail "profile -o past the limit said: $(cat "$work/err")"
[[ $(cat "$work/profile.md") == old ]] || fail "the old profile.md was not kept"
set +e
(ulimit -f 1; "$LATERAL" benchmark our-impact/outcomes established --review "$review" --evidence op-1 --evidence rc-1 \
  --commentary "$(printf "Pupils make strong progress from their starting points, in every year group and subject. %.0s" 1 2 3 4 5 6)") \
  >/dev/null 2>"$work/err"; status=$?
set -e
[[ $status == 1 ]] || fail "benchmark past the file-size limit exited $status: $(cat "$work/err")"
[[ -z $(find "$work" -name '.*.tmp') ]] || fail "temporary files left: $(find "$work" -name '.*.tmp')"
[[ -z $(git status --porcelain --untracked-files=all) ]] || fail "the tree changed: $(git status --porcelain)"

# Temporary files as a killed writer leaves them: ignored by git until the next write cleans up.
dead=$(sh -c 'echo $$')  # a process that has exited
stale=$dir/.benchmark.yaml.lateral-$dead-0123456789abcdef.tmp
fresh=$dir/.benchmark.yaml.lateral-$dead-fedcba9876543210.tmp
live=$dir/.benchmark.yaml.lateral-$$-00112233445566ff.tmp
other=$dir/.benchmark.yaml.0123456789abcdef.tmp  # not lateral's naming
for f in "$stale" "$fresh" "$live" "$other"; do echo partial >"$f"; done
touch -d '-5 minutes' "$stale" "$live" "$other"
[[ -z $(git status --porcelain --untracked-files=all -- "$stale" "$fresh" "$live") ]] \
  || fail "git does not ignore lateral's temporary files: $(git status --porcelain --untracked-files=all)"
"$LATERAL" benchmark our-impact/outcomes established --review "$review" --evidence op-1 --evidence rc-1 \
  --commentary "Pupils make strong progress." >/dev/null 2>"$work/err" || fail "benchmark: $(cat "$work/err")"
[[ ! -e $stale ]] || fail "a stale temporary file was not cleaned up"
[[ -e $fresh ]] || fail "a temporary file under a minute old was removed"
[[ -e $live ]] || fail "a live writer's temporary file was removed"
[[ -e $other ]] || fail "a file not of lateral's naming was removed"
echo "write limits and stale temporaries: ok"
