#!/usr/bin/env bash
# Opens every HTML document lateral writes for the example partnerships (each review's profile and
# action plan, each school's history, the partnership view, the round of reviews of each cycle an
# example has a plan for) and every page of each example's site
# in Debian's Chromium, headless, driven by puppeteer-core (tests/tools/browser/check.mjs): no
# horizontal scroll at 360 px, nothing wider than an A4 page's text when printed, every link
# resolving, the expected printed page counts (browser/pages.txt), no serious or critical axe-core
# violation. Screenshots go to a folder it prints. A broken page must be caught too, so the check
# can fail. Skips (77) without chromium, node or the packages, unless CI=true.
set -u
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lateral=${LATERAL:?set LATERAL to the lateral binary}
dir=$src/tests/tools/browser
check=browser
source "$src/tests/tools/documents/checks.sh"
chromium=${CHROMIUM:-/usr/bin/chromium}
[[ -x $chromium ]] || skip "chromium is not installed (apt-get install chromium)"
need_npm_packages "$dir" puppeteer-core axe-core

work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-browser.XXXXXX")
shots=${LATERAL_SCREENSHOTS:-$work/screenshots}
mkdir -p "$shots"
trap 'rm -rf "$work/documents"' EXIT
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
docs=$work/documents
for repo in "$src"/examples/*/; do
  name=$(basename "$repo")
  mkdir -p "$docs/$name"
  "$lateral" --repo "$repo" partnership --format html -o "$docs/$name/partnership.html" || exit 1
  for school in "$repo"/schools/*/; do
    slug=$(basename "$school")
    "$lateral" --repo "$repo" history "$slug" --format html -o "$docs/$name/history-$slug.html" 2>/dev/null || exit 1
    for review in "$school"/reviews/*/; do
      r=$slug/$(basename "$review")
      "$lateral" --repo "$repo" profile --review "$r" --format html -o "$docs/$name/profile-${r/\//-}.html" 2>/dev/null || exit 1
      "$lateral" --repo "$repo" action-plan --review "$r" --format html -o "$docs/$name/action-plan-${r/\//-}.html" || exit 1
    done
  done
  # The round of reviews for each cycle the example has a plan for, as proposed afresh.
  for plan in "$repo"/plans/*.yaml; do
    [[ -f $plan ]] || continue
    stem=$(basename "$plan" .yaml)
    "$lateral" --repo "$repo" plan "${stem/-//}" --format html -o "$docs/$name/plan-$stem.html" || exit 1
  done
  "$lateral" --repo "$repo" site -o "$docs/site-$name" 2>/dev/null || exit 1
done
# The control: a page that scrolls sideways, a dead link and an image without a text alternative.
mkdir -p "$docs/control"
printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>c</title></head><body><main><div style="width:900px">wide</div><a href="nowhere.html">dead</a><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>\n' \
  >"$docs/control/control.html"
if (cd "$dir" && node check.mjs "$shots" /dev/null "$docs/control/control.html") >"$work/control.log" 2>&1; then
  echo "FAIL: the control page passed"; cat "$work/control.log"; exit 1
fi
for want in 'scrolls sideways' 'no such file' 'image-alt'; do
  grep -q "$want" "$work/control.log" || { echo "FAIL: the control's '$want' went unnoticed"; cat "$work/control.log"; exit 1; }
done

mapfile -t files < <(find "$docs" -name '*.html' ! -path '*/control/*' | sort)
echo "screenshots: $shots"
(cd "$dir" && node check.mjs "$shots" "$dir/pages.txt" "${files[@]}")
