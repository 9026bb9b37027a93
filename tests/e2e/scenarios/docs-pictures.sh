#!/usr/bin/env bash
# The pictures committed under docs/pictures/ are what lateral draws now: docs/pictures/update.sh
# writes them again into a temporary directory and each must be byte for byte the committed one.
# After a deliberate change to a picture, run `bash docs/pictures/update.sh build/cli/lateral`.
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-pictures.XXXXXX")
trap 'rm -rf "$work"' EXIT
bash "$LATERAL_SOURCE_DIR/docs/pictures/update.sh" "$LATERAL" "$work" || exit 1
failed=0
n=0
for f in "$work"/*.svg; do
  name=$(basename "$f")
  n=$((n + 1))
  grep -q '^<title id=' "$f" || { echo "FAIL: $name has no <title>"; failed=1; }
  cmp -s "$f" "$LATERAL_SOURCE_DIR/docs/pictures/$name" ||
    { echo "FAIL: docs/pictures/$name is not what lateral draws now (run docs/pictures/update.sh)"; failed=1; }
done
((n == 5)) || { echo "FAIL: expected 5 pictures, got $n"; failed=1; }
((failed == 0)) && echo "ok: $n pictures match"
exit $failed
