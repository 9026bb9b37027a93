#!/usr/bin/env bash
# The man page lists every rule `lateral check` runs, in a RULES section generated from the rules'
# table: each rule of docs/rules.md's two tables, with the severity that table gives (the loading
# rules: error), and no other. Rendered by man(1) too when it is installed.
set -uo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-man-rules.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$lateral" man -o "$work/lateral.1" || { echo "FAIL: lateral man"; exit 1; }
# "name severity" for each entry of the RULES section: `.TP`, then `\fBname\fR (severity)`.
sed -n '/^\.SH RULES$/,/^\.SH /p' "$work/lateral.1" |
  sed -n 's/^\\fB\(.*\)\\fR (\(error\|warning\))$/\1 \2/p' | sed 's/\\-/-/g' | sort >"$work/man"
[[ -s $work/man ]] || fail "the man page has no RULES section with entries"
# The same from docs/rules.md: "| [`name`](#name) | severity | ..." and the loading rules' table.
awk -F'|' '/^\| \[`[a-z0-9-]+`\]/ {
    name = $2; gsub(/.*\[`|`\].*/, "", name); sev = $3; gsub(/ /, "", sev)
    if (sev != "error" && sev != "warning") sev = "error"  # the loading rules table has no severity column
    print name, sev }' "$src/docs/rules.md" | sort >"$work/doc"
[[ $(wc -l <"$work/doc") -ge 25 ]] || fail "docs/rules.md's tables list $(wc -l <"$work/doc") rules"
diff -u "$work/doc" "$work/man" || fail "the man page's RULES are not docs/rules.md's rules (- docs, + man page)"

if command -v man >/dev/null; then
  man -l "$work/lateral.1" 2>/dev/null | sed -n '/^RULES/,/^EXIT STATUS/p' >"$work/rendered"
  grep -q '^ *stale-schemas (warning)$' "$work/rendered" || fail "man -l shows no stale-schemas entry under RULES"
fi

if ((failures)); then
  echo "$failures failures"
  exit 1
fi
echo "man page: $(wc -l <"$work/man") rules under RULES, as docs/rules.md lists them"
