#!/usr/bin/env bash
# A write that fails at any step (the write, the flush, the rename; simulated with the platform
# layer's LATERAL_FAIL_WRITE hook) leaves every file as it was and no temporary file behind, for
# each command that writes: benchmark (replace), action-plan add and set-status, add-evidence.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-interrupted.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$LATERAL_SOURCE_DIR/tests/fixtures/minimal" "$work/repo"
cd "$work/repo"
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
fail() { echo "FAIL: $*" >&2; exit 1; }
git init -q . && git add -A && git -c user.name=t -c user.email=t@t.invalid commit -qm fixture

review=$(cd schools && ls -d */reviews/* | head -1 | sed 's|/reviews/|/|')
dir=schools/${review%%/*}/reviews/${review##*/}
aspect=$(grep -m1 -E '^[a-z-]+/[a-z-]+:' "$dir/benchmark.yaml" | tr -d ':')
level=$(awk -v a="$aspect:" '$1==a{f=1;next} f&&$1=="level:"{print $2; exit}' "$dir/benchmark.yaml")
evidence=$(ls "$dir/evidence" | head -1 | sed 's/\.yaml$//')
action=$(grep -m1 -E '^- id: ' "$dir/actions.yaml" | sed 's/^- id: //')
by=$(grep -m1 -E '^by: ' "$dir/evidence/$evidence.yaml" | sed 's/^by: //')
type=$(grep -m1 -E '^type: ' "$dir/evidence/$evidence.yaml" | sed 's/^type: //')

for step in write flush rename; do
  for cmd in benchmark add set-status evidence; do
    set +e
    case $cmd in
      benchmark) LATERAL_FAIL_WRITE=$step "$LATERAL" benchmark "$aspect" "$level" --review "$review" \
        --evidence "$evidence" --commentary "Changed by the interrupted-write test." >/dev/null 2>"$work/err" ;;
      add) LATERAL_FAIL_WRITE=$step "$LATERAL" action-plan add --review "$review" --aspect "$aspect" \
        --action "An action" --owner "deputy headteacher" --success "It works" --due 2027-03-01 >/dev/null 2>"$work/err" ;;
      set-status) LATERAL_FAIL_WRITE=$step "$LATERAL" action-plan set-status "$action" done --review "$review" >/dev/null 2>"$work/err" ;;
      evidence) LATERAL_FAIL_WRITE=$step "$LATERAL" add-evidence --review "$review" --type "$type" --aspect "$aspect" \
        --by "$by" --summary "Pupils in Year 5 explained their method." >/dev/null 2>"$work/err" ;;
    esac
    status=$?
    set -e
    [[ $status != 0 ]] || fail "$cmd with a failed $step exited 0"
    [[ -z $(git status --porcelain --untracked-files=all) ]] || { git status --porcelain --untracked-files=all; fail "$cmd with a failed $step changed the tree"; }
  done
done
# And without the failure, the same commands do write.
"$LATERAL" benchmark "$aspect" "$level" --review "$review" --evidence "$evidence" --commentary "Changed for real." >/dev/null 2>&1 \
  || fail "benchmark without a failure did not write"
[[ -n $(git status --porcelain) ]] || fail "benchmark without a failure changed nothing"
echo "interrupted writes: ok"
