#!/usr/bin/env bash
# docs/profile.md shows real output. Each excerpt is a ```markdown block between
# `<!-- output: ARGS -->` and `<!-- end output -->`: it must appear, whole and line for line, in
# what `lateral ARGS` prints for examples/north-dales on 2026-11-23, or, for `output: e2e CASE`,
# in that end-to-end case's expected.stdout (itself compared byte for byte with real output).
set -uo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-docs-profile.XXXXXX")
trap 'rm -rf "$work"' EXIT

n=0 status=0 inside=0 args=
while IFS= read -r line; do
  if [[ $line =~ ^'<!-- output: '(.*)' -->'$ ]]; then
    n=$((n + 1)) inside=1 args=${BASH_REMATCH[1]}
    : >"$work/$n.excerpt"
  elif [[ $line == '<!-- end output -->' ]]; then
    inside=0
    if [[ $args == e2e\ * ]]; then
      cp "$src/tests/e2e/cases/${args#e2e }/expected.stdout" "$work/$n.out"
    else
      read -r -a argv <<<"$args"
      "$lateral" --repo "$src/examples/north-dales" "${argv[@]}" >"$work/$n.out"
    fi
    # The excerpt without its fence lines must be a run of whole lines of the output.
    if ! grep -v '^```' "$work/$n.excerpt" | awk 'NR == FNR { out = out $0 "\n"; next } { ex = ex $0 "\n" }
        END { exit (ex != "" && index(out, ex)) ? 0 : 1 }' "$work/$n.out" -; then
      echo "FAIL: excerpt $n of docs/profile.md is not in the output of \`$args\`"
      status=1
    fi
  elif ((inside)); then
    printf '%s\n' "$line" >>"$work/$n.excerpt"
  fi
done <"$src/docs/profile.md"
((n >= 3)) || { echo "FAIL: expected at least 3 excerpts in docs/profile.md, found $n"; exit 1; }
((status == 0)) && echo "ok: $n excerpts match the real output"
exit $status
