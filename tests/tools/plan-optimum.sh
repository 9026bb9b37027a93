#!/usr/bin/env bash
# `lateral plan` finds the optimum: on generated partnerships of 3 to 30 schools, its objective
# equals the one GLPK's glpsol finds for the exact integer program, written person by person by
# tests/tools/plan-optimum.mjs from the generated data (not from lateral's code); where glpsol finds
# no plan, lateral exits 1. Then every plan of the example partnership, taken into reviews with
# `init-review --plan`, passes `lateral check --strict`. Needs node and glpsol (glpk-utils).
set -euo pipefail
source "$(dirname "$0")/optimum-harness.bash"
node "$src/tests/tools/plan-optimum.mjs" "$lateral" "$work" 1 30

# From plan to reviews: every planned team, created with init-review --plan, passes check --strict.
for size in 2 3 4; do
  repo=$work/north-dales-$size
  cp -r "$src/examples/north-dales" "$repo"
  rm -f "$repo/plans/2027-28.yaml"
  (cd "$repo" && "$lateral" plan 2027/28 --team-size $size --write 2>/dev/null)
  day=4
  for school in $(sed -n 's/^  - school: //p' "$repo/plans/2027-28.yaml"); do
    (cd "$repo" && "$lateral" init-review "$school" --date "2027-10-$(printf %02d $day)" --plan plans/2027-28.yaml \
      --theme our-impact --theme looking-inward --question 'What has changed since the last review?' >/dev/null)
    day=$((day + 7))
  done
  (cd "$repo" && "$lateral" check --strict >/dev/null 2>&1) || { echo "teams of $size: check --strict fails"; (cd "$repo" && "$lateral" check); exit 1; }
done
echo "plans of teams of 2, 3 and 4 taken into reviews pass check --strict"
