set -e
sed -i 's/looking-outward]/looking-outwards]/' schools/brook-lane-primary/reviews/2026-10/review.yaml
