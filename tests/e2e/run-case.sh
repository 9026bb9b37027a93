#!/usr/bin/env bash
# Runs one end-to-end case: copies its fixture repository into a temporary directory, applies
# setup.sh, runs lateral with the arguments in `cmd`, and compares stdout, stderr and the exit code
# with the expected files. UPDATE=1 rewrites the expected files instead (review the diff!).
# On failure the temporary directory is kept and named.
set -u
case_dir=$(cd "$1" && pwd)
lateral=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-e2e.XXXXXX")
fixture=minimal
[[ -f $case_dir/fixture ]] && fixture=$(tr -d '[:space:]' < "$case_dir/fixture")
case $fixture in
  none) mkdir -p "$work/repo" ;;
  examples/*) cp -r "$src/$fixture" "$work/repo" ;;
  *) cp -r "$src/tests/fixtures/$fixture" "$work/repo" ;;
esac
cd "$work/repo" || exit 1
# A repository as `lateral init` leaves it has .lateral/schemas/, and what they hold follows the
# binary and the fixture's frameworks: they are written here, by the binary under test, rather than
# kept in every fixture. (The examples' committed copies are checked by scenario/schema-lines.)
if [[ -f lateral.yaml ]] && ! "$lateral" init --update-schemas >"$work/schemas.log" 2>&1; then
  echo "writing the fixture's JSON Schemas failed:"; cat "$work/schemas.log"; exit 1
fi
if [[ -f $case_dir/setup.sh ]]; then
  if ! bash "$case_dir/setup.sh"; then echo "setup.sh failed in $work"; exit 1; fi
fi
cwd=.
[[ -f $case_dir/cwd ]] && cwd=$(tr -d '\n' < "$case_dir/cwd")
export LATERAL_TODAY=${LATERAL_TODAY:-2026-11-23} NO_COLOR=1
unset LATERAL_REVIEWER EDITOR VISUAL
# `env`: NAME=VALUE lines set for the run (for variables such as LATERAL_REVIEWER).
if [[ -f $case_dir/env ]]; then
  while IFS= read -r line; do [[ -n $line && $line != \#* ]] && export "${line?}"; done <"$case_dir/env"
fi
mapfile -t args < <(grep -v '^#' "$case_dir/cmd")
stdin=/dev/null
[[ -f $case_dir/stdin ]] && stdin=$case_dir/stdin
(cd "$cwd" && "$lateral" "${args[@]}" <"$stdin" >"$work/stdout" 2>"$work/stderr"; echo $? >"$work/exit")
if [[ ${UPDATE:-} == 1 ]]; then
  cp "$work/stdout" "$case_dir/expected.stdout"
  cp "$work/stderr" "$case_dir/expected.stderr"
  cp "$work/exit" "$case_dir/expected.exit"
  rm -rf "$work"
  exit 0
fi
status=0
for f in stdout stderr exit; do
  if ! diff -u "$case_dir/expected.$f" "$work/$f"; then status=1; fi
done
if [[ -f $case_dir/after.sh ]]; then
  export LATERAL=$lateral  # for an after.sh that asks lateral itself
  if ! (cd "$work/repo" && bash "$case_dir/after.sh"); then echo "after.sh failed"; status=1; fi
fi
if [[ $status == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi
exit $status
