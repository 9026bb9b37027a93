#!/usr/bin/env bash
# docs/rules.md cannot lie: every rule lateral.yaml may name (schemas/lateral.json) and every
# loading rule has a section, and each section's example is the exact output of the end-to-end
# case it names (tests/e2e/cases/NAME/expected.stdout), a diagnostic of that section's rule.
# UPDATE=1 rewrites each example from its case instead (after a deliberate change of a message
# and `UPDATE=1 run-case.sh` on the case; review the diff).
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
doc=$src/docs/rules.md
status=0
fail() {
  echo "FAIL: $1"
  status=1
}

rules=$(awk '/"propertyNames"/ {on = 1} on && /\]/ {exit} on' "$src/schemas/lateral.json" |
  sed -n 's/^ *"\([a-z0-9-]*\)",\{0,1\}$/\1/p')
[[ -n $rules ]] || fail "no rule names found in schemas/lateral.json"
for rule in $rules syntax schema duplicate-key yaml11-bool date anchor limit encoding path; do
  grep -qx "## $rule" "$doc" || fail "docs/rules.md has no section '## $rule'"
done

# The first diagnostic of rule $1 in file $2: its line, then the excerpt and hint lines after it.
diagnostic() {
  awk -v rule="$1" 'found && /^[^ ]/ {exit} !found && index($0, "[" rule "]: ") {found = 1} found' "$2"
}

# Walk the document: remember the section, and after each "Example (`tests/e2e/cases/NAME`):"
# collect the ```text block that follows and compare it with the case's expected output.
section='' case_name='' block='' in_block=0 examples=0
updated=$(mktemp)
trap 'rm -f "$updated"' EXIT
while IFS= read -r line; do
  if [[ ${UPDATE:-} == 1 && $in_block == 1 && $line == '```' ]]; then
    diagnostic "$section" "$src/tests/e2e/cases/$case_name/expected.stdout" >>"$updated"
  fi
  [[ ${UPDATE:-} == 1 && $in_block == 1 && $line != '```' ]] || printf '%s\n' "$line" >>"$updated"
  if [[ $in_block == 1 ]]; then
    if [[ ${UPDATE:-} == 1 && $line == '```' ]]; then
      in_block=0 case_name=''
    elif [[ $line == '```' ]]; then
      in_block=0
      examples=$((examples + 1))
      expected=$src/tests/e2e/cases/$case_name/expected.stdout
      if [[ ! -f $expected ]]; then
        fail "## $section: no case tests/e2e/cases/$case_name"
      elif [[ $(<"$expected")$'\n' != *"$block"* ]]; then
        fail "## $section: the example is not the output of tests/e2e/cases/$case_name"
      elif [[ $block != *"[$section]: "* ]]; then
        fail "## $section: the example is not a diagnostic of rule $section"
      fi
      case_name=''
    else
      block+=$line$'\n'
    fi
  elif [[ $line =~ ^'## '([a-z0-9-]+)$ ]]; then
    section=${BASH_REMATCH[1]}
  elif [[ $line =~ ^'Example (`tests/e2e/cases/'([a-z0-9-]+)'`):'$ ]]; then
    case_name=${BASH_REMATCH[1]}
  elif [[ -n $case_name && $line == '```text' ]]; then
    in_block=1 block=''
  fi
done <"$doc"
if [[ ${UPDATE:-} == 1 ]]; then
  cp "$updated" "$doc"
  echo "examples rewritten from their cases; review the diff of docs/rules.md"
  exit 0
fi
echo "$examples examples compared with their cases' output"
[[ $examples -ge 25 ]] || fail "expected an example for each of the 25 rules of SPEC, found $examples"
exit $status
