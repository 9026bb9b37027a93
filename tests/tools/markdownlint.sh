#!/usr/bin/env bash
# Lints every Markdown document lateral writes (profiles, the review team's copies, action plans,
# DRAFTs and a review full of Markdown's special characters: documents/generate.sh) with
# markdownlint-cli2 and the committed config in tests/tools/markdownlint/, which says why any rule
# is off. A document with known faults must be reported too, so the check can fail.
# Skips (77) without node or the package (cd tests/tools/markdownlint && npm ci), unless CI=true.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
dir=$src/tests/tools/markdownlint
check=markdownlint
source "$src/tests/tools/documents/checks.sh"
need_npm_packages "$dir" markdownlint-cli2
source "$src/tests/tools/documents/generate.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-markdownlint.XXXXXX")
trap 'rm -rf "$work"' EXIT
generate_documents "$work/docs" markdown || exit 1

lint() { "$dir/node_modules/.bin/markdownlint-cli2" --config "$dir/.markdownlint-cli2.jsonc" "$@" 2>&1; }
failed=0
if ! out=$(lint "$work/docs/*.md"); then
  echo "$out"
  failed=1
fi
echo "$out" | grep -E '^(markdownlint-cli2|Linting|Summary)'

# Known faults must be found: trailing spaces, emphasis used as a heading, a repeated sibling
# heading and a link to a missing anchor (the rule that checks every link in the profile).
printf '# T\n\n## A\n\n## A\n\ntext \n\n**Bold line**\n\n[x](#nowhere)\n' >"$work/faulty.md"
found=$(lint "$work/faulty.md")
for rule in MD009 MD024 MD036 MD051; do
  grep -q "$rule" <<<"$found" || { echo "FAIL: markdownlint did not report $rule in a faulty document"; failed=1; }
done
exit $failed
