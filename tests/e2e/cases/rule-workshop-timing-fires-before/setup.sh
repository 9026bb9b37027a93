# a workshop before the last review day, after the immediate feedback
set -e
sed -i 's/^  workshop: 2026-10-13/  workshop: 2026-10-06/' schools/brook-lane-primary/reviews/2026-10/review.yaml
# after the immediate feedback (else dates-order reports it, as an error)
sed -i 's/^  immediate: 2026-10-07/  immediate: 2026-10-06/' schools/brook-lane-primary/reviews/2026-10/review.yaml
