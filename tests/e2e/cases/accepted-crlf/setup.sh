# CRLF line ends everywhere in a review
set -e
for f in $(find schools/brook-lane-primary/reviews/2026-10 -name '*.yaml'); do sed -i 's/$/\r/' "$f"; done
