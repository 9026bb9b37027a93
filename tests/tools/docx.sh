#!/usr/bin/env bash
# The route docs/ gives to Word, as a head would take it: every action plan of the example
# partnerships through pandoc to DOCX, then LibreOffice (soffice --headless --convert-to pdf) and
# pdftotext. No word may be broken across lines (a line that ends in part of a word the plan
# holds, continued on the next) and no date split. A control, the old seven-column table, must be
# caught breaking words, so the check can fail. Skips (77) without pandoc, soffice or pdftotext,
# unless CI=true.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
check=docx
source "$src/tests/tools/documents/checks.sh"
for tool in pandoc soffice pdftotext; do
  command -v $tool >/dev/null || skip "$tool is not installed (apt-get install pandoc libreoffice-writer-nogui poppler-utils)"
done
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-docx.XXXXXX")
trap 'rm -rf "$work"' EXIT
export LATERAL_TODAY=2027-02-13 NO_COLOR=1
mkdir -p "$work/md" "$work/docx" "$work/pdf"
for repo in "$src"/examples/*/; do
  for review in "$repo"/schools/*/reviews/*/; do
    school=$(basename "$(dirname "$(dirname "$review")")")
    r=$school/$(basename "$review")
    "$lateral" --repo "$repo" action-plan --review "$r" -o "$work/md/$(basename "$repo")-${r/\//-}.md" || exit 1
  done
done
# The control: actions in a seven-column table, as lateral wrote them before.
cat >"$work/md/control.md" <<'MD'
# Control

| Aspect | Action | Owner | Success criteria | Due | Support | Status |
| --- | --- | --- | --- | --- | --- | --- |
| Outcomes | **a5** Add daily reading fluency practice and half-termly pupil progress meetings | assistant headteacher | More pupils in Year 6 reach the expected standard in reading and writing | 2027-07-16 | St Cuthbert's CE Primary School | planned (next looked at 2027-01-20) |
MD
for md in "$work"/md/*.md; do
  pandoc -f gfm "$md" -o "$work/docx/$(basename "$md" .md).docx" || { echo "FAIL: pandoc on $(basename "$md")"; exit 1; }
done
# One LibreOffice start for every file; its own profile directory, so no desktop setting counts.
HOME=$work soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$work/pdf" \
  "$work"/docx/*.docx >"$work/soffice.log" 2>&1 || { echo "FAIL: soffice"; cat "$work/soffice.log"; exit 1; }

# A broken word: the last word of a line and the first of the next, joined, make a word of the
# source that neither part is; a split date: a line ending in a partial YYYY-MM-DD.
broken() {
  local md=$1 txt=$2
  awk '
    NR == FNR { n = split($0, w, /[^A-Za-z0-9-]+/); for (i = 1; i <= n; i++) if (w[i] != "") words[w[i]] = 1; next }
    { line = $0; sub(/[ \t]+$/, "", line) }
    prev != "" && line != "" {
      np = split(prev, a, /[^A-Za-z0-9-]+/); last = a[np]
      split(line, b, /[^A-Za-z0-9-]+/); first = b[1]
      if (last != "" && first != "" && ((last first) in words) && !(last in words && first in words)) print "broken: " last "|" first
      if (last ~ /^[0-9]{4}-?$|^[0-9]{4}-[0-9]{2}-?$/) print "split date: " last "|" first
    }
    { prev = line }
  ' "$md" "$txt"
}
failed=0
n=0
for md in "$work"/md/*.md; do
  base=$(basename "$md" .md)
  pdf=$work/pdf/$base.pdf
  [[ -s $pdf ]] || { echo "FAIL: LibreOffice wrote no PDF for $base"; failed=1; continue; }
  pdftotext "$pdf" "$work/$base.txt"
  found=$(broken "$md" "$work/$base.txt")
  if [[ $base == control ]]; then
    [[ -n $found ]] || { echo "FAIL: the control's seven-column table broke no word: the check cannot fail"; failed=1; }
    continue
  fi
  n=$((n + 1))
  if [[ -n $found ]]; then
    echo "FAIL: $base, through pandoc, LibreOffice and pdftotext:"
    sed 's/^/  /' <<<"$found"
    failed=1
  fi
done
echo "docx: $n action plans through pandoc, LibreOffice $(soffice --version 2>/dev/null | awk '{print $2}') and pdftotext"
exit $failed
