#!/usr/bin/env bash
# A whole review cycle as the people who run it work: the partnership lead starts the repository and
# plans a review; two reviewers each clone it, add evidence in their own clone and commit on a
# branch; the lead merges both branches (no conflict: each reviewer's ids have their own prefix);
# the lead benchmarks every focus aspect; the school adds its actions after the workshop and starts
# on them. `lateral check` finds no error, and `lateral status` follows the review stage by stage.
set -euo pipefail
lateral=${LATERAL:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-cycle.XXXXXX")
trap 'if [[ $? == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi' EXIT
export NO_COLOR=1 HOME=$work/home GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=lead GIT_AUTHOR_EMAIL=lead@example.invalid GIT_COMMITTER_NAME=lead
export GIT_COMMITTER_EMAIL=lead@example.invalid
unset LATERAL_REVIEWER
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }
expect_stage() { # DIR STAGE: `lateral status` in DIR names the stage
  local out
  out=$(cd "$1" && "$lateral" status)
  grep -q "): $2\$" <<<"$out" || fail "expected stage '$2', got: $out"
}

# The lead starts the partnership and plans the review.
cd "$work"
export LATERAL_TODAY=2026-05-18
"$lateral" init lead --partnership 'Wenning Vale Schools Partnership' >/dev/null
cd lead
git init -q -b main && git add -A && git commit -qm 'Start the partnership'
review=$("$lateral" init-review brook-lane-primary --date 2026-06-10 \
  --lead 'Ruth Calder,hill-top-primary' --reviewer 'Owen Pryce,assistant headteacher,Moorside Academy' \
  --theme our-impact --theme looking-outward \
  --question 'How well does the school work with families to help every pupil attend and achieve?' \
  --school-name 'Brook Lane Primary School' --phase primary)
[[ $review == schools/brook-lane-primary/reviews/2026-06 ]] || fail "review path: $review"
git add -A && git commit -qm 'Plan the review of Brook Lane'
expect_stage . planned

# Review days: each reviewer records evidence in a clone of their own, on a branch.
add() { # REVIEWER TYPE SUMMARY ASPECT...
  local by=$1 type=$2 summary=$3
  shift 3
  local args=()
  for a in "$@"; do args+=(--aspect "$a"); done
  LATERAL_REVIEWER=$by "$lateral" add-evidence --type "$type" "${args[@]}" --summary "$summary"
}
cd "$work"
git clone -q lead ruth
git clone -q lead owen
export LATERAL_TODAY=2026-06-10
(
  cd "ruth/$review" && git checkout -q -b evidence-ruth
  ids="$(add 'Ruth Calder' lesson-observation 'Year 5 pupils explained their methods; pupils with SEND worked apart.' \
           our-impact/outcomes our-impact/behaviour our-impact/inclusion)"
  ids+=" $(add 'Ruth Calder' leader-meeting 'The SENCo described links with two schools and a new family worker.' \
           our-impact/inclusion looking-outward/partnerships looking-outward/families looking-outward/research)"
  ids+=" $(add 'Ruth Calder' document-review 'Research summaries are filed but no plan cites one.' looking-outward/research)"
  [[ $ids == "rc-1 rc-2 rc-3" ]] || fail "Ruth's ids: $ids"
  git add -A && git commit -qm "Ruth's evidence"
)
(
  cd "owen/$review" && git checkout -q -b evidence-owen
  ids="$(add 'Owen Pryce' pupil-discussion 'Year 6 pupils spoke confidently about their learning and clubs.' \
           our-impact/outcomes our-impact/behaviour our-impact/personal-development)"
  ids+=" $(add 'Owen Pryce' parent-discussion 'Parents at the gate said staff are easy to talk to.' \
           our-impact/personal-development looking-outward/partnerships looking-outward/families)"
  ids+=" $(add 'Owen Pryce' staff-discussion 'Teachers said research is discussed but rarely changes plans.' \
           looking-outward/research our-impact/inclusion)"
  [[ $ids == "op-1 op-2 op-3" ]] || fail "Owen's ids: $ids"
  git add -A && git commit -qm "Owen's evidence"
)

