# a workshop 13 days after the last review day
set -e
sed -i 's/^  workshop: 2026-10-13/  workshop: 2026-10-20/' schools/brook-lane-primary/reviews/2026-10/review.yaml
