# a workshop before the last review day
set -e
sed -i 's/^  workshop: 2026-10-13/  workshop: 2026-10-05/' schools/brook-lane-primary/reviews/2026-10/review.yaml
