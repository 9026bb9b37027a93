# yes where true is meant
set -e
sed -i 's/^    lead: true/    lead: yes/' schools/brook-lane-primary/reviews/2026-10/review.yaml
