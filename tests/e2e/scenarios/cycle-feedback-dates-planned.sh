#!/usr/bin/env bash
# A new user's whole cycle, with the feedback dates written when the review is planned (as
# review.yaml's comment invites), from `init-review` to `status` "complete" with lateral's commands
# alone. The team judges on the last review day, which is also the immediate feedback day: from the
# first judgement on, complete-benchmark reports the aspects still to judge, and each judgement only
# shortens that list, so none may be refused. After the workshop an area for development is moved
# down a level before its action exists (action-for-development is reworded, not new); then the
# actions are added and done, and the cycle is complete.
set -euo pipefail
lateral=${LATERAL:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-cycle-dates.XXXXXX")
trap 'if [[ $? == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi' EXIT
export NO_COLOR=1 HOME=$work/home GIT_CONFIG_NOSYSTEM=1
unset LATERAL_REVIEWER
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }
stage() { "$lateral" status | sed -n 's/^[^:]*: //p' | head -1; }
expect_stage() { local got; got=$(stage); [[ $got == "$1" ]] || fail "expected stage '$1', got '$got'"; }

cd "$work"
export LATERAL_TODAY=2026-05-18
"$lateral" init repo --partnership 'Wenning Vale Schools Partnership' >/dev/null
cd repo
review=$("$lateral" init-review brook-lane-primary --date 2026-06-10 \
  --lead 'Ruth Calder,hill-top-primary' --reviewer 'Owen Pryce,assistant headteacher,Moorside Academy' \
  --theme our-impact --theme looking-outward \
  --question 'How well does the school work with families to help every pupil attend and achieve?' \
  --school-name 'Brook Lane Primary School' --phase primary)
cd "$review"
# Planning: the immediate feedback is at the end of the last review day, the workshop a week on.
sed -i 's/^# feedback:$/feedback:/; s/^#   immediate: \(2026-06-11\).*/  immediate: \1/; s/^#   workshop: .*/  workshop: 2026-06-16/' review.yaml
grep -q '^  workshop: 2026-06-16$' review.yaml || fail "the feedback dates were not written: $(cat review.yaml)"
expect_stage planned

export LATERAL_TODAY=2026-06-10
add() { # REVIEWER TYPE SUMMARY ASPECT...
  local by=$1 type=$2 summary=$3
  shift 3
  local args=()
  for a in "$@"; do args+=(--aspect "$a"); done
  LATERAL_REVIEWER=$by "$lateral" add-evidence --type "$type" "${args[@]}" --summary "$summary" >/dev/null
}
add 'Ruth Calder' lesson-observation 'Year 5 pupils explained their methods.' \
  our-impact/outcomes our-impact/behaviour our-impact/inclusion
add 'Ruth Calder' leader-meeting 'The SENCo described links with two schools and a family worker.' \
  our-impact/inclusion looking-outward/partnerships looking-outward/families looking-outward/research
add 'Owen Pryce' pupil-discussion 'Year 6 pupils spoke confidently about their learning and clubs.' \
  our-impact/outcomes our-impact/behaviour our-impact/personal-development
add 'Owen Pryce' parent-discussion 'Parents said staff are easy to talk to.' \
  our-impact/personal-development looking-outward/partnerships looking-outward/families
add 'Owen Pryce' staff-discussion 'Teachers said research is discussed but rarely changes plans.' \
  looking-outward/research
expect_stage reviewing

# The last review day is the immediate feedback day: every judgement goes through, one by one.
export LATERAL_TODAY=2026-06-11
judge() { # ASPECT LEVEL ID ID
  "$lateral" benchmark "$1" "$2" --evidence "$3" --evidence "$4" --commentary "Seen in $3 and $4." >/dev/null ||
    fail "benchmark $1 $2 was refused on the feedback day"
}
judge our-impact/outcomes established rc-1 op-1
judge our-impact/behaviour leading rc-1 op-1
judge our-impact/personal-development established op-1 op-2
judge our-impact/inclusion developing rc-1 rc-2
judge looking-outward/partnerships established rc-2 op-2
judge looking-outward/families established op-2 rc-2
judge looking-outward/research developing rc-2 op-3
expect_stage 'feedback given'

# After the workshop: the team moves research down before its action is written (reworded, not new).
export LATERAL_TODAY=2026-06-17
"$lateral" benchmark looking-outward/research emerging >/dev/null ||
  fail "moving an area for development from developing to emerging was refused after the workshop"
a1=$("$lateral" action-plan add --aspect our-impact/inclusion \
  --action 'Teach pupils with SEND alongside their class, with planned adaptations' --owner SENCo \
  --success 'Learning walks find pupils with SEND taught in class in nearly every lesson' --due 2026-12-18)
a2=$("$lateral" action-plan add --aspect looking-outward/research \
  --action 'Start a reading group that tries one research finding each term' --owner 'deputy headteacher' \
  --success "Each term's change is planned from a named piece of research" --due 2027-03-26)
expect_stage 'action plan agreed'

export LATERAL_TODAY=2027-04-01
"$lateral" action-plan set-status "$a1" done >/dev/null
"$lateral" action-plan set-status "$a2" done >/dev/null
expect_stage complete
"$lateral" status | grep -q 'needs nothing more: the cycle is complete' || fail "status: $("$lateral" status)"
out=$("$lateral" check 2>&1) || fail "lateral check failed: $out"
echo "ok: a cycle with the feedback dates planned runs to complete with lateral's commands alone"
