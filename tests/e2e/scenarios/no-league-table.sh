#!/usr/bin/env bash
# No league table: `lateral partnership` lists schools alphabetically by name in every section, in
# Markdown and JSON, never in the order of their levels, and no output has a key that adds levels
# up. The fixture tests/fixtures/h/four-schools runs against the alphabet: its alphabetically first
# school has the lowest levels, so an output ordered by levels would fail here.
set -euo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
fail() { echo "FAIL: $*"; exit 1; }

# Is the list on stdin (one name a line) in alphabetical order, ignoring case?
alphabetical() { LC_ALL=C sort -f -c 2>/dev/null; }

for repo in "$src/tests/fixtures/h/four-schools" "$src/examples/north-dales"; do
  name=$(basename "$repo")
  json=$("$lateral" --repo "$repo" partnership --format json)
  md=$("$lateral" --repo "$repo" partnership)

  # The premise (fixture only): ordering the schools by the mean level of their latest review, as
  # a league table would, gives another order than the alphabet.
  if [[ $name == four-schools ]]; then
    by_levels=$(for slug in $(jq -r '.schools[].school' <<<"$json"); do
      "$lateral" --repo "$repo" history "$slug" --format json |
        jq -r --arg s "$slug" '[.reviews[] | select(any(.aspects[]; .level != null))] | last |
          [.aspects[] | select(.level != null) | .level.id] as $ids |
          {"emerging":0,"developing":1,"established":2,"leading":3} as $rank |
          "\(([$ids[] | $rank[.]] | add) / ($ids | length)) \($s)"'
    done | sort -rn | cut -d' ' -f2)
    [[ $by_levels != "$(jq -r '.schools[].school' <<<"$json")" ]] || fail "$name: the fixture's level order is alphabetical; the test could not fail"
  fi

  # JSON: every list of schools is alphabetical by name.
  for path in '.schools[].name' '.schools_without_review[].name' '.practice_to_share[].name' \
              '.areas_for_development[].name'; do
    jq -r "$path" <<<"$json" | alphabetical || fail "$name: $path is not in alphabetical order"
  done
  for ((i = 0; i < $(jq '.process_feedback | length' <<<"$json"); i++)); do
    for list in reviews_with_feedback reviews_without_feedback went_well even_better_if; do
      jq -r ".process_feedback[$i].$list[].name" <<<"$json" | alphabetical ||
        fail "$name: process feedback $list of cycle $i is not in alphabetical order"
    done
  done
  [[ $(jq -r '.schools[].name' <<<"$json" | wc -l) -ge 4 ]] || fail "$name: expected at least four schools"

  # Markdown: the schools table, the practice headings, the areas and the suggestions tables.
  section() { awk -v s="$1" '/^## /{on = ($0 == s)} on' <<<"$md"; }
  head -n 20 <<<"$md" | grep '^| ' | tail -n +3 | cut -d'|' -f2 | sed 's/^ //; s/ $//' | alphabetical ||
    fail "$name: the schools table is not alphabetical"
  section "## Practice to share" | sed -n 's/^### //p' | alphabetical || fail "$name: practice to share is not alphabetical"
  section "## Areas for development" | grep '^| ' | tail -n +3 | cut -d'|' -f2 | sed 's/^ //; s/ $//' | alphabetical ||
    fail "$name: areas for development are not alphabetical"
  section "## Suggested school-to-school support" | grep '^| ' | tail -n +3 | cut -d'|' -f2 | sed 's/^ //; s/ $//' |
    alphabetical || fail "$name: suggested support is not alphabetical"

  # Nothing adds levels up: no key named like a grade anywhere in the JSON of either view.
  for out in "$json" "$("$lateral" --repo "$repo" history "$(jq -r '.schools[0].school' <<<"$json")" --format json)"; do
    keys=$(jq -r '[paths | .[-1] | strings] | unique[]' <<<"$out")
    if grep -Eix 'overall|grade|score|average|mean|rating|total|rank|ranking|position|sum' <<<"$keys"; then
      fail "$name: a key adds levels up"
    fi
  done
done
echo "ok: no output orders schools by their levels"
