#!/usr/bin/env bash
# Two `add-evidence` runs at the same moment in one clone, by the same reviewer (so both want the
# same next id): both succeed, with distinct ids, both records are there afterwards, and no
# temporary file is left behind. Several rounds, to give the race every chance.
set -euo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-concurrent.XXXXXX")
trap 'if [[ $? == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi' EXIT
export NO_COLOR=1 LATERAL_TODAY=2026-11-23 LATERAL_REVIEWER='Tara Bell'
fail() { echo "FAIL: $*"; exit 1; }
rounds=${ROUNDS:-8}

cp -r "$src/tests/fixtures/workflow" "$work/repo"
cd "$work/repo/schools/moss-bank-primary/reviews/2026-11"
for round in $(seq "$rounds"); do
  for who in a b; do
    "$lateral" add-evidence --type learning-walk --aspect our-impact/inclusion \
      --summary "Round $round, run $who: pupils with SEND read with an adult." \
      >"$work/$round-$who.out" 2>"$work/$round-$who.err" &
  done
  wait_status=0
  for job in $(jobs -p); do wait "$job" || wait_status=1; done
  [[ $wait_status == 0 ]] || fail "round $round: a run failed: $(cat "$work/$round-"*.err)"
  a=$(cat "$work/$round-a.out")
  b=$(cat "$work/$round-b.out")
  [[ -n $a && -n $b && $a != "$b" ]] || fail "round $round: ids '$a' and '$b'"
  for id in "$a" "$b"; do
    [[ -f evidence/$id.yaml ]] || fail "round $round: evidence/$id.yaml is missing"
  done
  grep -q "run a:" "evidence/$a.yaml" || fail "round $round: $a does not hold run a's record"
  grep -q "run b:" "evidence/$b.yaml" || fail "round $round: $b does not hold run b's record"
done
# tbell-1 was there; each round added two more, numbered without a gap.
expected=$(for n in $(seq 1 $((2 * rounds + 1))); do echo "tbell-$n.yaml"; done | sort)
[[ $(ls evidence | grep '^tbell-' | sort) == "$expected" ]] || fail "ids: $(ls evidence)"
[[ -z $(find . -name '.*.tmp') ]] || fail "temporary files left: $(find . -name '.*.tmp')"
"$lateral" check >/dev/null 2>&1 || fail "lateral check fails after the concurrent runs"
echo "ok: $rounds rounds of two concurrent add-evidence runs, all ids distinct"
