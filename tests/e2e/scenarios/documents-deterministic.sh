#!/usr/bin/env bash
# The same files give the same bytes: every document lateral writes (documents/generate.sh: the
# profile, the review team's copy and the action plan of every example review, DRAFTs, odd text),
# in Markdown and JSON, generated twice, the second time from another directory, in another time
# zone and locale, must be identical, and a profile written with -o must equal the one on stdout.
set -u
src=${LATERAL_SOURCE_DIR:?}
lateral=${LATERAL:?}
source "$src/tests/tools/documents/generate.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-deterministic.XXXXXX")
status=0
for format in markdown json; do
  generate_documents "$work/first-$format" "$format" || exit 1
  (cd / && TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 LANG=fr_FR.UTF-8 generate_documents "$work/second-$format" "$format") || exit 1
  if ! diff -r "$work/first-$format" "$work/second-$format"; then status=1; fi
  n=$(ls "$work/first-$format" | wc -l)
  [[ $n -ge 24 ]] || { echo "only $n $format documents generated"; status=1; }
done
cd "$src/examples/north-dales" || exit 1
LATERAL_TODAY=2026-11-23 "$lateral" profile --review thornbeck-primary/2026-10 -o "$work/profile.md"
cmp "$work/profile.md" "$work/first-markdown/north-dales-thornbeck-primary-2026-10-profile.md" || status=1
if [[ $status == 0 ]]; then rm -rf "$work"; echo "identical bytes, twice over"; else echo "kept: $work"; fi
exit $status
