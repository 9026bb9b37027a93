# Sourced by the outside-tool checks (pandoc.sh, markdownlint.sh, output-schema.sh): writes every
# document lateral generates into a directory, so each tool sees all of them. For every review of
# every example repository: the profile, the review team's copy (--include-confidential) and the
# action plan; and three variants made here: a DRAFT (judgements taken out), a DRAFT on the first
# review day (no benchmark), and a review whose text is full of Markdown's special characters.
#
#   generate_documents DIR markdown|json    prints nothing; returns 1 and says why when lateral fails

# Runs lateral and keeps its output in a file; the failing command is named on stderr.
_lateral_to() {
  local out=$1
  shift
  if ! "$lateral" "$@" >"$out"; then
    echo "generate: lateral $* failed" >&2
    return 1
  fi
}

# Every document of every review of the repository at $1, named $2-<school>-<review>-<document>.
_documents_of() {
  local repo=$1 prefix=$2 format=$3 ext=$4 review school slug
  for review in "$repo"/schools/*/reviews/*/; do
    [[ -f $review/review.yaml ]] || continue
    school=$(basename "$(dirname "$(dirname "$review")")")
    slug=$school/$(basename "$review")
    local base=$prefix-$school-$(basename "$review")
    _lateral_to "$DOCS/$base-profile.$ext" --repo "$repo" profile --review "$slug" --format "$format" || return 1
    _lateral_to "$DOCS/$base-profile-confidential.$ext" --repo "$repo" profile --review "$slug" --format "$format" \
      --include-confidential || return 1
    _lateral_to "$DOCS/$base-action-plan.$ext" --repo "$repo" action-plan --review "$slug" --format "$format" || return 1
  done
}

generate_documents() {
  DOCS=$1
  local format=$2 ext=md copies
  [[ $format == json ]] && ext=json
  mkdir -p "$DOCS"
  copies=$(mktemp -d "${TMPDIR:-/tmp}/lateral-documents.XXXXXX")
  export LATERAL_TODAY=2026-11-23 NO_COLOR=1
  local example name
  for example in "$src"/examples/*/; do
    name=$(basename "$example")
    _documents_of "$example" "$name" "$format" "$ext" || { rm -rf "$copies"; return 1; }
  done

  local tb=schools/thornbeck-primary/reviews/2026-10
  # A DRAFT: two judgements taken out after feedback.
  cp -r "$src/examples/north-dales" "$copies/draft"
  awk '/^(our-impact\/inclusion|looking-forward\/capacity):/ { skip = 1; next } /^[^ #]/ { skip = 0 } !skip' \
    "$copies/draft/$tb/benchmark.yaml" >"$copies/draft.tmp" && mv "$copies/draft.tmp" "$copies/draft/$tb/benchmark.yaml"
  _lateral_to "$DOCS/draft-profile.$ext" --repo "$copies/draft" profile --review thornbeck-primary/2026-10 \
    --format "$format" 2>/dev/null || { rm -rf "$copies"; return 1; }
  # A DRAFT on the first review day: no benchmark at all.
  cp -r "$src/examples/north-dales" "$copies/first-day"
  rm "$copies/first-day/$tb/benchmark.yaml"
  _lateral_to "$DOCS/first-day-profile.$ext" --repo "$copies/first-day" --today 2026-10-06 profile \
    --review thornbeck-primary/2026-10 --format "$format" 2>/dev/null || { rm -rf "$copies"; return 1; }
  # Text that looks like Markdown must come out as the same words, not as markup.
  cp -r "$src/examples/north-dales" "$copies/markup"
  sed -i '/^  commentary: |$/a\
    # not a heading, *not emphasis*, _nor this_, <b>not html</b>, a | pipe, [not](a link),\
    1. not a list, `not code`, ~not struck~, &amp; not an entity, R&D, 5 > 3 and 2 < 4\
    - not a list either; see https://example.org/guide_v2. Or (https://example.org/x).\
\
    > not a quote\
    ---' "$copies/markup/$tb/benchmark.yaml"
  cat >>"$copies/markup/$tb/actions.yaml" <<'YAML'
- id: a8
  aspect: our-impact/outcomes
  action: '| not a cell | * not a list, <i>not html</i>, [not](a link) #1'
  owner: '- not a list'
  success: '1. not a list; 100% of *pupils* | more'
  due: 2027-03-01
  support: '> not a quote'
YAML
  _lateral_to "$DOCS/markup-profile.$ext" --repo "$copies/markup" profile --review thornbeck-primary/2026-10 \
    --format "$format" || { rm -rf "$copies"; return 1; }
  _lateral_to "$DOCS/markup-action-plan.$ext" --repo "$copies/markup" action-plan \
    --review thornbeck-primary/2026-10 --format "$format" || { rm -rf "$copies"; return 1; }
  rm -rf "$copies"
}
