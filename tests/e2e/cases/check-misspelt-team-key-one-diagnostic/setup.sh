set -e
sed -i 's/^  - name: Owen Pryce/  - nmae: Owen Pryce/' schools/brook-lane-primary/reviews/2026-10/review.yaml
