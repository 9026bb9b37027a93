# an anchor and an alias
set -e
sed -i 's/^    role: headteacher/    role: \&head headteacher/; s/^    role: assistant headteacher/    role: *head/' schools/brook-lane-primary/reviews/2026-10/review.yaml
