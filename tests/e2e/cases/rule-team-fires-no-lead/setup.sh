# no member marked as the lead
set -e
sed -i '/^    lead: true/d' schools/brook-lane-primary/reviews/2026-10/review.yaml
