#!/usr/bin/env bash
# Two commands that change the same file at the same moment in one clone take turns: two
# `benchmark` runs on different aspects both leave their judgement, and two `action-plan add`
# runs both leave their action, with different ids. Without the lock one would read the file
# before the other wrote it, and undo that change.
set -euo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-concurrent-edits.XXXXXX")
trap 'if [[ $? == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi' EXIT
export NO_COLOR=1 LATERAL_TODAY=2026-11-24
fail() { echo "FAIL: $*"; exit 1; }
both() { # runs two commands at once (each a string), fails unless both succeed
  bash -c "$1" >"$work/a.out" 2>"$work/a.err" &
  local a=$!
  bash -c "$2" >"$work/b.out" 2>"$work/b.err" &
  local b=$!
  wait "$a" || fail "'$1' failed: $(cat "$work/a.err")"
  wait "$b" || fail "'$2' failed: $(cat "$work/b.err")"
}

cp -r "$src/tests/fixtures/workflow" "$work/repo"
cd "$work/repo/schools/moss-bank-primary/reviews/2026-11"
judge() { echo "'$lateral' benchmark $1 $2 --evidence tbarker-1 --evidence tbell-1 --commentary 'Seen on both days.'"; }
both "$(judge our-impact/behaviour leading)" "$(judge our-impact/inclusion developing)"
both "$(judge our-impact/personal-development established)" "$(judge looking-inward/curriculum established)"
both "$(judge looking-inward/leadership established)" "$(judge looking-inward/staff-development developing)"
"$lateral" benchmark | grep -q '^8 of 8 focus aspects judged\.$' || fail "judgements lost: $("$lateral" benchmark)"

add() { echo "'$lateral' action-plan add --aspect $1 --action '$2' --owner SENCo --success 'Seen in class' --due 2027-03-26"; }
ids=()
for round in 1 2 3; do
  both "$(add our-impact/inclusion "Round $round, first")" "$(add looking-inward/staff-development "Round $round, second")"
  ids+=("$(cat "$work/a.out")" "$(cat "$work/b.out")")
done
[[ $(printf '%s\n' "${ids[@]}" | sort -u | wc -l) == 6 ]] || fail "action ids not distinct: ${ids[*]}"
[[ $(grep -c '^- id: a' actions.yaml) == 6 ]] || fail "actions lost: $(cat actions.yaml)"
"$lateral" check >/dev/null 2>&1 || fail "lateral check fails after the concurrent edits"
echo "ok: concurrent benchmark and action-plan runs took turns; nothing lost"
