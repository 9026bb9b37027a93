#!/usr/bin/env bash
# Converts every Markdown document lateral writes (profiles, the review team's copies, action
# plans, DRAFTs and a review full of Markdown's special characters: documents/generate.sh) with
# pandoc, as GitHub-flavoured Markdown, to HTML and to DOCX; any warning fails. Also checks that
# the judged statement and the tables survive conversion, and that a warning is noticed at all.
# Skips (77) without pandoc, unless CI=true.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
check=pandoc
source "$src/tests/tools/documents/checks.sh"
command -v pandoc >/dev/null || skip "not installed (apt-get install pandoc)"
source "$src/tests/tools/documents/generate.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-pandoc.XXXXXX")
trap 'rm -rf "$work"' EXIT
generate_documents "$work/docs" markdown || exit 1

failed=0
# pandoc exits 0 on warnings unless told otherwise; both the flag and an empty stderr are required.
convert() {
  local in=$1 to=$2 out=$3
  if ! pandoc -f gfm -t "$to" --fail-if-warnings "$in" -o "$out" 2>"$work/stderr" || [[ -s $work/stderr ]]; then
    echo "FAIL $(basename "$in") -> $to:"
    sed 's/^/  /' "$work/stderr"
    return 1
  fi
}
n=0
for md in "$work"/docs/*.md; do
  convert "$md" html "$work/out.html" || failed=1
  convert "$md" docx "$work/out.docx" || failed=1
  n=$((n + 1))
done
echo "pandoc $(pandoc --version | head -1 | cut -d' ' -f2): $n documents to HTML and DOCX"

# The conversion must carry what the reader needs: the judged statement in bold with its marker,
# the at-a-glance table, and the anchors the summary links point to.
html=$work/thornbeck.html
pandoc -f gfm -t html --wrap=none "$work/docs/north-dales-thornbeck-primary-2026-10-profile.md" -o "$html"
for want in '<strong>▶ Developing (review team' '<table>' 'id="capacity-to-improve"' 'href="#capacity-to-improve"'; do
  grep -qF "$want" "$html" || { echo "FAIL: the HTML of the Thornbeck profile lacks $want"; failed=1; }
done
# Text that looks like Markdown stays text: no heading, emphasis or HTML element made from it.
pandoc -f gfm -t html --wrap=none "$work/docs/markup-profile.md" -o "$work/markup.html"
grep -qF '# not a heading, *not emphasis*, _nor this_, &lt;b&gt;not html&lt;/b&gt;, a | pipe, [not](a link)' \
  "$work/markup.html" || { echo "FAIL: Markdown-like text in a commentary did not come through as text"; failed=1; }
if grep -q '<b>not html\|<i>not html' "$work/markup.html"; then echo "FAIL: raw HTML leaked"; failed=1; fi

# The check itself can fail: a warning (an image pandoc cannot fetch) must be caught.
printf '# A\n\n![x](missing.png)\n' >"$work/broken.md"
if convert "$work/broken.md" docx "$work/broken.docx" >/dev/null; then
  echo "FAIL: a pandoc warning went unnoticed"
  failed=1
fi
exit $failed
