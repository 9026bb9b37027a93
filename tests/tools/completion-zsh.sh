#!/usr/bin/env bash
# Zsh completion: `lateral completion zsh` loads both ways people install it (autoloaded from $fpath
# by compinit, and sourced), and completes in a real interactive zsh driven through a pseudo-terminal
# (zsh/zpty): TAB after `lateral ch`, after `check --format`, after `profile --review kel`.
set -uo pipefail
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
if ! command -v zsh >/dev/null; then
  if [[ ${CI:-} == true ]]; then echo "zsh is needed (CI=true): apt-get install zsh"; exit 1; fi
  echo "skipped: zsh missing (apt-get install zsh)"; exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-zsh.XXXXXX")
cp -r "$src/examples/north-dales" "$work/repo"
mkdir -p "$work/functions" "$work/bin"
ln -s "$lateral" "$work/bin/lateral"
"$lateral" completion zsh >"$work/functions/_lateral" || { echo "lateral completion zsh failed"; exit 1; }
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

zsh -n "$work/functions/_lateral" || fail "the script has syntax errors"
out=$(zsh -f -c "fpath=($work/functions \$fpath); autoload -U compinit; compinit -u -D
  [[ \$_comps[lateral] == _lateral ]] && print autoload-ok" 2>&1)
[[ $out == autoload-ok ]] || fail "compinit does not pick _lateral up from \$fpath: $out"
out=$(zsh -f -c "autoload -U compinit; compinit -u -D; source $work/functions/_lateral
  [[ \$_comps[lateral] == _lateral ]] && print source-ok" 2>&1)
[[ $out == source-ok ]] || fail "sourcing the script does not register it: $out"

# An interactive zsh on a pseudo-terminal: each case types a line and TAB, then clears the line.
cat >"$work/drive.zsh" <<'EOF'
# Usage: WORK=dir zsh -f drive.zsh LINE...; prints "CASE n" and what zsh showed after LINE<TAB>.
zmodload zsh/zpty
zmodload zsh/datetime
# Reads what zsh prints until it has printed PATTERN (or until 10 s pass).
await() {
  local text='' chunk start=$EPOCHREALTIME
  while [[ $text != *$1* ]] && (( EPOCHREALTIME - start < 10 )); do
    if zpty -r -t z chunk; then text+=$chunk; else sleep 0.05; fi
  done
  REPLY=$text
}
# Reads until zsh has been quiet for half a second: the completion has drawn its result.
settle() {
  local text='' chunk quiet=0
  while (( quiet < 10 )); do
    if zpty -r -t z chunk; then text+=$chunk; quiet=0; else sleep 0.05; quiet=$((quiet + 1)); fi
  done
  REPLY=$text
}
zpty -b z "TERM=dumb PS1='%% ' HOME=$WORK zsh -f -i"
zpty -w z "fpath=($WORK/functions \$fpath); autoload -U compinit; compinit -u -D; PATH=$WORK/bin:\$PATH"
zpty -w z "setopt nobeep; cd $WORK/repo; export LATERAL_TODAY=2026-11-23; print -r -- READY\$((1+1))"
await READY2
n=0
for line in "$@"; do
  n=$((n + 1))
  zpty -w -n z "$line"$'\t'
  settle
  print -r -- "CASE $n"
  print -r -- "$REPLY"
  zpty -w -n z $'\C-e\C-u'  # clear the line (Ctrl-C would race with the typeahead)
  zpty -w z "print -r -- END\$(($n * 1000))"
  await "END$((n * 1000))"
done
zpty -d z
EOF
review='--review kelderby-academy/2026-03'
transcript=$(WORK=$work timeout 60 zsh -f "$work/drive.zsh" 'lateral ch' 'lateral check --format ' 'lateral profile --review kel' \
  'lateral framework ' "lateral benchmark $review our-impact/outcomes --evidence go-1 --evidence=go-2 --evidence go-" \
  "lateral evidence $review --by Gr" "lateral action-plan add $review --support kel" 2>&1 | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g')
case_text() { awk -v n="CASE $1" '$0 == n {on = 1; next} /^CASE / {on = 0} on' <<<"$transcript"; }
case_text 1 | grep -q 'lateral check ' || fail "lateral ch<TAB> did not become 'lateral check'"
for f in github json sarif text; do
  case_text 2 | grep -qw "$f" || fail "lateral check --format <TAB> does not offer $f"
done
case_text 3 | grep -q 'kelderby-academy/2026-03' || fail "lateral profile --review kel<TAB> did not complete the review"
case_text 4 | grep -q 'framework show' || fail "lateral framework <TAB> did not complete 'show'"
# A repeatable option leaves out the values already given to it: go-3 and go-4 are left.
case_text 5 | grep -qE '^go-3 ' || fail "--evidence go-<TAB> does not offer go-3"
case_text 5 | grep -qE '^go-(1|2) ' && fail "--evidence go-<TAB> offers an evidence id already given"
case_text 6 | grep -qF 'Grace\ Oduya' || fail "evidence --by Gr<TAB> did not complete the team member's name"
case_text 7 | grep -q 'support kelderby-academy' || fail "action-plan add --support kel<TAB> did not complete the school"

if ((failures)); then
  echo "$failures failures; kept $work. Transcript:"
  echo "$transcript"
  exit 1
fi
rm -rf "$work"
echo "zsh completion: all cases pass"
