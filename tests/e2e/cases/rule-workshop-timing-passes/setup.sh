# a workshop exactly 7 days after the last review day
set -e
sed -i 's/^  workshop: 2026-10-13/  workshop: 2026-10-14/' schools/brook-lane-primary/reviews/2026-10/review.yaml
