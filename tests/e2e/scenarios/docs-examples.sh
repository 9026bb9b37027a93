#!/usr/bin/env bash
# Every example in README.md and docs/ is run by a test. Each fenced block in an example language
# (sh, console, yaml, json, jq, vim, lua) must follow a marker line, an HTML comment the rendered
# page does not show, that says how it is tested:
#
#   <!-- run: SETUP -->      this script runs the block: in a fresh directory holding a copy of
#                            examples/, with `lateral` on PATH, HOME in that directory, EDITOR a
#                            script that writes a summary, LATERAL_TODAY=2026-11-23; SETUP (shell)
#                            first, then the block, in one bash with `set -e -o pipefail`: every
#                            command must succeed. Blocks that use jq or pandoc are skipped when
#                            the tool is missing (a failure when CI=true).
#   <!-- file: KIND -->      a YAML block that is a whole file of that kind: this script puts it in
#                            a copy of examples/north-dales, in the review thornbeck-primary/2026-10,
#                            and `lateral check` must find nothing wrong with the file itself (no
#                            loading rule, no overall grade, no personal data).
#   <!-- run by: PATH -->    another test runs the block: PATH must exist and name the page.
#   <!-- test: NAME -->, <!-- output: ... -->   a test compares the block: NAME must appear under
#                            tests/.
#   <!-- not run: REASON --> the exception, with its reason (printed in the summary).
# ```console blocks are docs/workflow.md's session, run by scenario/docs-workflow.
# Then the examples in every command's --help run too (see below).
set -uo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-docs-examples.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

mkdir -p "$work/bin"
ln -s "$lateral" "$work/bin/lateral"
cat >"$work/bin/fake-editor" <<'EOF'
#!/bin/sh
printf 'Pupils with SEND worked alongside their class, with planned adaptations.\n' > "$1"
EOF
chmod +x "$work/bin/fake-editor"

# blocks FILE: one record per fenced block, "LINE<TAB>LANGUAGE<TAB>MARKER", then its text in
# $work/blocks/<FILE with / as _>-LINE.
mkdir -p "$work/blocks"
blocks() {
  local file=$1 key=${1//\//_}
  awk -v dir="$work/blocks" -v key="$key" '
    !inside && /^```/ {
      inside = 1; lang = substr($0, 4); start = NR; out = dir "/" key "-" NR; printf "" > out
      printf "%d\t%s\t%s\n", NR, lang, marker; next }
    inside && /^```/ { inside = 0; close(out); marker = ""; next }
    inside { print >> out; next }
    /^<!-- .* -->$/ { marker = $0; next }
    /[^[:space:]]/ { marker = "" }
    END { if (inside) printf "%d\tUNCLOSED\t\n", start }' "$src/$file"
}

# Loading rules and the rules about one file alone: a file example must draw none of them.
load_kind() { # KIND -> the path, in north-dales, where a file of that kind goes
  local review=schools/thornbeck-primary/reviews/2026-10
  case $1 in
    lateral) echo lateral.yaml ;;
    school) echo schools/thornbeck-primary/school.yaml ;;
    review) echo "$review/review.yaml" ;;
    self-evaluation | benchmark | actions | process-feedback) echo "$review/$1.yaml" ;;
    evidence) echo "$review/evidence/so-1.yaml" ;;
    plan) echo plans/2027-28.yaml ;;
    framework) echo "frameworks/FRAMEWORK.yaml" ;;
    *) return 1 ;;
  esac
}

