#!/usr/bin/env bash
# docs/partnership.md shows real output: every excerpt between `<!-- output: ARGS -->` and
# `<!-- end output -->` must appear, line for line and in one piece, in what `lateral ARGS` prints
# on examples/north-dales on 2026-11-23. Change the output, and this test says which excerpt to
# regenerate.
set -euo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
doc=$src/docs/partnership.md
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-docs.XXXXXX")
# A copy: `partnership` refreshes the parse cache in .lateral/cache/, never to be written in the source tree.
cp -r "$src/examples/north-dales" "$work/north-dales"
trap 'rm -rf "$work"' EXIT

# Splits the page into excerpt files: N.args (the arguments) and N.md (the excerpt, blank lines
# at either end dropped).
awk -v dir="$work" '
  /^<!-- output: .* -->$/ { n++; args = $0; sub(/^<!-- output: /, "", args); sub(/ -->$/, "", args)
                            print args > (dir "/" n ".args"); close(dir "/" n ".args"); inside = 1; body = ""; next }
  /^<!-- end output -->$/ { sub(/^\n+/, "", body); sub(/\n+$/, "\n", body); printf "%s", body > (dir "/" n ".md")
                            close(dir "/" n ".md"); inside = 0; next }
  inside { body = body $0 "\n" }' "$doc"

count=$(ls "$work"/*.args 2>/dev/null | wc -l)
[[ $count -ge 5 ]] || { echo "FAIL: expected at least 5 excerpts in $doc, found $count"; exit 1; }
status=0
for args_file in "$work"/*.args; do
  n=$(basename "$args_file" .args)
  read -r -a args <"$args_file"
  "$lateral" --repo "$work/north-dales" "${args[@]}" >"$work/$n.out"
  if ! awk 'NR == FNR { out = out $0 "\n"; next } { ex = ex $0 "\n" } END { exit index(out, ex) ? 0 : 1 }' \
      "$work/$n.out" "$work/$n.md"; then
    echo "FAIL: excerpt $n of docs/partnership.md is not in the output of \`lateral ${args[*]}\`:"
    diff <(cat "$work/$n.md") "$work/$n.out" | head -20 || true
    status=1
  fi
done
[[ $status == 0 ]] && echo "ok: $count excerpts match the real output"
exit $status
