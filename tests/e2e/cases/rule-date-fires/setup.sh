# a date that does not exist
set -e
sed -i 's/^dates: .*/dates: [2026-10-06, 2026-02-30]/' schools/brook-lane-primary/reviews/2026-10/review.yaml
