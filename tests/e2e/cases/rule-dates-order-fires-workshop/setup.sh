# a workshop before the immediate feedback
set -e
sed -i 's/^  workshop: 2026-10-13/  workshop: 2026-10-06/' schools/brook-lane-primary/reviews/2026-10/review.yaml