run_block() { # PAGE LINE SETUP TEXT-FILE
  local page=$1 line=$2 setup=$3 text=$4 box
  for tool in jq pandoc; do
    if grep -qE "(^|[|;&(] *)$tool " "$text" && ! command -v "$tool" >/dev/null; then
      if [[ ${CI:-} == true ]]; then fail "$page:$line needs $tool, which is not installed (CI=true)"; return; fi
      echo "skipped: $page:$line needs $tool"
      return
    fi
  done
  box=$work/run-${page//\//_}-$line
  mkdir -p "$box/home"
  cp -r "$src/examples" "$box/examples"
  {
    echo "set -e -o pipefail"
    echo "$setup"
    cat "$text"
  } >"$box.sh"
  if ! (cd "$box" && env -u LATERAL_REVIEWER -u VISUAL HOME="$box/home" PATH="$work/bin:$PATH" EDITOR="$work/bin/fake-editor" \
    LATERAL_TODAY=2026-11-23 NO_COLOR=1 GIT_CONFIG_NOSYSTEM=1 bash "$box.sh" >"$box.out" 2>&1); then
    fail "$page:$line: the example does not run as written"
    sed 's/^/    /' "$box.sh" | tail -n +2
    echo "  it printed:"
    tail -n 15 "$box.out" | sed 's/^/    /'
  fi
}

check_file() { # PAGE LINE KIND TEXT-FILE
  local page=$1 line=$2 kind=$3 text=$4 repo place id
  place=$(load_kind "$kind") || { fail "$page:$line: unknown file kind '$kind'"; return; }
  repo=$work/file-${page//\//_}-$line
  cp -r "$src/examples/north-dales" "$repo"
  if [[ $kind == framework ]]; then
    id=$(sed -n 's/^id: *\([a-z0-9-]*\).*/\1/p' "$text" | head -1)
    place=frameworks/$id.yaml
    mkdir -p "$repo/frameworks"
  fi
  cp "$text" "$repo/$place"
  (cd "$repo" && LATERAL_TODAY=2026-11-23 "$lateral" check --format json >"$repo.json" 2>"$repo.err")
  local found
  # What the file is on its own; rules that weigh it against the review it was put in (the team,
  # the evidence there, the review days) are not the example's to satisfy.
  found=$(jq -r --arg f "$place" '.[] | select(.file == $f and (.rule | IN("syntax", "encoding", "limit", "anchor",
    "duplicate-key", "yaml11-bool", "schema", "date", "path", "no-overall-grade", "personal-data")))
    | "\(.line):\(.column) \(.rule): \(.message)"' "$repo.json" 2>&1)
  [[ -z $found ]] || fail "$page:$line: the $kind example draws, as $place:"$'\n'"$(sed 's/^/    /' <<<"$found")"
}

