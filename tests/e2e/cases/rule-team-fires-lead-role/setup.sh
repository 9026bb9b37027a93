# a lead who is not a headteacher
set -e
sed -i '7s/role: headteacher/role: deputy headteacher/' schools/brook-lane-primary/reviews/2026-10/review.yaml
