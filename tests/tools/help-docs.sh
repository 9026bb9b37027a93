#!/usr/bin/env bash
# --help, the man page and docs/commands.md agree. For every command `lateral --help` lists (and
# their subcommands):
#   - docs/commands.md has a section headed `## lateral COMMAND` (up to the next `## ` heading);
#   - the man page has a section `lateral COMMAND` (and one per subcommand);
#   - every long option in `lateral COMMAND [SUB] --help` (but --help) is named in that docs section
#     and in the man page's section for that command;
#   - every option the section's synopsis names is one `lateral COMMAND [SUB] --help` lists.
# lateral's own options (--repo, --today, --version) must be in the man page and in docs/commands.md.
# The man page is the one the build wrote next to the binary (else `lateral man`); groff, when
# installed, must render it without warnings.
set -uo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
docs=$src/docs/commands.md
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-help-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

man_page=$(dirname "$lateral")/lateral.1
if [[ ! -f $man_page ]]; then
  man_page=$work/lateral.1
  "$lateral" man -o "$man_page" || { echo "FAIL: lateral man"; exit 1; }
fi
if command -v groff >/dev/null; then
  warnings=$(groff -man -Tutf8 -ww -z "$man_page" 2>&1)
  [[ -z $warnings ]] || fail "groff warns about the man page: $warnings"
fi
# The page as text: roff's escapes undone (\- is a hyphen, \fB..\fR are fonts, \e a backslash).
sed 's/\\-/-/g; s/\\f[BIRP]//g; s/\\e/\\/g; s/\\&//g' "$man_page" >"$work/man.txt"
[[ -f $docs ]] || { echo "FAIL: no docs/commands.md"; exit 1; }

# subcommands [CMD...]: the subcommands `lateral CMD... --help` lists.
subcommands() {
  "$lateral" "$@" --help | awk '/^Subcommands:/ {on = 1; next} on && /^$/ {on = 0} on && /^  [a-z]/ {print $1}'
}
# long_options CMD...: the long options in the Options section of `lateral CMD... --help`.
long_options() {
  "$lateral" "$@" --help | sed -n '/^Options:/,/^$/p' | grep -oE '^ +(-[a-zA-Z],)?--[a-z][a-z0-9-]*' |
    grep -oE -- '--[a-z][a-z0-9-]*' | grep -vx -- '--help'
}
# section FILE START: the lines from the heading line START (exact) to the next heading of its level.
section() {
  awk -v start="$2" -v level="${3:-## }" '
    $0 == start || index($0, start " ") == 1 {on = 1; print; next}
    on && index($0, level) == 1 {exit}
    on {print}' "$1"
}
# man_section NAME: the man page's `.SS "NAME"` section, up to the next .SS or .SH.
man_section() {
  awk -v start=".SS \"$1\"" '$0 == start {on = 1; next} on && /^\.S[SH] / {exit} on {print}' "$work/man.txt"
}
mentions() { grep -qE -- "(^|[^a-zA-Z0-9-])$2([^a-zA-Z0-9-]|\$)" <<<"$1"; }

for option in $(long_options); do
  grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" "$work/man.txt" || fail "the man page does not mention lateral's $option"
  grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" "$docs" || fail "docs/commands.md does not mention lateral's $option"
done

commands=$(subcommands)
[[ -n $commands ]] || { echo "FAIL: lateral --help lists no commands"; exit 1; }
for cmd in $commands; do
  doc=$(section "$docs" "## lateral $cmd")
  [[ -n $doc ]] || fail "docs/commands.md has no section '## lateral $cmd'"
  paths=("$cmd")
  for sub in $(subcommands "$cmd"); do paths+=("$cmd $sub"); done
  for path in "${paths[@]}"; do
    man=$(man_section "lateral $path")
    [[ -n $man ]] || fail "the man page has no section 'lateral $path'"
    # shellcheck disable=SC2086
    for option in $(long_options $path); do
      [[ -z $man ]] || mentions "$man" "$option" || fail "the man page's 'lateral $path' does not mention $option"
      [[ -z $doc ]] || mentions "$doc" "$option" || fail "docs/commands.md '## lateral $cmd' does not mention $option (of lateral $path)"
    done
  done
  # And the other way: every option the section's synopsis (its ```text blocks) names is one that
  # the command, one of its subcommands, or lateral itself takes.
  known=" $(long_options) "
  # shellcheck disable=SC2086
  for path in "${paths[@]}"; do known+=" $(long_options $path | tr '\n' ' ') "; done
  synopsis=$(awk '/^```text/ {on = 1; next} on && /^```/ {on = 0} on' <<<"$doc")
  for option in $(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$synopsis" | sort -u); do
    [[ $known == *" $option "* || $option == --help ]] ||
      fail "docs/commands.md's synopsis of lateral $cmd names $option, which lateral $cmd --help does not list"
  done
done

if ((failures)); then
  echo "$failures disagreements between --help, the man page and docs/commands.md"
  exit 1
fi
echo "help-docs: --help, the man page and docs/commands.md agree ($(wc -w <<<"$commands") commands)"
