#!/usr/bin/env bash
# The README's "A first look" commands run as written on the example partnership: each exits 0
# and prints something.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-readme.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$LATERAL_SOURCE_DIR/examples/north-dales" "$work/north-dales"
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
# The sh block after the "## A first look" heading; comments and the `cd` line dropped.
mapfile -t commands < <(awk '/^## A first look/{s=1} s&&/^```sh/{b=1;next} b&&/^```/{exit} b' "$LATERAL_SOURCE_DIR/README.md" \
  | sed 's/[[:space:]]*#.*$//' | grep -E '^lateral ')
((${#commands[@]} >= 5)) || { echo "FAIL: found only ${#commands[@]} commands in the README"; exit 1; }
cd "$work/north-dales"
for c in "${commands[@]}"; do
  read -r -a words <<<"${c#lateral }"
  if ! "$LATERAL" "${words[@]}" >"$work/out" 2>"$work/err"; then
    echo "FAIL: README command exits non-zero: $c"; cat "$work/err"; exit 1
  fi
  [[ -s $work/out || -s $work/err ]] || { echo "FAIL: README command prints nothing: $c"; exit 1; }
done
echo "README: ${#commands[@]} commands run"
