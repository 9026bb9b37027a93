# yes where true is meant
set -e
sed -i 's/^    lead: true/    lead: yes/' schools/hill-top-primary/reviews/2027-01/review.yaml
