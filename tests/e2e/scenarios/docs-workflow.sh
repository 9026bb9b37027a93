#!/usr/bin/env bash
# docs/workflow.md is a session that really ran: every ```console block's `$ COMMAND` lines are run
# in order, in one shell (so `cd` and `export` carry over), starting in an empty directory with
# `lateral` on PATH, and what each prints (stdout and stderr together) must be the lines that follow
# it in the page. UPDATE=1 rewrites those lines from a fresh run instead (read the diff!).
set -uo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
doc=$src/docs/workflow.md
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-docs-workflow.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/home" "$work/session"
ln -s "$lateral" "$work/bin/lateral"
export PATH=$work/bin:$PATH HOME=$work/home GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1
export GIT_AUTHOR_NAME='Ruth Calder' GIT_AUTHOR_EMAIL=ruth@example.invalid
export GIT_COMMITTER_NAME='Ruth Calder' GIT_COMMITTER_EMAIL=ruth@example.invalid
unset LATERAL_REVIEWER LATERAL_TODAY EDITOR VISUAL

# Steps: N.cmd (the command) and N.expected (the lines after it in the page).
awk -v dir="$work" '
  /^```console$/ { inside = 1; next }
  inside && /^```$/ { inside = 0; next }
  inside && /^\$ / { n++; printf "%s\n", substr($0, 3) > (dir "/" n ".cmd"); close(dir "/" n ".cmd")
                     printf "" > (dir "/" n ".expected"); next }
  inside && n { print >> (dir "/" n ".expected") }' "$doc"
steps=$(ls "$work"/*.cmd 2>/dev/null | wc -l)
[[ $steps -ge 20 ]] || { echo "FAIL: expected at least 20 commands in $doc, found $steps"; exit 1; }

cd "$work/session" || exit 1
status=0
for n in $(seq "$steps"); do
  eval "$(cat "$work/$n.cmd")" >"$work/$n.actual" 2>&1
  if [[ ${UPDATE:-} != 1 ]] && ! cmp -s "$work/$n.expected" "$work/$n.actual"; then
    echo "FAIL: docs/workflow.md, command $n: \$ $(cat "$work/$n.cmd")"
    diff -u "$work/$n.expected" "$work/$n.actual" | tail -n +3 | head -20
    status=1
  fi
done

if [[ ${UPDATE:-} == 1 ]]; then
  awk -v dir="$work" '
    /^```console$/ { inside = 1; skipping = 0; print; next }
    inside && /^```$/ { inside = 0; print; next }
    inside && /^\$ / { n++; print; while ((getline line < (dir "/" n ".actual")) > 0) print line
                       close(dir "/" n ".actual"); skipping = 1; next }
    inside && skipping { next }
    { print }' "$doc" >"$work/workflow.md" && cp "$work/workflow.md" "$doc"
  echo "rewrote the output in $doc from $steps commands"
  exit 0
fi
[[ $status == 0 ]] && echo "ok: the $steps commands of docs/workflow.md print what the page shows"
exit $status
