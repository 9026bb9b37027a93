set -e
sed -i 's/^focus:/focuss:/' schools/brook-lane-primary/reviews/2026-10/review.yaml
