# two members marked as the lead
set -e
sed -i '12a\    lead: true' schools/brook-lane-primary/reviews/2026-10/review.yaml
