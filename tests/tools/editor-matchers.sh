#!/usr/bin/env bash
# The editor set-ups in docs/editors.md read real `lateral check` output correctly: the VS Code
# problem matcher (run with node, whose regular expressions are VS Code's) and, where Vim is
# installed, the Vim errorformat (run in Vim itself). Each must find every diagnostic of a broken
# copy of the example, at the file, line, column and severity that `--format json` gives.
set -uo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
if ! command -v node >/dev/null; then
  if [[ ${CI:-} == true ]]; then echo "node is needed (CI=true)"; exit 1; fi
  echo "skipped: node missing"; exit 77
fi
source "$src/tests/tools/docs/demo-repo.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-editors.XXXXXX")
repo=$(make_demo_repo "$work/tree")
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

(cd "$repo" && "$lateral" check >"$work/check.txt" 2>/dev/null)
(cd "$repo" && "$lateral" check --format json >"$work/check.json" 2>/dev/null)
doc_block "$src/docs/editors.md" "test: vscode-tasks" >"$work/tasks.json"
[[ -s $work/tasks.json ]] || fail "docs/editors.md has no block marked test: vscode-tasks"
doc_block "$src/docs/editors.md" "test: vim-errorformat" >"$work/errorformat.vim"
[[ -s $work/errorformat.vim ]] || fail "docs/editors.md has no block marked test: vim-errorformat"

# What each matcher must find: file:line:column:severity:rule:message, from --format json.
node -e '
  const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const x of d) console.log([x.file, x.line, x.column, x.severity, x.rule, x.message].join(":"));
' "$work/check.json" >"$work/want.txt"
[[ $(wc -l <"$work/want.txt") -ge 2 ]] || fail "the demo repository should give at least two diagnostics"

node -e '
  const fs = require("fs"), path = require("path");
  const tasks = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const matcher = tasks.tasks[0].problemMatcher;
  const p = matcher.pattern;
  const re = new RegExp(p.regexp);
  for (const line of fs.readFileSync(process.argv[2], "utf8").split("\n")) {
    const m = re.exec(line);
    if (!m) continue;
    // fileLocation relative to the workspace folder: the repository, where the task runs.
    if (!fs.existsSync(path.join(process.argv[3], m[p.file]))) console.log("no such file: " + m[p.file]);
    console.log([m[p.file], m[p.line], m[p.column], m[p.severity], m[p.code], m[p.message]].join(":"));
  }
' "$work/tasks.json" "$work/check.txt" "$repo" >"$work/vscode.txt"
diff -u "$work/want.txt" "$work/vscode.txt" || fail "the VS Code problem matcher reads the output differently"

if command -v vim >/dev/null; then
  # Vim's quickfix entries: file:line:column:type:text, type e or w and text "[rule]: message".
  (cd "$repo" && vim -Nu NONE -i NONE -es \
    -c "source $work/errorformat.vim" \
    -c "cgetfile $work/check.txt" \
    -c "call writefile(map(getqflist(), {_, e -> bufname(e.bufnr) . ':' . e.lnum . ':' . e.col . ':' . e.type . ':' . e.text}), '$work/vim.txt')" \
    -c 'qa!') </dev/null
  sed -E 's/^([^:]*:[0-9]+:[0-9]+):(e)rror:([^:]*):/\1:\2:[\3]: /; s/^([^:]*:[0-9]+:[0-9]+):(w)arning:([^:]*):/\1:\2:[\3]: /' \
    "$work/want.txt" >"$work/vim-want.txt"
  diff -u "$work/vim-want.txt" "$work/vim.txt" || fail "the Vim errorformat reads the output differently"
else
  echo "note: vim is not installed; the errorformat was not run"
fi

if ((failures)); then
  echo "$failures failures; kept $work"
  exit 1
fi
rm -rf "$work"
echo "editor matchers: VS Code$(command -v vim >/dev/null && echo ' and Vim') read every diagnostic"
