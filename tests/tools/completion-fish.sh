#!/usr/bin/env bash
# Fish completion: `lateral completion fish` loads (sourced, and autoloaded from a directory of
# $fish_complete_path as vendor_completions.d is), and `complete -C` completes subcommands, option
# values and values from the data on a copy of examples/north-dales.
set -uo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
if ! command -v fish >/dev/null; then
  if [[ ${CI:-} == true ]]; then echo "fish is needed (CI=true): apt-get install fish"; exit 1; fi
  echo "skipped: fish missing (apt-get install fish)"; exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-fish.XXXXXX")
cp -r "$src/examples/north-dales" "$work/repo"
mkdir -p "$work/completions" "$work/bin" "$work/home"
ln -s "$lateral" "$work/bin/lateral"
"$lateral" completion fish >"$work/completions/lateral.fish" || { echo "lateral completion fish failed"; exit 1; }
export PATH="$work/bin:$PATH" HOME="$work/home" XDG_CONFIG_HOME="$work/home" LATERAL_TODAY=2026-11-23
failures=0

fish -n "$work/completions/lateral.fish" || { echo "FAIL: the script has syntax errors"; failures=$((failures + 1)); }

# complete "WANT" LINE: the words `complete -C LINE` offers (descriptions dropped), sorted.
expect() {
  local want=$1 line=$2 got
  got=$(cd "$work/repo" && fish --no-config -c "set fish_complete_path $work/completions \$fish_complete_path
    complete -C '$line'" 2>&1 | cut -f1 | sort | tr '\n' ' ' | sed 's/ $//')
  if [[ $got != "$want" ]]; then
    echo "FAIL: $line<TAB>"
    echo "   got:  [$got]"
    echo "  want:  [$want]"
    failures=$((failures + 1))
  fi
}
subcommands=$("$lateral" --help | awk '/^Subcommands:/ {on = 1; next} on && /^$/ {on = 0} on && /^  [a-z]/ {print $1}' | sort | tr '\n' ' ' | sed 's/ $//')
reviews=$(cd "$work/repo/schools" && ls -d ./*/reviews/* | sed 's|^\./||; s|/reviews/|/|' | sort | tr '\n' ' ' | sed 's/ $//')

expect "$subcommands" 'lateral '
expect "check" 'lateral ch'
expect "github json sarif text" 'lateral check --format '
expect "--format" 'lateral check --fo'
expect "--repo" 'lateral check --rep'
expect "show" 'lateral framework '
expect "process-feedback" 'lateral schema proc'
expect "$reviews" 'lateral profile --review '
expect "kelderby-academy/2026-03" 'lateral profile --review kel'
expect "$reviews" "lateral --repo $work/repo profile --review "
# Repeatable options take the following words too (as CLI11 does), so they complete the same values.
if "$lateral" benchmark --help | grep -qE -- '^ +--evidence [^ ]+ \.\.\.'; then
  evidence=$(ls "$work/repo/schools/kelderby-academy/reviews/2026-03/evidence" | sed 's/\.yaml$//' | sort | tr '\n' ' ' | sed 's/ $//')
  # ... and leave out the values already given to the option, in either form.
  expect "${evidence#go-1 }" 'lateral benchmark --review kelderby-academy/2026-03 --evidence go-1 '
  expect "go-3 go-4" 'lateral benchmark --review kelderby-academy/2026-03 --evidence go-1 --evidence=go-2 --evidence go-'
fi
# --by offers the review team's names; --support the partnership's schools.
expect "Grace Oduya" 'lateral evidence --review kelderby-academy/2026-03 --by Gr'
expect "kelderby-academy" 'lateral action-plan add --review kelderby-academy/2026-03 --support kel'

# Sourced rather than autoloaded: the same answers.
got=$(cd "$work/repo" && fish --no-config -c "source $work/completions/lateral.fish; complete -C 'lateral ch'" | cut -f1)
[[ $got == check ]] || { echo "FAIL: sourced, lateral ch<TAB> gives [$got]"; failures=$((failures + 1)); }

if ((failures)); then
  echo "$failures failures; kept $work"
  exit 1
fi
rm -rf "$work"
echo "fish completion: all cases pass"
