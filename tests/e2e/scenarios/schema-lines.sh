#!/usr/bin/env bash
# Every `# yaml-language-server: $schema=...` line points, relative to its file, to
# .lateral/schemas/<kind>.json at the root of its repository, <kind> being the file's own kind and a
# schema lateral has (schemas/<kind>.json); and once `lateral init --update-schemas` has written
# .lateral/schemas/, every such path exists, so editors find the schema. Checked on:
#   - examples/ (every YAML file there must have the line, and the schemas committed with them must
#     be the ones this lateral writes) and tests/fixtures/ (where a file has one);
#   - the files lateral itself creates: init, init-review, add-evidence, benchmark, action-plan add.
set -uo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-schema-lines.XXXXXX")
export NO_COLOR=1
unset LATERAL_REVIEWER
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The kind of a file, from where it sits in its repository; empty when lateral does not read it.
kind_of() {
  case $1 in
    lateral.yaml) echo lateral ;;
    frameworks/*.yaml) echo framework ;;
    schools/*/school.yaml) echo school ;;
    plans/*.yaml) echo plan ;;
    schools/*/reviews/*/evidence/*.yaml) echo evidence ;;
    schools/*/reviews/*/*.yaml) basename "$1" .yaml ;;
  esac
}

# check_repository ROOT REQUIRE_LINES MUST_EXIST: every schema line under ROOT resolves to
# ROOT/.lateral/schemas/<kind>.json, <kind> the file's kind; with MUST_EXIST, that file exists.
check_repository() {
  local root=$1 require=$2 must_exist=$3 file rel kind line target want count=0
  while IFS= read -r -d '' file; do
    rel=${file#"$root"/}
    [[ $rel == .lateral/* ]] && continue
    kind=$(kind_of "$rel")
    line=$(grep -m1 -o '^# yaml-language-server: \$schema=.*' "$file" | tr -d '\r')
    if [[ -z $line ]]; then
      [[ $require == yes && -n $kind ]] && fail "$file has no schema line"
      continue
    fi
    count=$((count + 1))
    target=$(realpath -m "$(dirname "$file")/${line#*\$schema=}")
    want=$(realpath -m "$root/.lateral/schemas/$kind.json")
    if [[ -z $kind ]]; then
      fail "$file: a schema line in a file lateral does not read"
    elif [[ $target != "$want" ]]; then
      fail "$file: \$schema resolves to $target, not $want"
    elif [[ ! -f $src/schemas/$kind.json ]]; then
      fail "$file: lateral has no $kind schema (schemas/$kind.json)"
    elif [[ $must_exist == yes && ! -f $target ]]; then
      fail "$file: $target does not exist"
    fi
  done < <(find "$root" -name '*.yaml' -print0)
  echo "$root: $count schema lines"
}

# The repositories shipped in the source tree, as they are: the examples carry .lateral/schemas/
# (so every schema line resolves); the test fixtures do not (the e2e harness writes them).
while IFS= read -r -d '' marker; do
  root=$(dirname "$marker")
  case $root in "$src"/examples/*) require=yes ;; *) require=no ;; esac
  check_repository "$root" $require $require
done < <(find "$src/examples" "$src/tests/fixtures" -name lateral.yaml -print0)

# The examples' committed schemas are the ones this lateral writes for them, so an editor opening
# an example checks it as `lateral check` does; and `check` finds them current.
for example in "$src"/examples/*/; do
  name=$(basename "$example")
  cp -r "$example" "$work/$name"
  if ! (cd "$work/$name" && "$lateral" init --update-schemas >"$work/$name.out" 2>"$work/$name.err"); then
    fail "lateral init --update-schemas in a copy of examples/$name: $(cat "$work/$name.err")"
    continue
  fi
  grep -qx 'The JSON Schemas in .lateral/schemas/ are up to date.' "$work/$name.out" ||
    fail "examples/$name/.lateral/schemas/ is out of date ($(cat "$work/$name.out")): run \`(cd examples/$name && lateral init --update-schemas)\` and commit it"
  check_repository "$work/$name" yes yes
  (cd "$work/$name" && LATERAL_TODAY=2026-11-23 "$lateral" check --format json | grep -q '"stale-schemas"') &&
    fail "check calls the schemas init just wrote stale in examples/$name"
done

# The files lateral creates, through a review from plan to action plan.
export LATERAL_TODAY=2026-12-08
run() { # run DESCRIPTION COMMAND...: fails the scenario, with lateral's message, when the step fails
  local what=$1
  shift
  if ! "$@" >"$work/out" 2>"$work/err"; then
    fail "$what: $(cat "$work/err")"
    return 1
  fi
}
new=$work/new-partnership
review=test-primary/2026-12
review_dir=test-primary/reviews/2026-12
if run "lateral init" "$lateral" init "$new" --partnership 'Test Partnership'; then
  cd "$new" || exit 1
  run "lateral init-review" "$lateral" init-review test-primary --date 2026-12-07 --lead 'Alex Head,other-school' \
    --reviewer 'Sam Deputy,deputy headteacher,another-school' --theme our-impact --theme looking-inward \
    --question 'How well do pupils remember what they learn?' --school-name 'Test Primary School'
  run "lateral add-evidence" "$lateral" add-evidence --review $review --type lesson-observation \
    --aspect our-impact/outcomes --by 'Alex Head' --date 2026-12-07 --summary 'Pupils in Year 4 recalled last term''s work.'
  evidence_id=$(tr -d '[:space:]' <"$work/out")
  run "lateral benchmark" "$lateral" benchmark our-impact/outcomes established --review $review --evidence "$evidence_id" \
    --commentary 'Pupils recall prior learning well.'
  run "lateral action-plan add" "$lateral" action-plan add --review $review --aspect our-impact/outcomes \
    --action 'Share retrieval practice across year groups' --owner 'deputy headteacher' \
    --success 'Every class uses weekly retrieval quizzes' --due 2027-03-01
  for file in lateral.yaml schools/test-primary/school.yaml schools/$review_dir/review.yaml \
    schools/$review_dir/evidence/"$evidence_id".yaml schools/$review_dir/benchmark.yaml schools/$review_dir/actions.yaml; do
    [[ -f $new/$file ]] || fail "lateral did not create $file"
  done
  check_repository "$new" yes yes
fi

if ((failures)); then
  echo "$failures failures; kept $work"
  exit 1
fi
rm -rf "$work"
echo "schema lines: all resolve"
