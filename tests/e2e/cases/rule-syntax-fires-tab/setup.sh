# a tab used for indentation
set -e
sed -i '7s/^    role/\t  role/' schools/brook-lane-primary/reviews/2026-10/review.yaml
