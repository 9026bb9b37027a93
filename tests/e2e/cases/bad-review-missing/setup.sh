# a review directory without review.yaml
set -e
rm schools/hill-top-primary/reviews/2027-01/review.yaml
