# a line indented too far
set -e
sed -i '4s/^  question/    question/' schools/brook-lane-primary/reviews/2026-10/review.yaml
