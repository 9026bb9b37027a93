#!/usr/bin/env bash
# Bash completion: sources `lateral completion bash`, then drives the completion function as bash
# does on TAB (COMP_WORDS, COMP_CWORD -> COMPREPLY) on a copy of examples/north-dales. Subcommands
# and options come from `--help`; values from the data are compared with the files of the example.
set -uo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-completion.XXXXXX")
cp -r "$src/examples/north-dales" "$work/repo"
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
failures=0

script=$("$lateral" completion bash) || { echo "lateral completion bash failed"; exit 1; }
# shellcheck disable=SC1090
source <(printf '%s\n' "$script") || { echo "the script does not load"; exit 1; }
complete -p lateral | grep -q -- '-F _lateral lateral' || { echo "no completion registered for lateral"; exit 1; }

# complete WORD... : COMPREPLY, sorted, one line, for the command line `lateral WORD...` with the
# cursor at the end of the last word. The first word is the binary under test.
complete_line() {
  COMP_WORDS=("$lateral" "$@")
  COMP_CWORD=$#
  COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _lateral
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() { # expect "WANT" WORD...
  local want=$1 got
  shift
  got=$(complete_line "$@")
  if [[ $got != "$want" ]]; then
    echo "FAIL: lateral $* <TAB>"
    echo "   got:  [$got]"
    echo "  want:  [$want]"
    failures=$((failures + 1))
  fi
}
expect_in() { # expect_in DIR "WANT" WORD...: the same, with the shell in DIR
  local dir=$1
  shift
  pushd "$dir" >/dev/null || exit 1
  expect "$@"
  popd >/dev/null || exit 1
}
sorted_words() { tr ' ' '\n' | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'; }
values() { "$lateral" complete-values "$@" | cut -f1 | sorted_words; }
# The subcommands `lateral [CMD] --help` lists.
help_subcommands() {
  "$lateral" "$@" --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}' | sorted_words
}
# Whether `lateral CMD --help` lists option OPTION (in its Options section, not in the examples).
help_has() {
  "$lateral" "$1" --help | sed -n '/^Options:/,/^$/p' | grep -qE -- "^ +(-[a-z],)?$2( |,|$)"
}

cd "$work/repo" || exit 1

# Subcommands and options, as --help lists them.
expect "$(help_subcommands)" ''
expect "check" ch
expect "init init-review" ini
expect "$(help_subcommands framework)" framework ''
expect "--format" check --fo
expect "--strict" check --st
expect "--repo" check --rep
expect "--today" --to
expect "github json sarif text" check --format ''
expect "sarif" check --format s
expect "github json sarif text" check --format = ''  # bash splits --format=| at '='
expect "json" check --strict --format j
expect "$(cd "$src/schemas" && ls ./*.json | sed 's|^\./||; s|\.json$||' | sorted_words)" schema ''
expect "process-feedback" schema proc
expect "schools" check sch  # PATH completes files
expect "schools/kelderby-academy" check schools/ke
expect "" --today ''        # a date: nothing to offer

# Values from the data, through `lateral complete-values`.
reviews=$(cd schools && ls -d ./*/reviews/* | sed 's|^\./||; s|/reviews/|/|' | sorted_words)
schools=$(ls schools | sorted_words)
[[ $(values reviews) == "$reviews" ]] || { echo "FAIL: complete-values reviews: $(values reviews)"; failures=$((failures + 1)); }
[[ $(values schools) == "$schools" ]] || { echo "FAIL: complete-values schools: $(values schools)"; failures=$((failures + 1)); }
review_dir=schools/kelderby-academy/reviews/2026-03
evidence=$(ls $review_dir/evidence | sed 's/\.yaml$//' | sorted_words)
[[ $(cd $review_dir && values evidence-ids) == "$evidence" ]] ||
  { echo "FAIL: complete-values evidence-ids in $review_dir"; failures=$((failures + 1)); }
[[ $(values evidence-ids --review kelderby-academy/2026-03) == "$evidence" ]] ||
  { echo "FAIL: complete-values evidence-ids --review"; failures=$((failures + 1)); }
aspects=$(values aspects)
[[ $aspects == *our-impact/outcomes* && $(wc -w <<<"$aspects") -ge 8 ]] ||
  { echo "FAIL: complete-values aspects: $aspects"; failures=$((failures + 1)); }
for kind in themes levels evidence-types; do
  [[ -n $(values $kind) ]] || { echo "FAIL: complete-values $kind is empty"; failures=$((failures + 1)); }
done
# Outside a repository: the built-in framework still answers; review data is simply empty.
(cd "$work" && [[ $(values aspects) == "$aspects" && -z $(values evidence-ids) ]]) ||
  { echo "FAIL: complete-values outside a repository"; failures=$((failures + 1)); }

# Every command that has one of these options completes it from the data (the review's own data
# where it depends on the review: run inside the review directory).
declare -A option_kind=([--aspect]=aspects [--theme]=themes [--type]=evidence-types [--evidence]=evidence-ids
  [--review]=reviews)
commands=$(help_subcommands)
checked=0
for cmd in $commands; do
  for option in "${!option_kind[@]}"; do
    help_has "$cmd" "$option" || continue
    want=$(cd $review_dir && values "${option_kind[$option]}")
    expect_in $review_dir "$want" "$cmd" "$option" ''
    checked=$((checked + 1))
    # A repeatable option (`--evidence ID ...`) takes the next words too, as CLI11 does, and
    # leaves out the values already given to it, in either form.
    if "$lateral" "$cmd" --help | grep -qE -- "^ +$option [^ ]+ \.\.\."; then
      first=${want%% *} rest=${want#* }
      second=${rest%% *} others=${rest#* }
      expect_in $review_dir "$rest" "$cmd" "$option" "$first" ''
      expect_in $review_dir "$others" "$cmd" "$option" "$first" "$option" "$second" ''
      expect_in $review_dir "$others" "$cmd" "$option" = "$first" --today 2026-11-23 "$option" "$second" ''
    fi
  done
done
[[ $checked -ge 1 ]] || { echo "FAIL: no command has a data option"; failures=$((failures + 1)); }
expect "kelderby-academy/2026-03" profile --review kel
# --by offers the review team's names, quoted for the shell; --support the partnership's schools.
for cmd in evidence add-evidence; do
  expect_in $review_dir 'Grace\ Oduya Helen\ Ashworth Priya\ Raman' $cmd --by ''
  expect_in $review_dir 'Grace\ Oduya' $cmd --by Gr
done
expect_in $review_dir "$schools" action-plan add --support ''
[[ $(cd $review_dir && "$lateral" complete-values team-members | cut -f1 | sort) == $(grep -h '^ *- name:' $review_dir/review.yaml 2>/dev/null | sed 's/.*name: //' | sort) ]] ||
  { echo "FAIL: complete-values team-members"; failures=$((failures + 1)); }
# --repo given on the line: the values come from that repository, wherever the shell is.
expect_in "$work" "$reviews" --repo "$work/repo" profile --review ''

# Positionals from the data, where the command has them (commands are still being written).
positional_kind() { # CMD NAME KIND INDEX [WORDS BEFORE...]
  local cmd=$1 name=$2 kind=$3 index=$4
  shift 4
  "$lateral" "$cmd" --help | sed -n '/^Positionals:/,/^$/p' | grep -q "^  $name " || return 0
  [[ $(sed -n '/^Positionals:/,/^$/p' <("$lateral" "$cmd" --help) | grep -c '^  [A-Z]') -gt $index ]] || return 0
  expect_in $review_dir "$(cd $review_dir && values "$kind")" "$cmd" "$@" ''
}
positional_kind benchmark ASPECT aspects 0
positional_kind benchmark LEVEL levels 1 our-impact/outcomes
positional_kind history SCHOOL schools 0
positional_kind init-review SCHOOL schools 0

if ((failures)); then
  echo "$failures failures; kept $work"
  exit 1
fi
rm -rf "$work"
echo "bash completion: all cases pass"
