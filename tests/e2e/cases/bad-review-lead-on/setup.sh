# On where true is meant
set -e
sed -i 's/^    lead: true/    lead: On/' schools/hill-top-primary/reviews/2027-01/review.yaml