# The lead merges both branches: every record is a new file with its own name, so no conflict.
cd "$work/lead"
git pull -q --no-rebase --no-edit ../ruth evidence-ruth
git pull -q --no-rebase --no-edit ../owen evidence-owen || fail "merging Owen's branch conflicted"
[[ -z $(git ls-files -u) ]] || fail "unmerged files after the merges"
[[ $(ls "$review/evidence" | tr '\n' ' ') == "op-1.yaml op-2.yaml op-3.yaml rc-1.yaml rc-2.yaml rc-3.yaml " ]] ||
  fail "evidence after the merges: $(ls "$review/evidence")"
expect_stage . reviewing

# End of day 2: the lead benchmarks every aspect of the focus, two kinds of evidence each.
export LATERAL_TODAY=2026-06-11
cd "$review"
judge() { # ASPECT LEVEL COMMENTARY ID...
  local aspect=$1 level=$2 commentary=$3
  shift 3
  local args=()
  for id in "$@"; do args+=(--evidence "$id"); done
  "$lateral" benchmark "$aspect" "$level" "${args[@]}" --commentary "$commentary" >/dev/null
}
judge our-impact/outcomes established 'Pupils explain their methods (rc-1, op-1).' rc-1 op-1
judge our-impact/behaviour leading 'Calm, purposeful classrooms (rc-1, op-1).' rc-1 op-1
judge our-impact/personal-development established 'A wide offer of clubs that pupils value (op-1, op-2).' op-1 op-2
judge our-impact/inclusion developing 'Pupils with SEND are often taught apart from their class (rc-1, rc-2).' rc-1 rc-2
judge looking-outward/partnerships established 'Working links with two local schools (rc-2, op-2).' rc-2 op-2
judge looking-outward/families established 'Families find staff approachable (op-2, rc-2).' op-2 rc-2
judge looking-outward/research developing 'Research is not yet used to plan changes (rc-3, op-3).' rc-3 op-3
"$lateral" benchmark | grep -q '^7 of 7 focus aspects judged\.$' || fail "the grid does not show 7 of 7 judged"
expect_stage . benchmarked

# The planned feedback dates, agreed at the end of the review, go into review.yaml by hand.
sed -i 's/^# feedback:$/feedback:/; s/^#   immediate: \(2026-06-11\).*/  immediate: \1/; s/^#   workshop: .*/  workshop: 2026-06-16/' review.yaml
git add -A && git commit -qm 'Benchmark and feedback dates'
expect_stage . 'feedback given'

# After the workshop the school adds an action for each area for development.
export LATERAL_TODAY=2026-06-17
a1=$("$lateral" action-plan add --aspect our-impact/inclusion \
  --action 'Teach pupils with SEND alongside their class, with planned adaptations' --owner SENCo \
  --success 'Learning walks find pupils with SEND taught in class in nearly every lesson' --due 2026-12-18 \
  --support 'Hill Top Primary School' --review-date 2026-10-14)
a2=$("$lateral" action-plan add --aspect looking-outward/research \
  --action 'Start a reading group that tries one research finding each term' --owner 'deputy headteacher' \
  --success "Each term's change is planned from a named piece of research" --due 2027-03-26)
[[ "$a1 $a2" == "a1 a2" ]] || fail "action ids: $a1 $a2"
expect_stage . 'action plan agreed'
"$lateral" action-plan set-status a1 in-progress >/dev/null
expect_stage . 'following up'
git add -A && git commit -qm 'Action plan'

# Nothing is wrong anywhere, and `lateral check` agrees.
cd "$work/lead"
out=$("$lateral" check 2>&1) || fail "lateral check failed: $out"
! grep -q 'error\[' <<<"$out" || fail "lateral check reports errors: $out"
echo "ok: full review cycle, merged without conflict, checked clean"
