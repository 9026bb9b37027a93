# review days out of order
set -e
sed -i 's/^dates: .*/dates: [2026-10-07, 2026-10-06]/' schools/brook-lane-primary/reviews/2026-10/review.yaml
