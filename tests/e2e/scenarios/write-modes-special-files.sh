#!/usr/bin/env bash
# Writes keep what the user set up: a replaced file keeps its mode (600 stays 600, for data files
# and -o documents); a new confidential profile is 600; `-o` onto a FIFO, a character device,
# /dev/stdout or a process substitution writes into it as a stream and never replaces the node;
# `-o` through a symbolic link replaces the file and keeps the link.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-write-modes.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$LATERAL_SOURCE_DIR/tests/fixtures/minimal" "$work/repo"
cd "$work/repo"
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
umask 022
fail() { echo "FAIL: $*" >&2; exit 1; }
mode() { stat -c %a "$1"; }
review=brook-lane-primary/2026-10
dir=schools/brook-lane-primary/reviews/2026-10

# A data file at 600 stays 600 after a write.
chmod 600 "$dir/benchmark.yaml"
"$LATERAL" benchmark our-impact/outcomes established --review "$review" --evidence op-1 --evidence rc-1 \
  --commentary "Pupils make strong progress from their starting points." >/dev/null 2>"$work/err" \
  || fail "benchmark: $(cat "$work/err")"
[[ $(mode "$dir/benchmark.yaml") == 600 ]] || fail "benchmark.yaml is $(mode "$dir/benchmark.yaml") after a write"
chmod 640 "$dir/actions.yaml"
"$LATERAL" action-plan set-status a1 done --review "$review" >/dev/null 2>"$work/err" || fail "set-status: $(cat "$work/err")"
[[ $(mode "$dir/actions.yaml") == 640 ]] || fail "actions.yaml is $(mode "$dir/actions.yaml") after a write"

# -o documents: a replaced file keeps its mode; a new confidential one is 600, a new shared one 644.
echo old >"$work/team.md" && chmod 600 "$work/team.md"
"$LATERAL" profile --review "$review" --include-confidential -o "$work/team.md" 2>/dev/null
[[ $(mode "$work/team.md") == 600 ]] || fail "team.md is $(mode "$work/team.md") after -o"
grep -q . "$work/team.md" && ! grep -qx old "$work/team.md" || fail "team.md was not written"
"$LATERAL" profile --review "$review" --include-confidential -o "$work/new-team.md" 2>/dev/null
[[ $(mode "$work/new-team.md") == 600 ]] || fail "a new confidential profile is $(mode "$work/new-team.md")"
"$LATERAL" profile --review "$review" -o "$work/shared.md" 2>/dev/null
[[ $(mode "$work/shared.md") == 644 ]] || fail "a new shared profile is $(mode "$work/shared.md")"
echo old >"$work/plan.md" && chmod 640 "$work/plan.md"
"$LATERAL" action-plan --review "$review" -o "$work/plan.md" 2>/dev/null
[[ $(mode "$work/plan.md") == 640 ]] || fail "plan.md is $(mode "$work/plan.md") after -o"

# Through a symbolic link: the file is replaced, the link stays.
echo old >"$work/linked.md" && ln -s linked.md "$work/link.md"
"$LATERAL" action-plan --review "$review" -o "$work/link.md" 2>/dev/null
[[ -L $work/link.md ]] || fail "-o through a link replaced the link"
cmp -s "$work/linked.md" "$work/plan.md" || fail "-o through a link did not write the file it leads to"

# A FIFO is written into, not replaced.
mkfifo "$work/fifo"
cat "$work/fifo" >"$work/from-fifo" &
reader=$!
"$LATERAL" profile --review "$review" -o "$work/fifo" 2>/dev/null || fail "profile -o FIFO failed"
wait "$reader"
[[ -p $work/fifo ]] || fail "the FIFO was replaced"
cmp -s "$work/from-fifo" "$work/shared.md" || fail "the FIFO's reader did not get the profile"

# /dev/stdout (a pipe here) and a process substitution.
"$LATERAL" profile --review "$review" -o /dev/stdout 2>"$work/err" | cat >"$work/from-stdout"
cmp -s "$work/from-stdout" "$work/shared.md" || fail "-o /dev/stdout: $(cat "$work/err")"
"$LATERAL" action-plan --review "$review" -o >(cat >"$work/from-substitution") 2>"$work/err" \
  || fail "-o >(cmd): $(cat "$work/err")"
for _ in $(seq 50); do [[ -s $work/from-substitution ]] && break; sleep 0.1; done
cmp -s "$work/from-substitution" "$work/plan.md" || fail "-o >(cmd) did not get the action plan"

# A character device (a copy of /dev/null, when we may make one) stays a device.
if mknod "$work/null" c 1 3 2>/dev/null; then
  "$LATERAL" profile --review "$review" -o "$work/null" 2>/dev/null || fail "profile -o a device failed"
  [[ -c $work/null ]] || fail "the device was replaced by a $(stat -c %F "$work/null")"
fi
[[ -z $(find "$work" -name '.*.tmp') ]] || fail "temporary files left: $(find "$work" -name '.*.tmp')"
echo "write modes and special files: ok"
