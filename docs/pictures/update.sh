#!/usr/bin/env bash
# Writes the pictures docs/profile.md and docs/partnership.md show: the SVG that `--format html`
# draws for the example partnership (examples/north-dales), one file each. scenario/docs-pictures
# checks that the committed files are what lateral draws now.
#   bash docs/pictures/update.sh LATERAL [DIR]    (DIR defaults to docs/pictures)
set -euo pipefail
lateral=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${2:-$src/docs/pictures}
repo=$src/examples/north-dales
export LATERAL_TODAY=2027-02-13 NO_COLOR=1
# The Nth <svg> element of a page, alone (lateral writes each on lines of its own).
nth_svg() { awk -v n="$1" '/^<svg /{k++; on=k==n} on{print} on&&/^<\/svg>$/{on=0}'; }
"$lateral" --repo "$repo" profile --review thornbeck-primary/2026-10 --format html | nth_svg 1 >"$out/profile-at-a-glance.svg"
"$lateral" --repo "$repo" action-plan --review thornbeck-primary/2026-10 --format html | nth_svg 1 >"$out/action-plan-timeline.svg"
"$lateral" --repo "$repo" history ashby-moor-primary --format html | nth_svg 4 >"$out/history-inclusion.svg"
"$lateral" --repo "$repo" partnership --format html >"$out/partnership.tmp"
nth_svg 1 <"$out/partnership.tmp" >"$out/partnership-schools-and-aspects.svg"
nth_svg 2 <"$out/partnership.tmp" >"$out/partnership-support.svg"
rm "$out/partnership.tmp"
