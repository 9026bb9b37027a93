set -e
sed -i 's/^dates: \[2026-10-06, 2026-10-07\]/dates: [2026-10-06, 2026-10-37]/' schools/brook-lane-primary/reviews/2026-10/review.yaml