pages=(README.md)
for f in "$src"/docs/*.md; do pages+=("docs/$(basename "$f")"); done
examples=0 ran=0 files=0 elsewhere=0
not_run=()
for page in "${pages[@]}"; do
  while IFS=$'\t' read -r line lang marker; do
    [[ $lang == UNCLOSED ]] && { fail "$page:$line: the fence opened here is never closed"; continue; }
    case $lang in sh | console | yaml | json | jq | vim | lua) ;; *) continue ;; esac
    examples=$((examples + 1))
    text=$work/blocks/${page//\//_}-$line
    if [[ $lang == console ]]; then
      [[ $page == docs/workflow.md ]] || fail "$page:$line: a console block outside docs/workflow.md is run by no test"
      continue
    fi
    body=${marker#<!-- }
    body=${body% -->}
    case $marker in
      "<!-- run: "* | "<!-- run -->")
        [[ $lang == sh ]] || { fail "$page:$line: only sh blocks can be run"; continue; }
        [[ $marker == "<!-- run -->" ]] && body="run: "
        run_block "$page" "$line" "${body#run: }" "$text"
        ran=$((ran + 1))
        ;;
      "<!-- file: "*)
        if ! command -v jq >/dev/null; then
          [[ ${CI:-} == true ]] && fail "jq is not installed (CI=true)"
          echo "skipped: $page:$line needs jq"
          continue
        fi
        check_file "$page" "$line" "${body#file: }" "$text"
        files=$((files + 1))
        ;;
      "<!-- run by: "*)
        by=${body#run by: }
        if [[ ! -f $src/$by ]]; then fail "$page:$line: run by $by, which does not exist"
        elif ! grep -q "$(basename "$page")" "$src/$by"; then fail "$page:$line: $by does not name $(basename "$page")"
        fi
        # The packages a page tells a user to install are the ones CI installs to build.
        if [[ $by == .ci/setup ]] && grep -q 'apt-get install' "$text"; then
          want=$(sed -n '/^build_packages=(/,/)/p' "$src/.ci/setup" | tr -d '()' | sed 's/build_packages=//' | tr -s ' \n' '\n' | grep . | sort)
          have=$(sed 's/\\$//' "$text" | tr -s ' \n' '\n' | grep -vE '^(sudo|apt-get|install|-.*|)$' | sort)
          [[ $want == "$have" ]] || fail "$page:$line installs other packages than .ci/setup's build_packages:"$'\n'"$(diff <(echo "$want") <(echo "$have"))"
        fi
        elsewhere=$((elsewhere + 1))
        ;;
      "<!-- test: "* | "<!-- output: "*)
        name=${body#*: }
        grep -rqF -- "$name" "$src/tests" --include='*.sh' --include='*.mjs' --include='*.cpp' ||
          fail "$page:$line: no test under tests/ names '$name'"
        elsewhere=$((elsewhere + 1))
        ;;
      "<!-- not run: "*)
        not_run+=("$page:$line (${body#not run: })")
        ;;
      *)
        fail "$page:$line: a \`\`\`$lang example that no test runs: put a marker line before it (see $0)"
        ;;
    esac
  done < <(blocks "$page")
done

# The examples of every command's --help (and so of the man page, written from the same text), in
# order, each command's in a fresh copy of examples/: the commands of one review from inside
# thornbeck-primary/2026-10 (with LATERAL_REVIEWER set and a notes.txt there), `init` in an empty
# directory, the others at the repository's root. A line with `...` is a template, not a command.
help_examples=0
subcommands() {
  "$lateral" "$@" --help | awk '/^Subcommands:/ {on = 1; next} on && /^$/ {on = 0} on && /^  [a-z]/ {print $1}'
}
commands=("")  # lateral's own --help first
for cmd in $(subcommands); do
  commands+=("$cmd")
  for sub in $(subcommands "$cmd"); do commands+=("$cmd $sub"); done
done
for path in "${commands[@]}"; do
  list=$work/help-${path:-lateral}
  list=${list// /-}
  # shellcheck disable=SC2086
  "$lateral" $path --help | awk '/^Examples:/ {on = 1; next} on && /^[^ ]/ {exit}
    on && /^  / {line = line substr($0, 3); if (line ~ /\\$/) {sub(/\\$/, "", line); next} print line; line = ""}' |
    sed -E 's/^ +//' | grep -vF '...' >"$list"
  [[ -s $list ]] || { fail "lateral $path --help has no examples"; continue; }
  help_examples=$((help_examples + $(wc -l <"$list")))
  case $path in
    init) setup='mkdir trust && cd trust && cp ../examples/fellside-trust/frameworks/fellside.yaml ~/fellside.yaml' ;;
    add-evidence | evidence | benchmark | profile | action-plan*)
      setup="cd examples/north-dales/schools/thornbeck-primary/reviews/2026-10 && export LATERAL_REVIEWER='Rachel Kaur' && echo 'Pupils named three adults they would talk to about a worry.' > notes.txt" ;;
    # The language server reads stdin until it closes: here it closes at once.
    lsp) setup='cd examples/north-dales && exec </dev/null' ;;
    *) setup='cd examples/north-dales' ;;
  esac
  run_block "lateral${path:+ $path} --help" Examples "$setup" "$list"
done

echo "docs examples: $examples blocks; $ran run here, $files file examples checked, $elsewhere compared by other tests"
echo "--help examples: $help_examples lines of ${#commands[@]} commands run"
for n in "${not_run[@]}"; do echo "not run: $n"; done
((failures == 0)) || { echo "$failures failures"; exit 1; }
