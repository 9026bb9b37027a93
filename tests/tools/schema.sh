#!/usr/bin/env bash
# The JSON Schemas and the loader agree: every file of examples/, the built-in framework and the
# minimal fixture is valid for a real validator (ajv, reading YAML 1.2 as editors do), every file
# under tests/schema/bad is rejected by it, and `lateral check` rejects each of those bad files
# too, placed where it belongs in a copy of the minimal fixture.
# Skips (77) without node, unless CI=true; installs the packages with `npm ci` when they are missing.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
harness=$src/tests/schema
skip() {
  echo "schema: $1"
  if [[ ${CI:-} == true ]]; then exit 1; fi
  exit 77
}
command -v node >/dev/null || skip "node is not installed"
if [[ ! -d $harness/node_modules/ajv || ! -d $harness/node_modules/ajv-formats || ! -d $harness/node_modules/yaml ]]; then
  command -v npm >/dev/null || skip "npm is not installed, and tests/schema/node_modules is missing"
  (cd "$harness" && npm ci --no-audit --no-fund >/dev/null) || skip "npm ci failed in $harness"
fi

status=0
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-schema.XXXXXX")
trap 'rm -rf "$work"' EXIT
# validate.mjs prints a line per file on stdout (shown when something is wrong) and a count on stderr.
validate() {
  if ! (cd "$harness" && node validate.mjs "$@" >"$work/validate.log"); then
    grep -v '^ok \|^rejected ' "$work/validate.log"
    status=1
  fi
}
echo "== the validator accepts every good file"
validate "$src/examples" "$src/lib/frameworks" "$src/tests/fixtures/minimal"
echo "== each example is valid for the schemas it carries (.lateral/schemas/, with its framework written in)"
for example in "$src"/examples/*/; do
  validate --schemas "$example.lateral/schemas" "$example"
done
echo "== the validator rejects every bad file"
validate --expect-invalid "$harness/bad"

# Where a file of each kind goes in the minimal fixture.
review=schools/brook-lane-primary/reviews/2026-10
place() {
  case $1 in
    lateral.yaml) echo lateral.yaml ;;
    school.yaml) echo schools/hill-top-primary/school.yaml ;;
    review.yaml) echo schools/hill-top-primary/reviews/2027-01/review.yaml ;;
    self-evaluation.yaml | benchmark.yaml | actions.yaml | process-feedback.yaml) echo "$review/$1" ;;
    evidence/*) echo "$review/$1" ;;
    frameworks/*) echo "$1" ;;
    *) return 1 ;;
  esac
}

echo "== lateral check rejects every bad file"
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
checked=0
for case_dir in "$harness"/bad/*/; do
  name=$(basename "$case_dir")
  rm -rf "$work/repo"
  cp -r "$src/tests/fixtures/minimal" "$work/repo"
  placed=()
  while IFS= read -r file; do
    rel=${file#"$case_dir"}
    if ! target=$(place "$rel"); then
      echo "FAIL $name: no place for $rel in a repository"
      status=1
      continue
    fi
    mkdir -p "$(dirname "$work/repo/$target")"
    cp "$file" "$work/repo/$target"
    placed+=("$target")
  done < <(find "$case_dir" -type f | sort)
  [[ ${#placed[@]} -gt 0 ]] || continue
  # The rules expected, from the fixture's comment: "# bad: ... (rule date / schema)". A file
  # with no comment (an empty one) may fail under any rule.
  rules=$(head -n1 "$(find "$case_dir" -type f | sort | head -n1)" | sed -n 's/.*(rule \([^)]*\)).*/\1/p' |
    tr '/' '\n' | sed -n 's/^ *\([a-z0-9-]*\).*/\1/p' | paste -sd'|')
  # PATHs limit the report to the bad files: the error must be in them, not elsewhere.
  (cd "$work/repo" && timeout 10 "$lateral" check "${placed[@]}" >"$work/out" 2>&1)
  code=$?
  checked=$((checked + 1))
  if [[ $code == 1 ]] && grep -Eq "error\[(${rules:-[a-z0-9-]+})\]" "$work/out"; then
    echo "rejected $name: $(grep -Em1 "error\[(${rules:-[a-z0-9-]+})\]" "$work/out")"
  else
    echo "FAIL $name: lateral check exited $code, expected an error of rule ${rules:-any}"
    cat "$work/out"
    status=1
  fi
done
echo "$checked bad files checked by lateral"
[[ $checked -gt 0 ]] || status=1
exit $status
