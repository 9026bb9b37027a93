#!/usr/bin/env bash
# `lateral lsp` driven by a real client: Neovim's built-in LSP client, headless
# (tests/tools/lsp/neovim.lua). On a copy of the example with seeded mistakes it compares the
# diagnostics with `lateral check --format json`, applies a quick fix, opens an unsaved evidence
# record that clears an error in another file, and checks that the server wrote no file.
# The client is set up with the configuration docs/editors.md gives. Needs nvim (Debian's neovim,
# 0.7 or later).
set -euo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
if ! command -v nvim >/dev/null; then
  if [[ ${CI:-} == true ]]; then echo "nvim is needed (CI=true)"; exit 1; fi
  echo "skipped: nvim missing"; exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-lsp.XXXXXX")
trap 'if [[ $? == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi' EXIT
export LATERAL_TODAY=2026-11-23 NO_COLOR=1

repo=$work/north-dales
cp -r "$src/examples/north-dales" "$repo"
review=schools/st-cuthberts-primary/reviews/2026-06
# Seeded mistakes: a misspelt level (one nearest name: a fix), a cited record that does not exist,
# a misspelt evidence type (a fix), and `yes` for true (a fix).
sed -i '0,/level: established/s//level: establised/; 0,/evidence: \[sh-1, sh-2, lb-3\]/s//evidence: [sh-1, sh-9, lb-3]/' \
  "$repo/$review/benchmark.yaml"
sed -i 's/^type: leader-meeting/type: leader-meting/' "$repo/$review/evidence/jp-1.yaml"
echo 'confidential: yes' >>"$repo/$review/evidence/jp-1.yaml"
cp -r "$repo" "$work/pristine"

(cd "$repo" && "$lateral" check --no-cache --format json >"$work/expected.json") || true
grep -q establised "$work/expected.json"

export REPO=$repo OUT=$work/results EXPECTED=$work/expected.json LATERAL=$lateral
export BENCHMARK=$review/benchmark.yaml
export FILES="$review/benchmark.yaml $review/evidence/jp-1.yaml $review/review.yaml lateral.yaml"
export MISSING_EVIDENCE=$review/evidence/sh-9.yaml
export MISSING_TEXT=$'date: 2026-06-10\nby: Simon Hartley\ntype: school-data\naspects: [our-impact/outcomes]\nsummary: Attainment over three years, by group.'
# The Neovim configuration of docs/editors.md, as written there (the Lua block after its marker),
# with `lateral` on PATH as a user has it.
awk '/<!-- run by: tests\/tools\/lsp-neovim.sh -->/ {on = 1; next} on && /^```lua/ {body = 1; next}
  body && /^```/ {exit} body {print}' "$src/docs/editors.md" >"$work/config.lua"
grep -q start_client "$work/config.lua" || { echo "no Neovim configuration found in docs/editors.md"; exit 1; }
mkdir -p "$work/bin" && ln -s "$lateral" "$work/bin/lateral"
export PATH=$work/bin:$PATH
status=0
timeout 120 nvim --headless --clean -u NONE -i NONE -n -c "luafile $work/config.lua" \
  -c "luafile $src/tests/tools/lsp/neovim.lua" >"$work/nvim.log" 2>&1 || status=$?
cat "$work/results" 2>/dev/null || { echo "no results from nvim (status $status)"; cat "$work/nvim.log"; exit 1; }
if ((status != 0)); then echo "$status check(s) failed"; exit 1; fi
# The server never writes a repository file; only the editor does, and it saved nothing.
diff -r "$work/pristine" "$repo"
